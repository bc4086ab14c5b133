/**
 * The district card: every unit of the workbook with its progress and what needs attention,
 * those needing it first (the order comes from src/core/views/overview.ts). Choosing a unit opens
 * its dashboard. Shown when the workbook has more than one unit.
 */
import type { SidebarOverview, SidebarOverviewUnit } from '../src/core/views/sidebar-api';
import { h } from './dom';

export interface OverviewCardContext {
  /** A string of the page's catalog in the current language. */
  L: (key: string, params?: Record<string, string | number>) => string;
  /** "31 มี.ค. 2568" / "31 Mar 2025". */
  day: (iso: string) => string;
  /** The unit whose dashboard is shown. */
  current: string | null;
  busy: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  choose: (unit: string) => void;
}

function unitRow(u: SidebarOverviewUnit, o: SidebarOverview, c: OverviewCardContext, index: number): HTMLElement {
  const shown = u.unit === c.current;
  const progress = u.active > 0
    ? `${c.L('overview.card.counts', { done: u.done, active: u.active })} · ${u.percentDone.toFixed(2)}%`
    : c.L('overview.card.noMeasuresShort');
  return h('li', null,
    h('button', {
      className: shown ? 'ov-unit shown' : 'ov-unit',
      attrs: {
        type: 'button', disabled: c.busy, 'data-testid': `overview-unit-${index}`, 'data-unit': u.unit,
        'aria-current': shown ? 'true' : null, title: c.L('overview.card.open', { unit: u.unit }),
      },
      on: { click: () => c.choose(u.unit) },
    },
    h('span', { className: 'ov-name' }, u.unit, shown ? h('span', { className: 'caption nw' }, ` · ${c.L('overview.card.current')}`) : null),
    h('span', { className: 'ov-line' },
      h('span', { className: 'ov-track', attrs: { 'aria-hidden': 'true' } },
        h('span', { className: u.overdue > 0 ? 'ov-fill late' : 'ov-fill', style: { width: `${Math.max(0, Math.min(100, u.percentDone))}%` } })),
      h('span', { className: 'caption ov-pct' }, progress)),
    u.flags.length ? h('span', { className: 'ov-flags' }, ...u.flags.map((f) =>
      h('span', { className: `flag ${f}`, attrs: { 'data-flag': f } }, c.L(`overview.flag.${f}`, { round: o.round })))) : null,
    ));
}

export function overviewCard(o: SidebarOverview, c: OverviewCardContext): HTMLElement {
  const summary = c.L('overview.card.summary', { count: o.needingAttention, units: o.units.length, asOf: c.day(o.asOf) });
  return h('section', { className: 'card overview', attrs: { 'data-testid': 'overview' } },
    h('details', { attrs: { open: c.open }, on: { toggle: (e) => c.onToggle((e.target as HTMLDetailsElement).open) } },
      h('summary', { attrs: { 'data-testid': 'overview-toggle' } },
        h('span', { className: 'ov-title' }, c.L('overview.card.title')),
        o.needingAttention > 0 ? h('span', { className: 'badge', attrs: { 'data-testid': 'overview-count' } }, o.needingAttention) : null),
      h('p', { className: 'caption', attrs: { 'data-testid': 'overview-summary' } }, summary),
      o.needingAttention === 0 ? h('p', { className: 'ok' }, `✓ ${c.L('overview.card.allClear')}`) : null,
      h('ul', {
        className: 'ov-list', attrs: { 'data-testid': 'overview-list' }, on: { scroll: (e) => { listScroll = (e.target as HTMLElement).scrollTop; } },
      }, ...o.units.map((u, i) => unitRow(u, o, c, i))),
    ));
}

/** Where the user scrolled the list to: the panel is rebuilt on every render, the list keeps its place. */
let listScroll = 0;

/** After a render: the list back where the user left it (its top, attention first, at the start). */
export function restoreListScroll(root: HTMLElement): void {
  const list = root.querySelector<HTMLElement>('[data-testid=overview-list]');
  if (list) list.scrollTop = listScroll;
}
