/**
 * buildReport: the engine's analysis → the progress report of one unit for one fiscal year
 * and round (issue 4). One model for both renderers, so the Google Doc and the .docx say
 * exactly the same thing. Wording follows the seeds (000 analysis, 001 memo and status
 * table, 003/004 reports). Issue 9: the report describes the round it names (as-of.ts), the
 * measures table sits on landscape pages, and the ITA-result builders (rankingTable,
 * extremeParagraphs, scoreChart, coverageTable) are exported for other documents of this model.
 *
 * Digits: with `thaiDigits` every figure and every generated word is written with ๐–๙, and
 * so are the numbers in text users typed ("ไตรมาส 1" → "ไตรมาส ๑"), except inside words with
 * Latin letters, codes and addresses ("O43", "e6", "www.x.go.th/2568"), which stay as typed.
 * With Arabic digits chosen, typed Thai digits are converted the other way.
 */
import type { Analysis } from '../../workbook/analyse';
import { itaYearFor } from '../../workbook/analyse';
import type { Assessment, CalendarDate, Lang, Measure, Status, Unit } from '../../engine/types';
import { PROGRESS_STATUSES } from '../../engine/types';
import { compareDates, fiscalYearOf, isRound, isValidCalendarDate, roundLabel, roundRange, toCalendarDate, type RoundMonths } from '../../engine/calendar';
import { digits, formatNumber, formatThaiDate, fromThaiDigits, toThaiDigits } from '../../engine/thai';
import { coverage, measuresOf, summarizeMeasures, type MeasureProgress } from '../../engine/progress';
import { asOfDate, isOverdueAsOf, measuresAsOf } from '../../engine/as-of';
import { normalizeName } from '../../workbook/sheets';
import { largestRemainder } from '../../engine/numbers';
import { toolsHoldingLevel } from '../../engine/levels';
import { msg, t, type Bilingual, type Params } from '../../i18n';
import { barChartSvg } from '../chart';
import { toolsSentence } from './tools-sentence';
import { frameworkFor } from '../../engine/frameworks';
import { signatureBlock } from '../signature';
import {
  REPORT_STYLE, boldLabelWidthPt, CONTENT_WIDTH_PT, contentWidthPt, type Align, type Block, type Cell, type ChartBlock, type ParagraphBlock, type ReportDoc, type ReportSection, type Run, type TableBlock,
} from '../model';
import { now as clockNow } from '../../engine/clock';

export type ReportErrorCode = 'unknownUnit' | 'noMeasures' | 'badRound' | 'badYear' | 'badDate' | 'noUnits' | 'invalidWorkbook';

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
  const key = normalizeName(name);
  return analysis.workbook.units.find((u) => normalizeName(u.name) === key);
}

/** Fills the options the caller left out from the workbook, and checks the rest. */
export function resolveReportOptions(analysis: Analysis, options: ReportOptions): ResolvedReportOptions {
  if (analysis.workbook.units.length === 0) throw new ReportError('noUnits');
  const unit = findUnit(analysis, options.unit);
  if (!unit) throw new ReportError('unknownUnit', { unit: options.unit });
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
    return this.thai ? thaiDigitsInTypedText(text) : fromThaiDigits(text);
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
const bare = (s: string, prefixes: string[]): string => {
  let out = s.trim();
  for (const p of prefixes) if (out.startsWith(p)) out = out.slice(p.length).trim();
  return out;
};

/**
 * The timeline as the report writes it. A date typed in the cell ("31/3/2568", or a date
 * cell, which the sheet hands over as "2025-02-27T17:00:00.000Z" — CE, and the day before in
 * UTC) is written in full from the parsed due date ("๒๘ กุมภาพันธ์ ๒๕๖๘", never "๒๘ ก.พ. ๖๘": an
 * official document spells dates out); words ("ไตรมาส ๒") as typed.
 */
export function timelineText(m: Measure, w: Writer): string {
  if (m.due && m.timeline && !/[\u0e01-\u0e2e]/.test(m.timeline)) return w.date(m.due);
  return w.user(m.timeline);
}

export function measureNo(m: Measure, index: number, w: Writer): string {
  return w.int(m.no.replace(/[.)\s]+$/, '') || String(index + 1));
}

