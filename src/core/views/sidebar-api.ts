/**
 * The sidebar's one contract: what the page asks the server for and what it gets back.
 * Apps Script implements it in src/gas/sidebar.ts (called through google.script.run), the
 * offline dev server in src/node/sidebar-server.ts; the page calls it through the typed
 * wrapper in sidebar/api.ts. The keys of `SidebarApi` are the names of the top-level Apps
 * Script functions (exported from src/gas/main.ts), prefixed `sidebar` so they cannot clash
 * with other entry points.
 *
 * Errors travel as `sidebarError(…)` (src/core/i18n/sidebar.ts), so the page can show them in
 * either language.
 *
 * Everything the page shows is computed here, on the server, from one read of the workbook
 * (`buildDashboard`); the page only renders. Pure: no Apps Script globals, no Node APIs.
 */
import { registerStrings, msg, type Bilingual } from '../i18n';
import { SIDEBAR_SERVER_STRINGS } from '../i18n/sidebar';
import { REPORT_CARD_SERVER_STRINGS } from '../i18n/report-card';
import type { Tool, Status, Problem } from '../engine/types';
import type { LevelKey, LevelBand } from '../engine/levels';
import type { ReportLogEntry } from '../workbook/report-log';
import type { OverviewFlag } from './overview';
import { isRound, type RoundMonths } from '../engine/calendar';
import { SCORE_IMPORT_FUNCTIONS, type ScoreImportApi } from '../score-import/plan';
import { parseReportDate } from '../documents/progress/options';
import type { Analysis } from '../workbook/analyse';

registerStrings(SIDEBAR_SERVER_STRINGS); // the servers' messages below (the page ships every string itself)
registerStrings(REPORT_CARD_SERVER_STRINGS);

// ---------------------------------------------------------------------------------------
// Data shapes

export interface DashboardIndicator {
  code: string;
  name: string;
  tool: Tool | null;
  score: number;
  /** One of the indicators to develop. */
  weak: boolean;
}

export interface DashboardResult {
  /** ITA year (BE). */
  year: number;
  total: number;
  /** Level as published (Thai for rating levels, "A"… for grades). */
  level: string;
  levelKey: LevelKey;
  band: LevelBand;
  /** Fill colour of the level band (the sheet's colours). */
  colour: string;
  /** Rank among the units assessed that year (competition ranking); null if absent. */
  rank: number | null;
  rankOf: number;
  /** The year's framework's tools in its order (keys never all-digit: JSON keeps the order). */
  tools: Record<Tool, number | null>;
  previousYear: number | null;
  totalChange: number | null;
  /** Indicator scores in code order, for the bar chart. */
  indicators: DashboardIndicator[];
  /** Indicators to develop, lowest first; `covered` when a measure addresses it. */
  weak: { code: string; name: string; score: number; covered: boolean }[];
  passThreshold: number;
  /** Tools that held the level below what the total gives, and the mark they missed (levels.ts). */
  heldBy?: { tools: Tool[]; mark: number };
  warnings: Bilingual[];
}

export interface DashboardMeasure {
  no: string;
  title: string;
  status: Status;
  overdue: boolean;
  /** Due day, ISO (CE) yyyy-mm-dd, or '' when the timeline names none. */
  due: string;
  /** 1-based row in the measures sheet (the sidebar can select it). */
  row: number;
}

export interface DashboardProgress {
  /** Fiscal year (BE) whose measures these are; null when none could be chosen. */
  fiscalYear: number | null;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** ยกเลิก: shown apart, left out of the percent done. */
  cancelled: number;
  /** total − cancelled: the denominator of percentDone. */
  active: number;
  overdue: number;
  /** Percent done, 2 decimals. */
  percentDone: number;
  /** The unit-year's measures: overdue first, then not done, then done; sheet order within. */
  measures: DashboardMeasure[];
}

// ReportLogEntry lives with the report log (workbook/report-log.ts), so the overview can read it too.
export type { ReportLogEntry };

export interface Dashboard {
  unit: string;
  /** Latest ITA result of the unit; null when it has no scores yet. */
  latest: DashboardResult | null;
  /** Every ITA year of the unit, oldest first. */
  history: { year: number; total: number; level: string; levelKey: LevelKey; band: LevelBand }[];
  progress: DashboardProgress;
  /** The unit's reports from the report log, newest first (at most 5). */
  reports: ReportLogEntry[];
}

export interface UnitOption {
  name: string;
  type: string;
}

