/**
 * What the sidebar shows, computed on the server from one read of the workbook: the unit's
 * dashboard (buildDashboard), the page's whole state (buildSidebarState) and the district card
 * (sidebarOverview). The shapes are the contract's (sidebar-api.ts); the page only renders them.
 */
import type { CalendarDate, Tool, Assessment, Status, WorkbookGrids } from '../engine/types';
import { toCalendarDate, fiscalYearOf } from '../engine/calendar';
import { assessmentOf, type Analysis } from '../workbook/analyse';
import type { DashboardResult, Dashboard, DashboardMeasure, SidebarState, SidebarOverview } from './sidebar-api';
import { compareCodes } from '../engine/frameworks';
import { levelBand, toolsHoldingLevel } from '../engine/levels';
import { COLOURS, INPUT_SHEETS, SHEETS } from '../workbook/template';
import { isoDate, readReportLog, type ReportLogEntry } from '../workbook/report-log';
import { overviewPeriod, buildOverview } from './overview';
import { measuresAsOf } from '../engine/as-of';
import { measuresOf, summarizeMeasures, uncovered } from '../engine/progress';
import { isOverdue } from '../engine/measure-fields';
import { findSheetName } from '../workbook/sheets';

/** Today in Bangkok (UTC+7 all year). */
export const bangkokToday = (now: Date): CalendarDate => toCalendarDate(now);

const RECENT_REPORTS = 5;

/** The fiscal year whose measures the sidebar shows: settings, else the unit's latest, else today's. */
function progressYear(analysis: Analysis, unit: string, asOf: CalendarDate): number {
  const configured = analysis.workbook.settings.fiscalYear;
  if (configured !== null) return configured;
  const years = analysis.workbook.measures.filter((m) => m.unit === unit).map((m) => m.year);
  return years.length ? Math.max(...years) : fiscalYearOf(asOf);
}

/** The reporting fiscal year: settings, else the one of today. */
export const reportingYear = (analysis: Analysis, asOf: CalendarDate): number =>
  analysis.workbook.settings.fiscalYear ?? fiscalYearOf(asOf);

function latestResult(analysis: Analysis, unit: string, coveredBy: (weak: string[]) => string[]): DashboardResult | null {
  const a = assessmentOf(analysis, unit);
  if (!a) return null;
  const ranking = analysis.unitRanking[String(a.year)] ?? [];
  const mine = ranking.find((r) => r.unit === unit);
  const names = new Map(a.ranking.map((r) => [r.code, r]));
  const toolOf = new Map<string, Tool>();
  for (const f of analysis.workbook.frameworks) for (const i of f.indicators) if (f.fromYear <= a.year) toolOf.set(i.code, i.tool);
  const weakSet = new Set(a.weak);
  const order = [...a.ranking].sort((x, y) => compareCodes(x.code, y.code));
  const missing = new Set(coveredBy(a.weak));
  const band = levelBand(a.levelKey);
  return {
    year: a.year,
    total: a.total,
    level: a.level,
    levelKey: a.levelKey,
    band,
    colour: COLOURS.level[band],
    rank: mine ? mine.rank : null,
    rankOf: ranking.length,
    tools: a.tools,
    previousYear: a.previousYear,
    totalChange: a.totalChange,
    indicators: order.map((r) => ({ code: r.code, name: r.name, tool: toolOf.get(r.code) ?? null, score: r.score, weak: weakSet.has(r.code) })),
    weak: a.weak.map((code) => {
      const r = names.get(code);
      return { code, name: r ? r.name : code, score: r ? r.score : 0, covered: !missing.has(code) };
    }),
    passThreshold: analysis.workbook.settings.passThreshold,
    heldBy: heldBy(a, analysis),
    warnings: a.warnings,
  };
}

function heldBy(a: Assessment, analysis: Analysis): DashboardResult['heldBy'] {
  const { passThreshold, levels } = analysis.workbook.settings;
  const tools = toolsHoldingLevel(a.levelKey, a.total, a.tools, passThreshold, levels);
  return tools.length ? { tools, mark: a.levelKey === 'pass' ? passThreshold : levels.ratingExcellent } : undefined;
}

