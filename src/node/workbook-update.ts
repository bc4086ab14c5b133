/**
 * Changing a few cells of a workbook file in place, keeping everything else: an .xlsx is
 * loaded whole with exceljs and only the given cells are set (a new cell takes the style of
 * the cell above it, so a new score row looks like the others), so every other sheet,
 * column width, format, data validation and conditional format is written back as it was
 * read; a .json grid file gets the cells and is written in the grid form. Both replace the
 * file atomically (temporary file + rename): on any error the file is untouched. Several
 * sheets are changed in one write (`updateWorkbook`), so a command that adds measures,
 * analysis rows and a setting leaves either all of them or none.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
// Types only: exceljs is loaded when a .xlsx is updated (loadExcel), never at `ita --help`.
import type ExcelJS from 'exceljs';
import type { WorkbookGrids } from '../core/engine/types';
import { jsonGrids, loadExcel } from './workbook-io';
import { writeFileAtomic } from './atomic-write';

export interface CellWrite {
  /** 1-based, as in the grids' sheets. */
  row: number;
  column: number;
  /** A Date is an instant, written as the Bangkok wall clock (as the workbook readers read it back). */
  value: string | number | boolean | Date;
}

/** The cells to write into one sheet; `create`: the sheet is not there yet and is added. */
export interface SheetEdit {
  sheet: string;
  cells: CellWrite[];
  create?: boolean;
}

/** The cells of a block that differ from the grid it was planned on. */
export function changedCells(grid: unknown[][], block: { row: number; column: number; values: unknown[][] }): CellWrite[] {
  const out: CellWrite[] = [];
  block.values.forEach((line, i) => line.forEach((value, j) => {
    const row = block.row + i;
    const column = block.column + j;
    if (grid[row - 1]?.[column - 1] !== value && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)) {
      out.push({ row, column, value });
    }
  }));
  return out;
}

const BANGKOK_MS = 7 * 3600 * 1000;

async function updateXlsx(path: string, edits: SheetEdit[]): Promise<void> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  for (const edit of edits) {
    let ws = workbook.getWorksheet(edit.sheet);
    if (!ws && edit.create) ws = workbook.addWorksheet(edit.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    if (!ws) throw new Error(`no sheet ${edit.sheet}`);
    for (const c of edit.cells) {
      const cell = ws.getCell(c.row, c.column);
      if ((cell.value === null || cell.value === undefined) && c.row > 2) {
        const above = ws.getCell(c.row - 1, c.column);
        if (above.value !== null && above.value !== undefined) cell.style = { ...above.style };
      }
      if (c.value instanceof Date) {
        // exceljs stores a Date's UTC fields: the Bangkok wall clock, as writeWorkbookXlsx does.
        const wall = new Date(c.value.getTime() + BANGKOK_MS);
        cell.value = wall;
        const timed = wall.getUTCHours() + wall.getUTCMinutes() + wall.getUTCSeconds() > 0;
        if (!cell.numFmt || cell.numFmt === 'General') cell.numFmt = timed ? 'd/m/yyyy h:mm' : 'd/m/yyyy';
      } else cell.value = c.value;
      if (c.row === 1 && edit.create) cell.font = { name: 'Sarabun', bold: true };
    }
  }
  writeFileAtomic(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Writes every edit into the file at `path` in one atomic replace. `grids` is the file as read (for .json, changed and written back). */
export async function updateWorkbook(path: string, grids: WorkbookGrids, edits: SheetEdit[]): Promise<void> {
  const work = edits.filter((e) => e.cells.length > 0 || e.create);
  if (work.length === 0) return;
  if (extname(path).toLowerCase() === '.xlsx') {
    await updateXlsx(path, work);
    return;
  }
  for (const edit of work) {
    const grid = (grids.sheets[edit.sheet] ??= []);
    const width = Math.max(grid[0]?.length ?? 0, ...edit.cells.map((c) => c.column));
    for (const c of edit.cells) {
      while (grid.length < c.row) grid.push([]);
      grid[c.row - 1][c.column - 1] = c.value;
    }
    for (const row of grid) for (let j = 0; j < width; j++) if (row[j] === undefined) row[j] = '';
  }
  writeFileAtomic(path, jsonGrids(grids));
}

/** Writes `cells` into `sheet` of the file at `path` (one sheet: score import). */
export async function updateWorkbookCells(path: string, grids: WorkbookGrids, sheet: string, cells: CellWrite[]): Promise<void> {
  await updateWorkbook(path, grids, [{ sheet, cells }]);
}
