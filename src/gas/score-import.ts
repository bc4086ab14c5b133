/**
 * Score import in Sheets: the menu item นำเข้าคะแนน opens the sidebar at its import card; the
 * card calls `previewScoreImport` (reads, writes nothing) and `importScores`, which reads the
 * input sheets once and writes the Scores sheet with one setValues under the document lock,
 * so the rows it updates are the rows it read. The plan is core's (core/score-import/plan.ts).
 */
import { msg } from '../core/i18n';
import { sidebarError } from '../core/i18n/sidebar';
import {
  importRequest, planScoreImport, previewOf, runScoreImport, type ScoreImportPreview, type ScoreImportResult, type ScoreWriteBlock,
} from '../core/score-import/plan';
import { userLang } from './lang';
import { LockBusyError, readWorkbookGrids, sheetsByName, withDocumentLock } from './workbook';
import { SIDEBAR_FILE } from './sidebar';
import { now as clockNow } from '../core/engine/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Appended to the sidebar page: tells it to open the import card. It runs after the page's
 * own script (the page listens for the event, and reads the flag if it starts later).
 */
export const OPEN_IMPORT_CARD = "<script>window.itaOpenCard='import';window.dispatchEvent(new Event('ita-open-card'));</script>";

/** Menu นำเข้าคะแนน: the sidebar, opened at the import card. */
export function openScoreImport(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(msg('sidebar.title')[userLang()]).append(OPEN_IMPORT_CARD);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A busy lock as a message the sidebar can show in either language. */
function forThePage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LockBusyError) throw sidebarError(msg('sidebar.error.busy'));
    throw err;
  }
}

/** What an import would write and what differs from the sheet; writes nothing. */
export function previewScoreImport(request: unknown, now: Date = clockNow()): ScoreImportPreview {
  const grids = readWorkbookGrids(SpreadsheetApp.getActiveSpreadsheet());
  return previewOf(planScoreImport(grids, importRequest(request), now));
}

/** One setValues of the plan's block; rows are added first when the sheet is too short for it. */
function writeBlock(sheets: Map<string, Sheet>, block: ScoreWriteBlock): void {
  const sheet = sheets.get(block.sheet) as Sheet;
  const last = block.row + block.values.length - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  sheet.getRange(block.row, block.column, block.values.length, block.values[0].length).setValues(block.values);
}

/** Imports all or nothing: {written, replaced, problems}; with any problem nothing is written. */
export function importScores(request: unknown, now: Date = clockNow()): ScoreImportResult {
  return forThePage(() => withDocumentLock(() => {
    const ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = sheetsByName(ss);
    return runScoreImport(readWorkbookGrids(ss, sheets), request, now, (block) => writeBlock(sheets, block));
  }));
}
