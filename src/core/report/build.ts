/**
 * buildReport: the engine's analysis → the progress report of one unit for one fiscal year
 * and round (issue 4). One model for both renderers, so the Google Doc and the .docx say
 * exactly the same thing. Wording follows the seeds (000 analysis, 001 memo and status
 * table, 003/004 reports).
 *
 * Digits: with `thaiDigits` every figure and every generated word is written with ๐–๙, and
 * so are the numbers in text users typed ("ไตรมาส 1" → "ไตรมาส ๑"), except inside words with
 * Latin letters, codes and addresses ("O43", "e6", "www.x.go.th/2568"), which stay as typed.
 * With Arabic digits chosen, typed Thai digits are converted the other way.
 */
import type { Analysis } from '../engine';
import { itaYearFor } from '../engine';
import type { Assessment, CalendarDate, Lang, Measure, Status, Unit } from '../types';
import { PROGRESS_STATUSES, STATUSES } from '../types';
import { addDays, compareDates, fiscalYearOf, isRound, roundLabel, roundRange, toCalendarDate, type RoundMonths } from '../calendar';
import { digits, formatNumber, formatThaiDate, fromThaiDigits, toThaiDigits } from '../thai';
import { isOverdue } from '../measure-fields';
import { coverage, measuresOf, summarizeMeasures } from '../progress';
import { normalizeName } from '../sheets';
import { round2 } from '../numbers';
import { msg, t, type Bilingual, type Params } from '../i18n';
import { barChartSvg } from './chart';
import {
  REPORT_STYLE, type Align, type Block, type Cell, type ChartBlock, type ParagraphBlock, type ReportDoc, type ReportSection, type Run, type TableBlock,
} from './model';

export type ReportErrorCode = 'unknownUnit' | 'noMeasures' | 'badRound' | 'badYear' | 'noUnits' | 'invalidWorkbook';

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
  /** Default: the Settings sheet's ใช้เลขไทย. */
  thaiDigits?: boolean;
  /** The report's date and the day overdue is judged on; default today in Bangkok. */
  asOf?: CalendarDate;
  /** The ITA year the measures answer; default the latest assessed year before the fiscal year. */
  itaYear?: number;
  lang?: Lang;
}

export interface ResolvedReportOptions {
  unit: Unit;
  fiscalYear: number;
  round: RoundMonths;
  memo: boolean;
  thaiDigits: boolean;
  asOf: CalendarDate;
  itaYear: number | null;
  lang: Lang;
}

export const DEFAULT_ROUND: RoundMonths = 6;

/** Today in Thailand (UTC+7). */
export const todayInBangkok = (now: Date = new Date()): CalendarDate => toCalendarDate(now);

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
  const asOf = options.asOf ?? todayInBangkok();
  const round = options.round ?? DEFAULT_ROUND;
  if (!isRound(round)) throw new ReportError('badRound', { value: String(round) });
  const mine = analysis.workbook.measures.filter((m) => m.unit === unit.name);
  const fiscalYear = options.fiscalYear
    ?? analysis.workbook.settings.fiscalYear
    ?? (mine.length ? Math.max(...mine.map((m) => m.year)) : fiscalYearOf(asOf));
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2400 || fiscalYear > 2800) throw new ReportError('badYear', { value: String(fiscalYear) });
  const itaYear = options.itaYear ?? itaYearFor(analysis, unit.name, fiscalYear) ?? null;
  return {
    unit, fiscalYear, round, asOf, itaYear,
    memo: options.memo ?? false,
    thaiDigits: options.thaiDigits ?? analysis.workbook.settings.thaiDigits,
    lang: options.lang ?? 'th',
  };
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
class Writer {
  readonly thai: boolean;
  constructor(readonly lang: Lang, thaiDigits: boolean) {
    this.thai = lang === 'th' && thaiDigits;
  }
  /** A catalog string: its own words take the digit setting, the params are inserted as given. */
  tx(key: string, params: Params = {}): string {
    const template = digits(t(this.lang, key), this.thai);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
  /** "๒๘ ก.พ. ๖๘", for the narrow columns of a table. */
  shortDate(d: CalendarDate): string {
    return this.lang === 'en' ? this.date(d) : formatThaiDate(d, { thaiDigits: this.thai, style: 'short' });
  }
  round(fy: number, round: RoundMonths): string {
    return roundLabel(fy, round, { thaiDigits: this.thai, lang: this.lang });
  }
  year(be: number): string {
    return this.lang === 'en' ? String(be - 543) : this.int(be);
  }
}

const para = (runs: Run[] | string, align: Align = 'left', indent = false): ParagraphBlock =>
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
 * UTC) is written as a short Thai date ("๒๘ ก.พ. ๖๘", the column is narrow) from the parsed due date; words ("ไตรมาส ๒") as typed.
 */
