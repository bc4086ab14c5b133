/**
 * The report card's fields of issue 9: ข้อมูล ณ วันที่ (blank: the as-of rule), the memo and
 * signature date (blank: today), the document number, a cover page, the executive's
 * endorsement; and the note telling the person which statuses could not be told on the as-of
 * day (never printed in the document). Hooked into the card by report-card.ts.
 */
import type { ReportOptions, ReportResult } from '../src/core/views/sidebar-api';
import { h } from './dom';
import { tr } from './i18n';
import type { Lang } from '../src/core/engine/types';

export interface ReportExtras {
  /** YYYY-MM-DD or '' (the browser's date input gives either). */
  asOf: string;
  date: string;
  docNo: string;
  cover: boolean;
  endorsement: boolean;
}

export const emptyExtras = (): ReportExtras => ({ asOf: '', date: '', docNo: '', cover: false, endorsement: false });

/** The options as the contract takes them (blank fields left out: the server's defaults apply). */
export function extrasOptions(x: ReportExtras): Pick<ReportOptions, 'asOf' | 'date' | 'docNo' | 'cover' | 'endorsement'> {
  return {
    ...(x.asOf ? { asOf: x.asOf } : {}),
    ...(x.date ? { date: x.date } : {}),
    ...(x.docNo.trim() ? { docNo: x.docNo.trim() } : {}),
    cover: x.cover,
    endorsement: x.endorsement,
  };
}

/** The fields, under the year and round: two dates and the number in the form grid, two checkboxes. */
export function extrasFields(x: ReportExtras, lang: Lang, disabled: boolean): HTMLElement[] {
  const L = (key: string) => tr(lang, key);
  const field = (id: string, label: string, help: string, type: 'date' | 'text', get: () => string, set: (v: string) => void): HTMLElement[] => [
    h('label', { attrs: { for: id } }, label),
    h('input', {
      attrs: { id, type, value: get(), title: help, 'data-testid': id, disabled, 'aria-describedby': `${id}-help` },
      on: { input: (e) => set((e.target as HTMLInputElement).value) },
    }),
    h('span', { className: 'caption span2', attrs: { id: `${id}-help` } }, help),
  ];
  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void): HTMLElement => {
    const box = h('input', { attrs: { id, type: 'checkbox', 'data-testid': id, disabled }, on: { change: (e) => set((e.target as HTMLInputElement).checked) } });
    box.checked = value;
    return h('label', { className: 'check', attrs: { for: id } }, box, label);
  };
  return [
    h('div', { className: 'form' },
      ...field('report-asof', L('sidebar.report.asOf'), L('sidebar.report.asOfHelp'), 'date', () => x.asOf, (v) => { x.asOf = v; }),
      ...field('report-date', L('sidebar.report.date'), L('sidebar.report.dateHelp'), 'date', () => x.date, (v) => { x.date = v; }),
      ...field('report-docno', L('sidebar.report.docNo'), L('sidebar.report.docNoHelp'), 'text', () => x.docNo, (v) => { x.docNo = v; }),
    ),
    check('report-cover', L('sidebar.report.cover'), x.cover, (v) => { x.cover = v; }),
    check('report-endorsement', L('sidebar.report.endorsement'), x.endorsement, (v) => { x.endorsement = v; }),
  ];
}

/** The warning of a made report (statuses taken as they are now), for the person, in a note. */
export function warningNote(r: ReportResult | null, lang: Lang): HTMLElement | null {
  if (!r?.warning) return null;
  return h('div', { className: 'notice warning', attrs: { role: 'note', 'data-testid': 'report-warning' } },
    h('strong', null, tr(lang, 'sidebar.report.warning')), h('span', null, r.warning[lang]));
}
