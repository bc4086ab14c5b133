/**
 * สร้างรายงาน in Google Sheets: the same report model as `ita report`, rendered into a new
 * Google Doc (document-renderer.ts), logged in `ประวัติรายงาน`.
 *
 * Every path — the menu, the sidebar (google.script.run), "every unit" — goes through
 * makeReport, so they all make the same document. The document is always in Thai (it is
 * an official document); dialogs follow the user's language.
 */
import type { Lang } from '../core/engine/types';
import { analyse, type Analysis } from '../core/workbook/analyse';
import { SHEETS } from '../core/workbook/template';
import { logKindOf } from '../core/workbook/report-log';
import { deliverDocument, DeliveryError, isIncompleteLogNote } from './document-delivery';
import { normalizeName } from '../core/workbook/sheets';
import { toCalendarDate, isRound, type RoundMonths } from '../core/engine/calendar';
import { t, type Bilingual } from '../core/i18n';
import {
  buildReport, findUnit, resolveUnit, parseReportDate, ReportError, reportWarning, resolveReportOptions, DEFAULT_ROUND, type ReportOptions,
} from '../core/documents';
import type { ChartImage } from './document-renderer';
import { readWorkbookGrids, sheetsByName, isSheetOf, findSheet } from './workbook';
import { isUnitSheetName, unitSheetResolver } from '../core/workbook/unit-sheets';
import { showProblems } from './problems';
import { tr, userLang } from './lang';
import { now as clockNow } from '../core/engine/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/** What the menu, the sidebar and `generateReport` accept; anything missing comes from the workbook. */
export interface GenerateReportOptions {
  unit?: string;
  /** Fiscal year (BE) of the measures; default Settings' ปีงบประมาณ. */
  year?: number;
  /** 3, 6, 9 or 12 months; default 6. */
  round?: number;
  memo?: boolean;
  /** Default Settings' ใช้เลขไทย. */
  thaiDigits?: boolean;
  /** ข้อมูล ณ วันที่ as YYYY-MM-DD; default the round's last day once it has passed, else today. */
  asOf?: string;
  /** The memo's and the signature's date as YYYY-MM-DD; default today. */
  date?: string;
  /** The memo's document number (ที่). */
  docNo?: string;
  /** A cover page first. */
  cover?: boolean;
  /** The executive's endorsement block at the end. */
  endorsement?: boolean;
}

export interface GeneratedReport {
  url: string;
  name: string;
  /** What the user should know: with whom it was shared, what is missing, page numbers. */
  notes: Bilingual[];
  /** For the person making the report, never in it: statuses that could not be told at the as-of day. */
  warning?: Bilingual;
  /** The PDF saved beside it (Settings บันทึก PDF). */
  pdfUrl?: string;
  /** The workbook's folder it was filed in. */
  folder?: { url: string; name: string };
}

/** Seams for tests: the clock and the chart drawer. */
export interface ReportDeps {
  now?: () => Date;
  chartImage?: ChartImage;
}

/** Stop starting new documents after this long: one execution may run 6 minutes. */
export const ALL_REPORTS_BUDGET_MS = 4.5 * 60 * 1000;

const SUMMARY_DIALOG = { width: 560, height: 420 };
const LINK_DIALOG = { width: 480, height: 320 };

/** Reads and analyses the workbook; a workbook with problems makes no report. */
export function analyseWorkbook(ss: Spreadsheet, sheets: Map<string, Sheet>): { analysis: Analysis; grids: ReturnType<typeof readWorkbookGrids> } {
  const grids = readWorkbookGrids(ss, sheets);
  return { analysis: analyse(grids), grids };
}

export function invalid(analysis: Analysis): ReportError {
  const p = analysis.problems[0];
  return new ReportError('invalidWorkbook', { count: analysis.problems.length, first: `${p.sheet}${p.cell ? `!${p.cell}` : ''} ${p.message.th}` });
}

export function userEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch (_err) {
    return '';
  }
}

