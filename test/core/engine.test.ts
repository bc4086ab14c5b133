import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { SEED000_ORDER, SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';
import { toolsHoldingLevel } from '../../src/core/engine/levels';

describe('seed 000 (ITA 2565, อบต.นิคมคำสร้อย)', () => {
  const analysis = analyse(seedWorkbook({ settings: { weak_count: 5 } }));
  const a = analysis.assessments[0];

  it('parses without problems', () => expect(analysis.problems).toEqual([]));
  it('computes the published total 87.57 (87.5656 rounded half-up)', () => {
    expect(a.total).toBe(87.57);
    expect(a.computedTotal).toBe(87.57);
    expect(a.officialTotal).toBeNull();
  });
  it('grades it A', () => expect(a.level).toBe('A'));
  it('ranks indicators exactly as the seed table does', () => {
    expect(a.ranking.map((r) => r.code)).toEqual(SEED000_ORDER);
    expect(a.ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(a.ranking[4]).toEqual({ rank: 5, code: '3', name: 'การใช้อำนาจ', score: 90.55, change: null });
  });
  it('finds highest 94.97 and lowest 79.63', () => {
    expect(a.highest).toEqual({ code: '1', name: 'การปฏิบัติหน้าที่', score: 94.97 });
    expect(a.lowest).toEqual({ code: '7', name: 'ประสิทธิภาพการสื่อสาร', score: 79.63 });
  });
  it('with weak_count 5 the indicators to develop are 7, 9, 8, 10, 6 (seed 000 lists the same five)', () => {
    expect(a.weak).toEqual(['7', '9', '8', '10', '6']);
  });
  it('computes tool scores as weighted means', () => {
    expect(a.tools.IIT).toBeCloseTo((94.97 + 91.65 + 90.55 + 90.66 + 92.13) / 5, 2);
    expect(a.tools.EIT).toBe(84.71); // (87.52 + 79.63 + 86.97) / 3 = 84.7066…
    expect(a.tools.OIT).toBe(86.39);
  });
});

describe('levels', () => {
  it('the same scores as ITA 2566 are rated ผ่าน: total ≥ 85 but EIT 84.71 < 85', () => {
    const a = analyse(seedWorkbook({ year: 2566 })).assessments[0];
    expect(a.levelKey).toBe('pass');
    expect(a.level).toBe('ผ่าน');
  });
  it('rates ผ่านดี when every tool reaches 85, ผ่านดีเยี่ยม at 95 everywhere', () => {
    const make = (score: number) => analyse(seedWorkbook({
      year: 2567,
      scores: [SHEETS.scores.columns.map((c) => c.th), ...Object.keys(SEED000_SCORES).map((code) => [SEED000_UNIT, 2567, code, score])],
    })).assessments[0].level;
    expect(make(90)).toBe('ผ่านดี');
    expect(make(96)).toBe('ผ่านดีเยี่ยม');
    expect(make(80)).toBe('ต้องปรับปรุง');
    expect(make(60)).toBe('ต้องปรับปรุงโดยด่วน');
  });
  it('honours the configurable lower bound of ต้องปรับปรุง', () => {
    const grids = seedWorkbook({
      year: 2567, settings: { rating_improve: 65 },
      scores: [SHEETS.scores.columns.map((c) => c.th), ...Object.keys(SEED000_SCORES).map((code) => [SEED000_UNIT, 2567, code, 66])],
    });
    expect(analyse(grids).assessments[0].level).toBe('ต้องปรับปรุง');
  });
  it('without weak_count, the indicators to develop are those below the pass threshold', () => {
    expect(analyse(seedWorkbook()).assessments[0].weak).toEqual(['7']);
  });
});

describe('official totals and change', () => {
  const scoreRows = (year: number, bump = 0): unknown[][] =>
    Object.entries(SEED000_SCORES).map(([code, score]) => [SEED000_UNIT, year, code, Math.min(100, score + bump)]);
  const head = SHEETS.scores.columns.map((c) => c.th);

  it('reports the official total and warns when it differs by more than 0.005', () => {
    const a = analyse(seedWorkbook({ scores: [head, ...scoreRows(2565), [SEED000_UNIT, 2565, 'รวม', 87.84]] })).assessments[0];
    expect(a.total).toBe(87.84);
    expect(a.computedTotal).toBe(87.57);
    expect(a.officialTotal).toBe(87.84);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0].th).toContain('87.84');
  });
  it('does not warn for a rounding-only difference (87.57 vs 87.5656)', () => {
    const a = analyse(seedWorkbook({ scores: [head, ...scoreRows(2565), [SEED000_UNIT, 2565, 'TOTAL', 87.57]] })).assessments[0];
    expect(a.warnings).toEqual([]);
  });
  it('computes the change against the previous ITA year', () => {
    const analysis = analyse(seedWorkbook({ scores: [head, ...scoreRows(2564, -2), ...scoreRows(2565)] }));
    const [prev, cur] = analysis.assessments;
    expect(prev.year).toBe(2564);
    expect(cur.previousYear).toBe(2564);
    expect(cur.ranking.every((r) => r.change === 2)).toBe(true);
    expect(cur.totalChange).toBe(2);
    expect(prev.ranking.every((r) => r.change === null)).toBe(true);
  });
  it('matches indicator names leniently (seed 000 writes ใช้อำนาจ; others การปรับปรุงระบบการทำงาน)', () => {
    const rows = scoreRows(2565).map((r) => (r[2] === '3' ? [r[0], r[1], 'ใช้อำนาจ', r[3]] : r[2] === '8' ? [r[0], r[1], 'การปรับปรุงระบบการทำงาน', r[3]] : r));
    const analysis = analyse(seedWorkbook({ scores: [head, ...rows] }));
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments[0].total).toBe(87.57);
  });
  it('ranks units of a year by total, ties sharing a rank', () => {
    const units = ['อบต.ก', 'อบต.ข', 'อบต.ค'];
    const rows = units.flatMap((u, i) => Object.keys(SEED000_SCORES).map((code) => [u, 2566, code, i === 0 ? 80 : 90]));
    const analysis = analyse(seedWorkbook({ units, scores: [head, ...rows] }));
    expect(analysis.unitRanking['2566'].map((r) => [r.rank, r.unit, r.total])).toEqual([
      [1, 'อบต.ข', 90], [1, 'อบต.ค', 90], [3, 'อบต.ก', 80],
    ]);
  });
});

