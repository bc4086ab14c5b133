/**
 * Readers for the free-text columns of the Measures sheet. People type what the seed
 * documents say, so each reader accepts those variants and returns a normal form,
 * or null / 'invalid' for the caller to report as a validation problem.
 * Pure: runs in Apps Script V8 and Node alike.
 */
import type { CalendarDate, Status } from './types';
import { THAI_MONTHS, fromThaiDigits, ceYear } from './thai';
import {
  compareDates, endOfMonth, findThaiMonths, fiscalYearRange, isQuarter, isRound, parseDate, quarterEnd,
  type Quarter,
} from './calendar';

/** Thai digits → Arabic, whitespace collapsed, trimmed: one form for every regex below. */
function clean(value: unknown): string {
  return fromThaiDigits(String(value)).replace(/\s+/g, ' ').trim();
}

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Whole-text status phrases, whitespace removed, lower case, as staff really type them
 * (README lists them). Order matters: "ยังไม่…"/"ไม่ได้…" before done, cancelled first of all.
 */
const CANCELLED = /^(?:ยกเลิก(?:แล้ว|การดำเนินการ|มาตรการ|โครงการ)?|ไม่ดำเนินการ(?:แล้ว|ต่อ)|cancell?ed|dropped)$/;
const NOT_STARTED = /^(?:ยังไม่(?:ได้)?(?:ดำเนินการ|เริ่ม(?:ดำเนินการ)?|ทำ)|ไม่ได้ดำเนินการ|ยังไม่มีการดำเนินการ|รอดำเนินการ|notstarted|not_started|notyetstarted|todo)$/;
const IN_PROGRESS = /^(?:(?:อยู่)?(?:ใน)?ระหว่าง(?:การ)?ดำเนินการ|กำลัง(?:ดำเนินการ|ทำ)|ดำเนินการอยู่|inprogress|in_progress|ongoing)$/;
/** Done, optionally followed by "เมื่อ(วันที่) <date>" (seeds 003/004). */
const DONE = /^(?:ดำเนินการ(?:เรียบร้อย(?:แล้ว)?|แล้ว(?:เสร็จ)?|เสร็จ(?:สิ้น)?(?:แล้ว)?|ครบ(?:ถ้วน)?แล้ว)|(?:ทำ)?เสร็จ(?:สิ้น)?(?:แล้ว)?|ทำแล้ว|แล้วเสร็จ|เรียบร้อยแล้ว|done|completed?|finished)(เมื่อ.*|on.*)?$/;
/** "ดำเนินการเมื่อวันที่ ๓ เดือน เมษายน พ.ศ.๒๕๖๖": a completion date is itself a done status. */
const DONE_ON = /^ดำเนินการ(เมื่อ.*)$/;

/**
 * The status phrases, for the sheet's conditional-format rules (src/gas/format-rules.ts), which
 * test the same patterns on the same compact text, in the same order: cancelled, not started,
 * in progress, done (a done text with a date, or a bare completion date).
 */
export const STATUS_PATTERNS = { cancelled: CANCELLED, not_started: NOT_STARTED, in_progress: IN_PROGRESS, done: [DONE, DONE_ON] } as const;

/**
 * The status column → a Status, with the completion date when the text carries one.
 * Blank means not started: a new row has no status yet, and the add-on's dropdown default
 * is the first state. Whitespace and Thai digits do not matter. A check mark ("/", as in
 * seed 001's tick table) or any other text is not a status → null; so is a done text whose
 * date cannot be read (the caller reports it rather than losing the date silently).
 */
