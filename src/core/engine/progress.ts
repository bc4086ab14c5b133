/**
 * Progress of a unit-year's measures: counts by status, overdue, percent done, and
 * coverage (indicators to develop that no measure addresses).
 */
import type { CalendarDate, Measure, Status } from './types';
import { isOverdue } from './measure-fields';
import { round2 } from './numbers';

export interface MeasureProgress {
  total: number;
  byStatus: Record<Status, number>;
  overdue: number;
  /** Measures not cancelled: the denominator of `percentDone`. */
  active: number;
  /** Percent of the active (not cancelled) measures done, 2 decimals; 0 when there are none. */
  percentDone: number;
}

export function summarizeMeasures(measures: Measure[], asOf: CalendarDate): MeasureProgress {
  const byStatus: Record<Status, number> = { not_started: 0, in_progress: 0, done: 0, cancelled: 0 };
  let overdue = 0;
  for (const m of measures) {
    byStatus[m.status]++;
    if (isOverdue(m, asOf)) overdue++;
  }
  const total = measures.length;
  const active = total - byStatus.cancelled;
  return { total, byStatus, overdue, active, percentDone: active ? round2((byStatus.done / active) * 100) : 0 };
}

/** For each indicator to develop, the measures that address it (lowest indicator first). */
export function coverage(weak: string[], measures: Measure[]): { code: string; measures: Measure[] }[] {
  return weak.map((code) => ({ code, measures: measures.filter((m) => m.indicators.includes(code)) }));
}

/** Indicators to develop that no measure addresses. */
export const uncovered = (weak: string[], measures: Measure[]): string[] =>
  coverage(weak, measures).filter((c) => c.measures.length === 0).map((c) => c.code);

/** The measures of one unit and fiscal year, in sheet order. */
export const measuresOf = (measures: Measure[], unit: string, fiscalYear: number): Measure[] =>
  measures.filter((m) => m.unit === unit && m.year === fiscalYear);
