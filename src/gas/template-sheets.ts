/**
 * Creating the template's sheets and columns without touching what users wrote: a missing
 * sheet is created with its header; a missing column is appended after the last used one
 * (existing and extra columns stay where they are). Formats and widths are only applied
 * to what was just created, so a user's own widths and formats survive a second run.
 */
import { COLOURS, type ColumnKind, type ColumnSpec, type SheetSpec } from '../core/workbook/template';
import { normalizeName } from '../core/workbook/sheets';
import { findSheetName } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column key → 1-based column, for the template columns present after setup. */
export type ColumnMap = Record<string, number>;

export interface EnsuredSheet {
  sheet: Sheet;
  name: string;
  created: boolean;
  columns: ColumnMap;
  addedColumns: number;
}

/** Sarabun is Google Fonts' TH Sarabun New, the font of Thai official documents. */
export const THAI_FONT = 'Sarabun';

/** Number formats per column kind; codes and code lists stay text so "10" or "7,9" are not turned into numbers. */
const KIND_FORMATS: Partial<Record<ColumnKind, string>> = {
  score: '0.00',
  number: '0.##',
  year: '0',
  date: 'd mmm yyyy',
  datetime: 'd mmm yyyy hh:mm',
  indicator: '@',
};
const TEXT_KEYS = new Set(['code', 'indicators']);

const formatOf = (c: ColumnSpec): string | undefined => (TEXT_KEYS.has(c.key) ? '@' : KIND_FORMATS[c.kind]);

/** Where each template column is in a header row (0 when absent). */
export function matchHeader(header: unknown[], spec: SheetSpec): ColumnMap {
  const names = header.map(normalizeName);
  const columns: ColumnMap = {};
  for (const c of spec.columns) {
    const i = names.findIndex((n) => n === normalizeName(c.th) || n === normalizeName(c.en));
    columns[c.key] = i + 1;
  }
  return columns;
}

/** The sheet for `spec`, created with its header if missing; missing columns appended. */
export function ensureTemplateSheet(ss: Spreadsheet, sheets: Map<string, Sheet>, spec: SheetSpec): EnsuredSheet {
  const existing = findSheetName(sheets, spec);
  const created = existing === undefined;
  const name = existing ?? spec.th;
  let sheet = sheets.get(name) as Sheet;
  if (created) {
    sheet = ss.insertSheet(name, sheets.size);
    sheets.set(name, sheet);
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setFontFamily(THAI_FONT);
  }
  if (spec.columns.length === 0) return { sheet, name, created, columns: {}, addedColumns: 0 };

  const lastColumn = created ? 0 : sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const columns = matchHeader(header, spec);
  const missing = spec.columns.filter((c) => columns[c.key] === 0);
  if (missing.length > 0) {
    // After the last used column (never over a user's column); at A1 on an empty sheet.
    const start = lastColumn + 1;
    addColumns(sheet, start, missing);
    missing.forEach((c, i) => { columns[c.key] = start + i; });
  }
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  return { sheet, name, created, columns, addedColumns: missing.length };
}

/** Writes headers for `missing` from column `start`, with header style, width, wrap and number format. */
function addColumns(sheet: Sheet, start: number, missing: ColumnSpec[]): void {
  const maxColumns = sheet.getMaxColumns();
  const needed = start + missing.length - 1;
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const headerRange = sheet.getRange(1, start, 1, missing.length);
  headerRange.setValues([missing.map((c) => c.th)]);
  headerRange.setFontWeight('bold').setBackground(COLOURS.header).setWrap(true).setVerticalAlignment('middle');
  const bodyRows = sheet.getMaxRows() - 1;
  missing.forEach((c, i) => {
    const column = start + i;
    sheet.setColumnWidth(column, c.width);
    if (bodyRows < 1) return;
    const format = formatOf(c);
    const body = sheet.getRange(2, column, bodyRows, 1);
    if (format) body.setNumberFormat(format);
    if (c.kind === 'longText') body.setWrap(true);
  });
}