/** The units already reported for a fiscal year and round, from `ประวัติรายงาน` (one read). */
export function reportedUnits(sheets: Map<string, Sheet>, year: number, round: number): Set<string> {
  const sheet = findSheet(sheets, SHEETS.reportLog);
  const done = new Set<string>();
  if (!sheet) return done;
  const values = sheet.getDataRange().getValues();
  const cols = SHEETS.reportLog.columns;
  const header = (values[0] ?? []).map((h) => normalizeName(h));
  const at = (key: string): number => {
    const spec = cols.find((c) => c.key === key);
    const i = spec ? header.findIndex((h) => h === normalizeName(spec.th) || h === normalizeName(spec.en)) : -1;
    return i >= 0 ? i : cols.findIndex((c) => c.key === key);
  };
  const [u, y, r, k, n] = [at('unit'), at('year'), at('round'), at('kind'), at('note')];
  for (const row of values.slice(1)) {
    // A document logged as incomplete (ไม่สมบูรณ์) is not done: the next run makes it again.
    if (Number(row[y]) === year && Number(row[r]) === round && logKindOf(row[k]) === 'progress' && !isIncompleteLogNote(row[n])) {
      done.add(normalizeName(row[u]));
    }
  }
  return done;
}

/** Builds, renders and logs one report. Throws ReportError (Thai message) for an unknown unit or no measures. */
export function makeReport(
  ss: Spreadsheet, sheets: Map<string, Sheet>, analysis: Analysis, options: GenerateReportOptions, lang: Lang, deps: ReportDeps = {},
): GeneratedReport {
  if (analysis.problems.length) throw invalid(analysis);
  const units = analysis.workbook.units;
  if (units.length === 0) throw new ReportError('noUnits');
  const now = (deps.now ?? clockNow)();
  const report = buildReport(analysis, { ...reportOptionsOf(options), unit: options.unit ?? units[0].name, today: toCalendarDate(now), lang: 'th' });
  const made = deliverDocument(ss, sheets, report, {
    lang, now, share: analysis.workbook.settings.shareReports, savePdf: analysis.workbook.settings.savePdf, by: userEmail(), chartImage: deps.chartImage,
    log: { kind: 'progress', unit: report.meta.unit, year: report.meta.fiscalYear, round: report.meta.round, asOf: report.meta.asOf },
  });
  const warning = reportWarning(report);
  return { url: made.url, name: made.name, notes: made.notes, ...(warning ? { warning } : {}), ...filedLinks(made) };
}

/** The PDF's and the folder's links of a delivered document, when it has them. */
export function filedLinks(made: { pdfUrl?: string; folder?: { url: string; name: string } }): Pick<GeneratedReport, 'pdfUrl' | 'folder'> {
  return { ...(made.pdfUrl ? { pdfUrl: made.pdfUrl } : {}), ...(made.folder ? { folder: made.folder } : {}) };
}

/** generateReport's options as the report model takes them; a date that is not YYYY-MM-DD is refused in Thai. */
function reportOptionsOf(options: GenerateReportOptions): Omit<ReportOptions, 'unit'> {
  const day = (value: string | undefined, field: string) => {
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = parseReportDate(String(value));
    if (!parsed) throw new ReportError('badDate', { field, value: String(value) });
    return parsed;
  };
  return {
    fiscalYear: options.year, round: options.round, memo: options.memo, thaiDigits: options.thaiDigits,
    asOf: day(options.asOf, 'asOf'), date: day(options.date, 'date'), docNo: options.docNo,
    cover: options.cover, endorsement: options.endorsement,
  };
}

/**
 * The one function every path calls: `generateReport({unit, year, round, memo, thaiDigits, asOf,
 * date, docNo, cover, endorsement})` → `{url, name, notes, warning?}`. Missing options take the
 * workbook's defaults (the first unit, Settings' fiscal year and digits, round 6). Errors are
 * thrown with a Thai message.
 */
export function generateReport(options: GenerateReportOptions = {}, deps: ReportDeps = {}): GeneratedReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = sheetsByName(ss);
  const { analysis } = analyseWorkbook(ss, sheets);
  return makeReport(ss, sheets, analysis, options ?? {}, userLang(), deps);
}

