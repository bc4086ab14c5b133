/**
 * The district overview: for one fiscal year and one as-of day, where every unit stands —
 * its ITA result, its measures by status, overdue, % done, whether the round's report is in
 * ประวัติรายงาน, its last edit — and what needs attention, as stable flags. The ภาพรวม sheet,
 * the sidebar's district card and `ita status` all show this one computation.
 *
 * Statuses and overdue are judged on the as-of day by as-of.ts, exactly as the progress
 * report judges them; cancelled measures are counted apart and left out of % done.
 * Pure: no Apps Script globals, no Node APIs.
 */
import type { Analysis } from '../workbook/analyse';
import type { Assessment, CalendarDate, Measure } from '../engine/types';
import type { LevelKey } from '../engine/levels';
import type { ReportLogEntry } from '../workbook/report-log';
import { asOfDate, measuresAsOf } from '../engine/as-of';
import { summarizeMeasures } from '../engine/progress';
import { compareDates, fiscalYearOf, roundRange, toCalendarDate, ROUNDS, type RoundMonths } from '../engine/calendar';
import { normalizeName } from '../workbook/sheets';

/**
 * What needs attention, most serious first (this order is also the sort order):
 * - noMeasures: no measure entered for the fiscal year;
 * - overdue: some measure past its due day and not done on the as-of day;
 * - noReport: the round has ended and ประวัติรายงาน has no progress report for it;
 * - noScores: no ITA result the year's measures could answer (no scores before that year).
 */
export type OverviewFlag = 'noMeasures' | 'overdue' | 'noReport' | 'noScores';
export const OVERVIEW_FLAGS: readonly OverviewFlag[] = ['noMeasures', 'overdue', 'noReport', 'noScores'];

export interface OverviewReport {
  /** The document's link ('' when the log row has none). */
  link: string;
  /** When it was logged (Bangkok day), null when the log's time cell is not a date. */
  date: CalendarDate | null;
}

export interface UnitOverview {
  unit: string;
  /** The ITA year whose result the fiscal year's measures answer; null: none. */
  itaYear: number | null;
  total: number | null;
  /** Level as published (Thai for rating levels, "A"… for grades). */
  level: string | null;
  levelKey: LevelKey | null;
  measures: number;
  done: number;
  inProgress: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
  /** Of the measures not cancelled; 0 when there are none. */
  percentDone: number;
  /** Measures done today whose status on the as-of day could not be told (as-of.ts `uncertain`). */
  uncertain: number;
  /** The round's progress report in ประวัติรายงาน (the latest one), null when there is none. */
  reported: OverviewReport | null;
  /** The latest แก้ไขล่าสุด stamp of the unit's measures of the year, null when none is stamped. */
  lastEdit: Date | null;
  flags: OverviewFlag[];
}

export interface Overview {
  fiscalYear: number;
  /** The round whose report is looked for. */
  round: RoundMonths;
  /** The day statuses and overdue are judged on. */
  asOf: CalendarDate;
  /** The round's last day has passed (on the as-of day asked for, else today). */
  roundEnded: boolean;
  /** Attention first (see `compareAttention`). */
  units: UnitOverview[];
  /** Units with at least one flag. */
  needingAttention: number;
}

export interface OverviewOptions {
  /** Today in Bangkok. */
  today: CalendarDate;
  /** Default: Settings' fiscal year, else the one of today. */
  fiscalYear?: number;
  /** A round (`--round`): the picture on its as-of day (as-of.ts), and its report looked for. */
  round?: RoundMonths;
  /** A day (`--as-of`): the picture on that day, and the report of the latest round ended before it. */
  asOf?: CalendarDate | null;
}

/**
 * The round a day looks back on: the latest round of the fiscal year whose last day is before
 * `day` (its report is due), 12 once the year is over, 3 while the first round is running.
 */
export function roundDueAt(fiscalYear: number, day: CalendarDate): RoundMonths {
  let due: RoundMonths = 3;
  for (const r of ROUNDS) if (compareDates(day, roundRange(fiscalYear, r).end) > 0) due = r;
  return due;
}

/**
 * Fiscal year, round and as-of day. With a round and no day, the day is the round's (its last
 * day once passed, asOfDate); otherwise the day asked for, or today when nothing is asked: the
 * live picture the district checks every month, with the report of the round last ended (once
 * the fiscal year is over, its last day and the 12-month report).
 */
