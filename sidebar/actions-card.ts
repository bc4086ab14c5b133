/** The actions card (set up, rankings, check the data) with the problems it finds; the set-up card; the page's button. */
import type { SidebarState } from '../src/core/views/sidebar-api';
import { h } from './dom';
import { quoted } from './format';
import { L, ui, pick, type Busy } from './state';
import { setUp, computeRankings, validate, selectCell } from './actions';
import { noticeAt } from './notices';
import type { Problem } from '../src/core/engine/types';

/** The template is not set up: say so first, with the button that does it. */
export function setUpCard(d: SidebarState): HTMLElement {
  return h('section', { className: 'card next', attrs: { 'data-testid': 'needs-setup' } },
    h('p', null, ...quoted(L('sidebar.setup.needed', { sheets: d.missingSheets.map((s) => `"${s}"`).join(', ') }))),
    button(L('sidebar.actions.setUp'), 'setUp', () => void setUp(), 'set-up-first', true),
  );
}

export function button(label: string, busy: Busy, onClick: () => void, testid: string, primary = false): HTMLButtonElement {
  const working = ui.busy === busy;
  return h('button', {
    className: primary ? 'btn primary' : 'btn',
    attrs: { type: 'button', disabled: ui.busy !== null, 'data-testid': testid, 'aria-busy': working },
    on: { click: onClick },
  }, working ? h('span', { className: 'spinner small' }) : null, working ? L('sidebar.actions.working') : label);
}

export function actionsCard(d: SidebarState): HTMLElement {
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.actions.title'),
      d.problemCount > 0 ? h('span', { className: 'badge', attrs: { 'data-testid': 'problem-count' } }, L('sidebar.validate.badge', { count: d.problemCount })) : null),
    h('div', { className: 'actions' },
      button(L('sidebar.actions.setUp'), 'setUp', () => void setUp(), 'set-up'),
      button(L('sidebar.actions.rankings'), 'rankings', () => void computeRankings(), 'rankings'),
      button(L('sidebar.actions.validate'), 'validate', () => void validate(), 'validate'),
    ),
    noticeAt('actions'),
    ui.problems ? problemsList(ui.problems) : null,
  );
}

/** The engine's assumptions (e.g. the default framework), under the validation result. */
function warningsList(warnings: Problem[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  return h('ul', { className: 'warnings', attrs: { 'data-testid': 'validate-warnings' } },
    ...warnings.map((w) => h('li', null, `⚠ ${pick(w.message)}`)));
}

function problemsList(problems: Problem[]): HTMLElement {
  const v = ui.validation;
  if (problems.length === 0 && v?.notReady) {
    // Nothing wrong, but nothing to work on either: never "ready".
    return h('div', null, h('p', { className: 'next-step', attrs: { 'data-testid': 'problems-not-ready' } }, ...quoted(pick(v.notReady))), warningsList(v.warnings));
  }
  if (problems.length === 0) return h('div', null, h('p', { className: 'ok', attrs: { 'data-testid': 'problems-ok' } }, `✓ ${L('sidebar.validate.ok')}`), warningsList(v?.warnings ?? []));
  return h('div', { className: 'problems' },
    h('p', { className: 'caption' }, L('sidebar.validate.count', { count: problems.length })),
    h('ul', { attrs: { 'data-testid': 'problems' } }, ...problems.map((p, i) => h('li', null,
      h('button', { className: 'problem', attrs: { type: 'button', disabled: ui.busy !== null, 'data-testid': `problem-${i}` }, on: { click: () => void selectCell(p) } },
        h('span', { className: 'ref' }, p.cell ? `${p.sheet}!${p.cell}` : p.sheet),
        h('span', null, pick(p.message)),
      )))),
  );
}
