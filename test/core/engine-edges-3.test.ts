/**
 * The last engine edges the mutation run (issue 17) found open: the name matcher's exact match
 * before its partial one, a name that reduces to nothing, the stem of "ตัวชี้วัดที่ 10…" names;
 * a unit order of three; an assessment without an official total; ผ่านดี below the excellent mark.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { assessAll } from '../../src/core/engine/assess';
import { matchIndicator, nameStem } from '../../src/core/engine/frameworks';
import { toolsHoldingLevel } from '../../src/core/engine/levels';
import { normalizeStatus, parseIndicatorCodes, parseTimeline } from '../../src/core/engine/measure-fields';
import { splitDelimited } from '../../src/core/score-import/table';
import type { Framework, Indicator, ScoreEntry } from '../../src/core/engine/types';
import { SEED000_SCORES, seedWorkbook } from '../fixtures/seed000';

const { frameworks, settings } = analyse(seedWorkbook()).workbook;
const indicator = (code: string, name: string): Indicator => ({ fromYear: 2570, code, name, tool: 'OIT', weight: 10 });
const framework = (...indicators: Indicator[]): Framework => ({ fromYear: 2570, indicators, tools: [{ code: 'OIT', weight: 100 }] } as Framework);

describe('nameStem: a name as the matcher compares it', () => {
  it('drops "ตัวชี้วัดที่ <number>" however it is spaced, and a leading "ตัวชี้วัด", never one inside the name', () => {
    expect(nameStem('ตัวชี้วัดที่ 10 การเปิดเผยข้อมูล')).toBe('เปิดเผยข้อมูล');
    expect(nameStem('ตัวชี้วัดที่  10   การเปิดเผยข้อมูล')).toBe('เปิดเผยข้อมูล');
    expect(nameStem('ตัวชี้วัดที่10การเปิดเผยข้อมูล')).toBe('เปิดเผยข้อมูล');
    expect(nameStem('ตัวชี้วัดที่ ๑๐ การเปิดเผยข้อมูล')).toBe('เปิดเผยข้อมูล');
    expect(nameStem('ตัวชี้วัดการเปิดเผยข้อมูล')).toBe('เปิดเผยข้อมูล');
    // "ตัวชี้วัด" inside a name is part of it.
    expect(nameStem('การจัดทำตัวชี้วัด')).toBe('จัดทำตัวชี้วัด');
    expect(nameStem('ข้อ ตัวชี้วัดที่ 3')).toBe('ข้อตัวชี้วัดที่3');
  });
});

describe('matchIndicator: exact before partial', () => {
  const f = framework(indicator('O1', 'การเปิดเผยข้อมูล'), indicator('O2', 'การเปิดเผยข้อมูลเชิงลึก'));

  it('a name that is one indicator\'s exactly and part of another\'s is the first one, not ambiguous', () => {
    expect(matchIndicator(f, 'การเปิดเผยข้อมูล')?.code).toBe('O1');
    expect(matchIndicator(f, 'ตัวชี้วัดที่ 1 การเปิดเผยข้อมูล')?.code).toBe('O1');
    expect(matchIndicator(f, 'เปิดเผยข้อมูลเชิงลึก')?.code).toBe('O2');
    // Part of both, exactly neither: ambiguous.
    expect(matchIndicator(f, 'เปิดเผย')).toBeUndefined();
  });

  it('a value that reduces to nothing matches nothing, even in a framework of one indicator', () => {
    const one = framework(indicator('O1', 'การเปิดเผยข้อมูล'));
    expect(matchIndicator(one, 'ตัวชี้วัด')).toBeUndefined();
    expect(matchIndicator(one, 'การ')).toBeUndefined();
    expect(matchIndicator(one, '  ')).toBeUndefined();
    expect(matchIndicator(one, 'ข้อมูล')?.code).toBe('O1');
  });
});

describe('assessAll: three units in the sheet\'s order, and no official total', () => {
  const cell = { sheet: 'คะแนน', row: 2, column: 4 };
  const entries = (unit: string): ScoreEntry[] => Object.entries(SEED000_SCORES).map(([code, score]) => ({ unit, year: 2565, code, score, cell }));

  it('keeps the หน่วยงาน sheet\'s order for every unit it lists, not only its first', () => {
    const scores = [...entries('อบต.ก'), ...entries('อบต.ข'), ...entries('อบต.ค')];
    expect(assessAll(scores, frameworks, settings, ['อบต.ค', 'อบต.ข', 'อบต.ก']).map((a) => a.unit)).toEqual(['อบต.ค', 'อบต.ข', 'อบต.ก']);
    expect(assessAll(scores, frameworks, settings, ['อบต.ข', 'อบต.ค', 'อบต.ก']).map((a) => a.unit)).toEqual(['อบต.ข', 'อบต.ค', 'อบต.ก']);
  });

  it('an assessment from indicator scores alone has no official total (null, not 0) and reports the computed 87.57', () => {
    const [a] = assessAll(entries('อบต.ก'), frameworks, settings);
    expect(a.officialTotal).toBeNull();
    expect(a.total).toBe(87.57);
    expect(a.computedTotal).toBe(87.57);
  });
});

describe('toolsHoldingLevel: ผ่านดี', () => {
  const tools = { IIT: 96.1, EIT: 83.62, OIT: 94.99 };

  it('names no tool when the total is under the excellent mark: the total alone holds it at ผ่านดี', () => {
    expect(toolsHoldingLevel('good', 94.99, tools, settings.passThreshold, settings.levels)).toEqual([]);
    expect(toolsHoldingLevel('good', 90, tools, settings.passThreshold, settings.levels)).toEqual([]);
  });

  it('names no tool for a grade before 2566 (AA at 96 with a tool under 95), nor for ผ่านดีเยี่ยม', () => {
    expect(toolsHoldingLevel('AA', 96, tools, settings.passThreshold, settings.levels)).toEqual([]);
    expect(toolsHoldingLevel('excellent', 96, { IIT: 96, EIT: 95, OIT: 97 }, settings.passThreshold, settings.levels)).toEqual([]);
  });

  it('names the tools under the excellent mark when the total reaches it', () => {
    expect(toolsHoldingLevel('good', settings.levels.ratingExcellent, tools, settings.passThreshold, settings.levels)).toEqual(['EIT', 'OIT']);
  });
});

describe('measure fields the mutation run found open', () => {
  it('a timeline of connective words and no month is invalid (not a crash), as is a quarter list with one outside 1–4', () => {
    expect(parseTimeline('ภายใน', 2568)).toBe('invalid');
    expect(parseTimeline('ภายใน เดือน และ', 2568)).toBe('invalid');
    expect(parseTimeline('ไตรมาส 1, 5', 2568)).toBe('invalid');
    expect(parseTimeline('ไตรมาส 1, 4', 2568)).toEqual({ due: { year: 2025, month: 9, day: 30 } });
  });

  it('indicator codes: dotted sub-codes whole ("9.12"), leading zeros dropped, none from the middle ("100" stays)', () => {
    expect(parseIndicatorCodes('9.12, 10')).toEqual(['9.12', '10']);
    expect(parseIndicatorCodes('100, 07, 007')).toEqual(['100', '7']);
  });

  it('a done status with a run of full stops after it is still done', () => {
    expect(normalizeStatus('ดำเนินการเรียบร้อยแล้ว..')).toEqual({ status: 'done', doneOn: null });
    expect(normalizeStatus('ดำเนินการเรียบร้อยแล้ว。')).toEqual({ status: 'done', doneOn: null });
  });
});

describe('splitDelimited: the line a row starts on, after a cell that spans lines', () => {
  it('counts the newlines inside a quoted cell, so a problem names the row\'s own line', () => {
    const text = 'หน่วยงาน,ปี,หมายเหตุ\n"อบต.ก",2565,"บรรทัดหนึ่ง\nบรรทัดสอง\nบรรทัดสาม"\n"อบต.ข",2565,-';
    expect(splitDelimited(text, ',').map((r) => [r.line, r.cells[0]])).toEqual([[1, 'หน่วยงาน'], [2, 'อบต.ก'], [5, 'อบต.ข']]);
    expect(splitDelimited(text, ',')[1].cells[2]).toBe('บรรทัดหนึ่ง\nบรรทัดสอง\nบรรทัดสาม');
  });
});
