/** The progress report's options: what the caller asks, resolved against the workbook and checked (ReportError); the report's file name. */
import { msg, t, type Bilingual, type Params } from '../../i18n';
import type { CalendarDate, Lang, Unit } from '../../engine/types';
import { toCalendarDate, isRound, fiscalYearOf, isValidCalendarDate, type RoundMonths } from '../../engine/calendar';
import { itaYearFor, type Analysis } from '../../workbook/analyse';
import { matchUnit } from '../../workbook/unit-names';
import { asOfDate } from '../../engine/as-of';
import { fromThaiDigits } from '../../engine/thai';
import { now as clockNow } from '../../engine/clock';

export type ReportErrorCode = 'unknownUnit' | 'ambiguousUnit' | 'noMeasures' | 'badRound' | 'badYear' | 'badDate' | 'noUnits' | 'invalidWorkbook';

/** A report that cannot be made, with a Thai message (`message`) and both languages (`text`). */
export class ReportError extends Error {
  readonly code: ReportErrorCode;
  readonly text: Bilingual;
  constructor(code: ReportErrorCode, params: Params = {}) {
    const text = msg(`report.error.${code}`, params);
    super(text.th);
    this.name = 'ReportError';
    this.code = code;
    this.text = text;
  }
}

export interface ReportOptions {
  unit: string;
  /** Reporting fiscal year (BE); default: Settings, else the unit's latest measures' year, else today's. */
  fiscalYear?: number;
  /** 3, 6, 9 or 12; default 6 (the round every organisation publishes). */
  round?: number;
  /** Add the บันทึกข้อความ cover (seed 001). Default false. */
  memo?: boolean;
  /** A cover page (seed 004's page 1: title, fiscal year, unit, district, province). Default false. */
  cover?: boolean;
  /** The executive's endorsement block at the end (ความเห็นของผู้บริหาร). Default false. */
  endorsement?: boolean;
  /** Default: the Settings sheet's ใช้เลขไทย. */
  thaiDigits?: boolean;
  /**
   * The day the report describes (ข้อมูล ณ วันที่), overriding the as-of rule (as-of.ts: the
   * round's last day once it has passed, today before it). Statuses and overdue are judged on it.
   */
  asOf?: CalendarDate;
  /** Today in Bangkok; default the clock. */
  today?: CalendarDate;
  /** The memo's and the signature's date; default today. */
  date?: CalendarDate;
  /** The memo's document number (ที่); blank: the dotted line to write it on. */
  docNo?: string;
  /** The ITA year the measures answer; default the latest assessed year before the fiscal year. */
  itaYear?: number;
  lang?: Lang;
}

export interface ResolvedReportOptions {
  unit: Unit;
  fiscalYear: number;
  round: RoundMonths;
  memo: boolean;
  cover: boolean;
  endorsement: boolean;
  thaiDigits: boolean;
  /** The day the figures describe. */
  asOf: CalendarDate;
  today: CalendarDate;
  /** The memo's and the signature's date. */
  date: CalendarDate;
  docNo: string;
  itaYear: number | null;
  lang: Lang;
}

export const DEFAULT_ROUND: RoundMonths = 6;

/** Today in Thailand (UTC+7). */
export const todayInBangkok = (now: Date = clockNow()): CalendarDate => toCalendarDate(now);

/** Finds a unit by name, leniently (case and spaces ignored) as the engine matches names. */
export function findUnit(analysis: Analysis, name: string): Unit | undefined {
  return matchUnit(analysis.workbook.units, name).unit ?? undefined;
}

/** The unit a name means, or a ReportError: unknown, or ambiguous with the candidates listed. */
export function resolveUnit(analysis: Analysis, name: string): Unit {
  const match = matchUnit(analysis.workbook.units, name);
  if (match.unit) return match.unit;
  if (match.candidates.length > 1) throw new ReportError('ambiguousUnit', { unit: name, candidates: match.candidates.map((u) => u.name).join(', ') });
  throw new ReportError('unknownUnit', { unit: name });
}

/** Fills the options the caller left out from the workbook, and checks the rest. */
export function resolveReportOptions(analysis: Analysis, options: ReportOptions): ResolvedReportOptions {
  if (analysis.workbook.units.length === 0) throw new ReportError('noUnits');
  const unit = resolveUnit(analysis, options.unit);
  const today = options.today ?? todayInBangkok();
  const round = options.round ?? DEFAULT_ROUND;
  if (!isRound(round)) throw new ReportError('badRound', { value: String(round) });
  const mine = analysis.workbook.measures.filter((m) => m.unit === unit.name);
  const fiscalYear = options.fiscalYear
    ?? analysis.workbook.settings.fiscalYear
    ?? (mine.length ? Math.max(...mine.map((m) => m.year)) : fiscalYearOf(today));
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2400 || fiscalYear > 2800) throw new ReportError('badYear', { value: String(fiscalYear) });
  const itaYear = options.itaYear ?? itaYearFor(analysis, unit.name, fiscalYear) ?? null;
  return {
    unit, fiscalYear, round, itaYear, today,
    asOf: asOfDate({ fiscalYear, round, today, override: options.asOf ?? null }),
    date: options.date ?? today,
    docNo: (options.docNo ?? '').trim(),
    memo: options.memo ?? false,
    cover: options.cover ?? false,
    endorsement: options.endorsement ?? false,
    thaiDigits: options.thaiDigits ?? analysis.workbook.settings.thaiDigits,
    lang: options.lang ?? 'th',
  };
}

/**
 * A day typed as YYYY-MM-DD (`--as-of`, `--date`, the sidebar's date fields, `generateReport`'s
 * options): the year in CE, or in BE when it is 2400 or more (2568-03-31). null when not a real day.
 */
export function parseReportDate(text: string): CalendarDate | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(fromThaiDigits(String(text)));
  if (!m) return null;
  const year = Number(m[1]) >= 2400 ? Number(m[1]) - 543 : Number(m[1]);
  const d = { year, month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(d) ? d : null;
}

/** `<unit> รายงานมาตรการ ITA <ปี> รอบ <n> เดือน` — Arabic digits, so names sort and search alike. */
export function reportName(unit: string, fiscalYear: number, round: number, lang: Lang = 'th'): string {
  return t(lang, 'report.docName', { unit, year: fiscalYear, round });
}
