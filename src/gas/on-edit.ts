/**
 * onEdit: an edit in Measures rows stamps แก้ไขล่าสุด (when) and ผู้แก้ไข (who) on the edited
 * rows only, in one write. A row the edit left blank gets its stamps cleared instead, so a
 * deleted row does not come back as a row holding only a date. Edits to other sheets, to the
 * header, or only to the stamp columns themselves are ignored. Service calls are a fixed
 * handful whatever the number of rows pasted.
 */
import { SHEETS } from '../core/template';
import { isBlank } from '../core/sheets';
import { tr, userLang } from './lang';
import { isSheetOf, LockBusyError, withDocumentLock } from './workbook';
import { matchHeader } from './template-sheets';

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
export function stampEdit(e: EditEvent, now: Date = new Date()): number {
  const range = e.range;
  const sheet = range.getSheet();
  if (!isSheetOf(sheet.getName(), SHEETS.measures)) return 0;
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  if (last < first) return 0; // header only

  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const columns = matchHeader(header, SHEETS.measures);
  const stampColumns = [columns.updated, columns.updatedBy].filter((c) => c > 0).sort((a, b) => a - b);
  if (stampColumns.length === 0) return 0;
  if (editsOnly(range.getColumn(), range.getLastColumn(), stampColumns)) return 0; // our own columns

  try {
    return withDocumentLock(() => {
      const rows = sheet.getRange(first, 1, last - first + 1, width).getValues();
      const email = editorEmail(e);
      const isStamp = (i: number) => i + 1 === columns.updated || i + 1 === columns.updatedBy;
      const stamps = rows.map((row) => {
        const blank = row.every((v, i) => isStamp(i) || isBlank(v));
        return { updated: blank ? '' : now, updatedBy: blank ? '' : email };
      });
      writeStamps(sheet, first, columns.updated, columns.updatedBy, stamps);
      return rows.length;
    }, EDIT_LOCK_WAIT_MS);
  } catch (err) {
    if (!(err instanceof LockBusyError)) throw err;
    e.source.toast(tr(userLang(), 'editNotStamped'), tr(userLang(), 'title'), 5);
    return 0;
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
