/**
 * Apps Script entry points: every function EXPORTED here becomes a top-level function of
 * dist/Code.js (menu items, triggers, custom functions, google.script.run targets), with
 * the JSDoc above it copied onto it (see webpack.config.js). Keep this file thin: each
 * entry point only calls a module of src/gas.
 */
import { buildMenu } from './menu';
import { runMenuAction, showMessage } from './actions';
import { setupTemplate } from './setup';
import { computeRankings, validateWorkbook } from './rankings';
import { stampEdit } from './on-edit';
import { itaLevel, itaTotal } from './custom-functions';

/**
 * Builds the ITA Tracker menu. May run in AuthMode.NONE: builds the menu and nothing else.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e; // the menu is the same in every auth mode
  buildMenu(SpreadsheetApp.getUi());
}

/**
 * Runs when the add-on is installed: builds the menu in the open spreadsheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Stamps แก้ไขล่าสุด / ผู้แก้ไข on the Measures rows just edited.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  stampEdit(e);
}

/** Menu ตั้งค่าแม่แบบ: creates the missing sheets, columns, validation, colours and protections. */
export function menuSetupTemplate(): void {
  runMenuAction((ss, lang) => setupTemplate(ss, lang));
}

/** Menu คำนวณอันดับ: validates, then writes the อันดับ sheet (or lists the problems). */
export function menuComputeRankings(): void {
  runMenuAction((ss, lang) => computeRankings(ss, lang));
}

/** Menu สรุปภาพรวม: validates, then writes the ภาพรวม sheet: every unit, those needing attention first. */
export { menuOverview } from './overview';

/** Menu ตรวจสอบข้อมูล: lists the problems in the data without writing anything. */
export function menuValidate(): void {
  runMenuAction((ss, lang) => validateWorkbook(ss, lang));
}

/** Menu เกี่ยวกับ: what the add-on does and how to use it. */
export function menuAbout(): void {
  showMessage('about');
}

/**
 * คะแนน ITA รวม: Σ น้ำหนัก × คะแนน ตามกรอบตัวชี้วัดปี 2562–2567 (ITA total score).
 * Give 10 scores in indicator order 1–10 (a row or a column), or 2 columns
 * (code | score), or 3 columns (code | score | weight) for another framework.
 * Example: =ITA_TOTAL(D2:D11, 2565) → 87.57
 *
 * @param {number[][]} scores scores of indicators 1–10, or code | score (| weight) rows
 * @param {number} [year] ITA year (B.E.), checked against the default framework 2562–2567
 * @return {number} the total, 2 decimals
 * @customfunction
 */
export function ITA_TOTAL(scores: unknown, year?: unknown): number {
  return itaTotal(scores, year);
}

/**
 * ระดับผลการประเมิน ITA (ITA level): AA–F up to ITA 2565; from 2566 ผ่านดีเยี่ยม, ผ่านดี,
 * ผ่าน, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน (ผ่านดี/ผ่านดีเยี่ยม need every tool's score).
 * Example: =ITA_LEVEL(87.57, 2565) → A
 *
 * @param {number} total the total score (or a range of totals)
 * @param {number} [year] ITA year (B.E.); default: the current rating levels
 * @param {number} [iit] IIT score
 * @param {number} [eit] EIT score
 * @param {number} [oit] OIT score
 * @param {number} [more] further tools' scores
 * @return {string} the level
 * @customfunction
 */
export function ITA_LEVEL(total: unknown, year?: unknown, iit?: unknown, eit?: unknown, oit?: unknown, ...more: unknown[]): string | string[][] {
  return itaLevel(total, year, iit, eit, oit, ...more);
}

// ---------------------------------------------------------------------------------------
// Entry points of the other areas. The report and sidebar helpers add theirs below (as
// thin wrappers over their own modules) and replace these placeholders.
// ---------------------------------------------------------------------------------------

// Report (issue 4): thin wrappers over src/gas/report.ts.
import * as report from './report';

/**
 * Menu สร้างรายงาน: chooses the unit (the only one, the active row's, or asks) and the
 * round, creates the Google Doc, logs it in ประวัติรายงาน and shows its link.
 */
export function menuGenerateReport(): void {
  runMenuAction((ss, lang) => report.generateReportFromMenu(ss, lang));
}

/**
 * Menu สร้างรายงานทุกหน่วยงาน: one report per unit, progress in a toast; stops before the
 * 6-minute limit and says what remains; a second run skips the units already reported.
 */
export function generateAllReports(): void {
  runMenuAction((ss, lang) => {
    const outcome = report.generateAllReportsIn(ss, lang);
    if (outcome) report.showAllReportsSummary(ss, outcome, lang);
  });
}

/**
 * The progress report as a Google Doc, for every path (menu, sidebar, script).
 * @param {Object} options {unit, year, round, memo, thaiDigits}; missing ones take the workbook's defaults
 * @return {Object} {url, name} of the new document
 */
export function generateReport(options?: report.GenerateReportOptions): report.GeneratedReport {
  return report.generateReport(options ?? {});
}

// Sidebar: the menu item, then the google.script.run targets of src/core/views/sidebar-api.ts
// (SidebarApi: the page calls them by these names). Each only calls src/gas/sidebar.ts.
import * as sidebar from './sidebar';
import type { ActionResult, RankingsResult, ReportOptions, ReportResult, SidebarState, ValidateResult } from '../core/views/sidebar-api';

/** Menu เปิดแผงควบคุม: opens the sidebar (dashboard and every action). */
export function openSidebar(): void {
  sidebar.openSidebar();
}

