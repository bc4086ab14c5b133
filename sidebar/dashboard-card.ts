/** The unit's dashboard: its latest ITA result (total, level, tools, change, ranking), chart and indicators to develop. */
import type { Dashboard, DashboardResult } from '../src/core/views/sidebar-api';
import { h } from './dom';
import { ui, L, pick } from './state';
import { quoted, fmt, levelText, signed } from './format';
import { progressCard } from './progress-card';

export function dashboardView(dash: Dashboard): HTMLElement {
  return h('div', { className: ui.busy === 'load' ? 'dash dim' : 'dash', attrs: { 'data-testid': 'dashboard' } },
    dash.latest ? resultCard(dash, dash.latest) : h('section', { className: 'card muted', attrs: { 'data-testid': 'no-scores' } }, ...quoted(L('sidebar.result.none'))),
    progressCard(dash),
  );
}

function resultCard(dash: Dashboard, r: DashboardResult): HTMLElement {
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.result.title', { year: r.year })),
    h('div', { className: 'headline' },
      h('div', { className: 'total' },
        h('span', { className: 'big', attrs: { 'data-testid': 'total' } }, fmt(r.total)),
        h('span', { className: 'caption' }, L('sidebar.result.total')),
      ),
      h('div', { className: 'level', style: { backgroundColor: r.colour }, attrs: { 'data-testid': 'level', 'data-band': r.band } }, levelText(r)),
    ),
    h('div', { className: 'meta' },
      r.rank !== null ? h('span', { attrs: { 'data-testid': 'rank' } }, L('sidebar.result.rank', { rank: r.rank, of: r.rankOf })) : null,
      r.totalChange !== null && r.previousYear !== null
        ? h('span', { className: r.totalChange >= 0 ? 'up' : 'down' }, L('sidebar.result.change', { change: signed(r.totalChange), year: r.previousYear }))
        : null,
    ),
    // The year's framework's tools, in its order (IIT, EIT, OIT up to 2568; whatever a newer framework names).
    h('div', { className: 'tools', attrs: { 'data-testid': 'tools' } }, ...Object.entries(r.tools).map(([tool, score]) =>
      h('div', { className: score !== null && score < r.passThreshold ? 'tool low' : 'tool' },
        h('span', { className: 'caption' }, tool), h('strong', null, fmt(score))))),
    r.heldBy ? h('p', { className: 'caption', attrs: { 'data-testid': 'level-held-by' } },
      L('sidebar.result.heldBy', { level: levelText(r), tools: r.heldBy.tools.join(', '), mark: r.heldBy.mark })) : null,
    chart(r),
    weakList(r),
    ...r.warnings.map((w) => h('p', { className: 'warn' }, `⚠ ${pick(w)}`)),
    dash.history.length > 1 ? h('div', { className: 'history' },
      h('span', { className: 'caption' }, L('sidebar.result.history')),
      ...dash.history.map((y) => h('span', { className: 'chip', attrs: { 'data-band': y.band } }, `${y.year} ${fmt(y.total)} ${levelText(y)}`)),
    ) : null,
  );
}

function chart(r: DashboardResult): HTMLElement {
  const min = Math.min(...r.indicators.map((i) => i.score), r.passThreshold);
  const lo = Math.max(0, Math.floor((min - 5) / 10) * 10);
  const pos = (v: number): string => `${Math.max(0, Math.min(100, ((v - lo) / (100 - lo)) * 100)).toFixed(2)}%`;
  return h('figure', { className: 'chart', attrs: { 'data-testid': 'chart' } },
    h('figcaption', null, L('sidebar.result.indicators'), h('span', { className: 'caption' }, ` · ${L('sidebar.result.threshold', { value: r.passThreshold })}`)),
    ...r.indicators.map((i) => h('div', { className: i.weak ? 'crow weak' : 'crow', attrs: { title: `${i.code}. ${i.name} ${fmt(i.score)}` } },
      h('span', { className: 'cname' }, h('b', null, i.code), ` ${i.name}`),
      h('span', { className: 'track' },
        h('span', { className: 'fill', style: { width: pos(i.score) } }),
        h('span', { className: 'mark', style: { left: pos(r.passThreshold) } })),
      h('span', { className: 'cval' }, fmt(i.score)),
    )),
  );
}

function weakList(r: DashboardResult): HTMLElement {
  return h('div', { className: 'weak' },
    h('h3', null, L('sidebar.result.weak')),
    r.weak.length === 0 ? h('p', { className: 'muted' }, L('sidebar.result.noWeak')) : h('ul', { attrs: { 'data-testid': 'weak' } },
      ...r.weak.map((w) => h('li', null,
        h('span', { className: 'code' }, w.code),
        h('span', { className: 'wname' }, w.name,
          w.covered ? null : h('span', { className: 'tag' }, L('sidebar.result.uncovered'))),
        h('span', { className: 'score' }, fmt(w.score)),
      ))),
  );
}