export function buildReport(analysis: Analysis, options: ReportOptions): ReportDoc {
  const o = resolveReportOptions(analysis, options);
  const w = new Writer(o.lang, o.thaiDigits);
  const unit = o.unit;
  const sheetMeasures = measuresOf(analysis.workbook.measures, unit.name, o.fiscalYear);
  if (sheetMeasures.length === 0) throw new ReportError('noMeasures', { unit: unit.name, year: o.fiscalYear });
  const assessment = o.itaYear === null ? undefined : analysis.assessments.find((a) => a.unit === unit.name && a.year === o.itaYear);
  const previous = assessment && assessment.previousYear !== null
    ? analysis.assessments.find((a) => a.unit === unit.name && a.year === assessment.previousYear)
    : undefined;

  // The one as-of rule (as-of.ts): every status and overdue flag as it stood on o.asOf.
  const at = measuresAsOf(sheetMeasures, o.asOf, o.today);
  const rows: ReportMeasure[] = sheetMeasures.map((m, i) => ({ m, at: at.measures[i], no: measureNo(m, i, w) }));
  const progress = summarizeMeasures(at.measures, o.asOf);
  const shares = statusShares(progress);
  const roundText = w.round(o.fiscalYear, o.round);
  const overdue = rows.filter((r) => isOverdueAsOf(r.m, o.asOf, o.today));
  const weak = weakBlocks(o, w, assessment, rows, analysis);

  const sections: ReportSection[] = [];
  if (o.memo) sections.push({ id: 'memo', blocks: memoBlocks(o, w, assessment, progress, shares, overdue, roundText) });
  if (o.cover) sections.push({ id: 'cover', blocks: coverBlocks(o, w, roundText) });
  // After a cover page the report's first page repeats none of it: the title as its heading (seed 004).
  sections.push({ id: 'title', blocks: o.cover ? titleAfterCover(w) : titleBlocks(o, w, roundText) });
  sections.push({ id: 'ita', blocks: itaBlocks(o, w, assessment, previous, analysis) });
  sections.push({ id: 'weak', blocks: weak.blocks });
  sections.push({ id: 'measures', blocks: measureBlocks(o, w, rows, roundText), orientation: 'landscape' });
  sections.push({ id: 'summary', blocks: summaryBlocks(o, w, progress, shares, overdue) });
  sections.push({ id: 'signature', blocks: [reportSignature(o, w)] });
  if (o.endorsement) sections.push({ id: 'endorsement', blocks: endorsementBlocks(o, w) });

  const uncertain = new Set(at.uncertain);
  return {
    meta: {
      unit: unit.name, fiscalYear: o.fiscalYear, round: o.round, itaYear: assessment ? assessment.year : null,
      thaiDigits: w.thai, lang: o.lang, memo: o.memo, cover: o.cover, endorsement: o.endorsement,
      asOf: o.asOf, date: o.date, docNo: o.docNo,
      uncertain: rows.filter((r) => uncertain.has(r.m)).map((r) => `${fromThaiDigits(r.no)}. ${r.m.title}`),
      uncovered: weak.gaps.map(fromThaiDigits),
      noResult: rows.filter((r) => (r.at.status === 'done' || r.at.status === 'in_progress') && !r.m.result.trim()).map((r) => fromThaiDigits(r.no)),
      roundEnd: roundRange(o.fiscalYear, o.round).end,
      name: reportName(unit.name, o.fiscalYear, o.round, o.lang), measureCount: sheetMeasures.length,
    },
    sections,
  };
}

/** A measure of the report: as the sheet has it (`m`), as it stood on the as-of day (`at`), its number. */
interface ReportMeasure {
  m: Measure;
  at: Measure;
  no: string;
}

/**
 * What the person making the report must be told (never the document): measures done with no
 * date, whose status on the as-of day could not be reconstructed. null when there are none.
 */
export function uncertainWarning(doc: ReportDoc): Bilingual | null {
  if (doc.meta.uncertain.length === 0) return null;
  const d = doc.meta.asOf;
  return msg('report.warning.uncertain', {
    count: doc.meta.uncertain.length, list: doc.meta.uncertain.join('; '),
    asOf: `${d.day}/${d.month}/${d.year + 543}`,
  });
}

/** Days from `a` to `b` (calendar dates, no time zone involved). */
const daysBetween = (a: CalendarDate, b: CalendarDate): number =>
  Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** A memo or signature dated this long after the round's last day is more likely a wrong year or --date. */
export const LATE_SIGNING_DAYS = 60;

const beDate = (d: CalendarDate): string => `${d.day}/${d.month}/${d.year + 543}`;

/**
 * Everything the person making the report must be told and the document must not say, one
 * message each: statuses that could not be told at the as-of day (uncertainWarning), indicators
 * to develop that no measure addresses (the advice to add measures), a signing date long after
 * the round, measures done or in progress whose result is blank. The CLI writes one stderr line
 * each; generateReport and the sidebar carry them joined as `warning` (reportWarning).
 */
export function reportWarnings(doc: ReportDoc): Bilingual[] {
  const out: Bilingual[] = [];
  const uncertain = uncertainWarning(doc);
  if (uncertain) out.push(uncertain);
  const m = doc.meta;
  if (m.uncovered?.length) out.push(msg('report.warning.uncovered', { list: m.uncovered.join(', ') }));
  if (m.roundEnd && daysBetween(m.roundEnd, m.date) > LATE_SIGNING_DAYS) {
    out.push(msg('report.warning.lateDate', { date: beDate(m.date), roundEnd: beDate(m.roundEnd) }));
  }
  if (m.noResult?.length) out.push(msg('report.warning.noResult', { list: m.noResult.join(', ') }));
  return out;
}

/** reportWarnings as one message (a line each), or null: the `warning` of generateReport and the sidebar. */
export function reportWarning(doc: ReportDoc): Bilingual | null {
  const all = reportWarnings(doc);
  return all.length ? { th: all.map((x) => x.th).join('\n'), en: all.map((x) => x.en).join('\n') } : null;
}

/**
 * Percentages of the three progress statuses among the active measures, rounded so that they
 * add up to the 100.00 of the total row (largestRemainder); the memo and the summary sentence
 * quote the same "done" figure as the table.
 */
function statusShares(p: MeasureProgress): Record<(typeof PROGRESS_STATUSES)[number], number> {
  const shares = largestRemainder(PROGRESS_STATUSES.map((s) => p.byStatus[s]));
  return Object.fromEntries(PROGRESS_STATUSES.map((s, i) => [s, shares[i]])) as Record<(typeof PROGRESS_STATUSES)[number], number>;
}
type StatusShares = ReturnType<typeof statusShares>;

