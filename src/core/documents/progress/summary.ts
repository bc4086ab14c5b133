/** The summary after the measures table: counts and percentages by status, the overdue list and what becomes of it. */
import type { ResolvedReportOptions } from './options';
import { Writer, statusLabel, para, cancelledPart, yearEnded, type StatusShares, type ReportMeasure } from './writer';
import type { MeasureProgress } from '../../engine/progress';
import { REPORT_STYLE, type Block } from '../model';
import { donePhrase, unfinishedCount } from './prose';
import { PROGRESS_STATUSES, type CalendarDate } from '../../engine/types';

/**
 * After the table (back on portrait pages): counts by status, the percentage done, the overdue
 * list and what becomes of it (followed up; after the year's last round, carried on next year).
 */
export function summaryBlocks(o: ResolvedReportOptions, w: Writer, p: MeasureProgress, shares: StatusShares, overdue: ReportMeasure[]): Block[] {
  // Percentages of the measures still to carry out (a cancelled one is counted apart), each as a reader rounds it.
  // No caption of its own: the sentence leads into the table (the as-of day is section 3's, and
  // the line it saves keeps the signature on the table's last page: issue 19, point 5).
  const blocks: Block[] = [
    para(w.tx('report.summary.sentence', { total: w.int(p.total), cancelledPart: cancelledPart(w, p), donePart: donePhrase(w, p, shares) }), 'justify', true),
  ];
  // Across the landscape page, as the table above it: the statuses are columns, the counts and
  // the shares two rows (three rows, not six: the signature stays on the table's last page).
  const total = w.tx(p.byStatus.cancelled ? 'report.summary.totalActive' : 'report.summary.total');
  const totalCell = (text: string) => ({ text, bold: true });
  blocks.push({
    kind: 'table', role: 'summary', bulk: false, size: REPORT_STYLE.tableSize,
    columns: [{ width: 24, align: 'left' }, ...[...PROGRESS_STATUSES, 'total'].map(() => ({ width: 19, align: 'center' as const }))],
    header: [[{ text: w.tx('report.summary.col.status') }, ...PROGRESS_STATUSES.map((s) => ({ text: statusLabel(w, s) })), { text: total }]],
    rows: [
      [{ text: w.tx('report.summary.col.count') }, ...PROGRESS_STATUSES.map((s) => ({ text: w.int(p.byStatus[s]) })), totalCell(w.int(p.active))],
      [{ text: w.tx('report.summary.col.percent') }, ...PROGRESS_STATUSES.map((s) => ({ text: w.num(shares[s]) })), totalCell(w.num(p.active ? 100 : 0))],
    ],
  });
  // The year's last round: what is not done is carried on in the next fiscal year, not "hurried to completion".
  const unfinished = unfinishedCount(p);
  const carryOver = (): Block =>
    para(w.tx('report.overdue.carryOver', { count: w.int(unfinished), unit: o.unit.name, nextYear: w.year(o.fiscalYear + 1) }), 'justify', true);
  if (overdue.length === 0) {
    blocks.push(para(w.tx('report.overdue.none', { asOf: w.date(o.asOf) }), 'justify', true));
    if (yearEnded(o) && unfinished > 0) blocks.push(carryOver());
    return withSignature(blocks);
  }
  // A list, one measure a line, as an official would set it out; the lines are kept together.
  blocks.push({ ...para(w.tx('report.overdue.list', { count: w.int(overdue.length), asOf: w.date(o.asOf) }), 'justify', true), keepWithNext: true });
  const items = overdue.map((r, i) => w.tx('report.overdue.item', { i: w.int(i + 1), no: r.no, title: w.user(r.m.title), due: w.date(r.m.due as CalendarDate) }));
  blocks.push({ ...para(items.join('\n'), 'left'), list: true, keepWithNext: true });
  blocks.push(yearEnded(o) ? carryOver() : para(w.tx('report.overdue.followUp', { unit: o.unit.name }), 'justify', true));
  return withSignature(blocks);
}

/** The summary's last paragraph goes with the signature after it: a signature never stands alone on a page (issue 19). */
function withSignature(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'paragraph') blocks[blocks.length - 1] = { ...last, keepWithNext: true };
  return blocks;
}
