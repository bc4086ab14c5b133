/**
 * Apps Script entry points (PLACEHOLDER — to be replaced by the real add-on).
 *
 * Build contract (see webpack.config.js and README "Why this build pipeline"):
 * every function EXPORTED from this file becomes a top-level function in
 * dist/Code.js, so it can be a menu item, trigger, google.script.run target or
 * custom function. The JSDoc directly above each exported function is copied
 * onto that top-level function (needed for `@customfunction` autocomplete).
 * Only export functions that Apps Script should be able to call.
 */

const NOT_YET = 'ยังไม่เปิดให้ใช้งานในรุ่นนี้ (not yet available)';

/**
 * Builds the add-on menu. May run in AuthMode.NONE: build the menu only.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('เปิดแผงติดตาม ITA', 'showSidebar')
    .addItem('สร้างรายงานผล (Google Docs)', 'createReport')
    .addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu in the open spreadsheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu item: open the sidebar (placeholder). */
export function showSidebar(): void {
  SpreadsheetApp.getUi().alert(NOT_YET);
}

/** Menu item: create the progress report (placeholder). */
export function createReport(): void {
  SpreadsheetApp.getUi().alert(NOT_YET);
}

/**
 * คะแนน ITA รวมของปีงบประมาณ — ITA total score for a fiscal year.
 * (Placeholder: returns a "not yet available" message.)
 *
 * @param {number[][]} scores tool scores (IIT, EIT, OIT) as a range
 * @param {number} year fiscal year in Buddhist Era, e.g. 2566
 * @return {number} total score
 * @customfunction
 */
export function ITA_TOTAL(scores: unknown, year: unknown): number | string {
  void scores;
  void year;
  return NOT_YET;
}
