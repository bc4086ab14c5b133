/**
 * The year's work in Sheets (issue 20): เริ่มปีงบประมาณใหม่ from the menu and the sidebar, and
 * the library of measures (คลังมาตรการ). Each action reads the input sheets once, plans in core
 * (core/year), and writes each sheet it changes with one setValues, under the document lock.
 * The library's text is not in Code.js: it is the project file library.html (built from
 * core/year/library.ts), read only when the sidebar opens the library or adds from it.
 */
import { msg, t } from '../core/i18n';
import { now as clockNow } from '../core/engine/clock';
import { sidebarError } from '../core/i18n/sidebar';
import type { WorkbookGrids } from '../core/engine/types';
import type { SheetWrite } from '../core/workbook/sheet-write';
import { analyse } from '../core/workbook/analyse';
import { planNewYear } from '../core/year/new-year';
import { libraryApproachPick, libraryMeasurePick } from '../core/year/library-rows';
import {
  libraryItem, newYearRequest, newYearResult, pickMessage, pickRequest,
  type LibraryData, type LibraryPickResult, type NewYearResult,
} from '../core/year/api';
import { fiscalYearOf, toCalendarDate } from '../core/engine/calendar';
import { readWorkbookGrids, sheetsByName, withDocumentLock } from './workbook';
import { tr } from './lang';
import { guarded } from './sidebar';
import type { Lang } from '../core/engine/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The project file holding the library (dist/library.html: its JSON). */
export const LIBRARY_FILE = 'library';

/** One rectangle of cells: the values read for the cells it covers but does not set. */
function writeRect(sheet: Sheet, grid: unknown[][], cells: SheetWrite['cells']): void {
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  const [r0, r1, c0, c1] = [Math.min(...rows), Math.max(...rows), Math.min(...columns), Math.max(...columns)];
  const values: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    const line: unknown[] = [];
    for (let c = c0; c <= c1; c++) line.push(grid[r - 1]?.[c - 1] ?? '');
    values.push(line);
  }
  for (const c of cells) values[c.row - r0][c.column - c0] = c.value;
  const maxRows = sheet.getMaxRows();
  if (r1 > maxRows) sheet.insertRowsAfter(maxRows, r1 - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (c1 > maxColumns) sheet.insertColumnsAfter(maxColumns, c1 - maxColumns);
  sheet.getRange(r0, c0, r1 - r0 + 1, c1 - c0 + 1).setValues(values);
}

/**
 * Core's writes into the spreadsheet: one setValues per sheet (a new sheet is inserted first).
 * A header cell added to an existing sheet (a template column it lacked) is its own call, so
 * the rows between the header and the new rows are never rewritten.
 */
export function applyWrites(ss: Spreadsheet, sheets: Map<string, Sheet>, grids: WorkbookGrids, writes: SheetWrite[]): void {
  for (const w of writes) {
    let sheet = sheets.get(w.sheet);
    if (!sheet) {
      sheet = ss.insertSheet(w.sheet);
      sheets.set(w.sheet, sheet);
    }
    const grid = w.create ? [] : grids.sheets[w.sheet] ?? [];
    const header = w.create ? [] : w.cells.filter((c) => c.row === 1);
    const body = w.create ? w.cells : w.cells.filter((c) => c.row !== 1);
    if (header.length) writeRect(sheet, grid, header);
    if (body.length) writeRect(sheet, grid, body);
  }
}

/** Plans and, unless a dry run, writes the new fiscal year under the lock. */
export function runNewYear(ss: Spreadsheet, request: { year: number; unit?: string | null; dryRun: boolean }): NewYearResult {
  const go = (): NewYearResult => {
    const sheets = sheetsByName(ss);
    const grids = readWorkbookGrids(ss, sheets);
    const plan = planNewYear(grids, analyse(grids), request);
    const write = !request.dryRun && plan.problems.length === 0 && plan.writes.length > 0;
    if (write) applyWrites(ss, sheets, grids, plan.writes);
    return newYearResult(plan, write);
  };
  return request.dryRun ? go() : withDocumentLock(go);
}

/** The year the menu offers: Settings ปีงบประมาณ + 1, else the fiscal year of today. */
function suggestedYear(ss: Spreadsheet, now: Date): number {
  const analysis = analyse(readWorkbookGrids(ss));
  const current = analysis.workbook.settings.fiscalYear;
  return current === null ? fiscalYearOf(toCalendarDate(now)) : current + 1;
}

/** Menu เริ่มปีงบประมาณใหม่: the year asked (default offered), what it adds shown, then written on OK. */
export function newYearFromMenu(ss: Spreadsheet, lang: Lang, now: Date = clockNow()): void {
  const ui = SpreadsheetApp.getUi();
  const suggested = suggestedYear(ss, now);
  let year = suggested;
  for (;;) {
    const answer = ui.prompt(t(lang, 'newYear.menu.title'), t(lang, 'newYear.menu.ask', { year: suggested }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text = answer.getResponseText().trim().replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)));
    year = text === '' ? suggested : Number(text);
    if (/^\d{4}$/.test(String(year))) break;
    ui.alert(tr(lang, 'title'), msg('newYear.badYear', { value: text })[lang], ui.ButtonSet.OK);
  }
  const preview = runNewYear(ss, { year, dryRun: true });
  if (preview.problems.length) {
    ui.alert(tr(lang, 'title'), preview.lines[lang].join('\n'), ui.ButtonSet.OK);
    return;
  }
  const ok = ui.alert(t(lang, 'newYear.menu.title'), `${preview.lines[lang].join('\n')}\n\n${t(lang, 'newYear.menu.confirm', { year })}`, ui.ButtonSet.OK_CANCEL);
  if (ok !== ui.Button.OK) return;
  const done = runNewYear(ss, { year, dryRun: false });
  ss.toast(done.lines[lang][done.lines[lang].length - 1] ?? '', tr(lang, 'title'), 10);
}

// ---------------------------------------------------------------------------------------
// The sidebar

export function sidebarNewYear(request: unknown): NewYearResult {
  return guarded(() => {
    const r = newYearRequest(request);
    if (!r) throw sidebarError(msg('newYear.badYear', { value: String((request as { year?: unknown } | null)?.year ?? '') }));
    return runNewYear(SpreadsheetApp.getActiveSpreadsheet(), r);
  });
}

/** The library, from its project file (never part of Code.js). */
export function readLibrary(): LibraryData {
  return JSON.parse(HtmlService.createHtmlOutputFromFile(LIBRARY_FILE).getContent()) as LibraryData;
}

export function sidebarLibrary(): LibraryData {
  return guarded(readLibrary);
}

export function sidebarAddFromLibrary(request: unknown): LibraryPickResult {
  return guarded(() => {
    const r = pickRequest(request);
    const item = r ? libraryItem(readLibrary(), r.id) : null;
    if (!r || !item) throw sidebarError(msg('library.badPick'));
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return withDocumentLock(() => {
      const sheets = sheetsByName(ss);
      const grids = readWorkbookGrids(ss, sheets);
      const analysis = analyse(grids);
      const pick = 'entry' in item
        ? libraryMeasurePick(grids, analysis, { unit: r.unit, year: r.year, entry: item.entry })
        : libraryApproachPick(grids, analysis, { unit: r.unit, itaYear: r.year - 1, indicator: item.indicator });
      if (pick.problems.length || !pick.write) throw sidebarError(pick.problems[0] ?? msg('library.badPick'));
      applyWrites(ss, sheets, grids, [pick.write]);
      return { message: pickMessage('entry' in item ? 'measure' : 'approach', pick.cell, pick.text), cell: pick.cell };
    });
  });
}

