/** The summary after the measures table: counts and percentages by status, the overdue list and what becomes of it. */
import type { ResolvedReportOptions } from './options';
import { Writer, statusLabel, para, cancelledPart, yearEnded, type StatusShares, type ReportMeasure } from './writer';
import type { MeasureProgress } from '../../engine/progress';
import { REPORT_STYLE, type Block } from '../model';
import { PROGRESS_STATUSES, type CalendarDate } from '../../engine/types';

/**
 * After the table (back on portrait pages): counts by status, the percentage done, the overdue
 * list and what becomes of it (followed up; after the year's last round, carried on next year).
 */
export function summaryBlocks(o: ResolvedReportOptions, w: Writer, p: MeasureProgress, shares: StatusShares, overdue: ReportMeasure[]): Block[] {
  // Percentages of the measures still to carry out (a cancelled one is counted apart), adding up to the total row.
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: w.tx('report.summary.caption', { asOf: w.date(o.asOf) }), align: 'left' }];
  blocks.push({
    kind: 'table', role: 'summary', bulk: false, size: REPORT_STYLE.tableSize, totalRow: true,
    columns: [{ width: 50, align: 'left' }, { width: 25, align: 'center' }, { width: 25, align: 'center' }],
    header: [[{ text: w.tx('report.summary.col.status') }, { text: w.tx('report.summary.col.count') }, { text: w.tx('report.summary.col.percent') }]],
    rows: [
      ...PROGRESS_STATUSES.map((s) => [{ text: statusLabel(w, s) }, { text: w.int(p.byStatus[s]) }, { text: w.num(shares[s]) }]),
      [{ text: w.tx(p.byStatus.cancelled ? 'report.summary.totalActive' : 'report.summary.total') }, { text: w.int(p.active) }, { text: w.num(p.active ? 100 : 0) }],
    ],
  });
  const counts = {
    total: w.int(p.total), active: w.int(p.active), cancelled: w.int(p.byStatus.cancelled),
    done: w.int(p.byStatus.done), percent: w.num(shares.done),
  };
  blocks.push(para(w.tx('report.summary.sentence', { ...counts, cancelledPart: cancelledPart(w, p) }), 'justify', true));
  // The year's last round: what is not done is carried on in the next fiscal year, not "hurried to completion".
  const unfinished = p.byStatus.not_started + p.byStatus.in_progress;
  const carryOver = (): Block =>
    para(w.tx('report.overdue.carryOver', { count: w.int(unfinished), unit: o.unit.name, nextYear: w.year(o.fiscalYear + 1) }), 'justify', true);
  if (overdue.length === 0) {
    blocks.push(para(w.tx('report.overdue.none', { asOf: w.date(o.asOf) }), 'justify', true));
    if (yearEnded(o) && unfinished > 0) blocks.push(carryOver());
    return blocks;
  }
  // A list, one measure a line, as an official would set it out; the lines are kept together.
  blocks.push({ ...para(w.tx('report.overdue.list', { count: w.int(overdue.length), asOf: w.date(o.asOf) }), 'justify', true), keepWithNext: true });
  const items = overdue.map((r, i) => w.tx('report.overdue.item', { i: w.int(i + 1), no: r.no, title: w.user(r.m.title), due: w.date(r.m.due as CalendarDate) }));
  blocks.push({ ...para(items.join('\n'), 'left'), list: true, keepWithNext: true });
  blocks.push(yearEnded(o) ? carryOver() : para(w.tx('report.overdue.followUp', { unit: o.unit.name }), 'justify', true));
  return blocks;
}
