/**
 * Runs a menu action with the open spreadsheet and the user's language. A busy lock becomes
 * a dialog; so does any other error (a Google service failing, a quota), in the user's
 * language with the service's own words, instead of Apps Script's bare English error bar.
 */
import type { Lang } from '../core/engine/types';
import { tr, userLang } from './lang';
import { LockBusyError } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function runMenuAction<T>(action: (ss: Spreadsheet, lang: Lang) => T): T | undefined {
  const lang = userLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    return action(ss, lang);
  } catch (err) {
    const message = err instanceof LockBusyError
      ? err.message
      : tr(lang, 'unexpected', { message: err instanceof Error ? err.message : String(err) });
    ss.toast('', tr(lang, 'title'), 1);
    const ui = SpreadsheetApp.getUi();
    ui.alert(tr(lang, 'title'), message, ui.ButtonSet.OK);
    return undefined;
  }
}

/** A plain information dialog. */
export function showMessage(key: string): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(tr(lang, 'title'), tr(lang, key), ui.ButtonSet.OK);
}
