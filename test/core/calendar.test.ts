import fc from 'fast-check';
import {
  addDays, compareDates, daysInMonth, endOfMonth, findThaiMonths, fiscalYearOf, fiscalYearRange, fromSerial,
  isLeapYear, isQuarter, isRound, isValidCalendarDate, monthFromName, parseDate, quarterEnd, quarterLabel,
  quarterOf, roundLabel, roundMonthsText, roundRange, toCalendarDate,
} from '../../src/core/engine/calendar';
import { formatThaiDate } from '../../src/core/engine/thai';
import type { CalendarDate } from '../../src/core/engine/types';

const cd = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** Any valid day from 1950 to 2100. */
const arbDate = fc.integer({ min: Date.UTC(1950, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 })
  .map((days) => { const d = new Date(days * 864e5); return cd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()); });

describe('toCalendarDate', () => {
  it('reads an Apps Script cell date (Bangkok midnight = 17:00Z the day before)', () => {
    expect(toCalendarDate(new Date('2023-03-30T17:00:00Z'))).toEqual(cd(2023, 3, 31));
  });
  it('reads an exceljs cell date (00:00Z)', () => {
    expect(toCalendarDate(new Date('2023-03-31T00:00:00Z'))).toEqual(cd(2023, 3, 31));
  });
  it('uses the Bangkok day around midnight', () => {
    expect(toCalendarDate(new Date('2023-03-31T16:59:59Z'))).toEqual(cd(2023, 3, 31));
    expect(toCalendarDate(new Date('2023-03-31T17:00:00Z'))).toEqual(cd(2023, 4, 1));
    expect(toCalendarDate(new Date('2022-12-31T17:00:00Z'))).toEqual(cd(2023, 1, 1));
  });
  it('gives the day of any Bangkok time of that day', () => {
    fc.assert(fc.property(arbDate, fc.integer({ min: 0, max: 864e5 - 1 }), (d, ms) => {
      const bangkokMidnight = Date.UTC(d.year, d.month - 1, d.day) - 7 * 3600e3;
      expect(toCalendarDate(new Date(bangkokMidnight + ms))).toEqual(d);
    }));
  });
});

describe('day arithmetic', () => {
  it('knows leap years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 9)).toBe(30);
    expect(endOfMonth(2023, 4)).toEqual(cd(2023, 4, 30));
  });
  it('validates', () => {
    expect(isValidCalendarDate(cd(2023, 3, 31))).toBe(true);
    expect(isValidCalendarDate(cd(2023, 2, 29))).toBe(false);
    expect(isValidCalendarDate(cd(2024, 2, 29))).toBe(true);
    expect(isValidCalendarDate(cd(2023, 13, 1))).toBe(false);
    expect(isValidCalendarDate(cd(2023, 4, 31))).toBe(false);
    expect(isValidCalendarDate(cd(2023, 1, 0))).toBe(false);
    expect(isValidCalendarDate(cd(2023, 1, 1.5))).toBe(false);
    expect(isValidCalendarDate(cd(NaN, 1, 1))).toBe(false);
  });
  it('compares', () => {
    expect(compareDates(cd(2023, 3, 31), cd(2023, 4, 1))).toBeLessThan(0);
    expect(compareDates(cd(2023, 4, 1), cd(2023, 3, 31))).toBeGreaterThan(0);
    expect(compareDates(cd(2023, 4, 1), cd(2023, 4, 1))).toBe(0);
    expect(compareDates(cd(2022, 12, 31), cd(2023, 1, 1))).toBeLessThan(0);
    expect([cd(2023, 4, 3), cd(2022, 10, 1), cd(2023, 3, 31)].sort(compareDates)).toEqual([cd(2022, 10, 1), cd(2023, 3, 31), cd(2023, 4, 3)]);
  });
  it('adds days across months, years and leap days', () => {
    expect(addDays(cd(2023, 3, 31), 1)).toEqual(cd(2023, 4, 1));
    expect(addDays(cd(2023, 1, 1), -1)).toEqual(cd(2022, 12, 31));
    expect(addDays(cd(2024, 2, 28), 1)).toEqual(cd(2024, 2, 29));
    expect(addDays(cd(2022, 10, 1), 364)).toEqual(cd(2023, 9, 30));
    fc.assert(fc.property(arbDate, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
      const e = addDays(d, n);
      expect(isValidCalendarDate(e)).toBe(true);
      expect(addDays(e, -n)).toEqual(d);
      expect(Math.sign(compareDates(e, d))).toBe(Math.sign(n));
    }));
  });
});

describe('fromSerial', () => {
  it('uses the Sheets/Excel epoch', () => {
    expect(fromSerial(45016)).toEqual(cd(2023, 3, 31));
    expect(fromSerial(45016.75)).toEqual(cd(2023, 3, 31));
    expect(fromSerial(1)).toEqual(cd(1899, 12, 31));
    expect(fromSerial(2958465)).toEqual(cd(9999, 12, 31));
  });
  it('rejects what is no day', () => {
    expect(fromSerial(0)).toBeNull();
    expect(fromSerial(-5)).toBeNull();
    expect(fromSerial(NaN)).toBeNull();
    expect(fromSerial(Infinity)).toBeNull();
    expect(fromSerial(2958466)).toBeNull();
  });
});