/** The memo's ส่วนราชการ line (seed 001): the owning division, the unit, "โทร." and the phone. */
function agencyLine(o: ResolvedReportOptions, w: Writer): string {
  const division = o.unit.division.trim();
  const name = division && !division.includes(o.unit.name) ? `${w.user(division)} ${o.unit.name}` : division ? w.user(division) : o.unit.name;
  // No-break spaces: a phone number never wraps across lines ("๐ / ๔๒๕๓ ๑๒๓๔").
  const phone = w.user(o.unit.phone.trim()).replace(/ /g, '\u00a0');
  return phone ? w.tx('report.memo.agencyPhone', { agency: name, phone }) : name;
}

function memoBlocks(
  o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, p: MeasureProgress, shares: StatusShares, overdue: ReportMeasure[], roundText: string,
): Block[] {
  const year = w.year(o.fiscalYear);
  const subject = `${w.tx('report.title')} ${w.tx('report.subtitle', { year, round: roundText.replace(/\s*\(.*\)$/, '') })}`;
  const opening = a
    ? w.tx('report.memo.opening', { unit: o.unit.name, itaYear: w.year(a.year), total: w.num(a.total), level: a.level, year })
    : w.tx('report.memo.openingNoIta', { unit: o.unit.name, year });
  const counts = {
    round: roundText, asOf: w.date(o.asOf), total: w.int(p.total), active: w.int(p.active), cancelled: w.int(p.byStatus.cancelled),
    done: w.int(p.byStatus.done), percent: w.num(shares.done),
    inProgress: w.int(p.byStatus.in_progress), notStarted: w.int(p.byStatus.not_started),
  };
  return [
    {
      kind: 'memoHeader',
      title: w.tx('report.memo.title'),
      lines: [
        [{ label: w.tx('report.memo.agency'), value: agencyLine(o, w) }],
        [{ label: w.tx('report.memo.ref'), value: o.docNo ? w.user(o.docNo) : w.tx('report.memo.refBlank') }, { label: w.tx('report.memo.date'), value: w.date(o.date) }],
        [{ label: w.tx('report.memo.subject'), value: subject }],
        [{ label: w.tx('report.memo.to'), value: w.user(o.unit.addressee) }],
      ],
    },
    para(opening, 'justify', true),
    para(w.tx('report.memo.progress', { ...counts, cancelledPart: cancelledPart(w, p) }), 'justify', true),
    ...(overdue.length ? [para(memoOverdueSentence(o, w, overdue), 'justify', true)] : []),
    para(w.tx('report.memo.closing', { unit: o.unit.name }), 'justify', true),
    memoSignatureBlock(o, w),
    { kind: 'pageBreak' },
  ];
}

/**
 * A round-12 report describing the year's last day (or later): the year has ended, so what is not
 * done is carried on in the next fiscal year rather than hurried. A round-12 report made before
 * the year ends (as of today) still speaks of following them up.
 */
const yearEnded = (o: ResolvedReportOptions): boolean =>
  o.round === 12 && compareDates(o.asOf, roundRange(o.fiscalYear, 12).end) >= 0;

/** The memo names the overdue measures in one sentence, and what will become of them. */
function memoOverdueSentence(o: ResolvedReportOptions, w: Writer, overdue: ReportMeasure[]): string {
  const items = overdue.map((r) => w.tx('report.memo.overdueItem', { no: r.no, title: w.user(r.m.title) }));
  const list = items.length > 1 ? `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}` : items[0];
  const next = yearEnded(o)
    ? w.tx('report.memo.overdueCarryOver', { nextYear: w.year(o.fiscalYear + 1) })
    : w.tx('report.memo.overdueFollowUp');
  return w.tx('report.memo.overdue', { asOf: w.date(o.asOf), count: w.int(overdue.length), list, next });
}

/** "ยกเลิก ๑ มาตรการ คงเหลือ… ๖ มาตรการ " when some measures were cancelled: they leave the percentages. */
const cancelledPart = (w: Writer, p: MeasureProgress): string =>
  (p.byStatus.cancelled ? w.tx('report.cancelledPart', { cancelled: w.int(p.byStatus.cancelled), active: w.int(p.active) }) : '');

/** District and province as the title and the cover write them ('' when neither is known). */
export function placeLine(o: ResolvedReportOptions, w: Writer): string {
  const district = bare(o.unit.district, ['อำเภอ', 'อ.']);
  const province = bare(o.unit.province, ['จังหวัด', 'จ.']);
  if (district && province) return w.tx('report.place', { district, province });
  return province ? w.tx('report.placeProvince', { province }) : '';
}

/** Seed 004's page 1: the title, the fiscal year and the round high on the page, the unit lower down; alone on the page. */
function coverBlocks(o: ResolvedReportOptions, w: Writer, roundText: string): Block[] {
  const place = placeLine(o, w);
  const texts = [w.tx('report.title1'), w.tx('report.title2'), w.tx('report.yearLine', { year: w.year(o.fiscalYear) }), roundText, o.unit.name, place];
  // As large as the longest line allows on one line (a cover line never wraps), at most coverTitleSize.
  const fits = (size: number) => texts.every((t) => boldLabelWidthPt(t, size) <= CONTENT_WIDTH_PT * 0.95);
  const size = [REPORT_STYLE.coverTitleSize, 22, 20, REPORT_STYLE.titleSize].find(fits) ?? REPORT_STYLE.titleSize;
  const line = (text: string, spaceBefore = 0): Block =>
    ({ kind: 'heading', level: 1, text, align: 'center', size, ...(spaceBefore ? { spaceBefore } : {}) });
  return [
    line(w.tx('report.title1'), 150),
    line(w.tx('report.title2')),
    line(w.tx('report.yearLine', { year: w.year(o.fiscalYear) })),
    line(roundText),
    line(o.unit.name, 190),
    ...(place ? [line(place)] : []),
    { kind: 'pageBreak' },
  ];
}

