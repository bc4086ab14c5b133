/**
 * The report log (`ประวัติรายงาน`): one row per generated document. Every path that makes a
 * document (progress report, year-start plan) writes its row through `logRow`, and every reader
 * (the sidebar, the skip-what-is-done rule, the district overview) matches columns by header
 * name, so a log made by an older version (fewer columns) keeps working.
 */
import type { CalendarDate } from '../engine/types';
import { SHEETS } from './template';
import { normalizeName } from './sheets';

/** What a log row's ประเภท says: stable Thai words, read back by `logKindOf`. */
export const REPORT_KINDS = { progress: 'รายงานผล', plan: 'มาตรการประจำปี' } as const;
export type ReportKind = keyof typeof REPORT_KINDS;

/** A log row's kind; a blank cell (rows of older versions) is a progress report. */
export function logKindOf(value: unknown): ReportKind | null {
  const v = normalizeName(value);
  if (v === '' || v === normalizeName(REPORT_KINDS.progress) || v === 'progress') return 'progress';
  if (v === normalizeName(REPORT_KINDS.plan) || v === 'plan') return 'plan';
  return null;
}

export interface LogRecord {
  time: Date;
  unit: string;
  /** Fiscal year (BE) the document is for. */
  year: number;
  /** Round in months; null for a plan. */
  round: number | null;
  link: string;
  by: string;
  kind: ReportKind;
  /** The day the document describes (progress reports). */
  asOf: CalendarDate | null;
  /** Whom the document was shared with, as written for people ('' when not shared). */
  sharedWith: string;
  /** Anything the user must know about this document (left out, incomplete…). */
  note: string;
}

const asOfCell = (d: CalendarDate | null): unknown => (d ? new Date(Date.UTC(d.year, d.month - 1, d.day) - 7 * 3600 * 1000) : '');

/**
 * The header to use and the row to append for `record`, laid out under the sheet's existing
 * header (`existing`, [] for a new sheet). Template columns the sheet lacks are added at its end;
 * a user's own columns are kept (blank in the new row). `header` differs from `existing` only
 * when columns were added, so the caller writes the header just then.
 */
export function logRow(existing: unknown[], record: LogRecord): { header: string[]; row: unknown[] } {
  const header = existing.map((h) => String(h ?? ''));
  while (header.length && header[header.length - 1].trim() === '') header.pop();
  const values: Record<string, unknown> = {
    time: record.time, unit: record.unit, year: record.year, round: record.round ?? '', link: record.link, by: record.by,
    kind: REPORT_KINDS[record.kind], asOf: asOfCell(record.asOf), sharedWith: record.sharedWith, note: record.note,
  };
  const row: unknown[] = header.map(() => '');
  for (const column of SHEETS.reportLog.columns) {
    let i = header.findIndex((h) => normalizeName(h) === normalizeName(column.th) || normalizeName(h) === normalizeName(column.en));
    if (i < 0) {
      header.push(column.th);
      row.push('');
      i = header.length - 1;
    }
    row[i] = values[column.key] ?? '';
  }
  return { header, row };
}

/** One row of the report log as the sidebar and the overview read it. */
export interface ReportLogEntry {
  /** ISO timestamp, or '' when the cell is not a date. */
  time: string;
  unit: string;
  year: number | null;
  round: number | null;
  /** Only http(s) links survive; anything else becomes ''. */
  link: string;
  by: string;
  kind: ReportKind | null;
  /** YYYY-MM-DD, or '' when the row has none. */
  asOf: string;
  sharedWith: string;
  note: string;
}