function timelineText(m: Measure, w: Writer): string {
  if (m.due && m.timeline && !/[\u0e01-\u0e2e]/.test(m.timeline)) return w.shortDate(m.due);
  return w.user(m.timeline);
}

function measureNo(m: Measure, index: number, w: Writer): string {
  return w.int(m.no.replace(/[.)\s]+$/, '') || String(index + 1));
}

export function buildReport(analysis: Analysis, options: ReportOptions): ReportDoc {
  const o = resolveReportOptions(analysis, options);
  const w = new Writer(o.lang, o.thaiDigits);
  const unit = o.unit;
  const measures = measuresOf(analysis.workbook.measures, unit.name, o.fiscalYear);
  if (measures.length === 0) throw new ReportError('noMeasures', { unit: unit.name, year: o.fiscalYear });
  const assessment = o.itaYear === null ? undefined : analysis.assessments.find((a) => a.unit === unit.name && a.year === o.itaYear);
  const previous = assessment && assessment.previousYear !== null
    ? analysis.assessments.find((a) => a.unit === unit.name && a.year === assessment.previousYear)
    : undefined;

  // Overdue is judged at the report's date, but never later than the day after the round
  // closes: a report on the 6-month round made in May still shows the state of March.
  const roundEnd = roundRange(o.fiscalYear, o.round).end;
  const overdueDay = [o.asOf, addDays(roundEnd, 1)].sort(compareDates)[0];
  const progress = summarizeMeasures(measures, overdueDay);
  const roundText = w.round(o.fiscalYear, o.round);

  const sections: ReportSection[] = [];
  if (o.memo) sections.push({ id: 'memo', blocks: memoBlocks(o, w, assessment, progress, roundText) });
  sections.push({ id: 'title', blocks: titleBlocks(o, w, roundText) });
  sections.push({ id: 'ita', blocks: itaBlocks(o, w, assessment, previous, analysis) });
  sections.push({ id: 'weak', blocks: weakBlocks(o, w, assessment, measures, analysis) });
  sections.push({ id: 'measures', orientation: 'landscape', blocks: measureBlocks(o, w, measures, overdueDay, progress, roundText) });
  sections.push({ id: 'signature', blocks: [signatureBlock(o, w)] });

  return {
    meta: {
      unit: unit.name, fiscalYear: o.fiscalYear, round: o.round, itaYear: assessment ? assessment.year : null,
      thaiDigits: w.thai, lang: o.lang, memo: o.memo, asOf: o.asOf,
      name: reportName(unit.name, o.fiscalYear, o.round, o.lang), measureCount: measures.length,
    },
    sections,
  };
}

function memoBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, p: ReturnType<typeof summarizeMeasures>, roundText: string): Block[] {
  const year = w.year(o.fiscalYear);
  const subject = `${w.tx('report.title')} ${w.tx('report.subtitle', { year, round: roundText.replace(/\s*\(.*\)$/, '') })}`;
  const opening = a
    ? w.tx('report.memo.opening', { unit: o.unit.name, itaYear: w.year(a.year), total: w.num(a.total), level: a.level, year })
    : w.tx('report.memo.openingNoIta', { unit: o.unit.name, year });
  const pct = (n: number): string => w.num(p.total ? round2((n / p.total) * 100) : 0);
  return [
    {
      kind: 'memoHeader',
      title: w.tx('report.memo.title'),
      lines: [
        [{ label: w.tx('report.memo.agency'), value: o.unit.name }],
        [{ label: w.tx('report.memo.ref'), value: w.tx('report.memo.refBlank') }, { label: w.tx('report.memo.date'), value: w.date(o.asOf) }],
        [{ label: w.tx('report.memo.subject'), value: subject }],
        [{ label: w.tx('report.memo.to'), value: w.user(o.unit.addressee) }],
      ],
    },
    para(opening, 'justify', true),
    para(w.tx('report.memo.progress', {
      unit: o.unit.name, round: roundText, total: w.int(p.total), done: w.int(p.byStatus.done), percent: pct(p.byStatus.done),
      inProgress: w.int(p.byStatus.in_progress), notStarted: w.int(p.byStatus.not_started),
    }), 'justify', true),
    para(w.tx('report.memo.closing'), 'left', true),
    memoSignatureBlock(o, w),
    { kind: 'pageBreak' },
  ];
}

