/**
 * `ita split-units` / `ita merge-units` in a file: core's plan (unit-sheets-plan.ts) applied to
 * the .xlsx with exceljs, keeping everything else as read (other sheets, widths, formats). Each
 * moved row's cells are copied whole — value (a formula or a link too), cell note and style — and
 * a new unit sheet takes the shared sheet's header, widths, frozen row, dropdowns and colours.
 * The file is replaced atomically (temporary file + rename): on any error it is untouched. A
 * .json workbook is written in the grid form.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookGrids } from '../core/engine/types';
import { applyUnitSheetsPlan, type SheetWrite, type UnitSheetsPlan } from '../core/workbook/unit-sheets-plan';
import { findSheetName } from '../core/workbook/sheets';
import { SHEETS } from '../core/workbook/template';
import { jsonGrids, loadExcel } from './workbook-io';
import { writeFileAtomic } from './atomic-write';

/** What exceljs keeps per sheet but leaves out of its typings. */
interface SheetExtras {
  dataValidations: { model: Record<string, unknown> };
  conditionalFormattings: unknown[];
}
const extras = (ws: ExcelJS.Worksheet): SheetExtras => ws as unknown as SheetExtras;
const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** A new unit sheet dressed as the shared measures sheet: widths, frozen header, dropdowns, colours. */
function dressLike(ws: ExcelJS.Worksheet, model: ExcelJS.Worksheet | undefined): void {
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  if (!model) return;
  model.columns?.forEach((column, i) => {
    const target = ws.getColumn(i + 1);
    if (column.width) target.width = column.width;
    if (column.font) target.font = clone(column.font);
    if (column.alignment) target.alignment = clone(column.alignment);
  });
  extras(ws).dataValidations.model = clone(extras(model).dataValidations.model);
  extras(ws).conditionalFormattings = clone(extras(model).conditionalFormattings);
}

function writeSheet(workbook: ExcelJS.Workbook, w: SheetWrite, shared: ExcelJS.Worksheet | undefined): void {
  const ws = workbook.getWorksheet(w.sheet) ?? workbook.addWorksheet(w.sheet);
  if (w.created) dressLike(ws, shared);
  const header = w.grid[0] ?? [];
  header.forEach((h, j) => {
    const cell = ws.getCell(1, j + 1);
    if (cell.value === null || cell.value === undefined || cell.value === '') {
      cell.value = h === '' ? null : (h as ExcelJS.CellValue);
      const model = shared?.getCell(1, j + 1);
      if (model && w.created) cell.style = clone(model.style);
    }
  });
  w.sources.forEach((source, i) => {
    if (!source || source.sheet === w.sheet) return; // a row already in this sheet stays as it is
    const from = workbook.getWorksheet(source.sheet);
    const map = w.columns[source.sheet] ?? [];
    for (let j = 0; j < (w.grid[i]?.length ?? 0); j++) {
      const cell = ws.getCell(i + 1, j + 1);
      const at = map[j] ?? -1;
      const src = at >= 0 && from ? from.getCell(source.row, at + 1) : null;
      if (src && src.value !== null && src.value !== undefined) {
        cell.value = clone(src.value) as ExcelJS.CellValue;
        if (src.value instanceof Date) cell.value = new Date(src.value.getTime());
      } else if (w.grid[i][j] !== '' && w.grid[i][j] !== null && w.grid[i][j] !== undefined) {
        // A value the plan set (the unit's name for a row that left it blank, when merging).
        cell.value = w.grid[i][j] as ExcelJS.CellValue;
      }
      if (src) {
        cell.style = clone(src.style);
        if (src.note) cell.note = clone(src.note) as ExcelJS.Comment;
      }
    }
  });
}

/** Applies `plan` to the workbook file at `path` (the grids are the file as read). */
export async function applyUnitSheetsPlanToFile(path: string, grids: WorkbookGrids, plan: UnitSheetsPlan): Promise<void> {
  if (extname(path).toLowerCase() !== '.xlsx') {
    writeFileAtomic(path, jsonGrids(applyUnitSheetsPlan(grids, plan)));
    return;
  }
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  const sharedName = findSheetName(grids, SHEETS.measures);
  const shared = sharedName === undefined ? undefined : workbook.getWorksheet(sharedName);
  for (const w of plan.writes) writeSheet(workbook, w, shared);
  for (const name of plan.cleared) {
    // Values and notes cleared (exceljs' spliceRows leaves a loaded sheet's rows in place); formats stay for new rows.
    workbook.getWorksheet(name)?.eachRow((row, n) => {
      if (n > 1) row.eachCell({ includeEmpty: true }, (c) => { c.value = null; (c as unknown as { _comment?: unknown })._comment = undefined; });
    });
  }
  for (const name of plan.removed) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  writeFileAtomic(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}
