import { statusShares } from '../../src/core/documents/progress/prose';
import type { MeasureProgress } from '../../src/core/engine/progress';

/** A progress summary with these counts (not started, in progress, done, cancelled). */
const progress = (notStarted: number, inProgress: number, done: number, cancelled = 0): MeasureProgress => {
  const total = notStarted + inProgress + done + cancelled;
  const active = total - cancelled;
  return { total, active, overdue: 0, byStatus: { not_started: notStarted, in_progress: inProgress, done, cancelled }, percentDone: 0 };
};

// Issue 19: each percentage is the reader's own rounding of count / active × 100 (half up), so an
// official who checks 1 of 7 with a calculator finds ๑๔.๒๙ — the largest-remainder shares printed
// before (๑๔.๒๘ to make the rows add up) read as a mistake. The total row states ๑๐๐.๐๐.
describe('statusShares: each percentage as a reader rounds it', () => {
  it('1 done, 3 in progress, 3 not started of 7: 14.29, 42.86, 42.86 (rows 100.01, the total row says 100.00)', () => {
    expect(statusShares(progress(3, 3, 1))).toEqual({ not_started: 42.86, in_progress: 42.86, done: 14.29 });
  });

  it('1, 1, 1 of 3: 33.33 each, none takes a leftover hundredth', () => {
    expect(statusShares(progress(1, 1, 1))).toEqual({ not_started: 33.33, in_progress: 33.33, done: 33.33 });
  });

  it('half up: 1 of 8 is 12.50, 1 of 16 is 6.25, 1 of 6 is 16.67, 5 of 6 is 83.33', () => {
    expect(statusShares(progress(7, 0, 1)).done).toBe(12.5);
    expect(statusShares(progress(15, 0, 1)).done).toBe(6.25);
    expect(statusShares(progress(5, 0, 1)).done).toBe(16.67);
    expect(statusShares(progress(1, 0, 5)).done).toBe(83.33);
  });

  it('cancelled measures leave the denominator; exact shares stay exact; no active measure is all 0', () => {
    expect(statusShares(progress(1, 1, 2, 3))).toEqual({ not_started: 25, in_progress: 25, done: 50 });
    expect(statusShares(progress(0, 5, 0))).toEqual({ not_started: 0, in_progress: 100, done: 0 });
    expect(statusShares(progress(0, 0, 0, 2))).toEqual({ not_started: 0, in_progress: 0, done: 0 });
  });

  it('each share is the count over the active measures rounded half up, for every split of up to 25 measures', () => {
    for (let n = 1; n <= 25; n++) {
      for (let a = 0; a <= n; a++) {
        for (let b = 0; a + b <= n; b++) {
          const shares = statusShares(progress(a, b, n - a - b));
          const exact = [a, b, n - a - b].map((c) => (c / n) * 100);
          [shares.not_started, shares.in_progress, shares.done].forEach((s, i) => {
            expect(Math.abs(s - exact[i])).toBeLessThanOrEqual(0.005 + 1e-9);
            expect(Math.round(s * 100)).toBe(Math.floor(exact[i] * 100 + 0.5 + 1e-9));
          });
        }
      }
    }
  });
});