describe('toolsHoldingLevel: why a total above the mark has a lower level', () => {
  const levels = { ratingFromYear: 2566, grades: { AA: 95, A: 85, B: 75, C: 65, D: 55, E: 50 }, ratingExcellent: 95, ratingImprove: 70 };
  it('ผ่าน: the tools under the pass threshold (the sample\'s หัวเรือ: 91.30, EIT 83.62)', () => {
    expect(toolsHoldingLevel('pass', 91.3, { IIT: 94.2, EIT: 83.62, OIT: 94.88 }, 85, levels)).toEqual(['EIT']);
  });
  it('ผ่านดี at 95 or more: the tools under the excellent mark; nothing for other levels or grades', () => {
    expect(toolsHoldingLevel('good', 95.4, { IIT: 96, EIT: 94.99, OIT: 97 }, 85, levels)).toEqual(['EIT']);
    expect(toolsHoldingLevel('good', 89.61, { IIT: 93.93, EIT: 86.69, OIT: 88.55 }, 85, levels)).toEqual([]);
    expect(toolsHoldingLevel('A', 87.57, { IIT: 91.99, EIT: 84.71, OIT: 86.39 }, 85, levels)).toEqual([]);
    expect(toolsHoldingLevel('improve', 83.75, { IIT: 90, EIT: 80, OIT: 82 }, 85, levels)).toEqual([]);
  });
});