/**
 * The report's first page after a cover: only the title, as a heading (the cover already says
 * the year, round and unit). At the heading size it cannot fit one line (it would need 12 pt), so it
 * is broken where the cover breaks it, between phrases, never inside "ความ / โปร่งใส".
 */
function titleAfterCover(w: Writer): Block[] {
  return [w.tx('report.title1'), w.tx('report.title2')].map((text): Block => ({ kind: 'heading', level: 1, text, align: 'center', size: REPORT_STYLE.headingSize }));
}

function titleBlocks(o: ResolvedReportOptions, w: Writer, roundText: string): Block[] {
  // Seed 003/004 title lines: the title over two lines, the year, the round, unit, place.
  const place = placeLine(o, w);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.tx('report.title1'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.title2'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.yearLine', { year: w.year(o.fiscalYear) }), align: 'center' },
    { kind: 'heading', level: 1, text: roundText, align: 'center' },
    { kind: 'heading', level: 1, text: o.unit.name, align: 'center' },
  ];
  if (place) blocks.push({ kind: 'heading', level: 1, text: place, align: 'center' });
  return blocks;
}

function indicatorLabel(w: Writer, code: string, name: string): string {
  return w.tx('report.ita.indicatorName', { code: w.int(code), name });
}

/** Section 1: the ITA result — total and level, tools, change, then the ranking table, extremes and chart. */
export function itaBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, prev: Assessment | undefined, analysis: Analysis): Block[] {
  if (!a) {
    return [
      { kind: 'heading', level: 2, text: w.tx('report.ita.heading', { itaYear: w.year(o.fiscalYear - 1) }), align: 'left' },
      para(w.tx('report.ita.none', { unit: o.unit.name, year: w.year(o.fiscalYear) }), 'left', true),
    ];
  }
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.tx('report.ita.heading', { itaYear: w.year(a.year) }), align: 'left' }];
  // "… ได้คะแนนรวม 87.57 คะแนน ระดับผลการประเมิน A" with the figures bold, as seed 000 shows them.
  const total = w.tx('report.ita.total', { unit: o.unit.name, total: '\u0000', level: '\u0001' });
  const [before, middle, after] = total.split(/\u0000|\u0001/);
  blocks.push(para([{ text: before }, { text: w.num(a.total), bold: true }, { text: middle }, { text: a.level, bold: true }, { text: after ?? '' }], 'justify', true));
  const tools = toolsSentence(w, a, frameworkFor(analysis.workbook.frameworks, a.year));
  if (tools !== null) {
    const { passThreshold, levels } = analysis.workbook.settings;
    const holding = toolsHoldingLevel(a.levelKey, a.total, a.tools, passThreshold, levels);
    // Why a total above the mark has this level (91.30 is ผ่าน when EIT is under 85): readers ask.
    const why = holding.length === 0 ? '' : w.tx('report.ita.levelHeldBy', {
      tools: holding.join(', '), mark: w.int(a.levelKey === 'pass' ? passThreshold : levels.ratingExcellent),
    });
    blocks.push(para(tools + why, 'justify', true));
  }
  if (prev && a.totalChange !== null) {
    const key = a.totalChange > 0 ? 'report.ita.up' : a.totalChange < 0 ? 'report.ita.down' : 'report.ita.same';
    blocks.push(para(w.tx(key, { prevYear: w.year(prev.year), prevTotal: w.num(prev.total), diff: w.num(Math.abs(a.totalChange)) }), 'justify', true));
  } else {
    blocks.push(para(w.tx('report.ita.noPrevious'), 'justify', true));
  }
  blocks.push({ kind: 'heading', level: 3, text: w.tx('report.ita.rankingCaption'), align: 'left' }, rankingTable(w, a));
  blocks.push(...extremeParagraphs(w, a));
  blocks.push(...scoreChart(w, a, analysis.workbook.settings.passThreshold));
  return blocks;
}

/** The indicators ranked by score (seed 000's order), with the change against the year before when known. */
export function rankingTable(w: Writer, a: Assessment): TableBlock {
  const withChange = a.ranking.some((r) => r.change !== null);
  const header: Cell[] = [
    { text: w.tx('report.ita.col.rank') }, { text: w.tx('report.ita.col.indicator') }, { text: w.tx('report.ita.col.score') },
  ];
  if (withChange) header.push({ text: w.tx('report.ita.col.change', { prevYear: w.year(a.previousYear as number) }) });
  return {
    kind: 'table', role: 'ranking', bulk: false, size: REPORT_STYLE.tableSize,
    columns: withChange
      ? [{ width: 11, align: 'center' }, { width: 53, align: 'left' }, { width: 16, align: 'center' }, { width: 20, align: 'center' }]
      : [{ width: 14, align: 'center' }, { width: 64, align: 'left' }, { width: 22, align: 'center' }],
    header: [header],
    rows: a.ranking.map((r) => {
      const row: Cell[] = [{ text: w.int(r.rank) }, { text: indicatorLabel(w, r.code, r.name) }, { text: w.num(r.score) }];
      if (withChange) row.push({ text: r.change === null ? '-' : w.signed(r.change) });
      return row;
    }),
  };
}

