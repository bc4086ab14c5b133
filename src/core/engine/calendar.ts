/**
 * Calendar days and the Thai fiscal calendar (ITA-REFERENCE.md, "Calendar").
 * CalendarDate holds the CE year; fiscal years are named in BE, as officials name them.
 * Pure: runs in Apps Script V8 and Node alike.
 */
import type { CalendarDate, Lang } from './types';
import { THAI_MONTHS, THAI_MONTHS_SHORT, beYear, ceYear, digits, fromThaiDigits } from './thai';
import { t } from '../i18n';

export type Quarter = 1 | 2 | 3 | 4;
export type RoundMonths = 3 | 6 | 9 | 12;
export const ROUNDS: readonly RoundMonths[] = [3, 6, 9, 12];

export const EN_MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Bangkok calendar day of an instant. Thailand is UTC+7 all year (no DST), so adding
 * 7 h and reading the UTC fields gives the local day without any time-zone library.
 * This lands both sources of dates on the right day:
 * - Apps Script: a cell holding 31/3/2566 in a Bangkok spreadsheet is 2023-03-30T17:00Z;
 *   +7 h is 31 March 00:00.
 * - exceljs: the same cell is 2023-03-31T00:00Z (serials are read as UTC); +7 h is
 *   31 March 07:00, still the 31st.
 * An invalid Date gives NaN fields; parseDate reports it as 'invalid'.
 */