describe('monthFromName / findThaiMonths', () => {
  it('reads full, short, dotless and English names', () => {
    expect(monthFromName('มีนาคม')).toBe(3);
    expect(monthFromName('มี.ค.')).toBe(3);
    expect(monthFromName('มีค')).toBe(3);
    expect(monthFromName('มี. ค.')).toBe(3);
    expect(monthFromName('ก.ค.')).toBe(7);
    expect(monthFromName('ก.พ.')).toBe(2);
    expect(monthFromName('March')).toBe(3);
    expect(monthFromName('sep')).toBe(9);
    expect(monthFromName('sept')).toBe(9);
    expect(monthFromName('มีนา')).toBeNull();
    expect(monthFromName('')).toBeNull();
  });
  it('finds month names in seed deadlines, in order', () => {
    expect(findThaiMonths('ภายในเดือนเมษายน และ เดือนตุลาคม ของทุกปี')).toEqual([4, 10]);
    expect(findThaiMonths('ภายในเดือนมกราคม')).toEqual([1]);
    expect(findThaiMonths('ไม่มีเดือน')).toEqual([]);
  });
});

describe('parseDate', () => {
  const d = cd(2023, 3, 31);
  it('blank is no date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate('   ')).toBeNull();
  });
  it('reads Date objects in Bangkok', () => {
    expect(parseDate(new Date('2023-03-30T17:00:00Z'))).toEqual(d);
    expect(parseDate(new Date('2023-03-31T00:00:00Z'))).toEqual(d);
    expect(parseDate(new Date('nonsense'))).toBe('invalid');
  });
  it('reads numbers as serial days', () => {
    expect(parseDate(45016)).toEqual(d);
    expect(parseDate(0)).toBe('invalid');
    expect(parseDate(-1)).toBe('invalid');
  });
  it('rejects other types', () => {
    expect(parseDate(true)).toBe('invalid');
    expect(parseDate({})).toBe('invalid');
  });
  it.each([
    ['31/3/2566'], ['31/03/2566'], ['31/03/2023'], ['31-03-2023'], ['31.3.2566'], ['31/3/66'], [' 31 / 3 / 2566 '],
    ['๓๑/๓/๒๕๖๖'], ['2023-03-31'], ['2023-3-31'], ['2023-03-31T00:00:00Z'], ['2023-03-31 10:15'],
    ['๓๑ มีนาคม ๒๕๖๖'], ['31 มีนาคม 2566'], ['31 มี.ค. 66'], ['๓๑ มี.ค. ๒๕๖๖'], ['31 มี.ค.2566'], ['31มีค66'],
    ['วันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖'], ['วันที่ ๓๑ เดือน มีนาคม พ.ศ. ๒๕๖๖'], ['วันที่31เดือนมีนาคมพ.ศ.2566'],
    ['31 มีนาคม ค.ศ. 2023'], ['31 March 2023'], ['31 Mar 2023'], ['31 march, 2023'],
  ])('reads %s', (text) => {
    expect(parseDate(text)).toEqual(d);
  });
  it('reads the other seed dates', () => {
    expect(parseDate('ดำเนินการเมื่อวันที่ ๓ เดือน เมษายน พ.ศ.๒๕๖๖'.replace('ดำเนินการเมื่อ', ''))).toEqual(cd(2023, 4, 3));
    expect(parseDate('วันที่ ๒๕ มีนาคม ๒๕๖๔')).toEqual(cd(2021, 3, 25));
  });
  it('reads day/month, the Thai order', () => {
    expect(parseDate('1/10/2565')).toEqual(cd(2022, 10, 1));
    expect(parseDate('10/1/2023')).toEqual(cd(2023, 1, 10));
  });
  it.each([
    ['31/2/2566'], ['29/2/2566'], ['32/1/2566'], ['1/13/2566'], ['2023-02-30'], ['31 เมษายน 2566'],
    ['31 มีนา 2566'], ['ไตรมาส 4'], ['hello'], ['31/3'], ['31/3/566'], ['3/31/2023'], ['31/3-2566'],
  ])('rejects %s', (text) => {
    expect(parseDate(text)).toBe('invalid');
  });
  it('accepts 29 February in a leap year (2567 BE = 2024)', () => {
    expect(parseDate('29/2/2567')).toEqual(cd(2024, 2, 29));
  });
  it('reads back every style formatThaiDate writes', () => {
    fc.assert(fc.property(arbDate, fc.boolean(), fc.constantFrom('long', 'formal', 'short') as fc.Arbitrary<'long' | 'formal' | 'short'>, (date, thaiDigits, style) => {
      // The short style's two-digit year means 25xx BE: 1957–2056 CE.
      fc.pre(style !== 'short' || (date.year >= 1957 && date.year <= 2056));
      expect(parseDate(formatThaiDate(date, { thaiDigits, style }))).toEqual(date);
    }));
  });
});

