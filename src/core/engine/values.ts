/** Reading raw cell values (what getValues returns) as text and numbers. */
import { fromThaiDigits } from './thai';
import { toCalendarDate } from './calendar';

/** A cell as trimmed text; numbers as written, Dates as their ISO day in Bangkok (the sheets' time zone). */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return '';
    const d = toCalendarDate(value);
    return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
  return String(value).trim();
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
/** Thousands grouped by commas, as Thai documents write them: 1,234 or 12,345.67. */
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** A comma where the decimal point belongs ("87,50", "๘๗,๕"): never read as 8750. */
const COMMA_DECIMAL = /^[-+]?\d+,\d+$/;

/**
 * A number from a number cell or a text like "๘๗.๕๗" or "1,234.5"; null when blank, NaN when
 * not a number. A comma is a thousands separator only where it groups three digits, so a
 * comma decimal ("87,50") is NaN, not 8750: the caller reports what was typed (numberProblem).
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  const s = fromThaiDigits(text(value)).replace(/\s+/g, '');
  if (s === '') return null;
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (GROUPED_NUMBER.test(s)) return Number(s.replace(/,/g, ''));
  return NaN;
}

/** Why a cell is not a number: a comma decimal (with the dotted form to type instead), or not a number at all. */
export function numberProblem(value: unknown): { code: 'commaDecimal'; suggestion: string } | { code: 'notNumber' } {
  const typed = text(value);
  if (COMMA_DECIMAL.test(fromThaiDigits(typed).replace(/\s+/g, ''))) return { code: 'commaDecimal', suggestion: typed.replace(/\s+/g, '').replace(',', '.') };
  return { code: 'notNumber' };
}

/** A Buddhist-Era year such as 2566 (also from "๒๕๖๖" or "พ.ศ. 2566"); NaN otherwise, null when blank. */
export function parseYear(value: unknown): number | null {
  const s = fromThaiDigits(text(value)).replace(/^พ\.?\s*ศ\.?\s*/, '');
  if (s === '') return null;
  const n = parseNumber(s);
  return n !== null && Number.isInteger(n) && n >= 2400 && n <= 2800 ? n : NaN;
}

/** TRUE/FALSE, ใช่/ไม่ใช่, yes/no, 1/0; null when blank or unreadable. */
export function parseBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const s = text(value).toLowerCase();
  if (['true', 'yes', 'y', '1', 'ใช่', 'ใช้'].includes(s)) return true;
  if (['false', 'no', 'n', '0', 'ไม่', 'ไม่ใช่', 'ไม่ใช้'].includes(s)) return false;
  return null;
}

/**
 * An instant from a date-time cell: a Date (Sheets, .xlsx), or the ISO text the JSON grid form
 * holds ("2025-04-01T14:05:00+07:00", or a bare day as Bangkok midnight); null otherwise.
 */
export function instantOf(value: unknown): Date | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const zoned = s.length === 10 ? `${s}T00:00:00+07:00` : /(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}+07:00`;
  const d = new Date(zoned);
  return isNaN(d.getTime()) ? null : d;
}
