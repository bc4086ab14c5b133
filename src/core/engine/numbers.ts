/** Number helpers shared by the engine and the renderers. */

/**
 * Rounds half away from zero to `places` decimals, as people round published scores
 * (87.5656 → 87.57). The epsilon absorbs binary artefacts such as 1.005 → 1.0049999.
 */
export function roundHalfUp(value: number, places = 2): number {
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Two decimals, the precision of every published ITA figure. */
export const round2 = (value: number): number => roundHalfUp(value, 2);

/**
 * Shares of `total` rounded to `places` decimals so that they add up to it exactly (the
 * largest-remainder method): each share is rounded down, then the units left over go one each
 * to the shares with the largest remainders (ties: the earlier share). A table whose rows say
 * 14.29 + 42.86 + 42.86 under a total of 100.00 is wrong by 0.01; this one is not.
 * All counts 0 (or none): every share 0.
 */
export function largestRemainder(counts: number[], total = 100, places = 2): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  const unit = 10 ** places;
  const exact = counts.map((c) => (c / sum) * total * unit);
  // The 1e-9 absorbs binary artefacts (an exact 25.00 seen as 24.999999…).
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = Math.round(total * unit) - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors.map((f) => f / unit);
}
