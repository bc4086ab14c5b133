/** Section 3, the measures table on landscape pages: one row per measure, its status as of the report's day. */
import { PROGRESS_STATUSES, type Measure } from '../../engine/types';
import { Writer, para, type ReportMeasure } from './writer';
import type { ResolvedReportOptions } from './options';
import { REPORT_STYLE, type Block, type Cell, type Align } from '../model';
import { isOverdueAsOf } from '../../engine/as-of';
import { measureColumnWidths, rowFitsPage } from './measure-columns';

/**
 * The timeline as the report writes it. A date typed in the cell ("31/3/2568", or a date
 * cell, which the sheet hands over as "2025-02-27T17:00:00.000Z" — CE, and the day before in
 * UTC) is written in full from the parsed due date ("๒๘ กุมภาพันธ์ ๒๕๖๘", never "๒๘ ก.พ. ๖๘": an
 * official document spells dates out); words ("ไตรมาส ๒") as typed.
 */
export function timelineText(m: Measure, w: Writer): string {
  if (m.due && m.timeline && !/[\u0e01-\u0e2e]/.test(m.timeline)) return w.date(m.due);
  return w.user(m.timeline);
}

/** "รอบ ๖ เดือน\nรอบ ๑๒ เดือน": the rounds the measure is reported in (การกำกับติดตาม). */
export function followUpText(m: Measure, w: Writer): string {
  return m.followUp.map((r) => w.tx('report.measures.followUpRound', { months: w.int(r) })).join('\n');
}

/**
 * Section 3: the measures table, on landscape pages — seed 004's columns (มาตรการ/กิจกรรม,
 * วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, สรุปผล, ผลลัพธ์) with seed 003's การกำกับติดตาม
 * and seed 001's three status marks, every status as it stood on the as-of day.
 */
export function measureBlocks(o: ResolvedReportOptions, w: Writer, measures: ReportMeasure[], roundText: string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: w.tx('report.measures.heading', { round: roundText }), align: 'left' },
    para(w.tx('report.measures.intro', { unit: o.unit.name, year: w.year(o.fiscalYear), asOf: w.date(o.asOf) }), 'justify', true),
  ];
  // Narrow columns get their line breaks where a Thai reader expects them, between words ("ยังไม่ / ดำเนินการ").
  const span = { rowSpan: 2 };
  const header: Cell[][] = [
    [
      { text: w.tx('report.measures.col.measure'), ...span },
      { text: w.tx('report.measures.col.method'), ...span },
      { text: w.tx('report.measures.col.responsibleShort'), ...span },
      { text: w.tx('report.measures.col.timelineShort'), ...span },
      { text: w.tx('report.measures.col.followUp'), ...span },
      { text: w.tx('report.measures.col.status'), colSpan: 3 },
      { text: w.tx('report.measures.col.result'), ...span },
      { text: w.tx('report.measures.col.outcome'), ...span },
    ],
    // The marks are a single "/": their header words, in a smaller size, set how narrow they are.
    PROGRESS_STATUSES.map((s) => ({ text: w.tx(`report.measures.col.${s}`), size: REPORT_STYLE.measuresMarkHeaderSize })),
  ];
  const rows: Cell[][] = measures.map(({ m, at, no }) => {
    const late = isOverdueAsOf(m, o.asOf, o.today);
    const cancelled = at.status === 'cancelled';
    // Done after the as-of day: what the sheet says now describes later work.
    const finishedLater = m.status === 'done' && at.status !== 'done';
    const result: string[] = [];
    if (cancelled) result.push(w.tx('report.measures.cancelled'));
    if (m.result && !finishedLater) result.push(w.user(m.result));
    if (at.status === 'done' && m.doneOn) result.push(w.tx('report.measures.doneOn', { date: w.date(m.doneOn) }));
    // Nothing written, nothing printed: a blank cell, not a filler "-" (issue 19: what an official signs).
    const outcome = at.status === 'done' && m.outcome ? w.user(m.outcome) : '';
    return [
      { text: w.tx('report.measures.numbered', { no, title: w.user(m.title) }) },
      { text: w.user(m.method) || '-' },
      { text: w.user(m.responsible) || '-' },
      { text: [timelineText(m, w) || '-', ...(late ? [w.tx('report.measures.overdueMark')] : [])].join('\n') },
      { text: followUpText(m, w) || '-' },
      ...PROGRESS_STATUSES.map((s): Cell => ({ text: at.status === s ? REPORT_STYLE.mark : '', mark: true })),
      { text: result.join('\n') },
      { text: outcome },
    ];
  });
  for (const row of rows) for (const cell of row) cell.text = slashBreaks(cell.text);
  const widths = measureColumnWidths(rows, header[0]);
  const columns = widths.map((width, i): { width: number; align: Align } => ({ width, align: i >= 5 && i <= 7 ? 'center' : 'left' }));
  blocks.push({
    kind: 'table', role: 'measures', bulk: true, size: REPORT_STYLE.measuresTableSize, headerSize: REPORT_STYLE.measuresHeaderSize,
    lineSpacing: REPORT_STYLE.measuresLineSpacing,
    columns,
    header,
    rows,
    keepRowsWhole: rows.map((r) => rowFitsPage(r, columns, REPORT_STYLE.measuresTableSize, REPORT_STYLE.measuresLineSpacing)),
  });
  return blocks;
}

/**
 * A break opportunity (zero-width space) after a slash followed by Thai: LibreOffice finds none
 * in "มีนโยบาย/มาตรการ/แผนงานของผู้บริหาร" and, the run being wider than the column, breaks it
 * mid-syllable ("มีนโย / บาย/มาตรการ/แ / ผนงาน"). Invisible in print.
 */
export const slashBreaks = (text: string): string => text.replace(/\/(?=[\u0e01-\u0e4e])/g, '/\u200b');
