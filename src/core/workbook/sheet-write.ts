/**
 * What a command writes into a workbook, planned in core from the grids as read: rows
 * appended under a sheet's header (matched by header name; a template column the sheet lacks
 * is added at its end; a missing sheet is created) and single cells set. The add-on turns a
 * write into one setValues per sheet, the CLI into one atomic file write for all of them.
 */
import type { WorkbookGrids } from '../engine/types';
import { findSheetName, isBlank, normalizeName } from './sheets';
import type { SheetSpec } from './template';

export type CellValue = string | number | boolean | Date;

export interface SheetWrite {
  /** The sheet's name in the workbook (the template's Thai name when it is created). */
  sheet: string;
  /** The sheet is not there yet: create it (its header is among the cells). */
  create: boolean;
  /** 1-based cells, in row order. */
  cells: { row: number; column: number; value: CellValue }[];
}

/** The last row of a grid that holds anything (0 for an empty sheet): new rows go after it. */
export function lastFilledRow(grid: readonly (readonly unknown[])[]): number {
  for (let i = grid.length - 1; i >= 0; i--) if ((grid[i] ?? []).some((v) => !isBlank(v))) return i + 1;
  return 0;
}

/**
 * Rows (values by the template's column keys) appended to the sheet of `spec`. Columns are
 * found by header name (Thai or English); a template column the sheet lacks gets a header
 * cell at its end; keys that are no column of the template are ignored.
 */
export function appendRowsWrite(grids: WorkbookGrids, spec: SheetSpec, rows: Record<string, CellValue | null | undefined>[]): SheetWrite {
  const found = findSheetName(grids, spec);
  const sheet = found ?? spec.th;
  const grid = found === undefined ? [] : grids.sheets[found] ?? [];
  const header = (grid[0] ?? []).map((h) => String(h ?? ''));
  while (header.length && header[header.length - 1].trim() === '') header.pop();
  const cells: SheetWrite['cells'] = [];
  const columnOf = new Map<string, number>();
  const used = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const column of spec.columns) {
    let i = header.findIndex((h) => normalizeName(h) === normalizeName(column.th) || normalizeName(h) === normalizeName(column.en));
    // A new sheet gets the whole template header; an existing one only the columns written.
    if (i < 0 && (found === undefined || used.has(column.key))) {
      header.push(column.th);
      i = header.length - 1;
      cells.push({ row: 1, column: i + 1, value: column.th });
    }
    if (i >= 0) columnOf.set(column.key, i + 1);
  }
  let row = Math.max(lastFilledRow(grid), 1);
  for (const values of rows) {
    row++;
    for (const [key, value] of Object.entries(values)) {
      const column = columnOf.get(key);
      if (column === undefined || value === null || value === undefined || value === '') continue;
      cells.push({ row, column, value });
    }
  }
  return { sheet, create: found === undefined, cells };
}

/** The writes applied to grids in memory (the offline sidebar server, tests): rows padded to the sheet's width. */
export function applySheetWrites(grids: WorkbookGrids, writes: SheetWrite[]): void {
  for (const w of writes) {
    const grid = (grids.sheets[w.sheet] ??= []);
    for (const c of w.cells) {
      while (grid.length < c.row) grid.push([]);
      grid[c.row - 1][c.column - 1] = c.value;
    }
    const width = Math.max(0, ...grid.map((r) => r.length));
    for (const row of grid) for (let j = 0; j < width; j++) if (row[j] === undefined) row[j] = '';
  }
}
