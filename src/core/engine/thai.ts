/**
 * Thai numerals, month names and date/number formatting for official text.
 * Pure: runs in Apps Script V8 and Node alike.
 */
import type { CalendarDate } from './types';
import { roundHalfUp } from './numbers';

/** U+0E50 THAI DIGIT ZERO; ๐–๙ are contiguous, like 0–9. */
const THAI_ZERO = 0x0e50;

/** 0-9 → ๐-๙; every other character is kept. */
export function toThaiDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** ๐-๙ → 0-9, so that Thai-digit text can be parsed with ordinary regexes and Number(). */
export function fromThaiDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** The one switch the renderers call: Thai digits when the settings ask for them. */
export function digits(s: string | number, thai: boolean): string {
  return thai ? toThaiDigits(s) : fromThaiDigits(String(s));
}

export const THAI_MONTHS: readonly string[] = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
];

export const THAI_MONTHS_SHORT: readonly string[] = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
];

/** Buddhist Era = Common Era + 543 (the Thai calendar has no other offset). */
export const beYear = (ce: number): number => ce + 543;
export const ceYear = (be: number): number => be - 543;

export interface NumberFormat {
  /** Always this many places: published ITA scores show 2 (90.00, not 90). */
  decimals?: number;
  thaiDigits?: boolean;
}

/** 87.5656 → "87.57" / "๘๗.๕๗"; 1234.5 → "1,234.50". Half-up, as scores are published. */
export function formatNumber(n: number, { decimals = 2, thaiDigits = false }: NumberFormat = {}): string {
  const rounded = roundHalfUp(n, decimals);
  const fixed = Math.abs(rounded).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // roundHalfUp(-0.001) is -0: no sign unless something non-zero is shown.
  const sign = rounded < 0 && Number(fixed) !== 0 ? '-' : '';
  const text = sign + grouped + (frac !== undefined ? '.' + frac : '');
  return digits(text, thaiDigits);
}

export type ThaiDateStyle = 'long' | 'formal' | 'short';

export interface ThaiDateFormat {
  thaiDigits?: boolean;
  /** long "๓๑ มีนาคม ๒๕๖๖"; formal "วันที่ ๓๑ เดือน มีนาคม พ.ศ. ๒๕๖๖"; short "๓๑ มี.ค. ๖๖". */
  style?: ThaiDateStyle;
}

/** A CE calendar date written the Thai way, with the BE year. */
export function formatThaiDate(d: CalendarDate, { thaiDigits = false, style = 'long' }: ThaiDateFormat = {}): string {
  const be = beYear(d.year);
  let text: string;
  switch (style) {
    case 'formal':
      text = `วันที่ ${d.day} เดือน ${THAI_MONTHS[d.month - 1]} พ.ศ. ${be}`;
      break;
    case 'short':
      // Two-digit BE year, as in tables: 2566 → 66.
      text = `${d.day} ${THAI_MONTHS_SHORT[d.month - 1]} ${String(be % 100).padStart(2, '0')}`;
      break;
    default:
      text = `${d.day} ${THAI_MONTHS[d.month - 1]} ${be}`;
  }
  return digits(text, thaiDigits);
}
