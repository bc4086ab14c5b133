/**
 * Reading sheets as tables: find a sheet by its Thai or English name, map columns by
 * header name (trimmed, case- and space-insensitive, any order), keep the rest.
 */
import type { Grid, Problem, WorkbookGrids } from '../engine/types';
import type { SheetSpec } from './template';
import { msg } from '../i18n';

export const normalizeName = (value: unknown): string => String(value ?? '').trim().toLowerCase().replace(/\s+/g, '');

/** Column letters for a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A1 notation of a 1-based cell. */
export const a1 = (row: number, column: number): string => `${columnLetter(column)}${row}`;

/** The workbook's actual name for a template sheet, Thai canonical or English alias. */
export function findSheetName(grids: WorkbookGrids, spec: SheetSpec): string | undefined {
  const wanted = [normalizeName(spec.th), normalizeName(spec.en)];
  const names = Object.keys(grids.sheets);
  return names.find((n) => normalizeName(n) === wanted[0]) ?? names.find((n) => normalizeName(n) === wanted[1]);
}

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  values: unknown[];
}

export interface Table {
  /** The sheet's name as it is in the workbook. */
  sheet: string;
  /** 0-based column index per column key; -1 when the header is absent (optional columns). */
  columns: Record<string, number>;
  /** Data rows that are not entirely blank. */
  rows: TableRow[];
}

/** Reads a template sheet as a table; records missing sheets (unless optional) and required headers as problems. */
export function readTable(grids: WorkbookGrids, spec: SheetSpec, problems: Problem[]): Table | null {
  const sheet = findSheetName(grids, spec);
  if (sheet === undefined) {
    if (spec.optional) return null;
    problems.push({ sheet: spec.th, cell: '', code: 'missingSheet', message: msg('problem.missingSheet', { sheet: spec.th }) });
    return null;
  }
  const grid: Grid = grids.sheets[sheet] ?? [];
  const header = (grid[0] ?? []).map(normalizeName);
  const columns: Record<string, number> = {};
  let complete = true;
  for (const column of [...spec.columns, ...(spec.extraColumns ?? [])]) {
    const index = header.findIndex((h) => h === normalizeName(column.th) || h === normalizeName(column.en));
    columns[column.key] = index;
    if (index < 0 && column.required) {
      complete = false;
      problems.push({ sheet, cell: '1:1', code: 'missingHeader', message: msg('problem.missingHeader', { sheet, header: column.th }) });
    }
  }
  if (!complete) return null;
  const rows: TableRow[] = [];
  for (let i = 1; i < grid.length; i++) {
    const values = grid[i] ?? [];
    if (values.some((v) => !isBlank(v))) rows.push({ row: i + 1, values });
  }
  return { sheet, columns, rows };
}

/** A row's value for a column key ('' when the column is absent). */
export const cell = (table: Table, row: TableRow, key: string): unknown => {
  const index = table.columns[key];
  return index === undefined || index < 0 ? '' : row.values[index] ?? '';
};

/** A1 address of a row's column (the header's column, or A when the column is absent). */
export const addressOf = (table: Table, row: TableRow, key: string): string =>
  a1(row.row, Math.max(table.columns[key] ?? 0, 0) + 1);
