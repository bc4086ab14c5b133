/**
 * Splitting the shared `มาตรการ` sheet into unit sheets and merging them back (issue 21), as a
 * plan over grids: the add-on (src/gas/unit-sheets.ts) and the CLI (`ita split-units` /
 * `ita merge-units`) write what the plan says. Nothing is lost: every row moves whole — its
 * values and the user's extra columns (matched by header name, a column the target lacks is
 * added to it) — and each written row says where it came from, so an adapter can carry its
 * cell notes too. A row already in the target with the same values is not copied twice, so a
 * run cut short and run again leaves no duplicate.
 */
import type { Grid, Problem, WorkbookGrids } from '../engine/types';
import { SHEETS } from './template';
import { findSheetName, isBlank, normalizeName, readTable, a1 } from './sheets';
import { parseWorkbook } from './workbook';
import { unitSheetNames, unitSheetName, unitSheetResolver } from './unit-sheets';
import { msg } from '../i18n';

export interface RowSource {
  sheet: string;
  /** 1-based row in that sheet. */
  row: number;
}

/** A sheet as it is after the move: every row (header first) and where each came from. */
export interface SheetWrite {
  sheet: string;
  created: boolean;
  grid: Grid;
  /** Per row of `grid` (0: the header): its source; rows already there point at themselves. */
  sources: (RowSource | null)[];
  /** Per source sheet: for each column of `grid`, the source's 0-based column, or -1. */
  columns: Record<string, number[]>;
}

export interface UnitSheetsPlan {
  problems: Problem[];
  writes: SheetWrite[];
  /** Sheets whose rows all moved out: their data rows are cleared, the header kept. */
  cleared: string[];
  /** Unit sheets merged back: deleted once the shared sheet holds their rows. */
  removed: string[];
  /** Rows moved; rows left out because the target already had them. */
  moved: number;
  skipped: number;
  /** The unit sheets created, by unit (split). */
  created: string[];
}

const cellKey = (v: unknown): string => (v instanceof Date ? `d${v.getTime()}` : isBlank(v) ? '' : String(v).trim());
const rowKey = (values: unknown[], width: number): string =>
  Array.from({ length: width }, (_, i) => cellKey(values[i])).join('\u0001');

/** A sheet being written: rows appended under its own, columns added by header name. */
class Target {
  readonly grid: Grid;
  readonly sources: (RowSource | null)[];
  readonly columns: Record<string, number[]> = {};
  private readonly keys = new Set<string>();
  moved = 0;
  skipped = 0;

  constructor(readonly sheet: string, readonly created: boolean, grid: Grid) {
    this.grid = grid.map((r) => [...r]);
    const width = this.header.length;
    this.sources = this.grid.map((_, i) => (i === 0 ? null : { sheet, row: i + 1 }));
    this.columns[sheet] = Array.from({ length: width }, (_, i) => i);
    for (let i = 1; i < this.grid.length; i++) this.keys.add(rowKey(this.grid[i], width));
  }

  get header(): unknown[] { return this.grid[0]; }

  /** Target column per source column, adding the source's columns the target lacks. */
  private mapColumns(sourceSheet: string, sourceHeader: unknown[]): number[] {
    const names = this.header.map(normalizeName);
    const used = new Set<number>();
    const map = sourceHeader.map((h, index) => {
      const name = normalizeName(h);
      // A column with no header (a user's unlabelled column) goes to the same place when that is unlabelled too.
      const at = name === '' ? (names[index] === '' && !used.has(index) ? index : -1) : names.findIndex((n, i) => n === name && !used.has(i));
      if (at >= 0) { used.add(at); return at; }
      this.header.push(h);
      names.push(name);
      used.add(this.header.length - 1);
      return this.header.length - 1;
    });
    const width = this.header.length;
    for (const r of this.grid) while (r.length < width) r.push('');
    const back = new Array<number>(width).fill(-1);
    map.forEach((target, source) => { back[target] = source; });
    this.columns[sourceSheet] = back;
    return map;
  }

