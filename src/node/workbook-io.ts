/**
 * Workbook files for the offline CLI: .xlsx (exceljs) and the JSON grid form
 * `{"sheets": {"<sheet name>": [[header, …], [value, …], …]}}`.
 *
 * Reading gives exactly what Apps Script's `sheet.getDataRange().getValues()` gives, so the
 * pure engine cannot tell a file from a live spreadsheet: a rectangular grid per sheet, ''
 * for empty cells, numbers, booleans, Date objects for date cells, cached formula results,
 * rich text and hyperlinks as their plain text, '' for the hidden cells of a merge.
 *
 * Time zone. A spreadsheet date is a wall-clock value; Apps Script hands it over as the
 * instant of that wall clock in the spreadsheet's zone. Thai workbooks are Asia/Bangkok,
 * UTC+7 all year (no DST), so by default a cell showing 31/3/2568 reads as
 * 2025-03-30T17:00:00Z, as in Apps Script, and a Date is written so that it shows its
 * Bangkok wall clock. `utcOffsetMinutes` changes the zone (0 gives exceljs' own UTC
 * convention). Either way core/engine/calendar's toCalendarDate lands on the right day.
 */
import { registerStrings, msg, type Bilingual, type Params } from '../core/i18n';
import { IO_STRINGS } from '../core/i18n/io';
import { basename, extname } from 'node:path';
// Types only: exceljs takes ~¼ s to load, so it is required when a .xlsx is read or written
// (loadExcel), never by `ita --help` or a .json workbook.
import type ExcelJS from 'exceljs';
import type { WorkbookGrids, Grid } from '../core/engine/types';
import { readFile } from 'node:fs/promises';
import { columnLetter } from '../core/workbook/sheets';
import { writeFileAtomic } from './atomic-write';

// Reading and writing files is the offline side's alone: its messages stay out of the Apps Script bundle.
registerStrings(IO_STRINGS);

const BANGKOK_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60 * 1000;

export interface SheetTimeOptions {
  /** The spreadsheet's offset from UTC in minutes; default 420 (Asia/Bangkok). */
  utcOffsetMinutes?: number;
}

/**
 * 'Sarabun' is Google Fonts' release of TH Sarabun New: a workbook uploaded to Google Sheets
 * shows it as is. Desktop Excel shows it when the font is installed (the OFL files ship in
 * @expo-google-fonts/sarabun) and falls back to its default font otherwise; pass
 * `fontName: 'TH Sarabun New'` for offices that only have the government font installed.
 */
export const FONT_NAME = 'Sarabun';

/** A file that cannot be read as a workbook: a Thai + English message that names the file. */
export class WorkbookReadError extends Error {
  readonly file: string;
  readonly messages: Bilingual;
  readonly code: string;

  constructor(file: string, code: string, params: Params = {}, options?: { cause?: unknown }) {
    const messages = msg(`io.${code}`, { file: basename(file), ...params });
    super(`${messages.th} / ${messages.en}`);
    this.name = 'WorkbookReadError';
    this.file = file;
    this.code = code;
    this.messages = messages;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

type ExcelModule = typeof ExcelJS;
/** exceljs, loaded on first use. */
export async function loadExcel(): Promise<ExcelModule> {
  return (await import('exceljs')).default;
}

export const offsetMs = (opts?: SheetTimeOptions): number => (opts?.utcOffsetMinutes ?? BANGKOK_OFFSET_MINUTES) * MINUTE_MS;

/** A library's error as a short reason: first sentence, no "see https://…" advice meant for programmers. */
const reasonOf = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/\s*[:.]?\s*(If it is, )?see https?:\/\/\S+$/i, '').slice(0, 200);

// ---------------------------------------------------------------------------------------
// Reading

/** Reads .xlsx or .json (by extension, case-insensitive) into grids. */
export async function readWorkbook(path: string, opts?: SheetTimeOptions): Promise<WorkbookGrids> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.json') throw new WorkbookReadError(path, 'unknownExtension');
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(path, 'notFound', {}, { cause: e });
    if (code === 'EISDIR') throw new WorkbookReadError(path, 'isDirectory', {}, { cause: e });
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError(path, 'noPermission', {}, { cause: e });
    throw new WorkbookReadError(path, 'unreadable', { reason: code ?? reasonOf(e) }, { cause: e });
  }
  return ext === '.json' ? parseJsonGrids(path, data.toString('utf8')) : readXlsx(path, data, opts);
}