/** The highest and the lowest indicator, a pair of lines kept together. */
export function extremeParagraphs(w: Writer, a: Assessment): ParagraphBlock[] {
  return [
    {
      ...para([
        { text: `${w.tx('report.ita.highest')} `, bold: true },
        { text: w.tx('report.ita.extreme', { score: w.num(a.highest.score), code: w.int(a.highest.code), name: a.highest.name }) },
      ], 'left', true),
      keepWithNext: true, // highest and lowest are read as a pair
    },
    para([
      { text: `${w.tx('report.ita.lowest')} `, bold: true },
      { text: w.tx('report.ita.extreme', { score: w.num(a.lowest.score), code: w.int(a.lowest.code), name: a.lowest.name }) },
    ], 'left', true),
  ];
}

/**
 * The bar chart of the indicator scores with the pass line, under its caption: bars in the order
 * of the ranking table above it (highest first), and a legend of the two colours when both are used.
 */
export function scoreChart(w: Writer, a: Assessment, threshold: number): Block[] {
  const ranked = a.ranking;
  const labels = ranked.map((r) => w.tx('report.chart.label', { code: w.int(r.code), name: r.name }));
  const values = ranked.map((r) => r.score);
  const valueLabels = values.map((v) => w.num(v));
  const thresholdLabel = w.tx('report.chart.threshold', { value: w.int(threshold) });
  const twoColours = values.some((v) => v < threshold) && values.some((v) => v >= threshold);
  const legend = twoColours
    ? { pass: w.tx('report.chart.legendPass', { value: w.int(threshold) }), below: w.tx('report.chart.legendBelow', { value: w.int(threshold) }) }
    : null;
  const chart = barChartSvg({ labels, values, valueLabels, threshold, thresholdLabel, thaiDigits: w.thai, legend });
  const title = w.tx('report.chart.title', { itaYear: w.year(a.year) });
  const chartBlock: ChartBlock = {
    kind: 'chart', title, labels, values, valueLabels, threshold, thresholdLabel, legend,
    svg: chart.svg, width: chart.width, height: chart.height,
    alt: `${title}: ${labels.map((l, i) => `${l} ${valueLabels[i]}`).join(', ')}`,
  };
  return [{ kind: 'heading', level: 3, text: title, align: 'center' }, chartBlock];
}

/**
 * Section 2: the indicators to develop, each with the measures that address it (coverageTable).
 * With none below the threshold, the lowest-scoring indicator is still the issue to develop (seed
 * 001 names the lowest whatever its score), with its measures. The gaps (no measure) are returned
 * for the person making the report: the table says ยังไม่มีมาตรการรองรับ, the advice is theirs.
 */
function weakBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, rows: ReportMeasure[], analysis: Analysis): { blocks: Block[]; gaps: string[] } {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.tx('report.weak.heading'), align: 'left' }];
  if (!a) {
    blocks.push(para(w.tx('report.ita.none', { unit: o.unit.name, year: w.year(o.fiscalYear) }), 'left', true));
    return { blocks, gaps: [] };
  }
  let developed = a;
  if (a.weak.length === 0) {
    blocks.push(para(w.tx('report.weak.none', { threshold: w.int(analysis.workbook.settings.passThreshold) }), 'justify', true));
    blocks.push(para(w.tx('report.weak.lowest', {
      code: w.int(a.lowest.code), name: a.lowest.name, score: w.num(a.lowest.score), unit: o.unit.name,
    }), 'justify', true));
    developed = { ...a, weak: [a.lowest.code] };
  } else {
    blocks.push(para(w.tx('report.weak.intro', { count: w.int(a.weak.length), unit: o.unit.name }), 'justify', true));
  }
  const { table, gaps } = coverageTable(w, developed, rows.map((r) => r.m), rows.map((r) => r.no));
  blocks.push(table);
  return { blocks, gaps };
}

/**
 * One row per indicator to develop (every one of `a.weak`, so section 2 and its table always
 * agree) with the measures that address it; a row no measure addresses says ยังไม่มีมาตรการรองรับ.
 * A cancelled measure no longer addresses anything. Returns the table and the labels of the gaps.
 */
export function coverageTable(w: Writer, a: Assessment, measures: Measure[], numbers?: string[]): { table: TableBlock; gaps: string[] } {
  const names = new Map(a.ranking.map((r) => [r.code, r]));
  const no = new Map(measures.map((m, i) => [m, numbers?.[i] ?? measureNo(m, i, w)]));
  const covered = coverage(a.weak, measures.filter((m) => m.status !== 'cancelled'));
  const label = (code: string) => indicatorLabel(w, code, names.get(code)?.name ?? '');
  return {
    table: {
      kind: 'table', role: 'coverage', bulk: false, size: REPORT_STYLE.tableSize,
      columns: [{ width: 36, align: 'left' }, { width: 12, align: 'center' }, { width: 52, align: 'left' }],
      header: [[{ text: w.tx('report.weak.col.indicator') }, { text: w.tx('report.weak.col.score') }, { text: w.tx('report.weak.col.measures') }]],
      rows: covered.map((c) => {
        const r = names.get(c.code);
        return [
          { text: label(c.code) },
          { text: r ? w.num(r.score) : '-' },
          c.measures.length
            ? { text: c.measures.map((m) => w.tx('report.measures.numbered', { no: no.get(m) as string, title: w.user(m.title) })).join('\n') }
            : { text: w.tx('report.weak.noMeasure'), bold: true },
        ];
      }),
    },
    gaps: covered.filter((c) => c.measures.length === 0).map((c) => label(c.code)),
  };
}

/** "รอบ ๖ เดือน\nรอบ ๑๒ เดือน": the rounds the measure is reported in (การกำกับติดตาม). */
export function followUpText(m: Measure, w: Writer): string {
  return m.followUp.map((r) => w.tx('report.measures.followUpRound', { months: w.int(r) })).join('\n');
}