export function overviewPeriod(analysis: Pick<Analysis, 'workbook'>, options: OverviewOptions): { fiscalYear: number; round: RoundMonths; asOf: CalendarDate; roundEnded: boolean } {
  const { today } = options;
  const fiscalYear = options.fiscalYear ?? analysis.workbook.settings.fiscalYear ?? fiscalYearOf(today);
  // Nothing asked: today, but a year already over is seen on its last day (round 12's as-of day).
  const yearOver = compareDates(today, roundRange(fiscalYear, 12).end) > 0;
  const override = options.asOf ?? (options.round === undefined && !yearOver ? today : null);
  const reference = override ?? today;
  const round = options.round ?? roundDueAt(fiscalYear, reference);
  const asOf = asOfDate({ fiscalYear, round, today, override });
  return { fiscalYear, round, asOf, roundEnded: compareDates(reference, roundRange(fiscalYear, round).end) > 0 };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The assessment the fiscal year's measures answer: the unit's latest ITA year before it. */
function answeredAssessment(assessments: Assessment[] | undefined, fiscalYear: number): Assessment | null {
  let best: Assessment | null = null;
  for (const a of assessments ?? []) if (a.year < fiscalYear && (!best || a.year > best.year)) best = a;
  return best;
}

/** The latest progress report of the round in the log (log order breaks ties of time). */
function roundReport(entries: ReportLogEntry[] | undefined, fiscalYear: number, round: RoundMonths): OverviewReport | null {
  let found: ReportLogEntry | null = null;
  for (const e of entries ?? []) {
    if (e.kind !== 'progress' || e.year !== fiscalYear || e.round !== round) continue;
    if (!found || e.time >= found.time) found = e;
  }
  if (!found) return null;
  const at = found.time ? new Date(found.time) : null; // ISO instants: their Bangkok day
  return { link: found.link, date: at && !isNaN(at.getTime()) ? toCalendarDate(at) : null };
}

function latestEdit(measures: Measure[]): Date | null {
  let latest: Date | null = null;
  for (const m of measures) if (m.updated && !isNaN(m.updated.getTime()) && (!latest || m.updated > latest)) latest = m.updated;
  return latest;
}

function unitOverview(
  unit: string, measures: Measure[], assessment: Assessment | null, report: OverviewReport | null,
  period: { asOf: CalendarDate; roundEnded: boolean }, today: CalendarDate,
): UnitOverview {
  const atDay = measuresAsOf(measures, period.asOf, today);
  const p = summarizeMeasures(atDay.measures, period.asOf);
  const flags: OverviewFlag[] = [];
  if (p.total === 0) flags.push('noMeasures');
  if (p.overdue > 0) flags.push('overdue');
  if (period.roundEnded && !report) flags.push('noReport');
  if (!assessment) flags.push('noScores');
  return {
    unit,
    itaYear: assessment ? assessment.year : null,
    total: assessment ? assessment.total : null,
    level: assessment ? assessment.level : null,
    levelKey: assessment ? assessment.levelKey : null,
    measures: p.total,
    done: p.byStatus.done,
    inProgress: p.byStatus.in_progress,
    notStarted: p.byStatus.not_started,
    cancelled: p.byStatus.cancelled,
    overdue: p.overdue,
    percentDone: p.percentDone,
    uncertain: atDay.uncertain.length,
    reported: report,
    lastEdit: latestEdit(measures),
    flags,
  };
}

const FLAG_RANK = new Map(OVERVIEW_FLAGS.map((f, i) => [f, i]));

/**
 * Attention first: the most serious flag (no measures, overdue, no report, no scores; units
 * without flags last), then more flags, then more overdue measures, then the lower % done;
 * ties keep the Units sheet's order (the sort is stable).
 */
export function compareAttention(a: UnitOverview, b: UnitOverview): number {
  const worst = (u: UnitOverview): number => (u.flags.length ? (FLAG_RANK.get(u.flags[0]) as number) : OVERVIEW_FLAGS.length);
  return worst(a) - worst(b) || b.flags.length - a.flags.length || b.overdue - a.overdue || a.percentDone - b.percentDone;
}

/**
 * Every unit of the Units sheet (those without measures too), from one analysis and the
 * report log. Measures, assessments and log rows are grouped once, so the work is linear in
 * the workbook's size.
 */
export function buildOverview(analysis: Pick<Analysis, 'workbook' | 'assessments'>, reportLog: ReportLogEntry[], options: OverviewOptions): Overview {
  const period = overviewPeriod(analysis, options);
  const measures = groupBy(analysis.workbook.measures.filter((m) => m.year === period.fiscalYear), (m) => m.unit);
  const assessments = groupBy(analysis.assessments, (a) => a.unit);
  // The log holds the names as typed when the report was made: matched leniently.
  const log = groupBy(reportLog, (e) => normalizeName(e.unit));
  const units = analysis.workbook.units.map((u) => unitOverview(
    u.name,
    measures.get(u.name) ?? [],
    answeredAssessment(assessments.get(u.name), period.fiscalYear),
    roundReport(log.get(normalizeName(u.name)), period.fiscalYear, period.round),
    period, options.today,
  ));
  units.sort(compareAttention);
  return { ...period, units, needingAttention: units.filter((u) => u.flags.length > 0).length };
}

/** A date or calendar day as YYYY-MM-DD (the Bangkok day of a Date). */
export function isoDay(d: CalendarDate | Date | null): string | null {
  if (!d) return null;
  const c = d instanceof Date ? toCalendarDate(d) : d;
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** The `ita status --json` object (README): dates as YYYY-MM-DD, flags as their English keys. */
export function overviewJson(o: Overview) {
  return {
    fiscalYear: o.fiscalYear,
    asOf: isoDay(o.asOf),
    units: o.units.map((u) => ({
      unit: u.unit, itaYear: u.itaYear, total: u.total, level: u.level,
      measures: u.measures, done: u.done, inProgress: u.inProgress, notStarted: u.notStarted, cancelled: u.cancelled,
      overdue: u.overdue, percentDone: u.percentDone,
      reported: u.reported ? { link: u.reported.link, date: isoDay(u.reported.date) } : null,
      lastEdit: isoDay(u.lastEdit),
      flags: [...u.flags],
    })),
  };
}
