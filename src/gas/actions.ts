/** Runs a menu action with the open spreadsheet and the user's language; a busy lock becomes a dialog. */
import type { Lang } from '../core/types';
import { tr, userLang } from './lang';
import { LockBusyError } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function runMenuAction<T>(action: (ss: Spreadsheet, lang: Lang) => T): T | undefined {
  const lang = userLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    return action(ss, lang);
  } catch (err) {
    if (!(err instanceof LockBusyError)) throw err; // anything else: Apps Script shows the error
    ss.toast('', tr(lang, 'title'), 1);
    const ui = SpreadsheetApp.getUi();
    ui.alert(tr(lang, 'title'), err.message, ui.ButtonSet.OK);
    return undefined;
  }
}

/** A plain information dialog. */
export function showMessage(key: string): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(tr(lang, 'title'), tr(lang, key), ui.ButtonSet.OK);
}
