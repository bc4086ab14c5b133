/**
 * The one as-of rule: which day a progress report or the district overview describes, and each
 * measure's status on that day. Every path (the Google Doc, the .docx, the sidebar, the overview,
 * the CLI) calls these, so a round-3 report made in June shows December's picture everywhere.
 */
import type { CalendarDate, Measure, Status } from './types';
import { compareDates, roundRange, toCalendarDate, type RoundMonths } from './calendar';
import { isOverdue } from './measure-fields';

export interface AsOfInput {
  fiscalYear: number;
  round: RoundMonths;
  /** Today in Bangkok. */
  today: CalendarDate;
  /** An explicit date (`--as-of`, the sidebar field, `generateReport`'s option) wins. */
  override?: CalendarDate | null;
}

/**
 * The day a round's report describes: the round's last day once that day has passed, today
 * while the round is still running, or the override when one is given.
 */
export function asOfDate({ fiscalYear, round, today, override }: AsOfInput): CalendarDate {
  if (override) return override;
  const { end } = roundRange(fiscalYear, round);
  return compareDates(today, end) > 0 ? end : today;
}

export interface StatusAt {
  status: Status;
  /**
   * True when the measure is done today, the day is in the past and nothing tells when it was
   * done (no วันที่แล้วเสร็จ, no date in the status, no แก้ไขล่าสุด stamp on or before the day):
   * the current status stands, and the person making the report is told.
   */
  uncertain: boolean;
}

/**
 * A measure's status on `asOf`, from what the sheet records:
 * - done on a date after `asOf` → in progress on `asOf` (the work was under way, not finished);
 * - done with no date, when `asOf` is before today → done if the row was last edited on or
 *   before `asOf` (the status was already there), otherwise uncertain: done stands;
 * - any other status stands (the sheet keeps no history of them).
 */
export function statusAt(m: Pick<Measure, 'status' | 'doneOn' | 'updated'>, asOf: CalendarDate, today: CalendarDate): StatusAt {
  if (m.status !== 'done') return { status: m.status, uncertain: false };
  if (m.doneOn) return { status: compareDates(m.doneOn, asOf) > 0 ? 'in_progress' : 'done', uncertain: false };
  if (compareDates(asOf, today) >= 0) return { status: 'done', uncertain: false };
  if (m.updated && compareDates(toCalendarDate(m.updated), asOf) <= 0) return { status: 'done', uncertain: false };
  return { status: 'done', uncertain: true };
}

export interface MeasuresAsOf {
  /** The measures with `status` as it stood on `asOf` (the rest of each measure unchanged). */
  measures: Measure[];
  /** Those whose status could not be reconstructed (see `statusAt`), in sheet order. */
  uncertain: Measure[];
}

/** Every measure's status on `asOf`; the input is not changed. */
export function measuresAsOf(measures: Measure[], asOf: CalendarDate, today: CalendarDate): MeasuresAsOf {
  const out: Measure[] = [];
  const uncertain: Measure[] = [];
  for (const m of measures) {
    const at = statusAt(m, asOf, today);
    out.push(at.status === m.status ? m : { ...m, status: at.status });
    if (at.uncertain) uncertain.push(m);
  }
  return { measures: out, uncertain };
}

/** Overdue on `asOf`, judged on the status at that day. */
export const isOverdueAsOf = (m: Measure, asOf: CalendarDate, today: CalendarDate): boolean =>
  isOverdue({ status: statusAt(m, asOf, today).status, due: m.due }, asOf);
