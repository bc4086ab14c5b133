/**
 * Unit sheets and protection by unit (issue 21): where the workbook stands (one shared
 * measures sheet, or one sheet per unit) and the three actions — protect by unit (it splits
 * first), split, merge back. Their problems, each with its cell, are listed under the buttons.
 */
import type { SidebarState } from '../src/core/views/sidebar-api';
import type { Problem } from '../src/core/engine/types';
import { h } from './dom';
import { quoted } from './format';
import { L, pick, ui, notify } from './state';
import { act, reloadQuietly, selectCell } from './actions';
import { button } from './actions-card';
import { noticeAt } from './notices';
import { call } from './api';

/** The last action's problems (null: none shown). */
let problems: Problem[] | null = null;

const run = (name: 'sidebarProtectUnits' | 'sidebarSplitUnits' | 'sidebarMergeUnits') => () => act('units', async () => {
  const r = await call(name);
  problems = r.problems.length ? r.problems : null;
  if (r.written || r.problems.length === 0) await reloadQuietly();
  notify(r.problems.length ? 'error' : 'ok', r.message, 'units');
  ui.revealSelector = '[data-testid=units-card]';
});

export function unitsCard(d: SidebarState): HTMLElement {
  const sheets = d.unitSheets ?? 0;
  return h('section', { className: 'card', attrs: { 'data-testid': 'units-card' } },
    h('h2', null, L('sidebar.units.title')),
    h('p', { className: 'muted' }, ...quoted(L('sidebar.units.explain'))),
    h('p', { attrs: { 'data-testid': 'units-state' } }, ...quoted(sheets > 0 ? L('sidebar.units.split', { count: sheets }) : L('sidebar.units.notSplit'))),
    h('div', { className: 'actions' },
      button(L('sidebar.units.protect'), 'units', run('sidebarProtectUnits'), 'protect-units'),
      sheets > 0
        ? button(L('sidebar.units.mergeAction'), 'units', run('sidebarMergeUnits'), 'merge-units')
        : button(L('sidebar.units.splitAction'), 'units', run('sidebarSplitUnits'), 'split-units'),
    ),
    noticeAt('units'),
    problems ? h('ul', { className: 'problems', attrs: { 'data-testid': 'units-problems' } }, ...problems.map((p) => h('li', null,
      h('button', { className: 'problem', attrs: { type: 'button', disabled: ui.busy !== null }, on: { click: () => void selectCell(p) } },
        h('span', { className: 'ref' }, p.cell ? `${p.sheet}!${p.cell}` : p.sheet),
        h('span', null, pick(p.message)))))) : null,
  );
}