function titleBlocks(o: ResolvedReportOptions, w: Writer, roundText: string): Block[] {
  const district = bare(o.unit.district, ['อำเภอ', 'อ.']);
  const province = bare(o.unit.province, ['จังหวัด', 'จ.']);
  // Seed 003/004 cover lines: the title over two lines, the year, the round, unit, place.
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.tx('report.title1'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.title2'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.yearLine', { year: w.year(o.fiscalYear) }), align: 'center' },
    { kind: 'heading', level: 1, text: roundText, align: 'center' },
    { kind: 'heading', level: 1, text: o.unit.name, align: 'center' },
  ];
  if (district && province) blocks.push({ kind: 'heading', level: 1, text: w.tx('report.place', { district, province }), align: 'center' });
  else if (province) blocks.push({ kind: 'heading', level: 1, text: w.tx('report.placeProvince', { province }), align: 'center' });
  return blocks;
}

function indicatorLabel(w: Writer, code: string, name: string): string {
  return w.tx('report.ita.indicatorName', { code: w.int(code), name });
}

function itaBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, prev: Assessment | undefined, analysis: Analysis): Block[] {
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
  if (a.tools.IIT !== null && a.tools.EIT !== null && a.tools.OIT !== null) {
    blocks.push(para(w.tx('report.ita.tools', { IIT: w.num(a.tools.IIT), EIT: w.num(a.tools.EIT), OIT: w.num(a.tools.OIT) }), 'justify', true));
  }
  if (prev && a.totalChange !== null) {
    const key = a.totalChange > 0 ? 'report.ita.up' : a.totalChange < 0 ? 'report.ita.down' : 'report.ita.same';
    blocks.push(para(w.tx(key, { prevYear: w.year(prev.year), prevTotal: w.num(prev.total), diff: w.num(Math.abs(a.totalChange)) }), 'justify', true));
  } else {
    blocks.push(para(w.tx('report.ita.noPrevious'), 'justify', true));
  }

  const withChange = a.ranking.some((r) => r.change !== null);
  const header: Cell[] = [
    { text: w.tx('report.ita.col.rank') }, { text: w.tx('report.ita.col.indicator') }, { text: w.tx('report.ita.col.score') },
  ];
  if (withChange) header.push({ text: w.tx('report.ita.col.change', { prevYear: w.year(a.previousYear as number) }) });
  const ranking: TableBlock = {
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
  blocks.push({ kind: 'heading', level: 3, text: w.tx('report.ita.rankingCaption'), align: 'left' }, ranking);
  blocks.push({
    ...para([
      { text: `${w.tx('report.ita.highest')} `, bold: true },
      { text: w.tx('report.ita.extreme', { score: w.num(a.highest.score), code: w.int(a.highest.code), name: a.highest.name }) },
    ], 'left', true),
    keepWithNext: true, // highest and lowest are read as a pair
  });
  blocks.push(para([
    { text: `${w.tx('report.ita.lowest')} `, bold: true },
    { text: w.tx('report.ita.extreme', { score: w.num(a.lowest.score), code: w.int(a.lowest.code), name: a.lowest.name }) },
  ], 'left', true));

  const threshold = analysis.workbook.settings.passThreshold;
  const byCode = [...a.ranking].sort((x, y) => Number(x.code) - Number(y.code) || x.code.localeCompare(y.code));
  const labels = byCode.map((r) => w.tx('report.chart.label', { code: w.int(r.code), name: r.name }));
  const values = byCode.map((r) => r.score);
  const valueLabels = values.map((v) => w.num(v));
  const thresholdLabel = w.tx('report.chart.threshold', { value: w.int(threshold) });
  const chart = barChartSvg({ labels, values, valueLabels, threshold, thresholdLabel, thaiDigits: w.thai });
  const title = w.tx('report.chart.title', { itaYear: w.year(a.year) });
  const chartBlock: ChartBlock = {
    kind: 'chart', title, labels, values, valueLabels, threshold, thresholdLabel,
    svg: chart.svg, width: chart.width, height: chart.height,
    alt: `${title}: ${labels.map((l, i) => `${l} ${valueLabels[i]}`).join(', ')}`,
  };
  blocks.push({ kind: 'heading', level: 3, text: title, align: 'center' }, chartBlock);
  return blocks;
}

function weakBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, measures: Measure[], analysis: Analysis): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.tx('report.weak.heading'), align: 'left' }];
  if (!a) {
    blocks.push(para(w.tx('report.ita.none', { unit: o.unit.name, year: w.year(o.fiscalYear) }), 'left', true));
    return blocks;
  }
  if (a.weak.length === 0) {
    blocks.push(para(w.tx('report.weak.none', { threshold: w.int(analysis.workbook.settings.passThreshold) }), 'justify', true));
    return blocks;
  }
  const names = new Map(a.ranking.map((r) => [r.code, r]));
  const index = new Map(measures.map((m, i) => [m, i]));
  const covered = coverage(a.weak, measures);
  blocks.push(para(w.tx('report.weak.intro', { count: w.int(a.weak.length), unit: o.unit.name }), 'justify', true));
  blocks.push({
    kind: 'table', role: 'coverage', bulk: false, size: REPORT_STYLE.tableSize,
    columns: [{ width: 36, align: 'left' }, { width: 12, align: 'center' }, { width: 52, align: 'left' }],
    header: [[{ text: w.tx('report.weak.col.indicator') }, { text: w.tx('report.weak.col.score') }, { text: w.tx('report.weak.col.measures') }]],
    rows: covered.map((c) => {
      const r = names.get(c.code);
      return [
        { text: indicatorLabel(w, c.code, r ? r.name : '') },
        { text: r ? w.num(r.score) : '-' },
        c.measures.length
          ? { text: c.measures.map((m) => w.tx('report.measures.numbered', { no: measureNo(m, index.get(m) as number, w), title: w.user(m.title) })).join('\n') }
          : { text: w.tx('report.weak.noMeasure'), bold: true },
      ];
    }),
  });
  const gaps = covered.filter((c) => c.measures.length === 0);
  if (gaps.length) {
    const list = gaps.map((c) => indicatorLabel(w, c.code, names.get(c.code)?.name ?? '')).join(', ');
    blocks.push(para([{ text: w.tx('report.weak.uncovered', { list }), bold: true }], 'justify', true));
  }
  return blocks;
}