export function normalizeStatus(value: unknown): { status: Status; doneOn: CalendarDate | null } | null {
  if (isBlank(value)) return { status: 'not_started', doneOn: null };
  if (typeof value !== 'string') return null;
  const compact = clean(value).replace(/\s+/g, '').replace(/[.。]+$/, '').toLowerCase();
  if (CANCELLED.test(compact)) return { status: 'cancelled', doneOn: null };
  if (NOT_STARTED.test(compact)) return { status: 'not_started', doneOn: null };
  if (IN_PROGRESS.test(compact)) return { status: 'in_progress', doneOn: null };
  const m = DONE.exec(compact) ?? DONE_ON.exec(compact);
  if (!m) return null;
  const when = m[1];
  if (when === undefined) return { status: 'done', doneOn: null };
  const date = parseDate(when.replace(/^(?:เมื่อ|on)/, ''));
  return date === null || date === 'invalid' ? null : { status: 'done', doneOn: date };
}

/** Separators between quarters or rounds: "1-2", "1, 2", "1/2", "1 และ 2". */
const LIST_SEP = /\s*(?:[-–,/&+]|และ|ถึง|and|to)\s*/;

/**
 * The timeline column → the due date within fiscal year `fiscalYearBE`:
 * - blank → { due: null } (no due date, never overdue);
 * - "ไตรมาสที่ ๔", "ไตรมาส 1", "ไตรมาส 1-2", "Q1–Q2" → end of the last quarter named;
 * - "ทุกไตรมาส", "ตลอดปีงบประมาณ", "ทุกเดือน", "ตลอดปี" → end of the fiscal year;
 * - "รอบ ๖ เดือน / รอบ ๑๒ เดือน" (a follow-up rhythm written as a timeline) → end of the last round;
 * - "ภายในเดือนมกราคม", "เดือนเมษายน และ เดือนตุลาคม" → end of the latest such month in the FY;
 *   a year written after the month (BE) is taken as given: "ภายในเดือนตุลาคม ๒๕๖๕";
 * - a Date, a serial number or date text → that day;
 * - anything else → 'invalid'.
 */
export function parseTimeline(value: unknown, fiscalYearBE: number): { due: CalendarDate | null } | 'invalid' {
  if (isBlank(value)) return { due: null };
  if (typeof value !== 'string') {
    const date = parseDate(value);
    return date === 'invalid' ? 'invalid' : { due: date };
  }
  const text = clean(value);
  const compact = text.replace(/\s+/g, '').toLowerCase();
  const fyEnd = fiscalYearRange(fiscalYearBE).end;

  // Recurring work is due when the year closes.
  if (/^(?:ทุกไตรมาส|ตลอดปี|ทั้งปี|ทุก(?:\d+)?เดือน|everyquarter|quarterly|monthly|allyear|wholeyear|throughouttheyear)/.test(compact)) {
    return { due: fyEnd };
  }

  // A trailing note such as "(ต.ค.-ธ.ค.)" only repeats the quarter's months.
  const quarters = /^(?:ไตรมาส(?:ที่)?|quarter|q)(.+?)(?:\(.*\))?$/.exec(compact);
  if (quarters) {
    const parts = quarters[1].split(LIST_SEP).map((p) => p.replace(/^(?:ไตรมาส(?:ที่)?|quarter|q)/i, ''));
    const qs = parts.map(Number);
    if (parts.some((p) => p === '') || !qs.every(isQuarter)) return 'invalid';
    return { due: quarterEnd(fiscalYearBE, Math.max(...qs) as Quarter) };
  }

  if (/^-?รอบ/.test(compact)) {
    const rounds = parseRounds(text);
    if (rounds === 'invalid' || rounds.length === 0) return 'invalid';
    return { due: quarterEnd(fiscalYearBE, (Math.max(...rounds) / 3) as Quarter) };
  }

  const date = parseDate(text);
  if (date !== 'invalid') return { due: date };

  const months = findThaiMonths(text);
  if (months.length > 0 && onlyMonthWords(text)) {
    const year = /(\d{4})\s*$/.exec(text);
    if (year && months.length === 1) return { due: endOfMonth(ceYear(Number(year[1])), months[0]) };
    if (year) return 'invalid';
    // Latest in fiscal order: October is the first month, September the last.
    const last = months.reduce((a, b) => ((b + 2) % 12 > (a + 2) % 12 ? b : a));
    const endCE = ceYear(fiscalYearBE);
    return { due: endOfMonth(last >= 10 ? endCE - 1 : endCE, last) };
  }
  return 'invalid';
}