/**
 * Section 3: the measures table, on landscape pages — seed 004's columns (มาตรการ/กิจกรรม,
 * วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, สรุปผล, ผลลัพธ์) with seed 003's การกำกับติดตาม
 * and seed 001's three status marks, every status as it stood on the as-of day.
 */
function measureBlocks(o: ResolvedReportOptions, w: Writer, measures: ReportMeasure[], roundText: string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: w.tx('report.measures.heading', { round: roundText }), align: 'left' },
    para(w.tx('report.measures.intro', { unit: o.unit.name, year: w.year(o.fiscalYear), asOf: w.date(o.asOf) }), 'justify', true),
  ];
  // Narrow columns get their line breaks where a Thai reader expects them, between words ("ยังไม่ / ดำเนินการ").
  const span = { rowSpan: 2 };
  const header: Cell[][] = [
    [
      { text: w.tx('report.measures.col.measure'), ...span },
      { text: w.tx('report.measures.col.method'), ...span },
      { text: w.tx('report.measures.col.responsibleShort'), ...span },
      { text: w.tx('report.measures.col.timelineShort'), ...span },
      { text: w.tx('report.measures.col.followUp'), ...span },
      { text: w.tx('report.measures.col.status'), colSpan: 3 },
      { text: w.tx('report.measures.col.result'), ...span },
      { text: w.tx('report.measures.col.outcome'), ...span },
    ],
    // The marks are a single "/": their header words, in a smaller size, set how narrow they are.
    PROGRESS_STATUSES.map((s) => ({ text: w.tx(`report.measures.col.${s}`), size: REPORT_STYLE.measuresMarkHeaderSize })),
  ];
  const rows: Cell[][] = measures.map(({ m, at, no }) => {
    const late = isOverdueAsOf(m, o.asOf, o.today);
    const cancelled = at.status === 'cancelled';
    // Done after the as-of day: what the sheet says now describes later work.
    const finishedLater = m.status === 'done' && at.status !== 'done';
    const result: string[] = [];
    if (cancelled) result.push(w.tx('report.measures.cancelled'));
    if (m.result && !finishedLater) result.push(w.user(m.result));
    if (at.status === 'done' && m.doneOn) result.push(w.tx('report.measures.doneOn', { date: w.date(m.doneOn) }));
    const outcome = at.status === 'done' && m.outcome ? w.user(m.outcome) : '-';
    return [
      { text: w.tx('report.measures.numbered', { no, title: w.user(m.title) }) },
      { text: w.user(m.method) || '-' },
      { text: w.user(m.responsible) || '-' },
      { text: [timelineText(m, w) || '-', ...(late ? [w.tx('report.measures.overdueMark')] : [])].join('\n') },
      { text: followUpText(m, w) || '-' },
      ...PROGRESS_STATUSES.map((s): Cell => ({ text: at.status === s ? REPORT_STYLE.mark : '', mark: true })),
      { text: result.length ? result.join('\n') : '-' },
      { text: outcome },
    ];
  });
  for (const row of rows) for (const cell of row) cell.text = slashBreaks(cell.text);
  const widths = measureColumnWidths(rows, header[0]);
  const columns = widths.map((width, i): { width: number; align: Align } => ({ width, align: i >= 5 && i <= 7 ? 'center' : 'left' }));
  blocks.push({
    kind: 'table', role: 'measures', bulk: true, size: REPORT_STYLE.measuresTableSize, headerSize: REPORT_STYLE.measuresHeaderSize,
    lineSpacing: REPORT_STYLE.measuresLineSpacing,
    columns,
    header,
    rows,
    keepRowsWhole: rows.map((r) => rowFitsPage(r, columns, REPORT_STYLE.measuresTableSize, REPORT_STYLE.measuresLineSpacing)),
  });
  return blocks;
}

/**
 * A break opportunity (zero-width space) after a slash followed by Thai: LibreOffice finds none
 * in "มีนโยบาย/มาตรการ/แผนงานของผู้บริหาร" and, the run being wider than the column, breaks it
 * mid-syllable ("มีนโย / บาย/มาตรการ/แ / ผนงาน"). Invisible in print.
 */
export const slashBreaks = (text: string): string => text.replace(/\/(?=[\u0e01-\u0e4e])/g, '/\u200b');

/**
 * Widest narrowest widths of the measures table's columns, percent of a landscape page's text
 * width (26.7 cm: 1.5 cm margins each side): measure, method, responsible, timeline, follow-up, the
 * three marks, result, outcome. Chosen so that no word of the sample reports is wider than its
 * column at 10.5 pt (a word wider than its column is broken mid-syllable: "คอมพิวเตอ / ร์"):
 * measure and method hold "ประชาสัมพันธ์" (measure: its header "มาตรการ/กิจกรรม" on a line),
 * responsible "คอมพิวเตอร์" (its header on one line), timeline a month in full and
 * "(เกินกำหนด)", follow-up "รอบ ๑๒ เดือน", the marks (1.45 cm) "อยู่ระหว่าง" and "ดำเนินการ" in
 * bold 8 pt, the outcome (2 cm) its header "ความสำเร็จ". Responsible, timeline and follow-up are
 * narrowed further to what this report's own text needs (fittedWidth). What is left goes to the
 * text-heavy columns where the rows need it (measureColumnWidths).
 */
