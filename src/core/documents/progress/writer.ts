/** What the report's sections share: the Writer (one language, one digit setting), paragraphs, measure numbers, status shares. */
import { toThaiDigits, digits, fromThaiDigits, formatNumber, formatThaiDate } from '../../engine/thai';
import { PROGRESS_STATUSES, type Lang, type CalendarDate, type Measure, type Status } from '../../engine/types';
import { t, type Params } from '../../i18n';
import { roundLabel, compareDates, roundRange, type RoundMonths } from '../../engine/calendar';
import type { Run, Align, ParagraphBlock } from '../model';
import { spaceYamok } from '../thai-breaks';
import type { MeasureProgress } from '../../engine/progress';
import type { ResolvedReportOptions } from './options';

/**
 * Thai digits in typed text: a document that writes ๒๕๖๘ and "ไตรมาส 1" side by side reads as
 * unfinished. Words holding a Latin letter (codes such as O43, e6, ISO, web and mail addresses)
 * keep their digits.
 */
export function thaiDigitsInTypedText(text: string): string {
  return text.split(/(\s+)/).map((word) => (/[A-Za-z@]/.test(word) ? word : toThaiDigits(word))).join('');
}

/** Writing helpers bound to one report's language and digit setting. */
export class Writer {
  readonly thai: boolean;
  constructor(readonly lang: Lang, thaiDigits: boolean) {
    this.thai = lang === 'th' && thaiDigits;
  }
  /** A catalog string: its own words take the digit setting, the params are inserted as given. */
  tx(key: string, params: Params = {}): string {
    const template = digits(t(this.lang, key), this.thai);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
      // "พ.ศ." is never left at a line end apart from its year: a no-break space joins them.
      .replace(/พ\.ศ\.[ ]+(?=[0-9๐-๙])/g, 'พ.ศ.\u00a0');
  }
  /**
   * Text a user typed, in the report's digits: a table mixing both reads badly. ๓๑ → 31 is
   * always safe; 0–9 → ๐–๙ spares words with Latin letters (thaiDigitsInTypedText).
   */
  user(text: string): string {
    // ไม้ยมก spaced as the Royal Institute writes it: "อื่นๆ" would break as ช่องทา / งอื่นๆ (thai-breaks.ts).
    return spaceYamok(this.thai ? thaiDigitsInTypedText(text) : fromThaiDigits(text));
  }
  num(n: number): string {
    return formatNumber(n, { decimals: 2, thaiDigits: this.thai });
  }
  int(n: number | string): string {
    return digits(String(n), this.thai);
  }
  signed(n: number): string {
    return (n > 0 ? '+' : '') + this.num(n);
  }
  date(d: CalendarDate): string {
    return this.lang === 'en' ? `${d.day}/${d.month}/${d.year}` : formatThaiDate(d, { thaiDigits: this.thai });
  }
  round(fy: number, round: RoundMonths): string {
    return roundLabel(fy, round, { thaiDigits: this.thai, lang: this.lang });
  }
  year(be: number): string {
    return this.lang === 'en' ? String(be - 543) : this.int(be);
  }
}

export const para = (runs: Run[] | string, align: Align = 'left', indent = false): ParagraphBlock =>
  ({ kind: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, align, ...(indent ? { indent } : {}) });

/** "อำเภอ" / "จังหวัด" are written by the template; strip them if the sheet repeats them. */
export const bare = (s: string, prefixes: string[]): string => {
  let out = s.trim();
  for (const p of prefixes) if (out.startsWith(p)) out = out.slice(p.length).trim();
  return out;
};

export function measureNo(m: Measure, index: number, w: Writer): string {
  return w.int(m.no.replace(/[.)\s]+$/, '') || String(index + 1));
}

/** A measure of the report: as the sheet has it (`m`), as it stood on the as-of day (`at`), its number. */
export interface ReportMeasure {
  m: Measure;
  at: Measure;
  no: string;
}

// Percentages as a reader computes them, and the counting prose the memo and the summary share (issue 19).
export { statusShares, cancelledPart, type StatusShares } from './prose';

/**
 * A round-12 report describing the year's last day (or later): the year has ended, so what is not
 * done is carried on in the next fiscal year rather than hurried. A round-12 report made before
 * the year ends (as of today) still speaks of following them up.
 */
export const yearEnded = (o: ResolvedReportOptions): boolean =>
  o.round === 12 && compareDates(o.asOf, roundRange(o.fiscalYear, 12).end) >= 0;

export function indicatorLabel(w: Writer, code: string, name: string): string {
  return w.tx('report.ita.indicatorName', { code: w.int(code), name });
}

export function statusLabel(w: Writer, s: Status): string {
  return w.tx(`status.${s}`);
}
