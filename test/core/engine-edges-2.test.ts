/**
 * More of the engine's edges the mutation run found unguarded (issue 17): level rules with a
 * tool unscored, codes and names as staff type them, the calendar's written dates and rounds,
 * the measure columns' free text, progress counts. Each case is a cell a real workbook holds.
 */
import { ratingLevel, toolsHoldingLevel, isGrade, levelFor } from '../../src/core/engine/levels';
import { compareCodes, frameworkFor, groupFrameworks, matchIndicator, nameStem, normalizeCode } from '../../src/core/engine/frameworks';
import { findThaiMonths, isValidCalendarDate, parseDate, roundLabel, quarterLabel } from '../../src/core/engine/calendar';
import { normalizeStatus, parseIndicatorCodes, parseRounds, parseTimeline } from '../../src/core/engine/measure-fields';
import { coverage, measuresOf, summarizeMeasures, uncovered } from '../../src/core/engine/progress';
import { analyse } from '../../src/core/workbook/analyse';
import type { Indicator, Measure } from '../../src/core/engine/types';
import { seedWorkbook } from '../fixtures/seed000';

const { frameworks, settings } = analyse(seedWorkbook()).workbook;
const levels = settings.levels;
const framework2565 = frameworkFor(frameworks, 2565);
if (!framework2565) throw new Error('no framework for 2565');

describe('levels with a tool unscored, or none at all', () => {
  it('a total at the excellent mark is ผ่าน, not ผ่านดีเยี่ยม, when one tool has no score or there are no tools', () => {
    expect(ratingLevel(96, { IIT: 97, EIT: 96, OIT: 95 }, 85, levels)).toBe('excellent');
    expect(ratingLevel(96, { IIT: 97, EIT: 96, OIT: null }, 85, levels)).toBe('pass');
    expect(ratingLevel(96, { IIT: null, EIT: null, OIT: null }, 85, levels)).toBe('pass');
    expect(ratingLevel(96, {}, 85, levels)).toBe('pass');
  });

  it('the tools holding a level name only scored tools under the mark; ผ่านดี under the excellent mark names none', () => {
    expect(toolsHoldingLevel('pass', 91.3, { IIT: 95.1, EIT: 83.62, OIT: null }, 85, levels)).toEqual(['EIT']);
    expect(toolsHoldingLevel('good', 96, { IIT: 97, EIT: 94.99, OIT: 95 }, 85, levels)).toEqual(['EIT']);
    expect(toolsHoldingLevel('good', 90, { IIT: 91, EIT: 86, OIT: 88 }, 85, levels)).toEqual([]);
    expect(toolsHoldingLevel('improve', 80, { IIT: 70, EIT: 60, OIT: 90 }, 85, levels)).toEqual([]);
  });

  it('every grade AA…F is a grade (its own label); rating levels are not', () => {
    for (const g of ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const) expect(isGrade(g)).toBe(true);
    for (const r of ['excellent', 'good', 'pass', 'improve', 'urgent'] as const) expect(isGrade(r)).toBe(false);
    expect(levelFor(2565, 87.57, { IIT: 91.99, EIT: 84.71, OIT: 86.39 }, 85, levels)).toBe('A');
    expect(levelFor(2566, 87.57, { IIT: 91.99, EIT: 84.71, OIT: 86.39 }, 85, levels)).toBe('pass');
  });
});

