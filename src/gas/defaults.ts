/**
 * Default rows of the template: Settings keys and the default indicator framework. Rows are
 * only ever appended below the data (Settings) or written into an empty sheet (framework):
 * a value a user typed is never replaced.
 */
import { DEFAULT_FRAMEWORK_ROWS, SETTINGS } from '../core/workbook/template';
import { normalizeName } from '../core/workbook/sheets';
import type { Grid } from '../core/engine/types';
import type { ColumnMap, EnsuredSheet } from './template-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows spanning column 1 to the rightmost mapped column, values placed by column key. */
function placeRows(columns: ColumnMap, rows: Record<string, unknown>[]): unknown[][] {
  const width = Math.max(...Object.keys(rows[0]).map((k) => columns[k]));
  return rows.map((r) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(r)) line[columns[key] - 1] = value;
    return line;
  });
}

/** Appends `rows` below row `lastRow`, growing the sheet first when it is too short. */
function appendRows(sheet: Sheet, lastRow: number, rows: unknown[][]): void {
  const maxRows = sheet.getMaxRows();
  const needed = lastRow + rows.length;
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(lastRow + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/**
 * Adds the Settings keys the sheet lacks (matched by Thai or English key), with their
 * defaults and notes. Returns the sheet's grid after the change, for reading thresholds.
 */
export function ensureSettingsRows({ sheet, columns }: EnsuredSheet): { added: number; grid: Grid } {
  const grid = sheet.getDataRange().getValues();
  const keyColumn = columns.key - 1;
  const present = new Set(grid.slice(1).map((row) => normalizeName(row[keyColumn])));
  const missing = SETTINGS.filter((s) => !present.has(normalizeName(s.th)) && !present.has(normalizeName(s.en)));
  if (missing.length === 0) return { added: 0, grid };
  const rows = placeRows(columns, missing.map((s) => ({ key: s.th, value: s.default, note: s.note })));
  const lastRow = grid.length === 1 && grid[0].every((v) => v === '') ? 0 : grid.length;
  appendRows(sheet, lastRow, rows);
  const width = Math.max(grid[0].length, rows[0].length);
  const pad = (line: unknown[]) => [...line, ...new Array(width - line.length).fill('')];
  return { added: missing.length, grid: [...grid.map(pad), ...rows.map(pad)] };
}

/** Writes the default framework (ITA 2562–2567) into an Indicators sheet that has no rows yet. */
export function ensureFrameworkRows({ sheet, columns }: EnsuredSheet): number {
  if (sheet.getLastRow() > 1) return 0; // a framework is there: the user's, never replaced
  const rows = placeRows(columns, DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool, weight })));
  appendRows(sheet, 1, rows);
  return rows.length;
}
