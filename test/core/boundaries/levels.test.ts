/**
 * Every level rule at exactly its mark and one hundredth below, for the total and for each tool,
 * on the published (2-decimal, half-up) figures. Marks are the shipped defaults (Settings):
 * pass 85, ผ่านดีเยี่ยม 95, rating_improve 70, grades AA 95 / A 85 / B 75 / C 65 / D 55 / E 50,
 * rating levels from ITA 2566. Expected levels are written out, never computed with levels.ts.
 */
import { gradeLevel, levelFor, ratingLevel, toolsHoldingLevel, type LevelKey } from '../../../src/core/engine/levels';
import { DEFAULT_SETTINGS } from '../../../src/core/workbook/workbook';
import type { Tool } from '../../../src/core/engine/types';
import { analyse } from '../../../src/core/workbook/analyse';
import { SHEETS } from '../../../src/core/workbook/template';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../../fixtures/seed000';

const LEVELS = DEFAULT_SETTINGS.levels;
const PASS = DEFAULT_SETTINGS.passThreshold;
const TOOLS: Tool[] = ['IIT', 'EIT', 'OIT'];
const all = (s: number): Record<Tool, number | null> => ({ IIT: s, EIT: s, OIT: s });
const rating = (total: number, tools: Record<Tool, number | null>): LevelKey => ratingLevel(total, tools, PASS, LEVELS);

describe('the defaults these tests are written against', () => {
  it('pass 85, excellent 95, improve 70, rating from 2566, grades 95/85/75/65/55/50', () => {
    expect(PASS).toBe(85);
    expect(LEVELS).toEqual({ ratingFromYear: 2566, grades: { AA: 95, A: 85, B: 75, C: 65, D: 55, E: 50 }, ratingExcellent: 95, ratingImprove: 70 });
  });
});

describe('rating levels (2566 on): the total at each mark and 0.01 below', () => {
  it.each<[number, LevelKey]>([
    [100, 'excellent'], [95, 'excellent'], [94.99, 'good'],
    [85, 'good'], [84.99, 'improve'],
    [70, 'improve'], [69.99, 'urgent'], [0, 'urgent'],
  ])('total %p with every tool at the same score → %s', (total, level) => {
    expect(rating(total, all(total))).toBe(level);
  });

  it('a total of exactly 85.00 with every tool at 85.00 is ผ่านดี (the issue\'s first bug)', () => {
    expect(rating(85, all(85))).toBe('good');
    expect(levelFor(2566, 85, all(85), PASS, LEVELS)).toBe('good');
  });

  it('a total of 95 with the tools at 85 is ผ่านดี; at 94.99 with the tools at 95 it is ผ่านดี too', () => {
    expect(rating(95, all(85))).toBe('good');
    expect(rating(94.99, all(95))).toBe('good');
  });
});

describe.each(TOOLS)('rating levels: tool %s at each mark and 0.01 below, the others at the mark', (tool) => {
  const withTool = (mark: number, score: number) => ({ ...all(mark), [tool]: score });

  it('at 95 everywhere → ผ่านดีเยี่ยม; this tool at 94.99 → ผ่านดี, and it is the tool named as holding the level', () => {
    expect(rating(95, withTool(95, 95))).toBe('excellent');
    expect(rating(95, withTool(95, 94.99))).toBe('good');
    expect(toolsHoldingLevel('good', 95, withTool(95, 94.99), PASS, LEVELS)).toEqual([tool]);
    expect(toolsHoldingLevel('good', 94.99, withTool(95, 94.99), PASS, LEVELS)).toEqual([]);
  });

  it('at 85 everywhere → ผ่านดี; this tool at 84.99 → ผ่าน, and it is the tool named', () => {
    expect(rating(85, withTool(85, 85))).toBe('good');
    expect(rating(85, withTool(85, 84.99))).toBe('pass');
    expect(toolsHoldingLevel('pass', 85, withTool(85, 84.99), PASS, LEVELS)).toEqual([tool]);
    expect(toolsHoldingLevel('good', 85, withTool(85, 85), PASS, LEVELS)).toEqual([]);
  });

  it('a tool without scores never gives ผ่านดี or ผ่านดีเยี่ยม (three tools are needed)', () => {
    expect(rating(100, withTool(100, null as unknown as number))).toBe('pass');
    expect(rating(85, withTool(85, null as unknown as number))).toBe('pass');
  });
});

