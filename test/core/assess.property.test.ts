import fc from 'fast-check';
import { computeTotals, rankIndicators, weakIndicators } from '../../src/core/engine/assess';
import type { Tool } from '../../src/core/engine/types';

const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const TOOLS_BY_CODE: Tool[] = ['IIT', 'IIT', 'IIT', 'IIT', 'IIT', 'EIT', 'EIT', 'EIT', 'OIT', 'OIT'];
const WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];
const framework = fc.array(score, { minLength: 10, maxLength: 10 }).map((scores) =>
  scores.map((s, i) => ({ code: String(i + 1), name: `ตัวชี้วัด ${i + 1}`, tool: TOOLS_BY_CODE[i], weight: WEIGHTS[i], score: s })));

describe('ranking invariants', () => {
  it('is a permutation, ordered by score, with competition ranks', () => {
    fc.assert(fc.property(framework, (items) => {
      const ranked = rankIndicators(items);
      expect(ranked.map((r) => r.code).sort()).toEqual(items.map((i) => i.code).sort());
      ranked.forEach((r, i) => {
        if (i === 0) expect(r.rank).toBe(1);
        else if (r.score === ranked[i - 1].score) expect(r.rank).toBe(ranked[i - 1].rank);
        else {
          expect(r.score).toBeLessThan(ranked[i - 1].score);
          expect(r.rank).toBe(i + 1);
        }
      });
    }));
  });
  it('orders ties by code, naturally (2 before 10)', () => {
    fc.assert(fc.property(score, (s) => {
      const ranked = rankIndicators(['10', '2', '1'].map((code) => ({ code, name: code, score: s })));
      expect(ranked.map((r) => [r.rank, r.code])).toEqual([[1, '1'], [1, '2'], [1, '10']]);
    }));
  });
});

describe('total invariants', () => {
  it('lies between the lowest and highest score, and equals Σ weight × score / 100', () => {
    fc.assert(fc.property(framework, (items) => {
      const { total } = computeTotals(items);
      const scores = items.map((i) => i.score);
      expect(total).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
      expect(total).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
      expect(total).toBeCloseTo(items.reduce((a, i) => a + (i.weight * i.score) / 100, 0), 9);
    }));
  });
  it('is the 30/30/40 weighted mean of the tool scores', () => {
    fc.assert(fc.property(framework, (items) => {
      const { total, tools } = computeTotals(items);
      expect(total).toBeCloseTo(0.3 * (tools.IIT as number) + 0.3 * (tools.EIT as number) + 0.4 * (tools.OIT as number), 9);
    }));
  });
  it('never falls when one score rises', () => {
    fc.assert(fc.property(framework, fc.integer({ min: 0, max: 9 }), score, (items, i, up) => {
      const raised = items.map((it, j) => (j === i ? { ...it, score: Math.max(it.score, up) } : it));
      expect(computeTotals(raised).total).toBeGreaterThanOrEqual(computeTotals(items).total - 1e-9);
    }));
  });
});

describe('indicators to develop', () => {
  it('with N: the N lowest, lowest first', () => {
    fc.assert(fc.property(framework, fc.integer({ min: 0, max: 10 }), (items, n) => {
      const weak = weakIndicators(items, { weakCount: n, passThreshold: 85 });
      expect(weak).toHaveLength(n);
      const scoreOf = (c: string) => items.find((i) => i.code === c)!.score;
      for (let k = 1; k < weak.length; k++) expect(scoreOf(weak[k])).toBeGreaterThanOrEqual(scoreOf(weak[k - 1]));
      const rest = items.filter((i) => !weak.includes(i.code));
      if (weak.length && rest.length) expect(Math.min(...rest.map((r) => r.score))).toBeGreaterThanOrEqual(scoreOf(weak[weak.length - 1]));
    }));
  });
  it('without N: exactly those below the threshold', () => {
    fc.assert(fc.property(framework, (items) => {
      const weak = weakIndicators(items, { weakCount: null, passThreshold: 85 });
      expect(new Set(weak)).toEqual(new Set(items.filter((i) => i.score < 85).map((i) => i.code)));
    }));
  });
});
