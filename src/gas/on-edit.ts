/**
 * onEdit: an edit in Measures rows (the shared sheet or a unit sheet, `มาตรการ <unit>`) stamps แก้ไขล่าสุด (when) and ผู้แก้ไข (who) on the edited
 * rows only, in one write. A row the edit left blank gets its stamps cleared instead, so a
 * deleted row does not come back as a row holding only a date. Edits to other sheets, to the
 * header, or only to the stamp columns themselves are ignored. Service calls are a fixed
 * handful whatever the number of rows pasted.
 *
 * It runs as a simple trigger (AuthMode.LIMITED, in the add-on and in the bound script
 * alike): it may read and write the bound spreadsheet, but Google does not share the editor's
 * e-mail there except to the developer or users of the same Workspace domain (User.getEmail),
 * so ผู้แก้ไข is often left blank. LockService needs no authorization, but should it be refused
 * the rows are still stamped (one write of two columns) rather than the edit failing.
 */
import { SHEETS } from '../core/workbook/template';
import { isBlank } from '../core/workbook/sheets';
import { tr, userLang } from './lang';
import { isSheetOf } from './workbook';
import { isUnitSheetName } from '../core/workbook/unit-sheets';
import { matchHeader } from './template-sheets';
import { now as clockNow } from '../core/engine/clock';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** A simple trigger has 30 s in all; wait for another run's lock a few seconds only. */
const EDIT_LOCK_WAIT_MS = 5_000;

/** The editor's e-mail, or '' when Google does not share it (consumer accounts, simple triggers). */
function editorEmail(e: EditEvent): string {
  try {
    const user = e.user ?? Session.getActiveUser();
    return (user && user.getEmail()) || '';
  } catch (_err) {
    return '';
  }
}

/** Is every edited column one of `columns`? (Loops over columns, never rows.) */
function editsOnly(firstColumn: number, lastColumn: number, columns: number[]): boolean {
  for (let c = firstColumn; c <= lastColumn; c++) if (!columns.includes(c)) return false;
  return true;
}

/** Stamps the edited rows; returns how many rows were written (0 when the edit is not ours to stamp). */
export function stampEdit(e: EditEvent, now: Date = clockNow()): number {
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (!isSheetOf(name, SHEETS.measures) && !isUnitSheetName(name)) return 0; // the shared sheet or a unit's own
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  if (last < first) return 0; // header only

  const width = sheet.getLastColumn();
  if (width < 1) return 0; // the sheet was emptied: nothing to stamp (getRange would throw on 0 columns)
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const columns = matchHeader(header, SHEETS.measures);
  const stampColumns = [columns.updated, columns.updatedBy].filter((c) => c > 0).sort((a, b) => a - b);
  if (stampColumns.length === 0) return 0;
  if (editsOnly(range.getColumn(), range.getLastColumn(), stampColumns)) return 0; // our own columns

  const lock = documentLock();
  if (lock && !lock.tryLock(EDIT_LOCK_WAIT_MS)) {
    notStampedToast(e);
    return 0;
  }
  try {
    const rows = sheet.getRange(first, 1, last - first + 1, width).getValues();
    const email = editorEmail(e);
    const isStamp = (i: number) => i + 1 === columns.updated || i + 1 === columns.updatedBy;
    const stamps = rows.map((row) => {
      const blank = row.every((v, i) => isStamp(i) || isBlank(v));
      return { updated: blank ? '' : now, updatedBy: blank ? '' : email };
    });
    writeStamps(sheet, first, columns.updated, columns.updatedBy, stamps);
    return rows.length;
  } finally {
    if (lock) lock.releaseLock();
  }
}

/** The document lock, or null where this trigger cannot have one (then the stamps are written without it). */
function documentLock(): GoogleAppsScript.Lock.Lock | null {
  try {
    return LockService.getDocumentLock();
  } catch (_err) {
    return null;
  }
}

/** Another run holds the lock for longer than a simple trigger can wait: say so, never fail the edit. */
function notStampedToast(e: EditEvent): void {
  try {
    const lang = userLang();
    e.source.toast(tr(lang, 'editNotStamped'), tr(lang, 'title'), 5);
  } catch (_err) {
    // a toast is a courtesy: nothing to do if it cannot be shown
  }
}

/** One setValues when the two stamp columns are side by side (the template's layout), else one each. */
function writeStamps(
  sheet: GoogleAppsScript.Spreadsheet.Sheet, first: number, updatedColumn: number, byColumn: number,
  stamps: { updated: Date | string; updatedBy: string }[],
): void {
  if (updatedColumn > 0 && byColumn === updatedColumn + 1) {
    sheet.getRange(first, updatedColumn, stamps.length, 2).setValues(stamps.map((s) => [s.updated, s.updatedBy]));
    return;
  }
  if (updatedColumn > 0) sheet.getRange(first, updatedColumn, stamps.length, 1).setValues(stamps.map((s) => [s.updated]));
  if (byColumn > 0) sheet.getRange(first, byColumn, stamps.length, 1).setValues(stamps.map((s) => [s.updatedBy]));
}
