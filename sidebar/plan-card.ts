/**
 * The sidebar's card for the year-start document (issue 12): the fiscal year of the measures,
 * the announcement date (blank: the server's rule), the digits, a button, then the new document's link, delivery's notes (sharing…) and, when the
 * การวิเคราะห์ sheet lacks notes, the server's warning. The panel's busy state, notices and reload stay with the page (the host: hosts.ts).
 */
import type { Lang } from '../src/core/engine/types';
import type { PlanResult, SidebarState } from '../src/core/views/sidebar-api';
import { call } from './api';
import { both } from './i18n';
import { h, safeHref } from './dom';

type Message = { th: string; en: string };

/** What the card needs from the panel. */
export interface PlanHost {
  lang(): Lang;
  L(key: string, params?: Record<string, string | number>): string;
  /** Another action (or this one) is running. */
  disabled(): boolean;
  /** This card's action is running. */
  working(): boolean;
  /** The panel's primary button for this card's action. */
  button(label: string, onClick: () => void, testid: string): HTMLButtonElement;
  /** The panel's notice for this card, or null. */
  notice(): HTMLElement | null;
  /** Runs the action as the panel runs every action (busy, errors shown in this card). */
  run(task: () => Promise<void>): void;
  fail(text: Message): void;
  /** Reloads the panel's data quietly (the new log entry). */
  after(): Promise<void>;
}

interface PlanForm {
  year: number;
  /** The year field as typed; checked when the document is made. */
  yearText: string;
  /** ประกาศ ณ วันที่ as the date input gives it (YYYY-MM-DD) or '' (the server decides). */
  date: string;
  thaiDigits: boolean;
  result: PlanResult | null;
}

let form: PlanForm | null = null;

function formFor(d: SidebarState): PlanForm {
  if (!form || form.year !== d.fiscalYear) form = { year: d.fiscalYear, yearText: String(d.fiscalYear), date: '', thaiDigits: d.thaiDigits, result: null };
  return form;
}

function generate(d: SidebarState, f: PlanForm, host: PlanHost): void {
  host.run(async () => {
    const unit = d.unit;
    if (!unit) return;
    f.result = null;
    const text = f.yearText.trim();
    const year = Number(text);
    if (!/^\d{4}$/.test(text) || year < 2400 || year > 2800) {
      host.fail(both('sidebar.report.badYear'));
      return;
    }
    f.result = await call('sidebarGeneratePlan', { unit, year, thaiDigits: f.thaiDigits, ...(f.date ? { date: f.date } : {}) });
    // Keep the fiscal year the person typed: the next render must not reset the form.
    f.year = d.fiscalYear;
    await host.after();
  });
}


function resultView(r: PlanResult, host: PlanHost): HTMLElement {
  const href = safeHref(r.url);
  return h('div', { className: 'result', attrs: { 'data-testid': 'plan-result', role: 'status' } },
    h('span', null, `✓ ${host.L('sidebar.plan.done')}`),
    href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'plan-link' } }, r.name || host.L('sidebar.plan.open')) : h('span', null, r.name),
    ...(r.notes ?? []).map((n) => h('p', { className: 'muted', attrs: { 'data-testid': 'plan-note' } }, n[host.lang()])),
    r.warning ? h('p', { className: 'notice warning', attrs: { role: 'note', 'data-testid': 'plan-warning' } }, `⚠ ${r.warning[host.lang()]}`) : null,
  );
}

export function planCard(d: SidebarState, host: PlanHost): HTMLElement {
  const f = formFor(d);
  const year = h('input', {
    attrs: { id: 'p-year', type: 'number', min: 2400, max: 2800, step: 1, inputmode: 'numeric', value: f.yearText, 'data-testid': 'plan-year', disabled: host.disabled() },
    on: { input: (e) => { f.yearText = (e.target as HTMLInputElement).value; } },
  });
  const date = h('input', {
    attrs: { id: 'p-date', type: 'date', value: f.date, title: host.L('sidebar.plan.dateHelp'), 'aria-describedby': 'p-date-help', 'data-testid': 'plan-date', disabled: host.disabled() },
    on: { input: (e) => { f.date = (e.target as HTMLInputElement).value; } },
  });
  const digits = h('input', { attrs: { id: 'plan-digits', type: 'checkbox', 'data-testid': 'plan-digits', disabled: host.disabled() }, on: { change: (e) => { f.thaiDigits = (e.target as HTMLInputElement).checked; } } });
  digits.checked = f.thaiDigits;
  return h('section', { className: 'card', attrs: { 'data-testid': 'plan-card' } },
    h('h2', null, host.L('sidebar.plan.title')),
    h('p', { className: 'caption' }, host.L('sidebar.plan.hint')),
    h('div', { className: 'form' },
      h('label', { attrs: { for: 'p-year' } }, host.L('sidebar.plan.year')), year,
      h('label', { attrs: { for: 'p-date' } }, host.L('sidebar.plan.date')), date,
      h('span', { className: 'caption span2', attrs: { id: 'p-date-help' } }, host.L('sidebar.plan.dateHelp'))),
    h('label', { className: 'check', attrs: { for: 'plan-digits' } }, digits, host.L('sidebar.plan.thaiDigits')),
    host.button(host.L('sidebar.plan.generate'), () => generate(d, f, host), 'plan-generate'),
    host.working() ? h('div', { className: 'working', attrs: { role: 'status', 'data-testid': 'plan-progress' } },
      h('div', { className: 'bar indeterminate' }), h('span', { className: 'caption' }, host.L('sidebar.plan.working'))) : null,
    host.notice(),
    f.result ? resultView(f.result, host) : null,
  );
}
