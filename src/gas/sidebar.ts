/**
 * The sidebar's server side in Apps Script: opens the page, and implements the contract of
 * src/core/views/sidebar-api.ts for google.script.run. Data functions read the workbook once and
 * compute in core; actions reuse the add-on's modules (set up, rankings, the workbook reader
 * and lock) but return data instead of showing dialogs — the sidebar shows it.
 *
 * Errors the user can act on are thrown with `sidebarError` (both languages); anything
 * else propagates and the page shows its text under a Thai heading.
 */
import type { Lang, WorkbookGrids } from '../core/engine/types';
import { analyse } from '../core/workbook/analyse';
import { msg } from '../core/i18n';
import { sidebarError } from '../core/i18n/sidebar';
import { buildSidebarState } from '../core/views/dashboard';
import { rankingsResult, reportOptionsError, reportOptionsProblem, validateResult, type ActionResult, type RankingsResult, type ReportOptions, type ReportResult, type SidebarState, type ValidateResult } from '../core/views/sidebar-api';
import { SHEETS } from '../core/workbook/template';
import { userLang } from './lang';
import { findSheet, LockBusyError, readWorkbookGrids, sheetsByName } from './workbook';
import { setupTemplate } from './setup';
import { writeRankings } from './rankings';
import { generateReport } from './report';
import { folderUrl, rememberedFolder } from './drive-folder';
import { now as clockNow } from '../core/engine/clock';


type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The page built by `npm run build:sidebar`, copied to dist/sidebar.html. */
export const SIDEBAR_FILE = 'sidebar';

/** Menu เปิดแผงควบคุม: shows the sidebar (Google fixes a sidebar's width at 300 px). */
export function openSidebar(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(msg('sidebar.title')[lang]);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs a sidebar call; a busy lock becomes a bilingual message the page can show. */
export function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LockBusyError) throw sidebarError(msg('sidebar.error.busy'));
    const text = (err as { text?: { th?: unknown; en?: unknown } } | null)?.text;
    if (text && typeof text.th === 'string' && typeof text.en === 'string') throw sidebarError({ th: text.th, en: text.en });
    throw err;
  }
}

/** The input sheets and the report log, one getValues each. */
function readForSidebar(ss: Spreadsheet, sheets: Map<string, Sheet> = sheetsByName(ss)): WorkbookGrids {
  const grids = readWorkbookGrids(ss, sheets);
  const log = findSheet(sheets, SHEETS.reportLog);
  if (log) grids.sheets[log.getName()] = log.getDataRange().getValues();
  return grids;
}

const active = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

export function sidebarData(unit: string | null, now: Date = clockNow()): SidebarState {
  return guarded(() => {
    const grids = readForSidebar(active());
    const state = buildSidebarState(grids, analyse(grids), typeof unit === 'string' ? unit : null, now);
    const folder = rememberedFolder(); // one properties read; the link, not a Drive call
    return folder ? { ...state, folder: { url: folderUrl(folder.id), name: folder.name } } : state;
  });
}

/** ตั้งค่าแม่แบบ (the add-on's setup; it toasts in the sheet, the sidebar shows the summary). */
export function sidebarSetUp(): ActionResult {
  return guarded(() => {
    const outcome = setupTemplate(active(), userLang());
    return { message: msg('addon.setup.done', { created: outcome.createdSheets.length, columns: outcome.addedColumns }) };
  });
}

/**
 * คำนวณอันดับ: the add-on's read → analyse → write of อันดับ under the document lock, but
 * the problems come back to the sidebar instead of a dialog.
 */
export function sidebarComputeRankings(now: Date = clockNow()): RankingsResult {
  return guarded(() => {
    const ss = active();
    const lang: Lang = userLang();
    const outcome = writeRankings(ss, lang, now);
    return rankingsResult(outcome.problems, outcome.assessments, outcome.years);
  });
}

/** ตรวจสอบข้อมูล: every problem with its sheet and cell; writes nothing. */
export function sidebarValidate(): ValidateResult {
  return guarded(() => validateResult(analyse(readWorkbookGrids(active()))));
}

const A1 = /^(?:\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\d{1,7}:\d{1,7}|[A-Z]{1,3}:[A-Z]{1,3})$/;

/** Shows a problem: activates its sheet and cell ('' selects just the sheet). */
export function sidebarSelectCell(sheetName: string, a1: string): ActionResult {
  return guarded(() => {
    const ss = active();
    const name = String(sheetName ?? '');
    // Problems name template sheets canonically; the workbook may use the English alias.
    const spec = Object.values(SHEETS).find((s) => s.th === name || s.en === name);
    const actual = ss.getSheetByName(name) ?? (spec ? findSheet(sheetsByName(ss), spec) : null);
    if (!actual) throw sidebarError(msg('sidebar.error.noSheet', { sheet: name }));
    const cell = String(a1 ?? '');
    if (cell !== '' && !A1.test(cell)) throw sidebarError(msg('sidebar.error.badCell', { cell }));
    actual.activate();
    if (cell !== '') actual.getRange(cell).activate();
    return { message: msg('sidebar.server.selected', { ref: cell ? `${actual.getName()}!${cell}` : actual.getName() }) };
  });
}

/**
 * สร้างรายงาน with the options chosen in the sidebar: the report module's generateReport
 * (a new Google Doc, logged in ประวัติรายงาน); its Thai/English errors reach the page.
 */
export function sidebarGenerateReport(options: ReportOptions): ReportResult {
  return guarded(() => {
    const bad = reportOptionsProblem(options);
    if (bad !== null) throw sidebarError(reportOptionsError(bad));
    const { unit, year, round, memo, thaiDigits, asOf, date, docNo, cover, endorsement } = options;
    const report = generateReport({ unit, year, round, memo, thaiDigits, asOf: asOf || undefined, date: date || undefined, docNo, cover, endorsement });
    return { url: report.url, name: report.name, notes: report.notes, ...(report.warning ? { warning: report.warning } : {}), ...(report.pdfUrl ? { pdfUrl: report.pdfUrl } : {}) };
  });
}
