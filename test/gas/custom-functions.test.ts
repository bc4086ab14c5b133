/** =ITA_TOTAL and =ITA_LEVEL as Sheets calls them: numbers, strings and 2-D arrays. */
import { ITA_LEVEL, ITA_TOTAL } from '../../src/gas/main';
import { SEED000_SCORES } from '../fixtures/seed000';
import { fakeEnv } from './helpers';

const inOrder = Object.keys(SEED000_SCORES).map((c) => SEED000_SCORES[c]);

describe('ITA_TOTAL', () => {
  it('10 scores in code order (a column or a row) give seed 000\'s 87.57', () => {
    expect(ITA_TOTAL(inOrder.map((s) => [s]))).toBe(87.57);
    expect(ITA_TOTAL([inOrder], 2565)).toBe(87.57);
  });

  it('code | score rows in any order, with Thai digits, a header and a total row', () => {
    const rows = Object.entries(SEED000_SCORES).reverse().map(([c, s]) => [c === '7' ? '๗' : c, s]);
    expect(ITA_TOTAL([['รหัส', 'คะแนน'], ...rows, ['รวม', 87.57], ['', '']], 2565)).toBe(87.57);
  });

  it('names instead of codes, matched leniently', () => {
    expect(ITA_TOTAL([['ใช้อำนาจ', 90], ['การเปิดเผยข้อมูล', 80]])).toBe(Math.round(((6 * 90 + 20 * 80) / 26) * 100) / 100);
  });

  it('code | score | weight rows for another framework, any year', () => {
    expect(ITA_TOTAL([['O1', 90, 50], ['O2', 80, 50]], 2568)).toBe(85);
  });

  it('fails with a Thai message on a bad score, an unknown code, a year outside the default framework or a bad shape', () => {
    expect(() => ITA_TOTAL([[1, 'เก้าสิบ'], [2, 80]])).toThrow('คะแนน "เก้าสิบ" ต้องเป็นตัวเลข 0–100');
    expect(() => ITA_TOTAL([[11, 90], [2, 80]])).toThrow('ไม่พบตัวชี้วัดที่ "11"');
    expect(() => ITA_TOTAL(inOrder.map((s) => [s]), 2568)).toThrow(/ปี 2568 ไม่อยู่ในกรอบตัวชี้วัดเริ่มต้น/);
    expect(() => ITA_TOTAL([[1, 2, 3, 4]])).toThrow(/ใช้ช่วงคะแนน 10 ช่อง/);
    expect(() => ITA_TOTAL([['', ''], ['', '']])).toThrow('ไม่มีคะแนนในช่วงที่เลือก');
    expect(() => ITA_TOTAL(inOrder.map((s) => [s]), 'ปีนี้')).toThrow(/ต้องเป็นปี พ.ศ./);
  });
});

describe('ITA_LEVEL', () => {
  it('grades up to ITA 2565', () => {
    expect(ITA_LEVEL(87.57, 2565)).toBe('A');
    expect(ITA_LEVEL(95, 2565)).toBe('AA');
    expect(ITA_LEVEL(49.99, 2564)).toBe('F');
  });

  it('rating levels from 2566, looking at the tools', () => {
    expect(ITA_LEVEL(87.57, 2566, 91.99, 84.71, 86.39)).toBe('ผ่าน');
    expect(ITA_LEVEL(90, 2566, 90, 90, 90)).toBe('ผ่านดี');
    expect(ITA_LEVEL(96, 2567, 96, 95, 97)).toBe('ผ่านดีเยี่ยม');
    expect(ITA_LEVEL(80, 2566)).toBe('ต้องปรับปรุง');
    expect(ITA_LEVEL(60)).toBe('ต้องปรับปรุงโดยด่วน');
    expect(ITA_LEVEL(90)).toBe('ผ่าน'); // no tools: ผ่านดี cannot be claimed
  });

  it('a range of totals gives a range of levels, blanks stay blank', () => {
    expect(ITA_LEVEL([[87.57], [''], [70]], 2565)).toEqual([['A'], [''], ['C']]);
  });

  it('fails on a total that is not a score', () => {
    expect(() => ITA_LEVEL('สูง', 2565)).toThrow('คะแนนรวม "สูง" ต้องเป็นตัวเลข 0–100');
    expect(() => ITA_LEVEL(101)).toThrow(/0–100/);
  });
});

describe('in AuthMode.CUSTOM_FUNCTION', () => {
  it('call no Apps Script service at all (a custom function may not use any that needs authorization)', () => {
    const env = fakeEnv(undefined, 'CUSTOM_FUNCTION');
    try {
      expect(ITA_TOTAL(inOrder.map((s) => [s]), 2565)).toBe(87.57);
      expect(ITA_LEVEL(87.57, 2566, 91.99, 84.71, 86.39)).toBe('ผ่าน');
      expect(() => ITA_LEVEL('สูง')).toThrow(/ต้องเป็นตัวเลข/);
      expect(env.calls.total).toBe(0);
    } finally {
      env.uninstall();
    }
  });
});
