/**
 * สร้างเอกสารมาตรการประจำปี in Google Sheets (issue 12): the year-start document — the analysis of
 * the ITA result before the fiscal year and the year's measures — built by core's buildPlan and
 * delivered exactly as the progress report is (report.ts's deliverReportDoc: a new Google Doc,
 * the same renderer, a row of kind มาตรการประจำปี in ประวัติรายงาน).
 *
 * The menu, the sidebar and `generatePlan` all go through makePlan. Bad input (an unknown unit,
 * no ITA result before the year, no measures) throws a Thai error naming what is missing and
 * where it goes; nothing is created then.
 */
import type { Lang } from '../core/types';
import type { Analysis } from '../core/engine';
import type { Bilingual } from '../core/i18n';
import { t } from '../core/i18n';
import { toCalendarDate } from '../core/calendar';
import { buildPlan, missingNotesMessage, PlanError, ReportError } from '../core/report';
import { planRequestProblem, reportOptionsError, type PlanRequest, type PlanResult } from '../core/sidebar-api';
import { sidebarError } from '../core/i18n/sidebar';
import { analyseWorkbook, chooseUnit, deliverReportDoc, invalid, showReportLink, type ReportDeps } from './report';
import { sheetsByName } from './workbook';
import { showProblems } from './problems';
import { guarded } from './sidebar';
import { tr } from './lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `generatePlan` accepts; anything missing comes from the workbook. */
export interface GeneratePlanOptions {
  unit?: string;
  /** Fiscal year (BE) of the measures; default Settings' ปีงบประมาณ. */
  year?: number;
  /** Default Settings' ใช้เลขไทย. */
  thaiDigits?: boolean;
}

export interface GeneratedPlan {
  url: string;
  name: string;
  /** Indicators to develop with no analysis note (codes): the document used a sentence from the figures. */
  missingNotes: string[];
  /** The warning to show the person, both languages; null when no note is missing. */
  warning: Bilingual | null;
}

/** Builds, renders and logs one unit's year-start document. */
export function makePlan(
  ss: Spreadsheet, sheets: Map<string, Sheet>, analysis: Analysis, options: GeneratePlanOptions, lang: Lang, deps: ReportDeps = {},
): GeneratedPlan {
  if (analysis.problems.length) throw invalid(analysis);
  const units = analysis.workbook.units;
  if (units.length === 0) throw new ReportError('noUnits');
  const now = (deps.now ?? (() => new Date()))();
  const plan = buildPlan(analysis, {
    unit: options.unit ?? units[0].name,
    fiscalYear: options.year,
    thaiDigits: options.thaiDigits,
    date: toCalendarDate(now),
    lang: 'th', // an official document: always Thai
  });
  const warning = missingNotesMessage(plan);
  const made = deliverReportDoc(ss, sheets, plan, lang, { now, chartImage: deps.chartImage, note: warning ? warning.th : '' });
  return { ...made, missingNotes: plan.missingNotes.map((i) => i.code), warning };
}

/** `generatePlan({unit, year, thaiDigits})` → `{url, name, missingNotes, warning}`; errors in Thai. */
export function generatePlan(options: GeneratePlanOptions = {}, deps: ReportDeps = {}): GeneratedPlan {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = sheetsByName(ss);
  const { analysis } = analyseWorkbook(ss, sheets);
  return makePlan(ss, sheets, analysis, options ?? {}, 'th', deps);
}

/** Menu สร้างเอกสารมาตรการประจำปี: the unit chosen as for a report, the document made, its link shown. */
export function generatePlanFromMenu(ss: Spreadsheet, lang: Lang, deps: ReportDeps = {}): GeneratedPlan | null {
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
  const unit = chooseUnit(ss, ui, grids, analysis, lang, 'plan.menu.askUnit');
  if (unit === null) return null;
  try {
    const plan = makePlan(ss, sheets, analysis, { unit }, lang, deps);
    showReportLink(ui, plan, lang, plan.warning ? plan.warning[lang] : '', 'plan.menu.done');
    return plan;
  } catch (err) {
    if (!(err instanceof ReportError || err instanceof PlanError)) throw err;
    ui.alert(tr(lang, 'title'), err.text[lang], ui.ButtonSet.OK);
    return null;
  }
}

/** Sidebar: the plan with the options chosen there; the warning travels back for the page to show. */
export function sidebarGeneratePlan(options: PlanRequest, deps: ReportDeps = {}): PlanResult {
  return guarded(() => {
    const bad = planRequestProblem(options);
    if (bad !== null) throw sidebarError(reportOptionsError(bad));
    const plan = generatePlan({ unit: options.unit, year: options.year, thaiDigits: options.thaiDigits }, deps);
    return { url: plan.url, name: plan.name, warning: plan.warning };
  });
}