  /** Appends `rows` of `sourceSheet`; `fill` sets values the target needs (the unit when merging). */
  append(sourceSheet: string, sourceHeader: unknown[], rows: { row: number; values: unknown[] }[], fill?: (line: unknown[]) => void): void {
    const map = this.mapColumns(sourceSheet, sourceHeader);
    const width = this.header.length;
    for (const r of rows) {
      const line = new Array<unknown>(width).fill('');
      map.forEach((target, source) => { line[target] = r.values[source] ?? ''; });
      fill?.(line);
      const key = rowKey(line, width);
      if (this.keys.has(key)) { this.skipped++; continue; }
      this.keys.add(key);
      this.grid.push(line);
      this.sources.push({ sheet: sourceSheet, row: r.row });
      this.moved++;
    }
  }

  write(): SheetWrite {
    return { sheet: this.sheet, created: this.created, grid: this.grid, sources: this.sources, columns: this.columns };
  }
}

const problem = (sheet: string, cell: string, code: string, params: Record<string, string | number> = {}): Problem =>
  ({ sheet, cell, code, message: msg(`problem.${code}`, params) });

const emptyPlan = (problems: Problem[]): UnitSheetsPlan => ({ problems, writes: [], cleared: [], removed: [], moved: 0, skipped: 0, created: [] });

/** The data rows of a grid that hold a value. */
const dataRows = (grid: Grid): { row: number; values: unknown[] }[] =>
  grid.slice(1).map((values, i) => ({ row: i + 2, values })).filter((r) => r.values.some((v) => !isBlank(v)));

/**
 * Split: every row of the shared sheet goes to its unit's sheet (created, with the shared
 * sheet's header, for every unit of `หน่วยงาน` that has none); the shared sheet keeps its header.
 * A row whose unit is blank or unknown cannot be placed: a problem with its cell, nothing moves.
 */
export function planSplit(grids: WorkbookGrids): UnitSheetsPlan {
  const problems: Problem[] = [];
  const { workbook } = parseWorkbook(grids);
  const unitsTable = readTable(grids, SHEETS.units, problems);
  const shared = findSheetName(grids, SHEETS.measures);
  const measures = shared === undefined ? null : readTable(grids, SHEETS.measures, problems);
  if (!unitsTable || (shared !== undefined && !measures)) return emptyPlan(problems);
  const units = workbook.units.map((u) => u.name);
  if (units.length === 0) return emptyPlan([problem(unitsTable.sheet, '', 'splitNoUnits')]);
  const byName = new Map(units.map((u) => [normalizeName(u), u]));
  const rowsOf = new Map<string, { row: number; values: unknown[] }[]>(units.map((u) => [u, []]));
  if (measures) {
    const unitColumn = measures.columns.unit;
    for (const row of measures.rows) {
      const unit = byName.get(normalizeName(row.values[unitColumn]));
      if (unit === undefined) {
        const value = String(row.values[unitColumn] ?? '').trim();
        problems.push(problem(measures.sheet, a1(row.row, unitColumn + 1), value === '' ? 'splitNoUnit' : 'unknownUnit', { unit: value }));
      } else rowsOf.get(unit)?.push(row);
    }
  }
  // Which sheet each unit has, or will have; two units may not share one.
  const resolve = unitSheetResolver(units);
  const existing = new Map<string, string>();
  for (const sheet of unitSheetNames(grids)) {
    const unit = resolve(sheet);
    if (unit !== undefined && !existing.has(unit)) existing.set(unit, sheet);
  }
  const taken = new Map<string, string>();
  for (const unit of units) {
    const sheet = existing.get(unit) ?? unitSheetName(unit);
    const key = normalizeName(sheet);
    const other = taken.get(key);
    if (other !== undefined) problems.push(problem(unitsTable.sheet, '', 'sameUnitSheet', { sheet, unit, other }));
    else if (!existing.has(unit) && Object.keys(grids.sheets).some((n) => normalizeName(n) === key)) {
      problems.push(problem(sheet, '', 'sheetNameTaken', { sheet, unit }));
    }
    taken.set(key, unit);
  }
  if (problems.length) return emptyPlan(problems);

  const sharedGrid = shared === undefined ? [SHEETS.measures.columns.map((c) => c.th)] : grids.sheets[shared];
  const header = sharedGrid[0] ?? [];
  const plan = emptyPlan([]);
  for (const unit of units) {
    const sheet = existing.get(unit);
    const target = new Target(sheet ?? unitSheetName(unit), sheet === undefined, sheet === undefined ? [[...header]] : grids.sheets[sheet]);
    const rows = rowsOf.get(unit) ?? [];
    if (rows.length || target.created) target.append(shared ?? SHEETS.measures.th, header, rows);
    plan.moved += target.moved;
    plan.skipped += target.skipped;
    if (target.created || target.moved > 0) plan.writes.push(target.write());
    if (target.created) plan.created.push(target.sheet);
  }
  if (shared !== undefined && measures && measures.rows.length > 0) plan.cleared.push(shared);
  return plan;
}