describe('fiscal year', () => {
  it('names the year by its end (BE); Oct–Dec belong to the next', () => {
    expect(fiscalYearOf(cd(2022, 10, 1))).toBe(2566);
    expect(fiscalYearOf(cd(2022, 9, 30))).toBe(2565);
    expect(fiscalYearOf(cd(2023, 3, 31))).toBe(2566);
    expect(fiscalYearOf(cd(2023, 9, 30))).toBe(2566);
    expect(fiscalYearOf(cd(2022, 12, 31))).toBe(2566);
  });
  it('FY 2566 = 1 Oct 2022 – 30 Sep 2023', () => {
    expect(fiscalYearRange(2566)).toEqual({ start: cd(2022, 10, 1), end: cd(2023, 9, 30) });
  });
  it('every day lies in the range of its fiscal year', () => {
    fc.assert(fc.property(arbDate, (d) => {
      const { start, end } = fiscalYearRange(fiscalYearOf(d));
      expect(compareDates(start, d)).toBeLessThanOrEqual(0);
      expect(compareDates(d, end)).toBeLessThanOrEqual(0);
      expect(addDays(end, 1)).toEqual(fiscalYearRange(fiscalYearOf(d) + 1).start);
    }));
  });
});

describe('quarters', () => {
  it('quarterOf', () => {
    expect([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((month) => quarterOf(cd(2023, month, 1))))
      .toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });
  it('quarterEnd; Q1 ends in the CE year before', () => {
    expect(quarterEnd(2566, 1)).toEqual(cd(2022, 12, 31));
    expect(quarterEnd(2566, 2)).toEqual(cd(2023, 3, 31));
    expect(quarterEnd(2566, 3)).toEqual(cd(2023, 6, 30));
    expect(quarterEnd(2566, 4)).toEqual(cd(2023, 9, 30));
  });
  it('a day is in the quarter whose end is the first on or after it', () => {
    fc.assert(fc.property(arbDate, (d) => {
      const q = quarterOf(d);
      const end = quarterEnd(fiscalYearOf(d), q);
      expect(compareDates(d, end)).toBeLessThanOrEqual(0);
      if (q > 1) expect(compareDates(quarterEnd(fiscalYearOf(d), (q - 1) as 1 | 2 | 3), d)).toBeLessThan(0);
    }));
  });
  it('isQuarter', () => {
    expect([0, 1, 2, 3, 4, 5, '1', 2.5].map(isQuarter)).toEqual([false, true, true, true, true, false, false, false]);
  });
  it('quarterLabel', () => {
    expect(quarterLabel(4, { thaiDigits: true })).toBe('ไตรมาส ๔');
    expect(quarterLabel(1)).toBe('ไตรมาส 1');
    expect(quarterLabel(2, { lang: 'en', thaiDigits: true })).toBe('Q2');
  });
});

describe('rounds', () => {
  it('isRound', () => {
    expect([3, 6, 9, 12, 0, 1, 4, 24, '6', 6.0].map(isRound)).toEqual([true, true, true, true, false, false, false, false, false, true]);
  });
  it('roundRange counts from 1 October', () => {
    expect(roundRange(2566, 3)).toEqual({ start: cd(2022, 10, 1), end: cd(2022, 12, 31) });
    expect(roundRange(2566, 6)).toEqual({ start: cd(2022, 10, 1), end: cd(2023, 3, 31) });
    expect(roundRange(2566, 9)).toEqual({ start: cd(2022, 10, 1), end: cd(2023, 6, 30) });
    expect(roundRange(2566, 12)).toEqual(fiscalYearRange(2566));
  });
  it('roundMonthsText', () => {
    expect(roundMonthsText(2566, 6, { thaiDigits: true })).toBe('ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖');
    expect(roundMonthsText(2566, 6)).toBe('ตุลาคม 2565 – มีนาคม 2566');
    expect(roundMonthsText(2568, 12)).toBe('ตุลาคม 2567 – กันยายน 2568');
    expect(roundMonthsText(2566, 6, { lang: 'en', thaiDigits: true })).toBe('October 2022 – March 2023');
  });
  it('roundLabel, as seed 003 heads its FY 2566 report', () => {
    expect(roundLabel(2566, 6, { thaiDigits: true })).toBe('รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(roundLabel(2566, 3)).toBe('รอบ 3 เดือน (ตุลาคม 2565 – ธันวาคม 2565)');
    expect(roundLabel(2568, 12, { thaiDigits: true })).toBe('รอบ ๑๒ เดือน (ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘)');
    expect(roundLabel(2566, 9, { lang: 'en' })).toBe('9-month round (October 2022 – June 2023)');
  });
});