/**
 * Sidebar: the units, and the dashboard of one unit (one read of the workbook).
 * @param {string} unit the unit to show; null or unknown: the first unit
 * @return {Object} SidebarState
 */
export function sidebarData(unit: string | null): SidebarState {
  return sidebar.sidebarData(unit);
}

/**
 * Sidebar: ตั้งค่าแม่แบบ, returning its summary.
 * @return {Object} ActionResult
 */
export function sidebarSetUp(): ActionResult {
  return sidebar.sidebarSetUp();
}

/**
 * Sidebar: คำนวณอันดับ, returning the problems instead of a dialog when the data has any.
 * @return {Object} RankingsResult
 */
export function sidebarComputeRankings(): RankingsResult {
  return sidebar.sidebarComputeRankings();
}

/**
 * Sidebar: ตรวจสอบข้อมูล, returning every problem with its sheet and cell.
 * @return {Object} ValidateResult
 */
export function sidebarValidate(): ValidateResult {
  return sidebar.sidebarValidate();
}

/**
 * Sidebar: selects a problem's cell ('' selects the sheet).
 * @param {string} sheet the sheet's name
 * @param {string} a1 the cell or range in A1 notation
 * @return {Object} ActionResult
 */
export function sidebarSelectCell(sheet: string, a1: string): ActionResult {
  return sidebar.sidebarSelectCell(sheet, a1);
}

/**
 * Sidebar: สร้างรายงาน with the chosen unit, fiscal year, round, memo cover and digits.
 * @param {Object} options {unit, year, round, memo, thaiDigits}
 * @return {Object} {url, name} of the new document
 */
export function sidebarGenerateReport(options: ReportOptions): ReportResult {
  return sidebar.sidebarGenerateReport(options);
}

// Year-start document (issue 12): thin wrappers over src/gas/plan.ts.
import * as plan from './plan';
import type { PlanRequest, PlanResult } from '../core/views/sidebar-api';

/** Menu สร้างเอกสารมาตรการประจำปี: the year-start document of a unit. */
export function menuGeneratePlan(): void {
  runMenuAction((ss, lang) => plan.generatePlanFromMenu(ss, lang));
}

/**
 * The year-start document (ITA analysis and measures) as a Google Doc.
 * @param {Object} options {unit, year, thaiDigits}
 * @return {Object} {url, name, missingNotes, warning}
 */
export function generatePlan(options?: plan.GeneratePlanOptions): plan.GeneratedPlan {
  return plan.generatePlan(options ?? {});
}

/**
 * Sidebar: the year-start document.
 * @param {Object} options {unit, year, thaiDigits}
 * @return {Object} {url, name, warning}
 */
export function sidebarGeneratePlan(options: PlanRequest): PlanResult {
  return plan.sidebarGeneratePlan(options);
}

// Score import (issue 13): thin wrappers over src/gas/score-import.ts; the sidebar's import
// card calls the last two by name (ScoreImportApi in src/core/score-import/plan.ts).
import * as scoreImport from './score-import';
import type { ScoreImportPreview, ScoreImportRequest, ScoreImportResult } from '../core/score-import/plan';

/** Menu นำเข้าคะแนน: opens the sidebar at its import card (paste, preview, confirm). */
export function menuImportScores(): void {
  runMenuAction(() => scoreImport.openScoreImport());
}

/**
 * What importing a pasted ITA result or district table would write, and what differs from
 * the Scores sheet; writes nothing.
 * @param {Object} request {text, unit, year}: unit and ITA year (B.E.) of a pasted result
 * @return {Object} the preview: changes, problems, warnings
 */
export function previewScoreImport(request: ScoreImportRequest): ScoreImportPreview {
  return scoreImport.previewScoreImport(request);
}

/**
 * Imports the scores (all or nothing) into the Scores sheet, under the document lock.
 * @param {Object} request {text, unit, year, replace}: replace overwrites scores that differ
 * @return {Object} {written, replaced, problems}
 */
export function importScores(request: ScoreImportRequest): ScoreImportResult {
  return scoreImport.importScores(request);
}

// Unit sheets and protection by unit (issue 21): thin wrappers over src/gas/unit-actions.ts.
import * as units from './unit-actions';

/**
 * Menu ป้องกันข้อมูลตามหน่วยงาน: splits the measures by unit if needed, then protects each unit's
 * sheet for its editors, the admins and the owner, and the framework, settings, scores and units for the admins.
 */
export function menuProtectUnits(): void {
  units.protectUnitsFromMenu();
}

/** Menu แยกชีตมาตรการตามหน่วยงาน: moves each row of มาตรการ to its unit's sheet (มาตรการ <unit>). */
export function menuSplitUnits(): void {
  units.splitUnitsFromMenu();
}

/** Menu รวมชีตมาตรการ: moves every unit sheet's rows back to มาตรการ and deletes the unit sheets. */
export function menuMergeUnits(): void {
  units.mergeUnitsFromMenu();
}

/**
 * Sidebar: ป้องกันข้อมูลตามหน่วยงาน; problems come back instead of a dialog.
 * @return {Object} {written, problems, message}
 */
export function sidebarProtectUnits(): units.UnitsActionResult {
  return units.sidebarProtectUnitsCall();
}

/**
 * Sidebar: แยกชีตมาตรการตามหน่วยงาน.
 * @return {Object} {written, problems, message}
 */
export function sidebarSplitUnits(): units.UnitsActionResult {
  return units.sidebarSplitUnitsCall();
}

/**
 * Sidebar: รวมชีตมาตรการ.
 * @return {Object} {written, problems, message}
 */
export function sidebarMergeUnits(): units.UnitsActionResult {
  return units.sidebarMergeUnitsCall();
}
