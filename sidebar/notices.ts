/** Messages in the panel: the notice bar of the last outcome, the error card, the problems banner. */
import { h } from './dom';
import { L, ui, pick, currentUnit, type Message, type Notice } from './state';
import { validate, load } from './actions';
import { quoted } from './format';
import { render } from './state';

/** The figures leave out rows with problems: say so above them. */
export function problemsBanner(count: number): HTMLElement {
  return h('div', { className: 'notice warning', attrs: { role: 'note', 'data-testid': 'problems-banner' } },
    h('span', null, L('sidebar.problems.banner', { count })),
    h('button', { className: 'link', attrs: { type: 'button', 'data-testid': 'show-problems', disabled: ui.busy !== null }, on: { click: () => void validate() } }, L('sidebar.problems.show')),
  );
}

export function errorCard(message: Message, retry: boolean): HTMLElement {
  return h('div', { className: 'card error', attrs: { role: 'alert', 'data-testid': 'error' } },
    h('strong', null, L('sidebar.error.title')),
    h('p', null, ...quoted(pick(message))),
    retry ? h('button', { className: 'btn', attrs: { type: 'button' }, on: { click: () => void load(currentUnit()) } }, L('sidebar.error.retry')) : null,
  );
}

export function noticeAt(at: Notice['at']): HTMLElement | null {
  return ui.notice && ui.notice.at === at ? noticeBar(ui.notice) : null;
}

function noticeBar(n: Notice): HTMLElement {
  return h('div', { className: `notice ${n.kind}`, attrs: { role: n.kind === 'error' ? 'alert' : 'status', 'data-testid': n.kind === 'error' ? 'error' : 'notice' } },
    n.kind === 'error' ? h('strong', null, L('sidebar.error.title')) : null,
    h('span', null, ...quoted(pick(n.text))),
    h('button', { className: 'close', attrs: { type: 'button', 'aria-label': L('sidebar.error.dismiss'), title: L('sidebar.error.dismiss') }, on: { click: () => { ui.notice = null; render(); } } }, '×'),
  );
}