describe('rating levels judge the published 2-decimal figures (half-up)', () => {
  it('84.995 is published 85.00: ผ่านดี; 84.99499 is 84.99: ต้องปรับปรุง', () => {
    expect(rating(84.995, all(84.995))).toBe('good');
    expect(rating(84.99499, all(85))).toBe('improve');
  });
  it('a tool at 84.995 counts as 85.00; at 84.9949 as 84.99', () => {
    expect(rating(85, { IIT: 85, EIT: 84.995, OIT: 85 })).toBe('good');
    expect(rating(85, { IIT: 85, EIT: 84.9949, OIT: 85 })).toBe('pass');
    expect(toolsHoldingLevel('pass', 85, { IIT: 85, EIT: 84.995, OIT: 84.9949 }, PASS, LEVELS)).toEqual(['OIT']);
  });
  it('94.995 everywhere is ผ่านดีเยี่ยม; 69.995 is ต้องปรับปรุง, 69.99499 ต้องปรับปรุงโดยด่วน', () => {
    expect(rating(94.995, all(94.995))).toBe('excellent');
    expect(toolsHoldingLevel('good', 94.995, { IIT: 94.995, EIT: 94.99, OIT: 95 }, PASS, LEVELS)).toEqual(['EIT']);
    expect(rating(69.995, all(69.995))).toBe('improve');
    expect(rating(69.99499, all(69.99499))).toBe('urgent');
  });
});

describe('a configured rating_improve and pass threshold are honoured at their marks', () => {
  const levels = { ...LEVELS, ratingImprove: 62.5, ratingExcellent: 97 };
  it.each<[number, LevelKey]>([[97, 'excellent'], [96.99, 'good'], [90, 'good'], [89.99, 'improve'], [62.5, 'improve'], [62.49, 'urgent']])(
    'pass 90, excellent 97, improve 62.5: %p → %s', (total, level) => {
      expect(ratingLevel(total, all(total), 90, levels)).toBe(level);
    });
});

describe('grade bands AA…F (before 2566): each band at its mark and 0.01 below', () => {
  it.each<[number, LevelKey]>([
    [100, 'AA'], [95, 'AA'], [94.99, 'A'], [85, 'A'], [84.99, 'B'], [75, 'B'], [74.99, 'C'],
    [65, 'C'], [64.99, 'D'], [55, 'D'], [54.99, 'E'], [50, 'E'], [49.99, 'F'], [0, 'F'],
  ])('%p → %s', (total, grade) => {
    expect(gradeLevel(total, LEVELS.grades)).toBe(grade);
    expect(levelFor(2565, total, all(0), PASS, LEVELS)).toBe(grade); // tools play no part in grades
  });
  it('rounded half-up first: 84.995 → A, 94.995 → AA, 49.995 → E, 49.99499 → F', () => {
    expect(gradeLevel(84.995, LEVELS.grades)).toBe('A');
    expect(gradeLevel(94.995, LEVELS.grades)).toBe('AA');
    expect(gradeLevel(49.995, LEVELS.grades)).toBe('E');
    expect(gradeLevel(49.99499, LEVELS.grades)).toBe('F');
  });
  it('the year switch: 2565 is graded, 2566 rated (rating_from_year itself is rated)', () => {
    expect(levelFor(2565, 85, all(85), PASS, LEVELS)).toBe('A');
    expect(levelFor(2566, 85, all(85), PASS, LEVELS)).toBe('good');
    expect(levelFor(2567, 85, all(85), PASS, { ...LEVELS, ratingFromYear: 2568 })).toBe('A');
  });
});

describe('through the Scores sheet: the engine rates a whole unit-year at the marks', () => {
  const level = (year: number, score: number | string): string => analyse(seedWorkbook({
    year,
    scores: [SHEETS.scores.columns.map((c) => c.th), ...Object.keys(SEED000_SCORES).map((code) => [SEED000_UNIT, year, code, score])],
  })).assessments[0].level;
  it.each<[number | string, string]>([
    [95, 'ผ่านดีเยี่ยม'], [94.99, 'ผ่านดี'], [85, 'ผ่านดี'], ['85.00', 'ผ่านดี'], ['๘๕.๐๐', 'ผ่านดี'], [84.99, 'ต้องปรับปรุง'],
    [70, 'ต้องปรับปรุง'], [69.99, 'ต้องปรับปรุงโดยด่วน'], [100, 'ผ่านดีเยี่ยม'], ['100.00', 'ผ่านดีเยี่ยม'], [0, 'ต้องปรับปรุงโดยด่วน'],
  ])('ITA 2567, every indicator at %p → %s', (score, expected) => {
    expect(level(2567, score)).toBe(expected);
  });
  it.each<[number, string]>([[95, 'AA'], [94.99, 'A'], [85, 'A'], [84.99, 'B'], [50, 'E'], [49.99, 'F']])(
    'ITA 2565, every indicator at %p → %s', (score, expected) => {
      expect(level(2565, score)).toBe(expected);
    });
  it('an official total of 85.00 typed in the sheet (รวม) with the tools at 85 → ผ่านดี', () => {
    const rows = Object.keys(SEED000_SCORES).map((code) => [SEED000_UNIT, 2567, code, 85]);
    const a = analyse(seedWorkbook({ year: 2567, scores: [SHEETS.scores.columns.map((c) => c.th), ...rows, [SEED000_UNIT, 2567, 'รวม', '85.00']] })).assessments[0];
    expect(a).toMatchObject({ total: 85, officialTotal: 85, levelKey: 'good' });
  });
});