/** What the sidebar loads on open and after every action. */
export interface SidebarState {
  units: UnitOption[];
  /** The unit shown: the requested one if it exists, else the first. null: no units yet. */
  unit: string | null;
  dashboard: Dashboard | null;
  /** The reporting fiscal year (settings, else the one of today). */
  fiscalYear: number;
  /** Settings' default for Thai digits in reports. */
  thaiDigits: boolean;
  /** How many validation problems the workbook has (the list comes from sidebarValidate). */
  problemCount: number;
  /**
   * The template's input sheets the workbook lacks (Thai names): the page then says to run
   * ตั้งค่าแม่แบบ first. Empty when the template is set up.
   */
  missingSheets: string[];
  /** Today in Bangkok, ISO. */
  asOf: string;
  /** The district card: every unit, attention first (src/core/views/overview.ts, today's picture). */
  overview?: SidebarOverview;
}

/** One unit in the district card. */
export interface SidebarOverviewUnit {
  unit: string;
  measures: number;
  /** Not cancelled: the denominator of `percentDone`. */
  active: number;
  done: number;
  overdue: number;
  percentDone: number;
  reported: boolean;
  flags: OverviewFlag[];
}

export interface SidebarOverview {
  fiscalYear: number;
  round: number;
  /** ISO day the statuses are judged on. */
  asOf: string;
  roundEnded: boolean;
  needingAttention: number;
  units: SidebarOverviewUnit[];
}

export interface ActionResult {
  message: Bilingual;
}

export interface RankingsResult extends ActionResult {
  /** False when the data has problems: nothing was written and `problems` lists them. */
  written: boolean;
  problems: Problem[];
}

export interface ValidateResult {
  problems: Problem[];
  /**
   * Why the data is not ready although nothing is wrong (no units; no scores or measures yet),
   * so an empty workbook never reads as "ready"; null when it is ready.
   */
  notReady?: Bilingual | null;
  /** What the engine assumed (e.g. the default framework for a missing ตัวชี้วัด sheet). */
  warnings?: Problem[];
}

export interface ReportOptions {
  unit: string;
  /** Fiscal year (BE) of the measures reported. */
  year: number;
  round: RoundMonths;
  /** Put an internal memo (บันทึกข้อความ) cover first. */
  memo: boolean;
  thaiDigits: boolean;
  /** ข้อมูล ณ วันที่ as YYYY-MM-DD; blank or absent: the round's last day once passed, else today. */
  asOf?: string;
  /** The memo's and the signature's date as YYYY-MM-DD; blank or absent: today. */
  date?: string;
  /** The memo's document number (ที่); blank: a dotted line. */
  docNo?: string;
  /** A cover page first (seed 004). */
  cover?: boolean;
  /** The executive's endorsement block at the end. */
  endorsement?: boolean;
}

export interface ReportResult {
  url: string;
  name: string;
  /** For the person making the report, never printed in it: statuses that could not be told at the as-of day. */
  warning?: Bilingual;
  /** What to know about the new document (sharing, what is missing, page numbers). */
  notes?: Bilingual[];
}

/** The year-start document (issue 12): the unit, the fiscal year of its measures, the digits. */
export interface PlanRequest {
  unit: string;
  year: number;
  thaiDigits: boolean;
  /** ประกาศ ณ วันที่, YYYY-MM-DD; absent or '': today within the year's adoption time, else left to fill by hand. */
  date?: string;
}

/** `warning`: analysis notes missing from การวิเคราะห์ (the document used a sentence from the figures there). */
export type PlanResult = ReportResult;

/** What is wrong with plan options from the page (null when nothing), named as reportOptionsProblem names them. */
export function planRequestProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'options';
  const o = value as Record<string, unknown>;
  return reportOptionsProblem({ ...o, round: 6, memo: false });
}

/**
 * The server functions the sidebar calls. Synchronous as Apps Script runs them; the page
 * sees each through `call(name, ...args)` as a Promise of the return type.
 */
export interface SidebarApi extends ScoreImportApi {
  /** The state for a unit (null or unknown: the first unit). */
  sidebarData(unit: string | null): SidebarState;
  /** Creates the template's missing sheets, headers and formats. */
  sidebarSetUp(): ActionResult;
  /** Validates, then writes the rankings sheet (or returns the problems, writing nothing). */
  sidebarComputeRankings(): RankingsResult;
  /** Every problem of the workbook, each with its sheet and cell. */
  sidebarValidate(): ValidateResult;
  /** Activates a cell ('' a1: the sheet) so the user sees the problem. */
  sidebarSelectCell(sheet: string, a1: string): ActionResult;
  /** Generates the progress report document. */
  sidebarGenerateReport(options: ReportOptions): ReportResult;
  /** Generates the year-start document (analysis and measures). */
  sidebarGeneratePlan(options: PlanRequest): PlanResult;
}