async function readXlsx(path: string, data: Buffer, opts?: SheetTimeOptions): Promise<WorkbookGrids> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    // exceljs' typings want its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError(path, 'badXlsx', { reason: reasonOf(e) }, { cause: e });
  }
  const shift = offsetMs(opts);
  const sheets: Record<string, Grid> = {};
  for (const ws of workbook.worksheets) sheets[ws.name] = sheetGrid(ws, shift, Excel.ValueType.Merge);
  return { sheets };
}

/** The data range's values: A1 to the last row and column holding a value. */
function sheetGrid(ws: ExcelJS.Worksheet, shift: number, merge: ExcelJS.ValueType): Grid {
  const cells: { row: number; col: number; value: unknown }[] = [];
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The hidden cells of a merged range read as '' in Sheets; exceljs repeats the master's value.
      const value = cell.type === merge ? '' : plain(cell.value, shift);
      if (value === '') return;
      cells.push({ row: rowNumber, col: colNumber, value });
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
    });
  });
  // An empty sheet's data range is A1, as in Apps Script.
  if (lastRow === 0) return [['']];
  const grid: Grid = Array.from({ length: lastRow }, () => new Array<unknown>(lastCol).fill(''));
  for (const c of cells) grid[c.row - 1][c.col - 1] = c.value;
  return grid;
}

function plain(value: unknown, shift: number): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : new Date(value.getTime() - shift);
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return richText(v.richText);
    // Formula (also shared formula / array formula): the cached result.
    if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : plain(v.result, shift);
    if ('hyperlink' in v || 'text' in v) return typeof v.text === 'string' ? v.text : plain(v.text, shift);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

const richText = (runs: unknown[]): string => runs.map((r) => String((r as { text?: unknown }).text ?? '')).join('');

function parseJsonGrids(path: string, text: string): WorkbookGrids {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new WorkbookReadError(path, 'badJson', { reason: reasonOf(e) }, { cause: e });
  }
  const sheetsIn = (data as { sheets?: unknown } | null)?.sheets;
  if (typeof data !== 'object' || data === null || typeof sheetsIn !== 'object' || sheetsIn === null || Array.isArray(sheetsIn)) {
    throw new WorkbookReadError(path, 'badGridShape');
  }
  const sheets: Record<string, Grid> = {};
  for (const [name, rows] of Object.entries(sheetsIn as Record<string, unknown>)) {
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw new WorkbookReadError(path, 'badGridShape');
    const width = Math.max(0, ...rows.map((r: unknown[]) => r.length));
    sheets[name] = rows.map((row: unknown[], r) => {
      const out: unknown[] = new Array<unknown>(width).fill('');
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
          throw new WorkbookReadError(path, 'badCell', { sheet: name, cell: `${columnLetter(c + 1)}${r + 1}` });
        }
        out[c] = value;
      });
      return out;
    });
  }
  return { sheets };
}

// ---------------------------------------------------------------------------------------
// Writing JSON

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A Date as ISO 8601 in the spreadsheet's wall clock: "2025-03-31" for a day,
 * "2025-04-01T14:05:00+07:00" for a time. The day part is the day the cell shows, which is
 * what core/engine/calendar's parseDate reads from an ISO string.
 */
export function isoCellDate(d: Date, opts?: SheetTimeOptions): string {
  const minutes = opts?.utcOffsetMinutes ?? BANGKOK_OFFSET_MINUTES;
  const w = new Date(d.getTime() + minutes * MINUTE_MS);
  const day = `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
  const h = w.getUTCHours();
  const m = w.getUTCMinutes();
  const s = w.getUTCSeconds();
  const ms = w.getUTCMilliseconds();
  if (h === 0 && m === 0 && s === 0 && ms === 0) return day;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const zone = abs === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${day}T${pad(h)}:${pad(m)}:${pad(s)}${ms ? `.${pad(ms, 3)}` : ''}${zone}`;
}

/** The grids as JSON, one sheet row per line; Dates become ISO strings (isoCellDate). */
export async function writeJsonGrids(path: string, grids: WorkbookGrids, opts?: SheetTimeOptions): Promise<void> {
  writeFileAtomic(path, jsonGrids(grids, opts));
}

export function jsonGrids(grids: WorkbookGrids, opts?: SheetTimeOptions): string {
  const cell = (v: unknown): unknown => (v instanceof Date ? isoCellDate(v, opts) : v === undefined ? '' : v);
  const sheets = Object.entries(grids.sheets).map(([name, grid]) => {
    const rows = grid.map((row) => `      ${JSON.stringify(row.map(cell))}`);
    return `    ${JSON.stringify(name)}: [${rows.length ? `\n${rows.join(',\n')}\n    ` : ''}]`;
  });
  return `{\n  "sheets": {${sheets.length ? `\n${sheets.join(',\n')}\n  ` : ''}}\n}\n`;
}
