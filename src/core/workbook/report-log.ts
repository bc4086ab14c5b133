/**
 * The report log (`ประวัติรายงาน`): one row per generated document. Every path that makes a
 * document (progress report, year-start plan) writes its row through `logRow`, and every reader
 * (the sidebar, the skip-what-is-done rule, the district overview) matches columns by header
 * name, so a log made by an older version (fewer columns) keeps working.
 */
import type { CalendarDate, WorkbookGrids } from '../engine/types';
import { text, instantOf, parseYear, parseNumber } from '../engine/values';
import { parseDate } from '../engine/calendar';
import { SHEETS } from './template';
import { normalizeName, readTable, cell } from './sheets';

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

// Reading the log back (the sidebar's recent reports, the district overview, the CLI's status).

/** A calendar day as YYYY-MM-DD. */
export const isoDate = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Only links the page may open: http(s). */
export function safeLink(value: unknown): string {
  const s = text(value);
  return /^https?:\/\/[^\s]+$/i.test(s) ? s : '';
}

/** A log date cell as YYYY-MM-DD (its Bangkok day), '' when it is not a date. */
function logDate(value: unknown): string {
  const d = parseDate(value);
  return d && d !== 'invalid' ? isoDate(d) : '';
}

/** The report log sheet (ประวัติรายงาน) as entries, every unit, in sheet order. */
export function readReportLog(grids: WorkbookGrids): ReportLogEntry[] {
  const table = readTable(grids, SHEETS.reportLog, []);
  if (!table) return [];
  return table.rows.map((row) => {
    const time = instantOf(cell(table, row, 'time'));
    const date = time ? time.toISOString() : '';
    const year = parseYear(cell(table, row, 'year'));
    const round = parseNumber(cell(table, row, 'round'));
    return {
      time: date,
      unit: text(cell(table, row, 'unit')),
      year: year !== null && !isNaN(year) ? year : null,
      round: round !== null && !isNaN(round) ? round : null,
      link: safeLink(cell(table, row, 'link')),
      by: text(cell(table, row, 'by')),
      kind: logKindOf(cell(table, row, 'kind')),
      asOf: logDate(cell(table, row, 'asOf')),
      sharedWith: text(cell(table, row, 'sharedWith')),
      note: text(cell(table, row, 'note')),
    };
  });
}