// ---------------------------------------------------------------------------------------
// Menu: สร้างรายงาน

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The unit of the active row when the user stands in มาตรการ or คะแนน; in a unit's own sheet, that unit. */
export function activeRowUnit(ss: Spreadsheet, grids: ReturnType<typeof readWorkbookGrids>, analysis: Analysis): string | null {
  const sheet = ss.getActiveSheet();
  const name = sheet ? sheet.getName() : '';
  if (isUnitSheetName(name)) return unitSheetResolver(analysis.workbook.units.map((u) => u.name))(name) ?? null;
  const spec = [SHEETS.measures, SHEETS.scores].find((s) => isSheetOf(name, s));
  const grid = grids.sheets[name];
  if (!spec || !grid) return null;
  const range = ss.getActiveRange();
  const row = range ? range.getRow() : 0;
  if (row < 2) return null;
  const unitCol = spec.columns.find((c) => c.key === 'unit');
  const col = (grid[0] ?? []).findIndex((h) => unitCol !== undefined && (normalizeName(h) === normalizeName(unitCol.th) || normalizeName(h) === normalizeName(unitCol.en)));
  if (col < 0) return null;
  const value = grid[row - 1]?.[col];
  return value === undefined ? null : findUnit(analysis, String(value))?.name ?? null;
}

function ask(ui: Ui, title: string, prompt: string): string | null {
  const answer = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : null;
}

/** The only unit, the active row's, or the one the user types (name or number). null: cancelled. */
export function chooseUnit(
  ss: Spreadsheet, ui: Ui, grids: ReturnType<typeof readWorkbookGrids>, analysis: Analysis, lang: Lang, askKey = 'report.menu.askUnit',
): string | null {
  const units = analysis.workbook.units;
  if (units.length === 1) return units[0].name;
  const fromRow = activeRowUnit(ss, grids, analysis);
  if (fromRow) return fromRow;
  const list = units.map((u, i) => `${i + 1}. ${u.name}`).join('\n');
  for (;;) {
    const text = ask(ui, t(lang, askKey), t(lang, 'report.menu.askUnitHelp', { list }));
    if (text === null) return null;
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1 && n <= units.length) return units[n - 1].name;
    try {
      return resolveUnit(analysis, text).name;
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      ui.alert(tr(lang, 'title'), e.text[lang], ui.ButtonSet.OK);
    }
  }
}

function chooseRound(ui: Ui, lang: Lang): RoundMonths | null {
  for (;;) {
    const text = ask(ui, t(lang, 'report.menu.askRound'), t(lang, 'report.menu.askRoundHelp', { round: DEFAULT_ROUND }));
    if (text === null) return null;
    if (text === '') return DEFAULT_ROUND;
    const n = Number(text.replace(/[^\d]/g, ''));
    if (isRound(n)) return n;
    ui.alert(tr(lang, 'title'), t(lang, 'report.error.badRound', { value: text }), ui.ButtonSet.OK);
  }
}

/** A dialog with the new document's link (HtmlService: an alert cannot hold a link). */
export function showReportLink(ui: Ui, report: GeneratedReport, lang: Lang, doneKey = 'report.menu.done'): void {
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Sarabun,sans-serif;font-size:15px">`
    + `<p>${escapeHtml(t(lang, doneKey))}</p>`
    + `<p><a href="${escapeHtml(report.url)}" target="_blank" rel="noopener">${escapeHtml(t(lang, 'report.menu.open', { name: report.name }))}</a></p>`
    + (report.pdfUrl ? `<p><a href="${escapeHtml(report.pdfUrl)}" target="_blank" rel="noopener">${escapeHtml(t(lang, 'drive.pdf.open'))}</a></p>` : '')
    + (report.folder ? `<p><a href="${escapeHtml(report.folder.url)}" target="_blank" rel="noopener">${escapeHtml(t(lang, 'drive.folder.open', { name: report.folder.name }))}</a></p>` : '')
    + report.notes.map((n) => `<p style="font-size:13px">${escapeHtml(n[lang])}</p>`).join('')
    // One paragraph per thing to check (reportWarning puts one a line).
    + (report.warning ? report.warning[lang].split('\n').map((w) => `<p style="font-size:13px;color:#7a4a00">${escapeHtml(w)}</p>`).join('') : '')
    + '</div>',
  ).setWidth(LINK_DIALOG.width).setHeight(report.warning ? LINK_DIALOG.height + 100 : LINK_DIALOG.height);
  ui.showModalDialog(html, tr(lang, 'title'));
}