export function toCalendarDate(d: Date): CalendarDate {
  const shifted = new Date(d.getTime() + BANGKOK_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Gregorian leap years: the BE year is only a label, leap rules use CE. */
export function isLeapYear(ce: number): boolean {
  return (ce % 4 === 0 && ce % 100 !== 0) || ce % 400 === 0;
}

export function daysInMonth(ce: number, month: number): number {
  return [31, isLeapYear(ce) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Rejects 31/2, month 13, fractional or NaN fields. */
export function isValidCalendarDate(d: CalendarDate): boolean {
  return [d.year, d.month, d.day].every(Number.isInteger)
    && d.year >= 1 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Negative, zero or positive, like a sort comparator. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  // Date.UTC works in whole days with no DST, so this is exact calendar arithmetic.
  const t2 = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t2.getUTCFullYear(), month: t2.getUTCMonth() + 1, day: t2.getUTCDate() };
}

export function endOfMonth(ce: number, month: number): CalendarDate {
  return { year: ce, month, day: daysInMonth(ce, month) };
}

/** Sheets/Excel day 0 is 30 Dec 1899 (the 1900 leap-year bug shifts the epoch back a day). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** 31 Dec 9999, the last day Sheets and Excel show. */
const MAX_SERIAL = 2958465;

/**
 * A spreadsheet serial day (as exported grids or formulas give them) → the calendar day.
 * The fraction is the time of day and is dropped.
 */
export function fromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const d = new Date(SERIAL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const stripMonthKey = (s: string): string => s.replace(/[.\s]/g, '').toLowerCase();

/** Every way a month is written in the seeds, dots and spaces removed: มีนาคม, มีค, march, mar. */
const MONTH_KEYS: Record<string, number> = (() => {
  const keys: Record<string, number> = {};
  for (let i = 0; i < 12; i++) {
    keys[stripMonthKey(THAI_MONTHS[i])] = i + 1;
    keys[stripMonthKey(THAI_MONTHS_SHORT[i])] = i + 1;
    keys[EN_MONTHS[i].toLowerCase()] = i + 1;
    keys[EN_MONTHS[i].slice(0, 3).toLowerCase()] = i + 1;
  }
  keys.sept = 9;
  return keys;
})();

/** A month name or abbreviation (Thai or English, dots optional) → 1–12, else null. */
export function monthFromName(name: string): number | null {
  return MONTH_KEYS[stripMonthKey(name)] ?? null;
}

/** The full Thai month names, longest first so that a scan never stops at a prefix. */
const THAI_MONTHS_LONGEST_FIRST = THAI_MONTHS.map((name, i) => ({ name, month: i + 1 }))
  .sort((a, b) => b.name.length - a.name.length);

/** Full Thai month names mentioned in free text, in order of appearance. */
export function findThaiMonths(text: string): number[] {
  const found: { at: number; month: number }[] = [];
  let rest = text;
  for (const { name, month } of THAI_MONTHS_LONGEST_FIRST) {
    let at = rest.indexOf(name);
    while (at >= 0) {
      found.push({ at, month });
      // Blank it out so a shorter name cannot match inside it.
      rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
      at = rest.indexOf(name);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.month);
}

/**
 * A written year → CE. Thai documents write BE: 4-digit years from 2400 are BE, two-digit
 * years are short BE (66 → 2566), as in "31 มี.ค. 66". `ce` forces a Common-Era reading.
 */
function readYear(text: string, ce = false): number | null {
  const y = Number(text);
  if (text.length === 2) return ce ? 2000 + y : ceYear(2500 + y);
  if (text.length !== 4) return null;
  if (ce) return y;
  return y >= 2400 ? ceYear(y) : y;
}

function checked(d: CalendarDate): CalendarDate | 'invalid' {
  return isValidCalendarDate(d) ? d : 'invalid';
}

/**
 * Reads a date cell or a date in text.
 * - '' / null / undefined / blank text → null (no date).
 * - Date → its Bangkok day (toCalendarDate); an invalid Date → 'invalid'.
 * - number → a Sheets/Excel serial day (exported grids hold those); out of range → 'invalid'.
 * - text, Thai digits allowed anywhere: "31/3/2566", "31-03-2023", "2023-03-31" (ISO, time
 *   ignored), "๓๑ มีนาคม ๒๕๖๖", "31 มี.ค. 66", "วันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖", "31 March 2023".
 *   Slashed dates are day/month/year, the Thai order. Years: see readYear.
 * Impossible days (31/2/2566) and anything else → 'invalid'.
 */
export function parseDate(value: unknown): CalendarDate | null | 'invalid' {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : toCalendarDate(value);
  if (typeof value === 'number') return fromSerial(value) ?? 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const text = fromThaiDigits(value).replace(/\s+/g, ' ').trim();
  if (text === '') return null;

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return checked({ year: readYear(m[1]) as number, month: Number(m[2]), day: Number(m[3]) });

  m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const year = readYear(m[4]);
    return year === null ? 'invalid' : checked({ year, month: Number(m[3]), day: Number(m[1]) });
  }

  // Word dates: drop the connective words and the era, then "day month year".
  const ce = /ค\.?\s*ศ\.?|\b(?:ad|ce)\b/i.test(text);
  const words = text
    .replace(/วันที่|เดือน|(?:พ|ค)\.?\s*ศ\.?|\b(?:ad|ce|be)\b|,/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  m = /^(\d{1,2})\s*([^\d]+?)\s*(\d{2}|\d{4})$/.exec(words);
  if (m) {
    const month = monthFromName(m[2]);
    const year = readYear(m[3], ce);
    if (month === null || year === null) return 'invalid';
    return checked({ year, month, day: Number(m[1]) });
  }
  return 'invalid';
}

/** FY (BE) of a day: the fiscal year ends on 30 September, so Oct–Dec count toward the next one. */
export function fiscalYearOf(d: CalendarDate): number {
  return beYear(d.year) + (d.month >= 10 ? 1 : 0);
}

/** FY 2566 → 1 Oct 2022 – 30 Sep 2023 (CE fields). */
export function fiscalYearRange(fyBE: number): { start: CalendarDate; end: CalendarDate } {
  const endCE = ceYear(fyBE);
  return { start: { year: endCE - 1, month: 10, day: 1 }, end: { year: endCE, month: 9, day: 30 } };
}

/** Fiscal quarter: 1 Oct–Dec, 2 Jan–Mar, 3 Apr–Jun, 4 Jul–Sep. */
export function quarterOf(d: CalendarDate): Quarter {
  return (d.month >= 10 ? 1 : Math.floor((d.month - 1) / 3) + 2) as Quarter;
}

export function isQuarter(n: unknown): n is Quarter {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Last day of a fiscal quarter; Q1 ends 31 Dec of the CE year before the FY ends. */
export function quarterEnd(fyBE: number, q: Quarter): CalendarDate {
  const endCE = ceYear(fyBE);
  const month = (q * 3 + 9 - 1) % 12 + 1; // 1→12, 2→3, 3→6, 4→9
  return endOfMonth(q === 1 ? endCE - 1 : endCE, month);
}

export function isRound(n: unknown): n is RoundMonths {
  return n === 3 || n === 6 || n === 9 || n === 12;
}

/** A follow-up round counts from 1 October: รอบ ๖ เดือน of FY 2566 = 1 Oct 2022 – 31 Mar 2023. */
export function roundRange(fyBE: number, months: RoundMonths): { start: CalendarDate; end: CalendarDate } {
  return { start: fiscalYearRange(fyBE).start, end: quarterEnd(fyBE, (months / 3) as Quarter) };
}

export interface RoundTextOptions {
  thaiDigits?: boolean;
  lang?: Lang;
}

function monthYear(d: CalendarDate, lang: Lang): string {
  return lang === 'en' ? `${EN_MONTHS[d.month - 1]} ${d.year}` : `${THAI_MONTHS[d.month - 1]} ${beYear(d.year)}`;
}

/** "ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖" (en dash); English uses CE years: "October 2022 – March 2023". */
export function roundMonthsText(fyBE: number, months: RoundMonths, { thaiDigits = false, lang = 'th' }: RoundTextOptions = {}): string {
  const { start, end } = roundRange(fyBE, months);
  const text = t(lang, 'calendar.range', { from: monthYear(start, lang), to: monthYear(end, lang) });
  return lang === 'en' ? text : digits(text, thaiDigits);
}

/** "รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)", the heading of seed 003 for FY 2566. */
export function roundLabel(fyBE: number, months: RoundMonths, options: RoundTextOptions = {}): string {
  const lang = options.lang ?? 'th';
  const text = t(lang, 'calendar.roundLabel', { months, range: roundMonthsText(fyBE, months, { ...options, thaiDigits: false }) });
  return lang === 'en' ? text : digits(text, options.thaiDigits ?? false);
}

/** "ไตรมาส ๒" / "Q2". */
export function quarterLabel(q: Quarter, { thaiDigits = false, lang = 'th' }: RoundTextOptions = {}): string {
  const text = t(lang, 'calendar.quarter', { q });
  return lang === 'en' ? text : digits(text, thaiDigits);
}
