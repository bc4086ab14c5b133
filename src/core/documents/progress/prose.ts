/**
 * The progress report's counting prose (issue 19, point 7), shared by the memo and the report so
 * that both count alike: percentages as a reader computes them, the statuses whose count is not
 * zero, the one count of unfinished measures.
 */
import { PROGRESS_STATUSES } from '../../engine/types';
import { roundHalfUp } from '../../engine/numbers';
import type { MeasureProgress } from '../../engine/progress';
import type { Lang, Params } from '../../i18n';

/** What the prose needs of the report's Writer (build.ts): its language, catalog words and numbers in its digits. */
interface Writer {
  readonly lang: Lang;
  tx(key: string, params?: Params): string;
  int(n: number | string): string;
  num(n: number): string;
}

export type StatusShares = Record<(typeof PROGRESS_STATUSES)[number], number>;

/**
 * Each status's share of the active measures, rounded half up as a reader computes it from the
 * counts (1 of 7 is 14.29), each on its own. The total row states 100.00, the whole: the rows may
 * add up to 100.01 or 99.99, as they do in any hand-made table, and no reader is shown a 14.28.
 */
export function statusShares(p: MeasureProgress): StatusShares {
  const share = (n: number) => (p.active ? roundHalfUp((n / p.active) * 100, 2) : 0);
  return Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, share(p.byStatus[s])])) as StatusShares;
}

/** Measures neither done nor cancelled: what the memo and the report say is carried on or followed up. */
export const unfinishedCount = (p: MeasureProgress): number => p.byStatus.not_started + p.byStatus.in_progress;

/** "a b และc" (Thai) / "a, b and c". */
export function joinList(w: Writer, items: string[]): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  return w.lang === 'th' ? `${items.slice(0, -1).join(' ')} และ${last}` : `${items.slice(0, -1).join(', ')} and ${last}`;
}

/** The statuses with a count, in order (done with its percentage): zero counts are left out of prose. */
export function statusesPhrase(w: Writer, p: MeasureProgress, shares: StatusShares): string {
  if (p.active === 0) return w.tx('prose.allCancelled');
  // Done first (with its percentage), as the seeds' memos read; then in progress, then not started.
  const parts = (['done', 'in_progress', 'not_started'] as const).filter((s) => p.byStatus[s] > 0)
    .map((s) => w.tx(`prose.${s}`, { count: w.int(p.byStatus[s]), percent: w.num(shares[s]) }));
  return joinList(w, parts);
}

/** The summary's sentence on what is done: the count and its percentage, or that none is done yet. */
export function donePhrase(w: Writer, p: MeasureProgress, shares: StatusShares): string {
  if (p.active === 0) return w.tx('prose.allCancelled');
  return p.byStatus.done > 0 ? w.tx('prose.done', { count: w.int(p.byStatus.done), percent: w.num(shares.done) }) : w.tx('prose.noneDone');
}

/** "ยกเลิก ๑ มาตรการ … คงเหลือ… ๖ มาตรการ " when some (not all) measures were cancelled: they leave the percentages. */
export const cancelledPart = (w: Writer, p: MeasureProgress): string =>
  (p.byStatus.cancelled && p.active ? w.tx('report.cancelledPart', { cancelled: w.int(p.byStatus.cancelled), active: w.int(p.active) }) : '');
