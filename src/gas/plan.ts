/**
 * สร้างเอกสารมาตรการประจำปี in Google Sheets (issue 12): the year-start document — the analysis of
 * the ITA result before the fiscal year and the year's measures — built by core's buildPlan and
 * delivered exactly as the progress report is (document-delivery.ts: a new Google Doc, the same
 * renderer and Docs pass, shared as the Settings say, a row of kind มาตรการประจำปี in ประวัติรายงาน).
 *
 * The menu, the sidebar and `generatePlan` all go through makePlan. Bad input (an unknown unit,
 * no ITA result before the year, no measures) throws a Thai error naming what is missing and
 * where it goes; nothing is created then.
 */
import type { Lang } from '../core/engine/types';
import type { Analysis } from '../core/workbook/analyse';
import type { Bilingual } from '../core/i18n';
import { toCalendarDate } from '../core/engine/calendar';
import { buildPlan, parseReportDate, PlanError, planWarning, ReportError } from '../core/documents';
import { planRequestProblem, reportOptionsError, type PlanRequest, type PlanResult } from '../core/views/sidebar-api';
import { sidebarError } from '../core/i18n/sidebar';
import { analyseWorkbook, documentFromMenu, filedLinks, invalid, userEmail, type ReportDeps } from './report';
import { deliverDocument, DeliveryError } from './document-delivery';
import { sheetsByName } from './workbook';
import { guarded } from './sidebar';
import { now as clockNow } from '../core/engine/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `generatePlan` accepts; anything missing comes from the workbook. */
export interface GeneratePlanOptions {
  unit?: string;
  /** Fiscal year (BE) of the measures; default Settings' ปีงบประมาณ. */
  year?: number;
  /** Default Settings' ใช้เลขไทย. */
  thaiDigits?: boolean;
  /**
   * ประกาศ ณ วันที่, YYYY-MM-DD (CE or BE year, as generateReport's date). Default: today when today
   * is in the fiscal year or the three months before it, else dotted spaces and a warning.
   */
  date?: string;
  /**
   * Make it even when the การวิเคราะห์ sheet lacks a note it needs: marked ร่าง in the header of every
   * page, each gap a bracketed prompt. Without it such a plan is refused (a PlanError naming the cells).
   */
  draft?: boolean;
}

export interface GeneratedPlan {
  url: string;
  name: string;
  /** Delivery's notes: with whom it was shared, what is missing, page numbers. */
  notes: Bilingual[];
  /** A draft's indicators with no analysis note (codes): a bracketed prompt stands there. */
  missingNotes: string[];
  /** The PDF saved beside it and the workbook's folder, as for a report. */
  pdfUrl?: string;
  folder?: { url: string; name: string };
  /** For the person making it, never in it: the date left to fill by hand, the analysis notes missing (absent when neither). */
  warning?: Bilingual;
}

/** Builds, renders and logs one unit's year-start document. */
export function makePlan(
  ss: Spreadsheet, sheets: Map<string, Sheet>, analysis: Analysis, options: GeneratePlanOptions, lang: Lang, deps: ReportDeps = {},
): GeneratedPlan {
  if (analysis.problems.length) throw invalid(analysis);
  const units = analysis.workbook.units;
  if (units.length === 0) throw new ReportError('noUnits');
  const now = (deps.now ?? clockNow)();
  const date = options.date === undefined || options.date === null || options.date === '' ? undefined : parseReportDate(String(options.date));
  if (date === null) throw new ReportError('badDate', { field: 'date', value: String(options.date) });
  const plan = buildPlan(analysis, {
    unit: options.unit ?? units[0].name,
    fiscalYear: options.year,
    thaiDigits: options.thaiDigits,
    today: toCalendarDate(now),
    ...(date ? { date } : {}),
    ...(options.draft === true ? { draft: true } : {}),
    lang: 'th', // an official document: always Thai
  });
  const warning = planWarning(plan);
  const made = deliverDocument(ss, sheets, plan, {
    lang, now, share: analysis.workbook.settings.shareReports, savePdf: analysis.workbook.settings.savePdf, by: userEmail(), chartImage: deps.chartImage,
    log: { kind: 'plan', unit: plan.meta.unit, year: plan.meta.fiscalYear, round: null, asOf: null, note: warning ? warning.th : '' },
  });
  return { url: made.url, name: made.name, notes: made.notes, missingNotes: plan.missingNotes.map((i) => i.code), ...(warning ? { warning } : {}), ...filedLinks(made) };
}

/**
 * `generatePlan({unit, year, thaiDigits, date, draft})` → `{url, name, missingNotes, warning}`; errors in
 * Thai. Missing analysis notes refuse it (nothing made; the message lists the cells to fill) unless draft.
 */
export function generatePlan(options: GeneratePlanOptions = {}, deps: ReportDeps = {}): GeneratedPlan {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = sheetsByName(ss);
  const { analysis } = analyseWorkbook(ss, sheets);
  return makePlan(ss, sheets, analysis, options ?? {}, 'th', deps);
}

/** Menu สร้างเอกสารมาตรการประจำปี: the unit chosen as for a report, the document made, its link shown. */
export function generatePlanFromMenu(ss: Spreadsheet, lang: Lang, deps: ReportDeps = {}): GeneratedPlan | null {
  return documentFromMenu(ss, lang, ({ sheets, analysis, unit }) => makePlan(ss, sheets, analysis, { unit }, lang, deps), {
    askUnitKey: 'plan.menu.askUnit', doneKey: 'plan.menu.done',
    expected: (err): err is ReportError | PlanError | DeliveryError => err instanceof ReportError || err instanceof PlanError || err instanceof DeliveryError,
  });
}

/** Sidebar: the plan with the options chosen there; the warning travels back for the page to show. */
export function sidebarGeneratePlan(options: PlanRequest, deps: ReportDeps = {}): PlanResult {
  return guarded(() => {
    const bad = planRequestProblem(options);
    if (bad !== null) throw sidebarError(reportOptionsError(bad));
    const plan = generatePlan({
      unit: options.unit, year: options.year, thaiDigits: options.thaiDigits, ...(options.date ? { date: options.date } : {}), ...(options.draft ? { draft: true } : {}),
    }, deps);
    return { url: plan.url, name: plan.name, notes: plan.notes, ...(plan.warning ? { warning: plan.warning } : {}), ...(plan.pdfUrl ? { pdfUrl: plan.pdfUrl } : {}) };
  });
}
