/** The progress report card: year, round, options, generate, the new document's link and the recent reports. */
import type { SidebarState, ReportResult, ReportLogEntry } from '../src/core/views/sidebar-api';
import { ui, ROUNDS, L, typedYear, pick, type ReportForm } from './state';
import { h, safeHref } from './dom';
import type { RoundMonths } from '../src/core/engine/calendar';
import { extrasFields, warningNote } from './report-extras';
import { button } from './actions-card';
import { generateReport } from './actions';
import { noticeAt } from './notices';
import { timeText } from './format';

export function reportCard(d: SidebarState, form: ReportForm): HTMLElement {
  const year = h('input', {
    // Text, not type=number: a year typed in Thai digits (๒๕๖๘) is a year too.
    attrs: {
      id: 'r-year', type: 'text', inputmode: 'numeric', maxlength: 4, autocomplete: 'off', value: form.yearText, 'data-testid': 'report-year', disabled: ui.busy !== null,
      'aria-invalid': ui.notice?.field === 'report-year' ? 'true' : null,
    },
    on: { input: (e) => yearTyped(form, e.target as HTMLInputElement) },
  });
  const round = h('select', {
    attrs: { id: 'r-round', 'data-testid': 'report-round', disabled: ui.busy !== null },
    on: { change: (e) => { form.round = Number((e.target as HTMLSelectElement).value) as RoundMonths; } },
  }, ...ROUNDS.map((r) => {
    const o = h('option', { attrs: { value: r } }, L('sidebar.report.roundOption', { months: r }));
    o.selected = r === form.round;
    return o;
  }));
  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void) => {
    const box = h('input', { attrs: { id, type: 'checkbox', 'data-testid': id, disabled: ui.busy !== null }, on: { change: (e) => set((e.target as HTMLInputElement).checked) } });
    box.checked = value;
    return h('label', { className: 'check', attrs: { for: id } }, box, label);
  };
  const reports = d.dashboard?.reports ?? [];
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.report.title')),
    h('div', { className: 'form' },
      h('label', { attrs: { for: 'r-year' } }, L('sidebar.report.year')), year,
      h('label', { attrs: { for: 'r-round' } }, L('sidebar.report.round')), round,
    ),
    check('report-memo', L('sidebar.report.memo'), form.memo, (v) => { form.memo = v; }),
    check('report-digits', L('sidebar.report.thaiDigits'), form.thaiDigits, (v) => { form.thaiDigits = v; }),
    ...extrasFields(form.extras, ui.lang, ui.busy !== null),
    button(L('sidebar.report.generate'), 'report', () => void generateReport(), 'generate', true),
    ui.busy === 'report' ? h('div', { className: 'working', attrs: { role: 'status', 'data-testid': 'report-progress' } },
      h('div', { className: 'bar indeterminate' }), h('span', { className: 'caption' }, L('sidebar.report.working'))) : null,
    noticeAt('report'),
    form.result ? reportLink(form.result) : null,
    warningNote(form.result, ui.lang),
    h('h3', null, L('sidebar.report.recent')),
    reports.length === 0 ? h('p', { className: 'muted' }, L('sidebar.report.noRecent')) : h('ul', { className: 'recent', attrs: { 'data-testid': 'recent' } }, ...reports.map(recentItem)),
  );
}

/** A corrected year loses its error at once (no re-render: the caret stays where it is). */
function yearTyped(form: ReportForm, input: HTMLInputElement): void {
  form.yearText = input.value;
  if (ui.notice?.field !== 'report-year' || typedYear(input.value) === null) return;
  ui.notice = null;
  input.removeAttribute('aria-invalid');
  input.closest('section')?.querySelector('.notice')?.remove();
}


function reportLink(r: ReportResult): HTMLElement {
  const href = safeHref(r.url);
  return h('div', { className: 'result', attrs: { 'data-testid': 'report-result', role: 'status' } },
    h('span', null, `✓ ${L('sidebar.report.done')}`),
    href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'report-link' } }, r.name || L('sidebar.report.open')) : h('span', null, r.name),
    ...(r.notes ?? []).map((n) => h('p', { className: 'muted', attrs: { 'data-testid': 'report-note' } }, pick(n))),
  );
}

/** Which report a link is: unit, kind, year, round and the day it was made (two links never read the same). */
function recentLabel(r: ReportLogEntry): string {
  return L('sidebar.report.link', {
    unit: r.unit,
    kind: L(`sidebar.report.kind.${r.kind === 'plan' ? 'plan' : 'progress'}`),
    year: r.year ?? '–',
    round: r.round ? L('sidebar.report.linkRound', { round: r.round }) : '',
    date: timeText(r.time) || '–',
  });
}

function recentItem(r: ReportLogEntry): HTMLElement {
  const label = recentLabel(r);
  const href = r.link ? safeHref(r.link) : null;
  return h('li', null,
    href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, label) : h('span', null, label),
    r.by ? h('span', { className: 'caption' }, r.by) : null,
  );
}