/**
 * Merge: every unit sheet's rows go back to the shared sheet (created if missing), each with
 * its unit's name where the row left it blank; the unit sheets are then deleted. A unit sheet
 * that names no unit and holds rows with a blank unit cannot be merged: a problem naming it.
 */
export function planMerge(grids: WorkbookGrids): UnitSheetsPlan {
  const problems: Problem[] = [];
  const sheets = unitSheetNames(grids);
  if (sheets.length === 0) return emptyPlan([problem(SHEETS.measures.th, '', 'notSplit')]);
  const { workbook } = parseWorkbook(grids);
  const resolve = unitSheetResolver(workbook.units.map((u) => u.name));
  const shared = findSheetName(grids, SHEETS.measures);
  const target = new Target(shared ?? SHEETS.measures.th, shared === undefined,
    shared === undefined ? [SHEETS.measures.columns.map((c) => c.th)] : grids.sheets[shared]);
  const sources: { sheet: string; unit: string | undefined; header: unknown[]; rows: { row: number; values: unknown[] }[]; unitColumn: number }[] = [];
  for (const sheet of sheets) {
    const grid = grids.sheets[sheet];
    const header = grid[0] ?? [];
    const unitColumn = header.findIndex((h) => [SHEETS.measures.columns[0].th, SHEETS.measures.columns[0].en].map(normalizeName).includes(normalizeName(h)));
    const rows = dataRows(grid);
    const unit = resolve(sheet);
    if (unit === undefined) {
      const blank = rows.find((r) => unitColumn < 0 || isBlank(r.values[unitColumn]));
      if (blank) { problems.push(problem(sheet, a1(blank.row, Math.max(unitColumn, 0) + 1), 'mergeOrphan', { sheet })); continue; }
    }
    sources.push({ sheet, unit, header, rows, unitColumn });
  }
  if (problems.length) return emptyPlan(problems);
  for (const s of sources) {
    // The unit column of the shared sheet, where the tab's unit is written for a blank cell.
    const headerWithUnit = s.unitColumn >= 0 ? s.header : [...s.header, SHEETS.measures.columns[0].th];
    const unitAt = s.unitColumn >= 0 ? s.unitColumn : headerWithUnit.length - 1;
    const rows = s.rows.map((r) => ({ row: r.row, values: s.unitColumn >= 0 ? r.values : [...r.values, ''] }));
    target.append(s.sheet, headerWithUnit, rows, (line) => {
      const at = target.header.findIndex((h) => normalizeName(h) === normalizeName(headerWithUnit[unitAt]));
      if (at >= 0 && isBlank(line[at]) && s.unit !== undefined) line[at] = s.unit;
    });
  }
  return {
    problems: [], writes: target.moved > 0 || target.created ? [target.write()] : [], cleared: [], removed: sheets,
    moved: target.moved, skipped: target.skipped, created: target.created ? [target.sheet] : [],
  };
}

/** The grids after a plan (what the CLI writes, and what tests compare). */
export function applyUnitSheetsPlan(grids: WorkbookGrids, plan: UnitSheetsPlan): WorkbookGrids {
  const sheets: Record<string, Grid> = {};
  const written = new Map(plan.writes.map((w) => [w.sheet, w.grid]));
  for (const [name, grid] of Object.entries(grids.sheets)) {
    if (plan.removed.includes(name)) continue;
    if (plan.cleared.includes(name)) sheets[name] = [grid[0] ?? []];
    else sheets[name] = written.get(name) ?? grid;
  }
  for (const w of plan.writes) if (!(w.sheet in sheets)) sheets[w.sheet] = w.grid;
  return { sheets };
}