/** What a menu needs to make one document for the unit the user chose. */
export interface MenuDocumentContext {
  ui: Ui;
  sheets: Map<string, Sheet>;
  analysis: Analysis;
  unit: string;
}

/**
 * The menu's way to one document (report or plan): one read and analysis; problems listed and no
 * unit said, before anything is asked; the unit chosen; `make` builds and delivers it (null: the
 * user cancelled a further question); its link shown. A document error (`expected`) is an alert.
 */
export function documentFromMenu<T extends GeneratedReport>(
  ss: Spreadsheet, lang: Lang, make: (c: MenuDocumentContext) => T | null,
  options: { askUnitKey?: string; doneKey?: string; expected: (err: unknown) => err is { text: Bilingual } },
): T | null {
  const ui = SpreadsheetApp.getUi();
  const sheets = sheetsByName(ss);
  const { analysis, grids } = analyseWorkbook(ss, sheets);
  if (analysis.problems.length) {
    showProblems(analysis.problems, lang);
    return null;
  }
  if (analysis.workbook.units.length === 0) {
    ui.alert(tr(lang, 'title'), t(lang, 'report.error.noUnits'), ui.ButtonSet.OK);
    return null;
  }
  const unit = chooseUnit(ss, ui, grids, analysis, lang, options.askUnitKey);
  if (unit === null) return null;
  try {
    const made = make({ ui, sheets, analysis, unit });
    if (made !== null) showReportLink(ui, made, lang, options.doneKey);
    return made;
  } catch (err) {
    if (!options.expected(err)) throw err;
    ui.alert(tr(lang, 'title'), err.text[lang], ui.ButtonSet.OK);
    return null;
  }
}

/** Menu สร้างรายงาน: unit and round chosen, document made, link shown. */
export function generateReportFromMenu(ss: Spreadsheet, lang: Lang, deps: ReportDeps = {}): GeneratedReport | null {
  return documentFromMenu(ss, lang, ({ ui, sheets, analysis, unit }) => {
    const round = chooseRound(ui, lang);
    return round === null ? null : makeReport(ss, sheets, analysis, { unit, round }, lang, deps);
  }, { expected: (err): err is ReportError | DeliveryError => err instanceof ReportError || err instanceof DeliveryError });
}

// ---------------------------------------------------------------------------------------
// Menu: สร้างรายงานทุกหน่วยงาน

export interface AllReportsOutcome {
  made: GeneratedReport[];
  /** Units already in the log for this year and round. */
  skipped: string[];
  failed: { unit: string; message: string }[];
  /** Units left for the next run: time ran out, or a Google service stopped the run. */
  remaining: string[];
  /** Why the run stopped early when a Google service refused (e.g. the daily quota of new documents). */
  stopped?: { unit: string; message: string };
}

/**
 * One report per unit, a toast per unit. Units already logged for the same fiscal year and
 * round are skipped, so after a stop a second run continues where the first left off. Stops
 * before starting a unit once ALL_REPORTS_BUDGET_MS has passed.
 */
