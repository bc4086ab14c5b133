import { largestRemainder, round2 } from '../../src/core/engine/numbers';

const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

describe('largestRemainder: percentages that add up to the total shown', () => {
  it('1, 3, 3 of 7: 14.28 + 42.86 + 42.86 = 100.00 (rounding each gives 100.01)', () => {
    expect([1, 3, 3].map((n) => round2((n / 7) * 100))).toEqual([14.29, 42.86, 42.86]);
    expect(largestRemainder([1, 3, 3])).toEqual([14.28, 42.86, 42.86]);
  });

  it('1, 1, 1 of 3: one share takes the leftover hundredth (the first of equal remainders)', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
  });

  it('exact shares stay exact; zeros stay 0; no counts at all is all 0', () => {
    expect(largestRemainder([1, 1, 2])).toEqual([25, 25, 50]);
    expect(largestRemainder([0, 5, 0])).toEqual([0, 100, 0]);
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainder([])).toEqual([]);
  });

  it('always adds up to the total, whatever the counts (2 to 5 statuses, up to 25 measures)', () => {
    for (let n = 1; n <= 25; n++) {
      for (let a = 0; a <= n; a++) {
        for (let b = 0; a + b <= n; b++) {
          const counts = [a, b, n - a - b];
          const shares = largestRemainder(counts);
          expect(sum(shares)).toBe(100);
          // Each share is within one hundredth of its exact value.
          shares.forEach((s, i) => expect(Math.abs(s - (counts[i] / n) * 100)).toBeLessThan(0.01 + 1e-9));
        }
      }
    }
    expect(sum(largestRemainder([3, 4, 5, 6, 9], 100, 1))).toBe(100);
  });
});
