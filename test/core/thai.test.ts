import fc from 'fast-check';
import {
  THAI_MONTHS, THAI_MONTHS_SHORT, beYear, ceYear, digits, formatNumber, formatThaiDate, fromThaiDigits, toThaiDigits,
} from '../../src/core/engine/thai';

describe('toThaiDigits / fromThaiDigits', () => {
  it('maps every digit to U+0E50–U+0E59', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('0123456789').split('').map((c) => c.charCodeAt(0))).toEqual(
      Array.from({ length: 10 }, (_, i) => 0x0e50 + i),
    );
  });
  it('accepts numbers and keeps other characters', () => {
    expect(toThaiDigits(87.57)).toBe('๘๗.๕๗');
    expect(toThaiDigits(2566)).toBe('๒๕๖๖');
    expect(toThaiDigits('ร้อยละ 18.75')).toBe('ร้อยละ ๑๘.๗๕');
  });
  it('reads seed text back', () => {
    expect(fromThaiDigits('ร้อยละ ๑๘.๗๕')).toBe('ร้อยละ 18.75');
    expect(fromThaiDigits('โทร. ๐ - ๓๙๓๘ - ๗๐๓๘')).toBe('โทร. 0 - 3938 - 7038');
    expect(fromThaiDigits('no digits')).toBe('no digits');
  });
  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const arabic = fromThaiDigits(s);
      expect(fromThaiDigits(toThaiDigits(arabic))).toBe(arabic);
      expect(/[0-9]/.test(toThaiDigits(s))).toBe(false);
    }));
  });
});

describe('digits', () => {
  it('switches on the setting, both ways', () => {
    expect(digits('87.57', true)).toBe('๘๗.๕๗');
    expect(digits('๘๗.๕๗', false)).toBe('87.57');
    expect(digits(10, false)).toBe('10');
    expect(digits(10, true)).toBe('๑๐');
  });
});

describe('month names', () => {
  it('has twelve full and short names in order', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS_SHORT).toHaveLength(12);
    expect(THAI_MONTHS[0]).toBe('มกราคม');
    expect(THAI_MONTHS[2]).toBe('มีนาคม');
    expect(THAI_MONTHS[9]).toBe('ตุลาคม');
    expect(THAI_MONTHS[11]).toBe('ธันวาคม');
    expect(THAI_MONTHS_SHORT[2]).toBe('มี.ค.');
    expect(THAI_MONTHS_SHORT[11]).toBe('ธ.ค.');
    expect(new Set(THAI_MONTHS_SHORT).size).toBe(12);
  });
});

describe('beYear / ceYear', () => {
  it('offsets by 543', () => {
    expect(beYear(2023)).toBe(2566);
    expect(ceYear(2566)).toBe(2023);
    expect(ceYear(beYear(1999))).toBe(1999);
  });
});

describe('formatNumber', () => {
  it('formats a seed score (seed 000: 87.57)', () => {
    expect(formatNumber(87.57)).toBe('87.57');
    expect(formatNumber(87.57, { thaiDigits: true })).toBe('๘๗.๕๗');
  });
  it('always shows the decimals', () => {
    expect(formatNumber(90)).toBe('90.00');
    expect(formatNumber(18.7)).toBe('18.70');
    expect(formatNumber(5, { decimals: 0 })).toBe('5');
    expect(formatNumber(5, { decimals: 1 })).toBe('5.0');
  });
  it('rounds half up, away from zero', () => {
    expect(formatNumber(87.5656)).toBe('87.57');
    expect(formatNumber(1.005)).toBe('1.01');
    expect(formatNumber(2.345)).toBe('2.35');
    expect(formatNumber(-2.345)).toBe('-2.35');
    expect(formatNumber(0.5, { decimals: 0 })).toBe('1');
  });
  it('groups thousands with commas', () => {
    expect(formatNumber(999.999)).toBe('1,000.00');
    expect(formatNumber(1234.5)).toBe('1,234.50');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1234.5)).toBe('-1,234.50');
    expect(formatNumber(1234.5, { thaiDigits: true })).toBe('๑,๒๓๔.๕๐');
  });
  it('never shows -0', () => {
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatNumber(-0)).toBe('0.00');
  });
});

describe('formatThaiDate', () => {
  const d = { year: 2023, month: 3, day: 31 };
  it('long', () => {
    expect(formatThaiDate(d, { thaiDigits: true })).toBe('๓๑ มีนาคม ๒๕๖๖');
    expect(formatThaiDate(d)).toBe('31 มีนาคม 2566');
  });
  it('formal, as seed 003 writes completion dates', () => {
    expect(formatThaiDate(d, { thaiDigits: true, style: 'formal' })).toBe('วันที่ ๓๑ เดือน มีนาคม พ.ศ. ๒๕๖๖');
  });
  it('short, two-digit BE year', () => {
    expect(formatThaiDate(d, { thaiDigits: true, style: 'short' })).toBe('๓๑ มี.ค. ๖๖');
    expect(formatThaiDate({ year: 2043, month: 1, day: 5 }, { style: 'short' })).toBe('5 ม.ค. 86');
    expect(formatThaiDate({ year: 2057, month: 12, day: 1 }, { style: 'short' })).toBe('1 ธ.ค. 00');
  });
  it('memo date of seed 001', () => {
    expect(formatThaiDate({ year: 2021, month: 3, day: 25 }, { thaiDigits: true })).toBe('๒๕ มีนาคม ๒๕๖๔');
  });
});
