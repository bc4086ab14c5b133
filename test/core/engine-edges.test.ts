/**
 * The engine's edges the seed-figure tests leave open (the mutation run, issue 17): the order
 * of units and years, the warnings an assessment carries, official totals against computed ones,
 * a unit-year that cannot be assessed, weights of zero, ranking units with ties.
 * Seed 000's real scores (อบต.นิคมคำสร้อย, ITA 2565: total 87.57) wherever they fit.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { assessAll, computeTotals, rankUnits, weakIndicators } from '../../src/core/engine/assess';
import type { Assessment, ScoreEntry } from '../../src/core/engine/types';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const { frameworks, settings } = analyse(seedWorkbook()).workbook;
const cell = { sheet: 'คะแนน', row: 2, column: 4 };
const entries = (unit: string, year: number, scores: Record<string, number>, total?: number): ScoreEntry[] => [
  ...Object.entries(scores).map(([code, score]) => ({ unit, year, code, score, cell })),
  ...(total === undefined ? [] : [{ unit, year, code: null, score: total, cell }]),
];
const shifted = (by: number): Record<string, number> =>
  Object.fromEntries(Object.entries(SEED000_SCORES).map(([code, s]) => [code, Math.round((s + by) * 100) / 100]));
const only = (list: Assessment[]): Assessment => {
  expect(list).toHaveLength(1);
  return list[0];
};

describe('assessAll: which unit-years, in which order', () => {
  it('orders units as the หน่วยงาน sheet lists them, then the others in Thai dictionary order (เทศบาล under ท), each unit\'s years ascending', () => {
    const scores = [
      ...entries('เทศบาลตำบลข', 2566, SEED000_SCORES), ...entries('อบต.ก', 2566, SEED000_SCORES),
      ...entries('อบต.ค', 2566, SEED000_SCORES), ...entries('อบต.ค', 2565, SEED000_SCORES),
    ];
    expect(assessAll(scores, frameworks, settings, ['อบต.ค']).map((a) => `${a.unit} ${a.year}`))
      .toEqual(['อบต.ค 2565', 'อบต.ค 2566', 'เทศบาลตำบลข 2566', 'อบต.ก 2566']);
    expect(assessAll(scores, frameworks, settings).map((a) => `${a.unit} ${a.year}`))
      .toEqual(['เทศบาลตำบลข 2566', 'อบต.ก 2566', 'อบต.ค 2565', 'อบต.ค 2566']);
  });

  it('leaves out a unit-year with only its official total, and a year before every framework', () => {
    const scores = [...entries(SEED000_UNIT, 2566, {}, 88.1), ...entries(SEED000_UNIT, 2560, SEED000_SCORES), ...entries(SEED000_UNIT, 2565, SEED000_SCORES)];
    expect(assessAll(scores, frameworks, settings).map((a) => a.year)).toEqual([2565]);
  });

  it('compares each year with the unit\'s year before it: indicator changes and the total\'s', () => {
    const [first, second] = assessAll([...entries(SEED000_UNIT, 2565, SEED000_SCORES), ...entries(SEED000_UNIT, 2566, shifted(1.25))], frameworks, settings);
    expect(first.previousYear).toBeNull();
    expect(first.totalChange).toBeNull();
    expect(first.ranking.every((r) => r.change === null)).toBe(true);
    expect(second.previousYear).toBe(2565);
    expect(second.totalChange).toBe(1.25);
    expect(second.ranking.map((r) => r.change)).toEqual(second.ranking.map(() => 1.25));
  });
});

describe('the warnings an assessment carries', () => {
  it('names the indicators without a score, and totals the ones present', () => {
    const partial = { ...SEED000_SCORES };
    delete partial['3'];
    delete partial['7'];
    const a = only(assessAll(entries(SEED000_UNIT, 2565, partial), frameworks, settings));
    expect(a.warnings.map((w) => w.th)).toEqual(['ไม่มีคะแนนตัวชี้วัด 3, 7 จึงคำนวณคะแนนรวมจากตัวชี้วัดที่มี']);
    expect(a.ranking.map((r) => r.code)).not.toContain('3');
    // Σ weight × score over the eight present, by their own weights (written here, not the engine's rule).
    const weights = new Map(frameworks[0].indicators.map((i) => [i.code, i.weight]));
    const present = Object.entries(partial);
    const expected = present.reduce((acc, [c, s]) => acc + (weights.get(c) as number) * s, 0) / present.reduce((acc, [c]) => acc + (weights.get(c) as number), 0);
    expect(a.total).toBe(Math.round(expected * 100) / 100);
    expect(a.total).toBe(88.3);
  });

  it('names a tool with no score at all, and holds the level at ผ่าน', () => {
    const noOit = Object.fromEntries(Object.entries(SEED000_SCORES).filter(([code]) => !['9', '10'].includes(code)));
    const a = only(assessAll(entries(SEED000_UNIT, 2566, shifted(5)).filter((s) => s.code === null || noOit[s.code] !== undefined), frameworks, settings));
    expect(a.tools.OIT).toBeNull();
    // Where the framework names the tool: the ตัวชี้วัด sheet's cell.
    expect(a.warnings.map((w) => w.th)).toEqual(['ไม่มีคะแนนตัวชี้วัด 9, 10 จึงคำนวณคะแนนรวมจากตัวชี้วัดที่มี', 'ไม่มีคะแนนเครื่องมือ OIT (ตัวชี้วัด!D10): ระดับไม่เกินผ่าน']);
    expect(a.levelKey).toBe('pass');
  });

  it('reports an official total that differs from the computed one by more than rounding, and says by how much', () => {
    const a = only(assessAll(entries(SEED000_UNIT, 2565, SEED000_SCORES, 88.1), frameworks, settings));
    expect(a.total).toBe(88.1);
    expect(a.officialTotal).toBe(88.1);
    expect(a.computedTotal).toBe(87.57);
    expect(a.warnings.map((w) => w.th)).toEqual(['คะแนนรวมทางการ 88.10 ต่างจากที่คำนวณได้ 87.57 (0.53) จึงรายงานคะแนนทางการ']);
  });

  it('takes an official total within rounding (87.57 for 87.5656) silently, and an official total below the computed one with its sign', () => {
    expect(only(assessAll(entries(SEED000_UNIT, 2565, SEED000_SCORES, 87.57), frameworks, settings)).warnings).toEqual([]);
    const lower = only(assessAll(entries(SEED000_UNIT, 2565, SEED000_SCORES, 87.1), frameworks, settings));
    expect(lower.warnings.map((w) => w.th)).toEqual(['คะแนนรวมทางการ 87.10 ต่างจากที่คำนวณได้ 87.57 (-0.47) จึงรายงานคะแนนทางการ']);
  });

  it('rounds each tool as published: two decimals', () => {
    const a = only(assessAll(entries(SEED000_UNIT, 2565, SEED000_SCORES), frameworks, settings));
    expect(a.tools).toEqual({ IIT: 91.99, EIT: 84.71, OIT: 86.39 });
  });
});

describe('computeTotals and weakIndicators at their edges', () => {
  it('a tool whose weights are all zero has no score; no weight at all gives a total of 0, never NaN', () => {
    const items = [
      { code: '1', name: 'ก', tool: 'IIT', weight: 0, score: 90 },
      { code: '2', name: 'ข', tool: 'EIT', weight: 10, score: 80 },
    ];
    expect(computeTotals(items)).toEqual({ total: 80, tools: { IIT: null, EIT: 80 } });
    expect(computeTotals(items.map((i) => ({ ...i, weight: 0 })))).toEqual({ total: 0, tools: { IIT: null, EIT: null } });
    expect(computeTotals([], ['IIT'])).toEqual({ total: 0, tools: { IIT: null } });
  });

  it('an indicator at exactly the pass threshold (85.00, or 84.995 published as 85.00) is not one to develop', () => {
    const items = [{ code: '1', score: 85 }, { code: '2', score: 84.995 }, { code: '3', score: 84.99 }];
    expect(weakIndicators(items, { weakCount: null, passThreshold: 85 })).toEqual(['3']);
    expect(weakIndicators(items, { weakCount: 2, passThreshold: 85 })).toEqual(['3', '2']);
  });
});

describe('rankUnits', () => {
  it('ranks each year\'s units by total, ties sharing a rank and ordered by name; years ascending', () => {
    const scores = [
      ...entries('อบต.ข', 2566, SEED000_SCORES), ...entries('อบต.ก', 2566, SEED000_SCORES),
      ...entries('อบต.ค', 2566, shifted(2)), ...entries('อบต.ก', 2565, shifted(-1)),
    ];
    const ranks = rankUnits(assessAll(scores, frameworks, settings));
    expect(Object.keys(ranks)).toEqual(['2565', '2566']);
    expect(ranks['2566'].map((r) => [r.rank, r.unit, r.total])).toEqual([[1, 'อบต.ค', 89.57], [2, 'อบต.ก', 87.57], [2, 'อบต.ข', 87.57]]);
    expect(ranks['2565'].map((r) => [r.rank, r.unit])).toEqual([[1, 'อบต.ก']]);
    expect(rankUnits([])).toEqual({});
  });
});