export function generateAllReportsIn(
  ss: Spreadsheet, lang: Lang, options: Omit<GenerateReportOptions, 'unit'> = {}, deps: ReportDeps = {},
): AllReportsOutcome | null {
  const now = deps.now ?? clockNow;
  const started = now().getTime();
  const sheets = sheetsByName(ss);
  const { analysis } = analyseWorkbook(ss, sheets);
  if (analysis.problems.length) {
    showProblems(analysis.problems, lang);
    return null;
  }
  const units = analysis.workbook.units;
  const outcome: AllReportsOutcome = { made: [], skipped: [], failed: [], remaining: [] };
  if (units.length === 0) return outcome;
  const first = resolveReportOptions(analysis, { ...reportOptionsOf(options), unit: units[0].name, today: toCalendarDate(now()) });
  const done = reportedUnits(sheets, first.fiscalYear, first.round);
  const todo = units.filter((u) => {
    if (!done.has(normalizeName(u.name))) return true;
    outcome.skipped.push(u.name);
    return false;
  });
  for (let i = 0; i < todo.length; i++) {
    if (now().getTime() - started >= ALL_REPORTS_BUDGET_MS) {
      outcome.remaining = todo.slice(i).map((u) => u.name);
      break;
    }
    const unit = todo[i].name;
    ss.toast(t(lang, 'report.all.progress', { done: i + 1, total: todo.length, unit }), t(lang, 'report.all.title'), -1);
    try {
      outcome.made.push(makeReport(ss, sheets, analysis, { ...options, unit, year: first.fiscalYear, round: first.round }, lang, { ...deps, now }));
    } catch (err) {
      if (err instanceof ReportError) {
        outcome.failed.push({ unit, message: err.text[lang] });
        continue;
      }
      // A service error (quota of documents a day, Docs unavailable…) would fail every unit
      // after it too: stop, keep what was made (each is logged), and say what remains.
      outcome.stopped = { unit, message: err instanceof DeliveryError ? err.text[lang] : err instanceof Error ? err.message : String(err) };
      outcome.remaining = todo.slice(i).map((u) => u.name);
      break;
    }
  }
  return outcome;
}

/** The summary of a run over every unit, in an HtmlService dialog so each new document is a link. */
export function showAllReportsSummary(ss: Spreadsheet, outcome: AllReportsOutcome, lang: Lang): void {
  const para = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
  const parts = [para(t(lang, 'report.all.made', { count: outcome.made.length }))];
  if (outcome.made.length) {
    parts.push(`<ul>${outcome.made.map((r) => `<li><a href="${escapeHtml(r.url)}" target="_blank" rel="noopener">${escapeHtml(r.name)}</a>`
      + (r.pdfUrl ? ` · <a href="${escapeHtml(r.pdfUrl)}" target="_blank" rel="noopener">PDF</a>` : '') + '</li>').join('')}</ul>`);
    const folder = outcome.made.find((r) => r.folder)?.folder;
    if (folder) parts.push(`<p><a href="${escapeHtml(folder.url)}" target="_blank" rel="noopener">${escapeHtml(t(lang, 'drive.folder.open', { name: folder.name }))}</a></p>`);
  }
  // What the documents' notes say (sharing, what is missing, page numbers), each once.
  const notes = [...new Set(outcome.made.flatMap((r) => r.notes.map((n) => n[lang])))];
  if (notes.length) parts.push(`<div style="font-size:13px">${notes.map(para).join('')}</div>`);
  if (outcome.skipped.length) parts.push(para(t(lang, 'report.all.skipped', { count: outcome.skipped.length })));
  if (outcome.failed.length) parts.push(para(t(lang, 'report.all.failed', { list: outcome.failed.map((f) => `${f.unit}: ${f.message}`).join('; ') })));
  const left = { count: outcome.remaining.length, list: outcome.remaining.join(', ') };
  if (outcome.stopped) parts.push(para(t(lang, 'report.all.stopped', { ...outcome.stopped, ...left })));
  else parts.push(para(left.count ? t(lang, 'report.all.remaining', left) : t(lang, 'report.all.complete')));
  ss.toast('', t(lang, 'report.all.title'), 1);
  const html = HtmlService.createHtmlOutput(`<div style="font-family:Sarabun,sans-serif;font-size:15px">${parts.join('')}</div>`)
    .setWidth(SUMMARY_DIALOG.width).setHeight(SUMMARY_DIALOG.height);
  SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'report.all.title'));
}
