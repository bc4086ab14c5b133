/**
 * Writing the report log sheet (`ประวัติรายงาน`) in Apps Script. Apart from report.ts so the
 * delivery (document-delivery.ts), which report.ts calls, can log without importing it back.
 */
import type { Lang } from '../core/engine/types';
import { SHEETS } from '../core/workbook/template';
import { logRow, type LogRecord } from '../core/workbook/report-log';
import { generatedSheet } from './generated-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appends one row to `ประวัติรายงาน` (creating it, with its header, when missing), laid out under
 * the sheet's own header (core/workbook/report-log.ts). Call under the lock.
 */
export function appendLogRow(ss: Spreadsheet, sheets: Map<string, Sheet>, record: LogRecord, lang: Lang): void {
  const sheet = generatedSheet(ss, sheets, SHEETS.reportLog, lang);
  const last = sheet.getLastRow();
  const existing = last === 0 ? [] : sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
  const { header, row } = logRow(existing, record);
  if (last === 0) {
    sheet.getRange(1, 1, 2, header.length).setValues([header, row]);
    sheet.setFrozenRows(1);
    return;
  }
  if (header.length !== existing.length) sheet.getRange(1, 1, 1, header.length).setValues([header]);
  sheet.appendRow(row); // grows the sheet past its initial 1,000 rows, where getRange(last + 1, …) would throw
}
