/**
 * Unit sheets (issue 21): a workbook may keep each unit's measures in a sheet of its own,
 * `มาตรการ <short name>` (e.g. `มาตรการ อบต.นาเลียง`), beside or instead of the shared `มาตรการ`
 * sheet. The tab names the unit, so a row of a unit sheet may leave `หน่วยงาน` blank. A unit
 * sheet has the shared sheet's columns (matched by header name, extra columns kept), so it can
 * be protected whole for the unit's editors: a row the unit adds later is inside the protection.
 *
 * This module names the sheets and reads every measures sheet as tables (one reader for every
 * path: the add-on, the CLI, the sidebar server). A tab is resolved to its unit by the same
 * matcher score import uses (unitKey: case, spaces and อบต./ทต./… abbreviations do not matter).
 */
import type { Problem, WorkbookGrids } from '../engine/types';
import { SHEETS } from './template';
import { findSheetName, normalizeName, readTable, type Table } from './sheets';
import { unitKey } from './unit-names';
import { msg } from '../i18n';

/** The prefix of a unit sheet's name: the shared sheet's own name, then a space. */
export const UNIT_SHEET_PREFIXES = [SHEETS.measures.th, SHEETS.measures.en];

/** Excel allows 31 characters in a sheet name (Sheets 100): a unit sheet must survive the .xlsx. */
export const MAX_SHEET_NAME = 31;

/** Characters no sheet name may hold in an .xlsx. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/** The short forms officials write (อบต.นาเลียง), longest full name first. */
const SHORT_FORMS: [string, string][] = [
  ['องค์การบริหารส่วนจังหวัด', 'อบจ.'], ['องค์การบริหารส่วนตำบล', 'อบต.'],
  ['เทศบาลตำบล', 'ทต.'], ['เทศบาลเมือง', 'ทม.'], ['เทศบาลนคร', 'ทน.'],
];

/** "องค์การบริหารส่วนตำบลนาเลียง" → "อบต.นาเลียง"; other names as they are (trimmed). */
export function shortUnitName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  for (const [full, short] of SHORT_FORMS) if (trimmed.startsWith(full)) return short + trimmed.slice(full.length).trim();
  return trimmed;
}

/** The unit sheet's name for a unit: `มาตรการ <short name>`, cut to what an .xlsx allows. */
export function unitSheetName(unit: string): string {
  return `${SHEETS.measures.th} ${shortUnitName(unit).replace(FORBIDDEN, '-')}`.slice(0, MAX_SHEET_NAME).trim();
}

/** The text after `มาตรการ ` (or `Measures `), or null when the name is not a unit sheet's. */
export function unitSheetSuffix(sheetName: string): string | null {
  const name = sheetName.trim();
  for (const prefix of UNIT_SHEET_PREFIXES) {
    if (name.length > prefix.length && name.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase() && /\s/.test(name[prefix.length])) {
      const rest = name.slice(prefix.length).trim();
      return rest === '' ? null : rest;
    }
  }
  return null;
}

export const isUnitSheetName = (sheetName: string): boolean => unitSheetSuffix(sheetName) !== null;

/**
 * The unit a tab belongs to, by the one unit-name matcher (unitKey), or by the name this module
 * gives the unit's sheet (a name cut at 31 characters, a forbidden character replaced); undefined
 * when no unit, or more than one, fits.
 */
export function unitSheetResolver(units: readonly string[]): (sheetName: string) => string | undefined {
  const byKey = new Map<string, string[]>();
  const add = (key: string, unit: string) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(unit)) list.push(unit);
    byKey.set(key, list);
  };
  for (const unit of units) {
    add(unitKey(unit), unit);
    add(`sheet:${normalizeName(unitSheetName(unit))}`, unit);
  }
  return (sheetName) => {
    const suffix = unitSheetSuffix(sheetName);
    if (suffix === null) return undefined;
    const found = byKey.get(unitKey(suffix)) ?? byKey.get(`sheet:${normalizeName(sheetName)}`) ?? [];
    return found.length === 1 ? found[0] : undefined;
  };
}

/** The workbook's unit sheets, in tab order. */
export const unitSheetNames = (grids: WorkbookGrids): string[] => Object.keys(grids.sheets).filter(isUnitSheetName);

/** Is the workbook split (some unit sheet exists)? */
export const isSplit = (grids: WorkbookGrids): boolean => unitSheetNames(grids).length > 0;

/** A measures sheet read as a table, with the unit its tab implies (null: the shared sheet). */
export interface MeasureTable {
  table: Table;
  /** The unit the tab names (its rows may leave หน่วยงาน blank); null for the shared sheet. */
  unit: string | null;
}

/** The measures columns of a unit sheet: the same, but the unit column may be absent or blank. */
const UNIT_SHEET_SPEC = {
  ...SHEETS.measures,
  columns: SHEETS.measures.columns.map((c) => (c.key === 'unit' ? { ...c, required: false } : c)),
};

/**
 * Every measures sheet of the workbook as tables: the shared `มาตรการ` (a missing one is a
 * problem only when there is no unit sheet either) and each unit sheet. A unit sheet that names
 * no unit of `หน่วยงาน` (renamed or removed) is a problem when it holds rows — they would belong
 * to nobody — and a warning when it is empty: never silently left out.
 */
export function readMeasureTables(grids: WorkbookGrids, units: readonly string[] | null, problems: Problem[], warnings: Problem[]): MeasureTable[] {
  const out: MeasureTable[] = [];
  const unitSheets = unitSheetNames(grids);
  const sharedPresent = findSheetName(grids, SHEETS.measures) !== undefined;
  if (sharedPresent || unitSheets.length === 0) {
    const table = readTable(grids, SHEETS.measures, problems);
    if (table) out.push({ table, unit: null });
  }
  const resolve = unitSheetResolver(units ?? []);
  for (const sheet of unitSheets) {
    const table = readTable({ sheets: { [sheet]: grids.sheets[sheet] } }, { ...UNIT_SHEET_SPEC, th: sheet, en: sheet }, problems);
    if (!table) continue;
    const unit = resolve(sheet);
    if (unit === undefined) {
      // Units unreadable: that is already a problem; the rows are not checked against it again.
      if (units === null) continue;
      const entry = { sheet, cell: '', code: 'orphanUnitSheet', message: msg(table.rows.length ? 'problem.orphanUnitSheet' : 'warning.orphanUnitSheet', { sheet, rows: table.rows.length }) };
      (table.rows.length ? problems : warnings).push(entry);
      continue;
    }
    out.push({ table, unit });
  }
  return out;
}