/** True when the text is month names plus the connective words of a deadline, nothing else. */
function onlyMonthWords(text: string): boolean {
  let rest = text;
  for (const word of ['ภายใน', 'เดือน', 'และ', 'ของทุกปี', 'พ.ศ.', ',']) rest = rest.split(word).join(' ');
  for (const name of THAI_MONTHS) rest = rest.split(name).join(' ');
  return /^[\s\d]*$/.test(rest);
}

/**
 * The follow-up column → sorted, distinct rounds in months: "6, 12", "รอบ ๖ เดือน / รอบ ๑๒ เดือน",
 * "รายงานผลการดำเนินงานตามมาตรการ -รอบ ๓ เดือน -รอบ ๖ เดือน" (seed 003: prose around the
 * rounds is ignored once "รอบ" names them), 6, "ทุก ๖ เดือน" → [6, 12], "ทุกไตรมาส" → all four.
 * Only 3, 6, 9 and 12 are rounds; blank → []; anything else → 'invalid'.
 */
export function parseRounds(value: unknown): number[] | 'invalid' {
  if (isBlank(value)) return [];
  if (typeof value === 'number') return isRound(value) ? [value] : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const text = clean(value);
  const compact = text.replace(/\s+/g, '').toLowerCase();

  let found: number[];
  if (/ทุกไตรมาส|everyquarter|quarterly/.test(compact)) {
    found = [3, 6, 9, 12];
  } else if (/(?:ทุก|every)(\d+)(?:เดือน|months?)/.test(compact)) {
    const step = Number(/(?:ทุก|every)(\d+)/.exec(compact)?.[1]);
    found = step === 3 || step === 6 ? [3, 6, 9, 12].filter((n) => n % step === 0) : [step];
  } else if (/รอบ/.test(compact)) {
    // "รอบ 6 เดือน และ 12 เดือน" names two rounds after one "รอบ".
    const lists = Array.from(compact.matchAll(/รอบ((?:\d+(?:เดือน)?(?:,|\/|และ)?)+)/g), (m) => m[1]);
    found = lists.flatMap((list) => Array.from(list.matchAll(/\d+/g), (m) => Number(m[0])));
  } else {
    // A bare list: numbers, separators and the words month(s)/เดือน only.
    const rest = text.toLowerCase().replace(/เดือน|-?months?|rounds?|และ|and/g, ' ');
    if (!/^[\d\s,/;&+\-–]+$/.test(rest)) return 'invalid';
    found = Array.from(rest.matchAll(/\d+/g), (m) => Number(m[0]));
  }
  if (found.length === 0 || !found.every(isRound)) return 'invalid';
  return Array.from(new Set(found)).sort((a, b) => a - b);
}

/**
 * Overdue: the due day has passed (due < asOf) and the measure is neither done nor cancelled.
 * Due today is not late. Judge a past date on the status at that date (as-of.ts).
 */
export function isOverdue(m: { status: Status; due: CalendarDate | null }, asOf: CalendarDate): boolean {
  return m.status !== 'done' && m.status !== 'cancelled' && m.due !== null && compareDates(m.due, asOf) < 0;
}

/**
 * The indicators column → codes as strings, in order, without repeats: "7, 9", "7,9,10",
 * "ตัวชี้วัดที่ ๗", 7 → ['7']. Codes are the numbers in the text (dotted sub-codes such as
 * "9.1" kept whole); whether they exist in the framework is the caller's check.
 */
export function parseIndicatorCodes(value: unknown): string[] {
  if (isBlank(value)) return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : [];
  const text = clean(String(value));
  const codes = Array.from(text.matchAll(/\d+(?:\.\d+)*/g), (m) => m[0].replace(/^0+(?=\d)/, ''));
  return Array.from(new Set(codes));
}