describe('frameworks: the one in force, codes and names as typed', () => {
  const row = (fromYear: number, code: string, tool = 'IIT'): Indicator => ({ fromYear, code, name: `ตัวชี้วัด ${code}`, tool, weight: 10 });

  it('the framework in force is the latest starting at or before the year; none before the first', () => {
    const fws = groupFrameworks([row(2570, '1'), row(2566, '1'), row(2570, '2')]);
    expect(fws.map((f) => f.fromYear)).toEqual([2566, 2570]);
    expect(frameworkFor(fws, 2565)).toBeUndefined();
    expect(frameworkFor(fws, 2566)?.fromYear).toBe(2566);
    expect(frameworkFor(fws, 2569)?.fromYear).toBe(2566);
    expect(frameworkFor(fws, 2570)?.fromYear).toBe(2570);
    expect(frameworkFor([...fws].reverse(), 2575)?.fromYear).toBe(2570);
  });

  it('groups a framework\'s rows sorted by code, 2 before 10, without reordering the sheet\'s rows', () => {
    const rows = [row(2566, '10', 'OIT'), row(2566, '2', 'IIT'), row(2566, '1', 'IIT')];
    const [f] = groupFrameworks(rows);
    expect(f.indicators.map((i) => i.code)).toEqual(['1', '2', '10']);
    expect(rows.map((r) => r.code)).toEqual(['10', '2', '1']);
    expect(f.tools.map((t) => t.code)).toEqual(['OIT', 'IIT']);
    expect(['O10', 'O9', '10', '2'].sort(compareCodes)).toEqual(['2', '10', 'O9', 'O10']);
  });

  it('reads a code as typed: ๗, " 7 ", "ตัวชี้วัดที่ 7", "o 10" → 7, 7, 7, O10', () => {
    expect(['๗', ' 7 ', 'ตัวชี้วัดที่ 7', 'ตัวชี้วัดที่7', 'o 10'].map(normalizeCode)).toEqual(['7', '7', '7', '7', 'O10']);
  });

  it('reduces a name to its stem: the indicator words, spaces and the filler words การ/ระบบ/ของ dropped', () => {
    expect(nameStem('ตัวชี้วัดที่ ๗ ประสิทธิภาพ การสื่อสาร')).toBe('ประสิทธิภาพสื่อสาร');
    expect(nameStem('ตัวชี้วัดการปรับปรุงระบบการทำงาน')).toBe('ปรับปรุงทำงาน');
    expect(nameStem('Open Data')).toBe('opendata');
  });

  it('matches a name uniquely; a blank, a stem of nothing, or an ambiguous part matches nothing', () => {
    expect(matchIndicator(framework2565, 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร')?.code).toBe('7');
    expect(matchIndicator(framework2565, 'ใช้อำนาจ')?.code).toBe('3');
    expect(matchIndicator(framework2565, 'การปรับปรุงระบบการทำงาน')?.code).toBe('8');
    expect(matchIndicator(framework2565, '')).toBeUndefined();
    expect(matchIndicator(framework2565, 'การ')).toBeUndefined();
    expect(matchIndicator(framework2565, 'ทุจริต')).toBeUndefined();
    expect(matchIndicator(framework2565, 'ตัวชี้วัดที่ 99')).toBeUndefined();
  });
});

describe('dates as written in Thai workbooks', () => {
  it('finds month names in order of appearance, each time it appears', () => {
    expect(findThaiMonths('ตั้งแต่ มีนาคม ถึง มกราคม และอีกครั้งใน มีนาคม')).toEqual([3, 1, 3]);
    expect(findThaiMonths('ภายในเดือนกรกฎาคม และเดือนมิถุนายน')).toEqual([7, 6]);
    expect(findThaiMonths('ไม่มีเดือน')).toEqual([]);
  });

  it('rejects impossible fields: year 0, month 0 or 13, day 0 or 32, 29 Feb of a common year', () => {
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    for (const d of [{ year: 0, month: 1, day: 1 }, { year: 2023, month: 0, day: 1 }, { year: 2023, month: 13, day: 1 }, { year: 2023, month: 1, day: 0 }, { year: 2023, month: 1, day: 32 }, { year: 2023, month: 2, day: 29 }]) {
      expect(isValidCalendarDate(d)).toBe(false);
    }
  });

  it('reads blank as no date; ISO dates with a time or a zone; refuses text around a date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('   ')).toBeNull();
    expect(parseDate('2023-03-31T10:15:00Z')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('2023-03-31 10:15:00+07:00')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('2023-03-31T10:15:00+0700')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('x2023-03-31')).toBe('invalid');
    expect(parseDate('2023-03-31x')).toBe('invalid');
    expect(parseDate('ก่อน 31/3/2566')).toBe('invalid');
    expect(parseDate('ภายใน 31 มีนาคม 2566')).toBe('invalid');
    expect(parseDate('31 ฟูบาร์ 2566')).toBe('invalid');
  });

  it('reads the era as written: BE from 2400, ค.ศ./AD as Common Era (two digits too), พ.ศ. words dropped', () => {
    expect(parseDate('1 มกราคม 2400')).toEqual({ year: 1857, month: 1, day: 1 });
    expect(parseDate('1 มกราคม 2399')).toEqual({ year: 2399, month: 1, day: 1 });
    expect(parseDate('31 มี.ค. 23 ค.ศ.')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('31 มี.ค. 23 คศ')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('31 มี.ค. 66')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('31 March 2566 AD')).toEqual({ year: 2566, month: 3, day: 31 });
    expect(parseDate('วันที่ ๓๑ เดือน มีนาคม พศ ๒๕๖๖')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('วันที่ 31 เดือน มีนาคม พ. ศ. 2566')).toEqual({ year: 2023, month: 3, day: 31 });
    expect(parseDate('31   มีนาคม ,  2566')).toEqual({ year: 2023, month: 3, day: 31 });
  });

  it('labels a round and a quarter in the document\'s digits; English keeps Arabic digits', () => {
    expect(roundLabel(2566, 6, { thaiDigits: true })).toBe('รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(roundLabel(2566, 6)).toBe('รอบ 6 เดือน (ตุลาคม 2565 – มีนาคม 2566)');
    expect(roundLabel(2566, 12, { lang: 'en', thaiDigits: true })).toBe('12-month round (October 2022 – September 2023)');
    expect(quarterLabel(2, { thaiDigits: true })).toBe('ไตรมาส ๒');
    expect(quarterLabel(2, { lang: 'en', thaiDigits: true })).toBe('Q2');
  });
});

describe('the measure columns as staff type them', () => {
  it('status: a trailing full stop, spaces, capitals; done with its date after เมื่อ/on; an unreadable date is no status', () => {
    expect(normalizeStatus('ดำเนินการเรียบร้อยแล้ว.')).toEqual({ status: 'done', doneOn: null });
    expect(normalizeStatus('  อยู่ระหว่าง ดำเนินการ  ')).toEqual({ status: 'in_progress', doneOn: null });
    expect(normalizeStatus('DONE')).toEqual({ status: 'done', doneOn: null });
    expect(normalizeStatus('ดำเนินการแล้วเสร็จเมื่อ ๒๐ ธันวาคม ๒๕๖๗')).toEqual({ status: 'done', doneOn: { year: 2024, month: 12, day: 20 } });
    expect(normalizeStatus('done on 2024-12-20')).toEqual({ status: 'done', doneOn: { year: 2024, month: 12, day: 20 } });
    expect(normalizeStatus('ดำเนินการแล้วเสร็จเมื่อ ๓๒ ธันวาคม ๒๕๖๗')).toBeNull();
    expect(normalizeStatus(5)).toBeNull();
    expect(normalizeStatus('/')).toBeNull();
  });

  it('timeline: quarters listed, recurring work, rounds, month deadlines with or without a year', () => {
    const fy = 2566;
    expect(parseTimeline('ไตรมาส 1-2', fy)).toEqual({ due: { year: 2023, month: 3, day: 31 } });
    expect(parseTimeline('Q1, Q3', fy)).toEqual({ due: { year: 2023, month: 6, day: 30 } });
    expect(parseTimeline('ไตรมาสที่ ๔ (ก.ค.-ก.ย.)', fy)).toEqual({ due: { year: 2023, month: 9, day: 30 } });
    expect(parseTimeline('ไตรมาส 1-', fy)).toBe('invalid');
    expect(parseTimeline('ไตรมาส 5', fy)).toBe('invalid');
    expect(parseTimeline('ทุก 2 เดือน', fy)).toEqual({ due: { year: 2023, month: 9, day: 30 } });
    expect(parseTimeline('ทุกเดือน', fy)).toEqual({ due: { year: 2023, month: 9, day: 30 } });
    expect(parseTimeline('รอบ ๖ เดือน', fy)).toEqual({ due: { year: 2023, month: 3, day: 31 } });
    expect(parseTimeline('-รอบ ๓ เดือน -รอบ ๙ เดือน', fy)).toEqual({ due: { year: 2023, month: 6, day: 30 } });
    expect(parseTimeline('รอบ ๗ เดือน', fy)).toBe('invalid');
    expect(parseTimeline('ภายในเดือนธันวาคม และเดือนมีนาคม', fy)).toEqual({ due: { year: 2023, month: 3, day: 31 } });
    expect(parseTimeline('ภายในเดือนกันยายน และเดือนตุลาคม', fy)).toEqual({ due: { year: 2023, month: 9, day: 30 } });
    expect(parseTimeline('ภายในเดือนตุลาคม', fy)).toEqual({ due: { year: 2022, month: 10, day: 31 } });
    expect(parseTimeline('ภายในเดือนตุลาคม ๒๕๖๕', fy)).toEqual({ due: { year: 2022, month: 10, day: 31 } });
    expect(parseTimeline('เดือนตุลาคม และพฤศจิกายน 2565', fy)).toBe('invalid');
    expect(parseTimeline('ภายในเดือนตุลาคม หลังประชุม', fy)).toBe('invalid');
    expect(parseTimeline(45016, fy)).toEqual({ due: { year: 2023, month: 3, day: 31 } });
    expect(parseTimeline('', fy)).toEqual({ due: null });
  });

  it('rounds: every N months, lists after รอบ, bare lists with month words; anything else refused', () => {
    expect(parseRounds('ทุก 3 เดือน')).toEqual([3, 6, 9, 12]);
    expect(parseRounds('ทุก 6 เดือน')).toEqual([6, 12]);
    expect(parseRounds('every 12 months')).toEqual([12]);
    expect(parseRounds('every 6 month')).toEqual([6, 12]);
    expect(parseRounds('ทุก 12 เดือน')).toEqual([12]);
    expect(parseRounds('รอบ 6 เดือน และ 12 เดือน')).toEqual([6, 12]);
    expect(parseRounds('รอบ 12, 6')).toEqual([6, 12]);
    expect(parseRounds('6 months and 12 months')).toEqual([6, 12]);
    expect(parseRounds('6 – 12')).toEqual([6, 12]);
    expect(parseRounds('6 เดือน หลังประชุม')).toBe('invalid');
    expect(parseRounds('หลังประชุม 6')).toBe('invalid');
    expect(parseRounds('6 หลัง')).toBe('invalid');
    expect(parseRounds(7)).toBe('invalid');
    expect(parseRounds(6)).toEqual([6]);
    expect(parseRounds('')).toEqual([]);
    expect(parseRounds(true)).toBe('invalid');
  });

  it('indicator codes: numbers in order, dotted sub-codes whole, leading zeros dropped, repeats once', () => {
    expect(parseIndicatorCodes('ตัวชี้วัดที่ ๗, 09 และ 9.1, 7')).toEqual(['7', '9', '9.1']);
    expect(parseIndicatorCodes('10.2.3')).toEqual(['10.2.3']);
    expect(parseIndicatorCodes(7)).toEqual(['7']);
    expect(parseIndicatorCodes(Number.NaN)).toEqual([]);
    expect(parseIndicatorCodes('')).toEqual([]);
    expect(parseIndicatorCodes('0')).toEqual(['0']);
  });
});

describe('progress of a unit-year\'s measures', () => {
  const m = (no: number, status: Measure['status'], indicators: string[], unit = 'อบต.ก', year = 2568): Measure => ({
    unit, year, no, title: `มาตรการ ${no}`, indicators, method: '', responsible: '', timeline: '', due: { year: 2025, month: 3, day: 31 },
    followUp: [6, 12], status, doneOn: null, result: '', outcome: '', cell: { sheet: 'มาตรการ', row: no + 1, col: 1 },
  } as unknown as Measure);
  const asOf = { year: 2025, month: 4, day: 1 };

  it('counts by status, overdue among the unfinished, the percent done of those not cancelled', () => {
    const list = [m(1, 'done', ['7']), m(2, 'in_progress', ['7', '9']), m(3, 'not_started', []), m(4, 'cancelled', ['8'])];
    expect(summarizeMeasures(list, asOf)).toEqual({
      total: 4, byStatus: { not_started: 1, in_progress: 1, done: 1, cancelled: 1 }, overdue: 2, active: 3, percentDone: 33.33,
    });
    expect(summarizeMeasures([m(1, 'cancelled', [])], asOf).percentDone).toBe(0);
    expect(summarizeMeasures([], asOf)).toMatchObject({ total: 0, active: 0, percentDone: 0, overdue: 0 });
  });

  it('coverage: each indicator to develop with the measures naming it, lowest first; the uncovered ones', () => {
    const list = [m(1, 'done', ['7']), m(2, 'in_progress', ['7', '9'])];
    expect(coverage(['9', '7', '8'], list).map((c) => [c.code, c.measures.map((x) => x.no)])).toEqual([['9', [2]], ['7', [1, 2]], ['8', []]]);
    expect(uncovered(['9', '7', '8'], list)).toEqual(['8']);
  });

  it('the measures of one unit and year, in sheet order', () => {
    const list = [m(1, 'done', [], 'อบต.ก', 2568), m(2, 'done', [], 'อบต.ข', 2568), m(3, 'done', [], 'อบต.ก', 2567), m(4, 'done', [], 'อบต.ก', 2568)];
    expect(measuresOf(list, 'อบต.ก', 2568).map((x) => x.no)).toEqual([1, 4]);
  });
});