export type SidebarFunction = keyof SidebarApi;

/** The same contract for servers that may answer asynchronously (the Node dev server). */
export type AsyncSidebarApi = {
  [K in SidebarFunction]: (...args: Parameters<SidebarApi[K]>) => ReturnType<SidebarApi[K]> | Promise<ReturnType<SidebarApi[K]>>;
};

export const SIDEBAR_FUNCTIONS: readonly SidebarFunction[] = [
  'sidebarData', 'sidebarSetUp', 'sidebarComputeRankings', 'sidebarValidate', 'sidebarSelectCell', 'sidebarGenerateReport',
  'sidebarGeneratePlan',
  ...SCORE_IMPORT_FUNCTIONS,
];

/**
 * What is wrong with report options coming from the page (null when nothing): the field
 * name, for the server's "invalid report options" message. google.script.run passes any
 * JSON, so the servers check before they act.
 */
export function reportOptionsProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'options';
  const o = value as Record<string, unknown>;
  if (typeof o.unit !== 'string' || o.unit.trim() === '') return 'unit';
  if (typeof o.year !== 'number' || !Number.isInteger(o.year) || o.year < 2400 || o.year > 2800) return 'year';
  if (!isRound(o.round)) return 'round';
  if (typeof o.memo !== 'boolean') return 'memo';
  if (typeof o.thaiDigits !== 'boolean') return 'thaiDigits';
  for (const key of ['asOf', 'date'] as const) {
    const v = o[key];
    if (v !== undefined && v !== null && v !== '' && (typeof v !== 'string' || !parseReportDate(v))) return key;
  }
  if (o.docNo !== undefined && o.docNo !== null && typeof o.docNo !== 'string') return 'docNo';
  for (const key of ['cover', 'endorsement'] as const) if (o[key] !== undefined && typeof o[key] !== 'boolean') return key;
  return null;
}

/** The form's label of each report option, for the "invalid report options" message. */
const OPTION_LABELS: Record<string, string> = {
  unit: 'sidebar.unit', year: 'sidebar.report.year', round: 'sidebar.report.round',
  memo: 'sidebar.report.memo', thaiDigits: 'sidebar.report.thaiDigits',
  asOf: 'sidebar.report.asOf', date: 'sidebar.report.date', docNo: 'sidebar.report.docNo',
  cover: 'sidebar.report.cover', endorsement: 'sidebar.report.endorsement',
};

/** "ตัวเลือกรายงานไม่ถูกต้อง: ปีงบประมาณ": the field named as the page labels it, in each language. */
export function reportOptionsError(field: string): Bilingual {
  const label = OPTION_LABELS[field] ? msg(OPTION_LABELS[field]) : { th: field, en: field };
  return {
    th: msg('sidebar.error.badReportOptions', { detail: label.th }).th,
    en: msg('sidebar.error.badReportOptions', { detail: label.en }).en,
  };
}

/** The result of คำนวณอันดับ for the page, the same from both servers. */
/** The one readiness rule (sidebar and menu): problems, else whether there is anything to work on. */
export function notReadyReason(analysis: Analysis): Bilingual | null {
  const w = analysis.workbook;
  if (analysis.problems.length > 0) return null;
  if (w.units.length === 0) return msg('ready.noUnits');
  if (w.scores.length === 0 && w.measures.length === 0) return msg('ready.noData');
  return null;
}

/** sidebarValidate's answer, the same on Apps Script and offline. */
export function validateResult(analysis: Analysis): ValidateResult {
  return { problems: analysis.problems, notReady: notReadyReason(analysis), warnings: analysis.warnings };
}

export function rankingsResult(problems: Problem[], assessments: number, years: number): RankingsResult {
  if (problems.length) return { written: false, problems, message: msg('sidebar.server.rankingsBlocked', { count: problems.length }) };
  if (assessments === 0) return { written: true, problems: [], message: msg('sidebar.server.rankingsNone') };
  return { written: true, problems: [], message: msg('sidebar.server.rankingsDone', { years, count: assessments }) };
}
