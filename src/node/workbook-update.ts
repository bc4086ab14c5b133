/**
 * Changing a few cells of a workbook file in place, keeping everything else: an .xlsx is
 * loaded whole with exceljs and only the given cells are set (a new cell takes the style of
 * the cell above it, so a new score row looks like the others), so every other sheet,
 * column width, format, data validation and conditional format is written back as it was
 * read; a .json grid file gets the cells and is written in the grid form. Both replace the
 * file atomically (temporary file + rename): on any error the file is untouched.
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
  value: string | number | boolean;
}

/** The cells of a block that differ from the grid it was planned on. */
export function changedCells(grid: unknown[][], block: { row: number; column: number; values: unknown[][] }): CellWrite[] {
  const out: CellWrite[] = [];
  block.values.forEach((line, i) => line.forEach((value, j) => {
    const row = block.row + i;
    const column = block.column + j;
    if (grid[row - 1]?.[column - 1] !== value && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      out.push({ row, column, value });
    }
  }));
  return out;
}

async function updateXlsx(path: string, sheet: string, cells: CellWrite[]): Promise<void> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const c of cells) {
    const cell = ws.getCell(c.row, c.column);
    if ((cell.value === null || cell.value === undefined) && c.row > 2) {
      const above = ws.getCell(c.row - 1, c.column);
      if (above.value !== null && above.value !== undefined) cell.style = { ...above.style };
    }
    cell.value = c.value;
  }
  writeFileAtomic(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * Writes `cells` into `sheet` of the file at `path`. `grids` is the file as read (for .json,
 * the grids are changed and written back).
 */
export async function updateWorkbookCells(path: string, grids: WorkbookGrids, sheet: string, cells: CellWrite[]): Promise<void> {
  if (extname(path).toLowerCase() === '.xlsx') {
    await updateXlsx(path, sheet, cells);
    return;
  }
  const grid = grids.sheets[sheet];
  const width = Math.max(grid[0]?.length ?? 0, ...cells.map((c) => c.column));
  for (const c of cells) {
    while (grid.length < c.row) grid.push([]);
    grid[c.row - 1][c.column - 1] = c.value;
  }
  for (const row of grid) for (let j = 0; j < width; j++) if (row[j] === undefined) row[j] = '';
  writeFileAtomic(path, jsonGrids(grids));
}
