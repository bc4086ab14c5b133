/** What the person making a report must be told (never the document): uncertain statuses, dates that look wrong. */
import type { ReportDoc } from '../model';
import { msg, type Bilingual } from '../../i18n';
import type { CalendarDate } from '../../engine/types';

/**
 * What the person making the report must be told (never the document): measures done with no
 * date, whose status on the as-of day could not be reconstructed. null when there are none.
 */
export function uncertainWarning(doc: ReportDoc): Bilingual | null {
  if (doc.meta.uncertain.length === 0) return null;
  const d = doc.meta.asOf;
  return msg('report.warning.uncertain', {
    count: doc.meta.uncertain.length, list: doc.meta.uncertain.join('; '),
    asOf: `${d.day}/${d.month}/${d.year + 543}`,
  });
}

/** Days from `a` to `b` (calendar dates, no time zone involved). */
const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** A memo or signature dated this long after the round's last day is more likely a wrong year or --date. */
export const LATE_SIGNING_DAYS = 60;

const beDate = (d: CalendarDate): string => `${d.day}/${d.month}/${d.year + 543}`;

/**
 * Everything the person making the report must be told and the document must not say, one
 * message each: statuses that could not be told at the as-of day (uncertainWarning), indicators
 * to develop that no measure addresses (the advice to add measures), a signing date long after
 * the round, measures done or in progress whose result is blank. The CLI writes one stderr line
 * each; generateReport and the sidebar carry them joined as `warning` (reportWarning).
 */
export function reportWarnings(doc: ReportDoc): Bilingual[] {
  const out: Bilingual[] = [];
  const uncertain = uncertainWarning(doc);
  if (uncertain) out.push(uncertain);
  const m = doc.meta;
  if (m.uncovered?.length) out.push(msg('report.warning.uncovered', { list: m.uncovered.join(', ') }));
  if (m.roundEnd && daysBetween(m.roundEnd, m.date) > LATE_SIGNING_DAYS) {
    out.push(msg('report.warning.lateDate', { date: beDate(m.date), roundEnd: beDate(m.roundEnd) }));
  }
  if (m.noResult?.length) out.push(msg('report.warning.noResult', { list: m.noResult.join(', ') }));
  return out;
}

/** reportWarnings as one message (a line each), or null: the `warning` of generateReport and the sidebar. */
export function reportWarning(doc: ReportDoc): Bilingual | null {
  const all = reportWarnings(doc);
  return all.length ? { th: all.map((x) => x.th).join('\n'), en: all.map((x) => x.en).join('\n') } : null;
}