function statusLabel(w: Writer, s: Status): string {
  return w.tx(`status.${s}`);
}

function measureBlocks(
  o: ResolvedReportOptions, w: Writer, measures: Measure[], overdueDay: CalendarDate,
  p: ReturnType<typeof summarizeMeasures>, roundText: string,
): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: w.tx('report.measures.heading', { round: roundText }), align: 'left' },
    para(w.tx('report.measures.intro', { unit: o.unit.name, year: w.year(o.fiscalYear), asOf: w.date(o.asOf) }), 'justify', true),
  ];
  // The header of seed 001's status table. Narrow columns get their line breaks where a
  // Thai reader expects them ("ยังไม่ / ดำเนินการ"), not wherever the width runs out.
  const span = { rowSpan: 2 };
  const header: Cell[][] = [
    [
      { text: w.tx('report.measures.col.measure'), ...span },
      { text: w.tx('report.measures.col.method'), ...span },
      { text: w.tx('report.measures.col.responsibleShort'), ...span },
      { text: w.tx('report.measures.col.timelineShort'), ...span },
      { text: w.tx('report.measures.col.status'), colSpan: 3 },
      { text: w.tx('report.measures.col.result'), ...span },
    ],
    PROGRESS_STATUSES.map((s) => ({ text: w.tx(`report.measures.col.${s}`) })),
  ];
  const overdue: { no: string; due: CalendarDate }[] = [];
  const rows: Cell[][] = measures.map((m, i) => {
    const no = measureNo(m, i, w);
    const late = isOverdue(m, overdueDay);
    if (late && m.due) overdue.push({ no, due: m.due });
    const result: string[] = [];
    if (m.result) result.push(w.user(m.result));
    if (m.status === 'done' && m.doneOn) result.push(w.tx('report.measures.doneOn', { date: w.date(m.doneOn) }));
    if (m.outcome) result.push(`${w.tx('report.measures.outcome')} ${w.user(m.outcome)}`);
    return [
      { text: w.tx('report.measures.numbered', { no, title: w.user(m.title) }) },
      { text: w.user(m.method) || '-' },
      { text: w.user(m.responsible) || '-' },
      { text: [timelineText(m, w) || '-', ...(late ? [w.tx('report.measures.overdueMark')] : [])].join('\n') },
      ...PROGRESS_STATUSES.map((s): Cell => ({ text: m.status === s ? REPORT_STYLE.mark : '', mark: true })),
      { text: result.length ? result.join('\n') : '-' },
    ];
  });
  blocks.push({
    kind: 'table', role: 'measures', bulk: true, size: REPORT_STYLE.measuresTableSize, headerSize: REPORT_STYLE.measuresHeaderSize,
    columns: [
      // ผู้รับผิดชอบ 9 %, ระยะเวลา 11 %: "ดำเนินการ" in its header needs the width of a status column.
      { width: 15, align: 'left' }, { width: 19, align: 'left' }, { width: 9, align: 'left' }, { width: 11, align: 'left' },
      { width: 11, align: 'center' }, { width: 11, align: 'center' }, { width: 11, align: 'center' }, { width: 13, align: 'left' },
    ],
    header,
    rows,
  });

  const pct = (n: number): string => w.num(p.total ? round2((n / p.total) * 100) : 0);
  blocks.push({ kind: 'heading', level: 3, text: w.tx('report.summary.caption'), align: 'left' });
  blocks.push({
    kind: 'table', role: 'summary', bulk: false, size: REPORT_STYLE.tableSize, totalRow: true,
    columns: [{ width: 50, align: 'left' }, { width: 25, align: 'center' }, { width: 25, align: 'center' }],
    header: [[{ text: w.tx('report.summary.col.status') }, { text: w.tx('report.summary.col.count') }, { text: w.tx('report.summary.col.percent') }]],
    rows: [
      ...STATUSES.filter((s) => s !== 'cancelled' || p.byStatus.cancelled > 0)
        .map((s) => [{ text: statusLabel(w, s) }, { text: w.int(p.byStatus[s]) }, { text: pct(p.byStatus[s]) }]),
      [{ text: w.tx('report.summary.total') }, { text: w.int(p.total) }, { text: w.num(p.total ? 100 : 0) }],
    ],
  });
  blocks.push(para(w.tx('report.summary.sentence', { total: w.int(p.total), done: w.int(p.byStatus.done), percent: pct(p.byStatus.done) }), 'justify', true));
  if (overdue.length) {
    const list = overdue.map((x) => w.tx('report.overdue.item', { no: x.no, due: w.date(x.due) })).join(', ');
    blocks.push(para([{ text: w.tx('report.overdue.list', { count: w.int(overdue.length), list }), bold: true }], 'justify', true));
  } else {
    blocks.push(para(w.tx('report.overdue.none'), 'justify', true));
  }
  return blocks;
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
  return { kind: 'signature', lines };
}

/** The report's own signature: (ลงชื่อ)…ผู้รายงาน, (name), ตำแหน่ง …, วันที่ … */
function signatureBlock(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [
    w.tx('report.signature.sign'),
    o.unit.reporter ? w.tx('report.signature.name', { name: w.user(o.unit.reporter) }) : w.tx('report.signature.blankName'),
  ];
  if (o.unit.position) lines.push(w.tx('report.signature.position', { position: w.user(o.unit.position) }));
  lines.push(w.tx('report.signature.date', { date: w.date(o.asOf) }));
  return { kind: 'signature', lines };
}
