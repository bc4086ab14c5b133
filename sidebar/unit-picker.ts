/** The unit picker at the top of the panel, with the refresh button and the unit's full name. */
import type { SidebarState } from '../src/core/views/sidebar-api';
import { h } from './dom';
import { ui, L, currentUnit } from './state';
import { load } from './actions';

export function unitPicker(d: SidebarState): HTMLElement {
  const select = h('select', {
    attrs: { id: 'unit', 'data-testid': 'unit', title: d.unit ?? '', disabled: ui.busy !== null || d.units.length === 0 },
    on: { change: (e) => { ui.problems = null; ui.validation = null; ui.notice = null; void load((e.target as HTMLSelectElement).value); } },
  }, ...(d.units.length === 0 ? [h('option', { attrs: { value: '' } }, L('sidebar.unit.none'))] : d.units.map((u) => {
    const o = h('option', { attrs: { value: u.name } }, u.name);
    o.selected = u.name === d.unit;
    return o;
  })));
  return h('div', { className: 'picker' },
    h('label', { attrs: { for: 'unit' } }, L('sidebar.unit')),
    h('div', { className: 'row' },
      select,
      h('button', { className: 'icon', attrs: { type: 'button', title: L('sidebar.refresh'), 'aria-label': L('sidebar.refresh'), 'data-testid': 'refresh', disabled: ui.busy !== null }, on: { click: () => void load(currentUnit()) } }, '⟳'),
    ),
    d.unit ? h('p', { className: 'unit-full', attrs: { 'data-testid': 'unit-name', hidden: true } }, d.unit) : null,
    ui.busy === 'load' ? h('div', { className: 'bar indeterminate', attrs: { role: 'progressbar', 'aria-label': L('sidebar.loading') } }) : null,
  );
}
