/**
 * Reading the workbook and serialising writers: the adapters every entry point shares.
 * One getDataRange().getValues() per input sheet; the engine does the rest in memory.
 */
import type { WorkbookGrids } from '../core/engine/types';
import type { SheetSpec } from '../core/workbook/template';
import { INPUT_SHEETS, SHEETS } from '../core/workbook/template';
import { normalizeName } from '../core/workbook/sheets';
import { isUnitSheetName } from '../core/workbook/unit-sheets';
import { tr, userLang } from './lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Does a sheet name denote this template sheet (Thai canonical or English alias)? */
export function isSheetOf(name: string, spec: SheetSpec): boolean {
  const n = normalizeName(name);
  return n === normalizeName(spec.th) || n === normalizeName(spec.en);
}

/** The workbook's sheets by name, in tab order (one getSheets, one getName per sheet). */
export function sheetsByName(ss: Spreadsheet): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) out.set(sheet.getName(), sheet);
  return out;
}

/** The workbook's name for a template sheet: the Thai name first, then the English alias. */
export function findSheetName(sheets: Map<string, Sheet>, spec: SheetSpec): string | undefined {
  const names = [...sheets.keys()];
  return names.find((n) => normalizeName(n) === normalizeName(spec.th)) ?? names.find((n) => normalizeName(n) === normalizeName(spec.en));
}

/** The sheet for a template spec, or null. */
export function findSheet(sheets: Map<string, Sheet>, spec: SheetSpec): Sheet | null {
  const name = findSheetName(sheets, spec);
  return name === undefined ? null : (sheets.get(name) as Sheet);
}

/**
 * Every input sheet present as a grid ('' for empty cells, Date for dates), each unit sheet
 * (`มาตรการ <unit>`) too: one read per sheet, so a split workbook costs one read per unit.
 */
export function readWorkbookGrids(ss: Spreadsheet, sheets: Map<string, Sheet> = sheetsByName(ss)): WorkbookGrids {
  const grids: WorkbookGrids = { sheets: {} };
  for (const key of INPUT_SHEETS) {
    const name = findSheetName(sheets, SHEETS[key]);
    if (name !== undefined) grids.sheets[name] = (sheets.get(name) as Sheet).getDataRange().getValues();
  }
  for (const [name, sheet] of sheets) if (isUnitSheetName(name)) grids.sheets[name] = sheet.getDataRange().getValues();
  return grids;
}

/** Thrown when another user's run holds the document lock; the message is for the user. */
export class LockBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockBusyError';
  }
}

/** How long a menu action waits for another user's run before giving up. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Runs `fn` holding the spreadsheet's document lock, so two users' runs never interleave
 * their writes. When the lock stays held by someone else, throws LockBusyError (a clear
 * Thai message) before anything is written.
 */
export function withDocumentLock<T>(fn: () => T, waitMs: number = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) throw new LockBusyError(tr(userLang(), 'lockBusy'));
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