const STATUS_ORDER: Record<Status, number> = { in_progress: 1, not_started: 1, done: 2, cancelled: 3 };

/** The dashboard of one unit: pure, from one analysis. */
export function buildDashboard(analysis: Analysis, unit: string, today: CalendarDate, reportLog: ReportLogEntry[] = []): Dashboard {
  const fiscalYear = progressYear(analysis, unit, today);
  // The day the district card describes (overviewPeriod: today, or the year's last day once it
  // is over), with each measure's status on that day (as-of.ts): the card and the dashboard agree.
  const asOf = overviewPeriod(analysis, { today, fiscalYear }).asOf;
  const measures = measuresAsOf(measuresOf(analysis.workbook.measures, unit, fiscalYear), asOf, today).measures;
  const summary = summarizeMeasures(measures, asOf);
  const items: DashboardMeasure[] = measures.map((m) => ({
    no: m.no, title: m.title, status: m.status, overdue: isOverdue(m, asOf), due: m.due ? isoDate(m.due) : '', row: m.row,
  }));
  const rankOf = (m: DashboardMeasure): number => (m.overdue ? 0 : STATUS_ORDER[m.status]);
  const sorted = items.map((m, i) => ({ m, i })).sort((x, y) => rankOf(x.m) - rankOf(y.m) || x.i - y.i).map((x) => x.m);

  const history = analysis.assessments
    .filter((a) => a.unit === unit)
    .map((a) => ({ year: a.year, total: a.total, level: a.level, levelKey: a.levelKey, band: levelBand(a.levelKey) }));

  const reports = reportLog
    .filter((r) => r.unit === unit)
    .map((r, i) => ({ r, i }))
    .sort((x, y) => (y.r.time > x.r.time ? 1 : y.r.time < x.r.time ? -1 : y.i - x.i))
    .slice(0, RECENT_REPORTS)
    .map((x) => x.r);

  return {
    unit,
    latest: latestResult(analysis, unit, (weak) => uncovered(weak, measures)),
    history,
    progress: {
      fiscalYear,
      total: summary.total,
      done: summary.byStatus.done,
      inProgress: summary.byStatus.in_progress,
      notStarted: summary.byStatus.not_started,
      cancelled: summary.byStatus.cancelled,
      active: summary.active,
      overdue: summary.overdue,
      percentDone: summary.percentDone,
      measures: sorted,
    },
    reports,
  };
}

/**
 * The sidebar's state from one read of the workbook: the unit asked for (or the first),
 * its dashboard, and the figures the page needs for its forms.
 */
export function buildSidebarState(grids: WorkbookGrids, analysis: Analysis, unit: string | null, now: Date): SidebarState {
  const asOf = bangkokToday(now);
  const units = analysis.workbook.units.map((u) => ({ name: u.name, type: u.type }));
  const chosen = units.find((u) => u.name === unit)?.name ?? units[0]?.name ?? null;
  const log = readReportLog(grids);
  return {
    units,
    unit: chosen,
    dashboard: chosen === null ? null : buildDashboard(analysis, chosen, asOf, log),
    fiscalYear: reportingYear(analysis, asOf),
    thaiDigits: analysis.workbook.settings.thaiDigits,
    problemCount: analysis.problems.length,
    missingSheets: INPUT_SHEETS.filter((key) => !SHEETS[key].optional && findSheetName(grids, SHEETS[key]) === undefined).map((key) => SHEETS[key].th),
    asOf: isoDate(asOf),
    overview: sidebarOverview(analysis, log, asOf),
  };
}

/** The district card's data: the overview of the reporting year as it stands today. */
export function sidebarOverview(analysis: Analysis, log: ReportLogEntry[], today: CalendarDate): SidebarOverview {
  const o = buildOverview(analysis, log, { today, fiscalYear: reportingYear(analysis, today) });
  return {
    fiscalYear: o.fiscalYear, round: o.round, asOf: isoDate(o.asOf), roundEnded: o.roundEnded, needingAttention: o.needingAttention,
    units: o.units.map((u) => ({
      unit: u.unit, measures: u.measures, active: u.measures - u.cancelled, done: u.done, overdue: u.overdue, percentDone: u.percentDone,
      reported: u.reported !== null, flags: u.flags,
    })),
  };
}
