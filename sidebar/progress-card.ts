/** The measures card: progress of the unit's measures by status, overdue, and the list of measures. */
import type { Status } from '../src/core/engine/types';
import type { Dashboard, DashboardMeasure } from '../src/core/views/sidebar-api';
import { h } from './dom';
import { L, ui } from './state';
import { quoted, dayText } from './format';

const STATUS_CLASS: Record<Status, string> = { done: 'done', in_progress: 'doing', not_started: 'todo', cancelled: 'cancelled' };

export function progressCard(dash: Dashboard): HTMLElement {
  const p = dash.progress;
  const title = h('h2', null, L('sidebar.progress.title', { year: p.fiscalYear ?? '–' }));
  if (p.total === 0) return h('section', { className: 'card', attrs: { 'data-testid': 'progress' } }, title, h('p', { className: 'muted' }, ...quoted(L('sidebar.progress.none'))));
  const pct = (n: number): string => `${((n / p.total) * 100).toFixed(2)}%`;
  // Older servers send no cancelled count: none.
  const cancelled = typeof p.cancelled === 'number' ? p.cancelled : 0;
  const percentText = cancelled > 0
    ? L('sidebar.progress.percentActive', { percent: p.percentDone, done: p.done, active: p.active, cancelled })
    : L('sidebar.progress.percent', { percent: p.percentDone, done: p.done, total: p.total });
  const legend = (cls: string, key: string, n: number, testid: string, className = '') =>
    h('li', { className, attrs: { 'data-testid': testid } }, h('span', { className: `dot ${cls}` }), h('span', null, L(key)), h('b', null, n));
  return h('section', { className: 'card', attrs: { 'data-testid': 'progress' } },
    title,
    h('div', { className: 'stack', attrs: { role: 'img', 'aria-label': percentText } },
      h('span', { className: 'done', style: { width: pct(p.done) } }),
      h('span', { className: 'doing', style: { width: pct(p.inProgress) } }),
      h('span', { className: 'todo', style: { width: pct(p.notStarted) } }),
      cancelled > 0 ? h('span', { className: 'cancelled', style: { width: pct(cancelled) } }) : null,
    ),
    h('p', { className: 'percent', attrs: { 'data-testid': 'percent' } }, percentText),
    h('ul', { className: 'legend' },
      legend('done', 'status.done', p.done, 'count-done'),
      legend('doing', 'status.in_progress', p.inProgress, 'count-in-progress'),
      legend('todo', 'status.not_started', p.notStarted, 'count-not-started'),
      cancelled > 0 ? legend('cancelled', 'sidebar.progress.cancelled', cancelled, 'count-cancelled') : null,
      // Overdue measures are among the not done, not a fourth kind: the counts above add up to the total.
      legend('late', 'sidebar.progress.overdueOf', p.overdue, 'count-overdue', 'sub'),
    ),
    h('details', { className: 'measures', attrs: { open: ui.measuresOpen }, on: { toggle: (e) => { ui.measuresOpen = (e.target as HTMLDetailsElement).open; } } },
      h('summary', { attrs: { 'data-testid': 'measures-toggle' } }, L('sidebar.progress.list', { count: p.total })),
      h('ol', { attrs: { 'data-testid': 'measures' } }, ...p.measures.map(measureItem)),
    ),
  );
}

function measureItem(m: DashboardMeasure): HTMLElement {
  return h('li', { className: m.overdue ? 'late' : '' },
    h('span', { className: `dot ${m.overdue ? 'late' : STATUS_CLASS[m.status]}`, attrs: { title: L(m.overdue ? 'status.overdue' : `status.${m.status}`) } }),
    h('span', { className: 'mtext' },
      h('span', { className: 'mtitle', attrs: { title: m.no ? `${m.no}. ${m.title}` : m.title } }, m.no ? `${m.no}. ${m.title}` : m.title),
      h('span', { className: 'caption' }, L(`status.${m.status}`), m.overdue ? ` · ${L('status.overdue')}` : '', m.due ? ` · ${L('sidebar.progress.due', { date: dayText(m.due) })}` : ''),
    ),
  );
}