export const MEASURE_COLUMNS: readonly number[] = [10.5, 13.9, 9.3, 8.3, 8.8, 5.4, 5.4, 5.4, 9.6, 7.5];
/** The columns that take the width left over: measure, method, result, outcome. */
const FLEXIBLE_COLUMNS = [0, 1, 8, 9] as const;
/** The short-text columns sized from the report's text: responsible, timeline, follow-up. */
const FITTED_COLUMNS = [2, 3, 4] as const;
const WIDTH_STEP = 0.1;
/** 2 cm in pt: the narrowest a text column gets. */
const MIN_COLUMN_PT = 56.69;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/**
 * The pieces of a run LibreOffice may break between: ICU's words (its Thai dictionary is the one
 * LibreOffice uses), a slash holding on to the words either side of it. Where the runtime has
 * no Intl.Segmenter the run stays whole: a wider column, never a word broken.
 */
export function thaiWords(run: string): string[] {
  if (!segmenter) return [run];
  const words: string[] = [];
  let glue = false;
  for (const { segment } of segmenter.segment(run)) {
    if (segment === '/' && words.length) { words[words.length - 1] += segment; glue = true; continue; }
    if (glue) words[words.length - 1] += segment;
    else words.push(segment);
    glue = false;
  }
  return words;
}

/**
 * The narrowest width (percent, up to MEASURE_COLUMNS[i]) that holds column i's widest
 * unbreakable run in bold (an upper bound): its header's lines; the responsible column's words
 * (thaiWords: "ทุกส่วนราชการ" may break as ทุก / ส่วน / ราชการ); the timeline's runs between
 * spaces ("(เกินกำหนด)" whole); the follow-up column's rounds whole ("รอบ ๑๒ เดือน").
 */
function fittedWidth(i: number, rows: Cell[][], header: Cell | undefined): number {
  const size = REPORT_STYLE.measuresTableSize;
  const runs = rows.flatMap((r) => (i === 4 ? r[i].text.split('\n') : r[i].text.split(/[\s\u200b]+/).flatMap(i === 2 ? thaiWords : (t) => [t])));
  const headerLines = header ? header.text.split('\n') : [];
  const need = Math.max(
    0,
    ...runs.map((t) => boldLabelWidthPt(t, size)),
    ...headerLines.map((t) => boldLabelWidthPt(t, header?.size ?? REPORT_STYLE.measuresHeaderSize)),
  ) + CELL_PADDING_PT;
  // Never under 2 cm: only the three status marks are narrower.
  return Math.min(MEASURE_COLUMNS[i], Math.ceil((Math.max(need, MIN_COLUMN_PT) / contentWidthPt('landscape')) * 1000) / 10);
}

/**
 * The measures table's widths for these rows (and the header's first row, whose cells before the
 * marks are one a column): from MEASURE_COLUMNS, with the responsible, timeline and follow-up
 * columns as narrow as their text allows, the width left over goes
 * a tenth of a percent at a time to the flexible column where it shortens the table most (the sum
 * of the rows' estimated heights), so an empty ผลลัพธ์ column stays narrow and a long method
 * or result gets the room. Rounded to 0.1 %, adding up to 100.
 */
export function measureColumnWidths(rows: Cell[][], header: Cell[] = []): number[] {
  const widths = [...MEASURE_COLUMNS];
  for (const i of FITTED_COLUMNS) widths[i] = fittedWidth(i, rows, header[i]);
  const size = REPORT_STYLE.measuresTableSize;
  const page = contentWidthPt('landscape');
  // Each paragraph's width is measured once: the search below tries hundreds of widths.
  const paragraphs = rows.map((r) => r.map((c) => c.text.split('\n').map((p) => boldLabelWidthPt(p, size))));
  // Lines of a cell, counted without rounding up, so that every step of width shows its gain.
  const lines = (widthsPt: number[], pct: number): number => {
    const inner = Math.max(1, (page * pct) / 100 - CELL_PADDING_PT);
    return widthsPt.reduce((n, w) => n + Math.max(1, w / inner), 0);
  };
  const flexible = FLEXIBLE_COLUMNS as readonly number[];
  const fixed = paragraphs.map((r) => Math.max(1, ...r.map((c, i) => (flexible.includes(i) ? 1 : lines(c, widths[i])))));
  const height = (w: number[]): number => paragraphs.reduce((sum, r, k) => sum + Math.max(fixed[k], ...flexible.map((i) => lines(r[i], w[i]))), 0);
  for (let left = Math.round((100 - widths.reduce((a, b) => a + b, 0)) / WIDTH_STEP); left > 0; left--) {
    const now = height(widths);
    let best = flexible[1]; // the method column when nothing gains (no rows)
    let gain = -1;
    for (const i of flexible) {
      const trial = [...widths];
      trial[i] += WIDTH_STEP;
      const g = now - height(trial);
      if (g > gain) { gain = g; best = i; }
    }
    widths[best] += WIDTH_STEP;
  }
  return widths.map((w) => Math.round(w * 10) / 10);
}

/** Cell padding of a table, left plus right, in pt (the .docx's 2 pt each side, with room for rounding). */
const CELL_PADDING_PT = 6;
/** Sarabun's single line is about 1.3 em in LibreOffice and Word. */
const LINE_EM = 1.3;
/** A landscape page's text height less the measures table's repeated header (about five lines). */
const LANDSCAPE_ROOM_PT = REPORT_STYLE.page.width - REPORT_STYLE.landscapeMargins.marginTop - REPORT_STYLE.landscapeMargins.marginBottom - 70;

/**
 * Whether a row fits on a landscape page, by a generous estimate of its height (bold widths, an
 * upper bound, and one extra line a paragraph): a row that fits is kept whole (the .docx's
 * cantSplit); one taller than a page must be allowed to break.
 */
