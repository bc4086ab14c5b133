/**
 * Weights that differ within a tool (random, as a future framework may set them), against an
 * independent computation written here: each tool's score is Σ(weight × score) / Σ weight over
 * its indicators, the total the same over all of them. The existing property test gives every
 * indicator of a tool the same weight, where a plain mean looks right too.
 */
import fc from 'fast-check';
import { computeTotals } from '../../../src/core/engine/assess';
import { analyse } from '../../../src/core/workbook/analyse';
import { SHEETS } from '../../../src/core/workbook/template';
import type { Tool } from '../../../src/core/engine/types';
import { seedWorkbook, SEED000_UNIT } from '../../fixtures/seed000';

const TOOLS: Tool[] = ['IIT', 'EIT', 'OIT'];
const score = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
/** 3 to 12 indicators, each with a tool, a weight 0.5–40 (two decimals) and a score; every tool present. */
const items = fc.array(fc.record({ tool: fc.constantFrom(...TOOLS), weight: fc.integer({ min: 50, max: 4000 }).map((n) => n / 100), score }), { minLength: 3, maxLength: 12 })
  .map((list) => list.map((x, i) => ({ ...x, tool: i < 3 ? TOOLS[i] : x.tool, code: String(i + 1), name: `ตัวชี้วัด ${i + 1}` })));

/** Written here, not taken from the product. */
function weightedMean(list: { weight: number; score: number }[]): number {
  let num = 0;
  let den = 0;
  for (const x of list) { num += x.weight * x.score; den += x.weight; }
  return num / den;
}
/** Half-up to 2 decimals on the decimal text, so no shared helper hides a shared mistake. */
function published(x: number): number {
  const [whole, frac = ''] = (Math.round(x * 1e6) / 1e6).toFixed(6).split('.');
  const cents = Number(whole) * 100 + Number(frac.slice(0, 2)) + (Number(frac[2]) >= 5 ? 1 : 0);
  return cents / 100;
}

describe('totals with weights that differ within each tool', () => {
  it('each tool is the weighted mean of its own indicators; the total the weighted mean of all', () => {
    fc.assert(fc.property(items, (list) => {
      const { total, tools } = computeTotals(list);
      for (const tool of TOOLS) expect(tools[tool]).toBeCloseTo(weightedMean(list.filter((x) => x.tool === tool)), 9);
      expect(total).toBeCloseTo(weightedMean(list), 9);
    }), { numRuns: 300 });
  });

  it('a known case: IIT 10 × 100 and 30 × 60 is 70, not the plain mean 80', () => {
    const { tools, total } = computeTotals([
      { code: '1', name: 'a', tool: 'IIT', weight: 10, score: 100 }, { code: '2', name: 'b', tool: 'IIT', weight: 30, score: 60 },
      { code: '3', name: 'c', tool: 'EIT', weight: 60, score: 90 },
    ]);
    expect(tools.IIT).toBe(70);
    expect(tools.EIT).toBe(90);
    expect(tools.OIT ?? null).toBeNull(); // a tool with no indicators has no score
    expect(total).toBeCloseTo(82, 9); // (1000 + 1800 + 5400) / 100
  });

  it('through the Indicators and Scores sheets: the published tool scores and total match, to the hundredth', () => {
    fc.assert(fc.property(items, (list) => {
      const grids = seedWorkbook({
        year: 2567,
        scores: [SHEETS.scores.columns.map((c) => c.th), ...list.map((x) => [SEED000_UNIT, 2567, x.code, x.score])],
      });
      // The sheet checks that a framework's weights sum to 100: scale them so (in hundredths).
      const hundredths = list.map((x) => Math.round(x.weight * 100));
      const sum = hundredths.reduce((a, b) => a + b, 0);
      const scaled = hundredths.map((h) => Math.max(1, Math.floor((h * 10000) / sum)));
      scaled[0] += 10000 - scaled.reduce((a, b) => a + b, 0);
      list.forEach((x, i) => { x.weight = scaled[i] / 100; });
      grids.sheets[SHEETS.indicators.th] = [SHEETS.indicators.columns.map((c) => c.th), ...list.map((x) => [2562, x.code, x.name, x.tool, x.weight])];
      const analysis = analyse(grids);
      expect(analysis.problems).toEqual([]);
      const a = analysis.assessments[0];
      for (const tool of TOOLS) expect(a.tools[tool]).toBe(published(weightedMean(list.filter((x) => x.tool === tool))));
      expect(a.total).toBe(published(weightedMean(list)));
    }), { numRuns: 60 });
  });
});