export function rowFitsPage(row: Cell[], columns: { width: number }[], size: number, lineSpacing = 1): boolean {
  const width = contentWidthPt('landscape');
  const lines = Math.max(...row.map((cell, i) => {
    const inner = Math.max(1, (width * columns[i].width) / 100 - CELL_PADDING_PT);
    return cell.text.split('\n').reduce((n, p) => n + Math.ceil(boldLabelWidthPt(p, size) / inner) + 0.5, 0);
  }));
  return lines * size * LINE_EM * lineSpacing <= LANDSCAPE_ROOM_PT;
}

/**
 * After the table (back on portrait pages): counts by status, the percentage done, the overdue
 * list and what becomes of it (followed up; after the year's last round, carried on next year).
 */
function summaryBlocks(o: ResolvedReportOptions, w: Writer, p: MeasureProgress, shares: StatusShares, overdue: ReportMeasure[]): Block[] {
  // Percentages of the measures still to carry out (a cancelled one is counted apart), adding up to the total row.
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: w.tx('report.summary.caption', { asOf: w.date(o.asOf) }), align: 'left' }];
  blocks.push({
    kind: 'table', role: 'summary', bulk: false, size: REPORT_STYLE.tableSize, totalRow: true,
    columns: [{ width: 50, align: 'left' }, { width: 25, align: 'center' }, { width: 25, align: 'center' }],
    header: [[{ text: w.tx('report.summary.col.status') }, { text: w.tx('report.summary.col.count') }, { text: w.tx('report.summary.col.percent') }]],
    rows: [
      ...PROGRESS_STATUSES.map((s) => [{ text: statusLabel(w, s) }, { text: w.int(p.byStatus[s]) }, { text: w.num(shares[s]) }]),
      [{ text: w.tx(p.byStatus.cancelled ? 'report.summary.totalActive' : 'report.summary.total') }, { text: w.int(p.active) }, { text: w.num(p.active ? 100 : 0) }],
    ],
  });
  const counts = {
    total: w.int(p.total), active: w.int(p.active), cancelled: w.int(p.byStatus.cancelled),
    done: w.int(p.byStatus.done), percent: w.num(shares.done),
  };
  blocks.push(para(w.tx('report.summary.sentence', { ...counts, cancelledPart: cancelledPart(w, p) }), 'justify', true));
  // The year's last round: what is not done is carried on in the next fiscal year, not "hurried to completion".
  const unfinished = p.byStatus.not_started + p.byStatus.in_progress;
  const carryOver = (): Block =>
    para(w.tx('report.overdue.carryOver', { count: w.int(unfinished), unit: o.unit.name, nextYear: w.year(o.fiscalYear + 1) }), 'justify', true);
  if (overdue.length === 0) {
    blocks.push(para(w.tx('report.overdue.none', { asOf: w.date(o.asOf) }), 'justify', true));
    if (yearEnded(o) && unfinished > 0) blocks.push(carryOver());
    return blocks;
  }
  // A list, one measure a line, as an official would set it out; the lines are kept together.
  blocks.push({ ...para(w.tx('report.overdue.list', { count: w.int(overdue.length), asOf: w.date(o.asOf) }), 'justify', true), keepWithNext: true });
  const items = overdue.map((r, i) => w.tx('report.overdue.item', { i: w.int(i + 1), no: r.no, title: w.user(r.m.title), due: w.date(r.m.due as CalendarDate) }));
  blocks.push({ ...para(items.join('\n'), 'left'), list: true, keepWithNext: true });
  blocks.push(yearEnded(o) ? carryOver() : para(w.tx('report.overdue.followUp', { unit: o.unit.name }), 'justify', true));
  return blocks;
}

function statusLabel(w: Writer, s: Status): string {
  return w.tx(`status.${s}`);
}

/**
 * The memo's signature (seed 001, the บันทึกข้อความ form): room to sign, the name in brackets
 * and the position as it is. No "(ลงชื่อ)" — printed, it marks a copy — and no date line: the
 * memo's header carries its date.
 */
function memoSignatureBlock(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [
    '',
    o.unit.reporter ? w.tx('report.signature.name', { name: w.user(o.unit.reporter) }) : w.tx('report.signature.blankName'),
  ];
  if (o.unit.position) lines.push(w.user(o.unit.position));
  return signatureBlock({ lines });
}

/** The report's own signature: (ลงชื่อ)…ผู้รายงาน, (name), ตำแหน่ง …, วันที่ … (the report's date). */
function reportSignature(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [
    w.tx('report.signature.sign'),
    o.unit.reporter ? w.tx('report.signature.name', { name: w.user(o.unit.reporter) }) : w.tx('report.signature.blankName'),
  ];
  if (o.unit.position) lines.push(w.tx('report.signature.position', { position: w.user(o.unit.position) }));
  lines.push(w.tx('report.signature.date', { date: w.date(o.date) }));
  return signatureBlock({ lines });
}

/**
 * The executive's endorsement (ความเห็นของผู้บริหาร): lines to write on, room to sign, the name
 * to fill in, the executive's title (the unit's เรียน column) and a date to fill in. One signature
 * block: the heading, its lines and its signature are never split across pages.
 */
function endorsementBlocks(o: ResolvedReportOptions, w: Writer): Block[] {
  const sign = [w.tx('report.endorsement.sign'), w.tx('report.signature.blankName')];
  if (o.unit.addressee.trim()) sign.push(w.user(o.unit.addressee.trim()));
  sign.push(w.tx('report.endorsement.date'));
  return [signatureBlock({ heading: w.tx('report.endorsement.heading'), writingLines: 3, lines: sign })];
}
