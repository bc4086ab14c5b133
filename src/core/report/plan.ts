/**
 * buildPlan: the year-start document of one unit (issue 12) — มาตรการส่งเสริมคุณธรรมและความโปร่งใส
 * ประจำปีงบประมาณ พ.ศ. N: the analysis of the ITA result before N and the measures adopted for N,
 * signed by the executive. A second document type of the same report model (meta.kind 'plan'),
 * rendered by the same two renderers; the ITA-result blocks (total and level, tools, change,
 * ranking table, highest/lowest, chart) and the coverage table are build.ts's own builders.
 *
 * Layout after the seeds: seed 000 (title, the score and level, the ranking table, highest and
 * lowest, the analysis prose and the list of indicators to develop, then the measures table) and
 * seed 002 (a per-indicator table: indicator and score | issues | approach). No statuses: a plan.
 */
import type { Analysis } from '../engine';
import type { AnalysisNote, Assessment, CalendarDate, Lang, Measure } from '../types';
import { measuresOf } from '../progress';
import { compareCodes } from '../frameworks';
import { THAI_MONTHS } from '../thai';
import { msg, t, type Bilingual, type Params } from '../i18n';
import {
  coverageTable, followUpText, itaBlocks, measureNo, para, placeLine, resolveReportOptions, timelineText, todayInBangkok, Writer, type ResolvedReportOptions,
} from './build';
import { REPORT_STYLE, type Block, type Cell, type ReportDoc, type ReportSection, type TableBlock } from './model';

/** The six-column measures table on a landscape page (as the progress report's): 13 pt. */
const PLAN_TABLE_SIZE = 13;

export type PlanErrorCode = 'noIta' | 'noMeasures';

/**
 * A plan that cannot be made: each thing missing (`codes`) and where it goes, in one message
 * (Thai `message`, both languages in `text`); `code` is the first.
 */
export class PlanError extends Error {
  readonly code: PlanErrorCode;
  readonly codes: PlanErrorCode[];
  readonly text: Bilingual;
  constructor(codes: PlanErrorCode[], params: Params = {}) {
    const parts = codes.map((c) => msg(`plan.error.${c}`, params));
    const text = {
      th: t('th', 'plan.error.cannot', { details: parts.map((p) => p.th).join(' และ') }),
      en: t('en', 'plan.error.cannot', { details: parts.map((p) => p.en).join('; ') }),
    };
    super(text.th);
    this.codes = codes;
    const code = codes[0];
    this.name = 'PlanError';
    this.code = code;
    this.text = text;
  }
}

export interface PlanOptions {
  unit: string;
  /** The fiscal year (BE) of the measures; default Settings, else the unit's latest measures' year, else today's. */
  fiscalYear?: number;
  /** Default: the Settings sheet's ใช้เลขไทย. */
  thaiDigits?: boolean;
  /** The day the executive announces it (ประกาศ ณ วันที่); default today in Bangkok. */
  date?: CalendarDate;
  lang?: Lang;
}

export interface PlanIndicator {
  code: string;
  name: string;
}

export interface PlanDoc extends ReportDoc {
  /**
   * Indicators to develop whose การวิเคราะห์ row is missing or has a blank issue or approach: the
   * document has a sentence built from the figures there, and the person making it is told.
   */
  missingNotes: PlanIndicator[];
}

/** `<unit> มาตรการ ITA ประจำปี <ปี>` — Arabic digits, so names sort and search alike. */
export function planName(unit: string, fiscalYear: number, lang: Lang = 'th'): string {
  return t(lang, 'plan.docName', { unit, year: fiscalYear });
}

/** The warning for the person making the plan when notes are missing; null when none are. */
export function missingNotesMessage(plan: PlanDoc): Bilingual | null {
  if (plan.missingNotes.length === 0 || plan.meta.itaYear === null) return null;
  const list = plan.missingNotes.map((i) => `${i.code} ${i.name}`).join(', ');
  return msg('plan.warning.missingNotes', { list, itaYear: plan.meta.itaYear });
}

/** The measures the plan lists: a cancelled one (ยกเลิก) is no longer part of the year's plan. */
const planned = (measures: Measure[]): Measure[] => measures.filter((m) => m.status !== 'cancelled');

export function buildPlan(analysis: Analysis, options: PlanOptions): PlanDoc {
  const date = options.date ?? todayInBangkok();
  // The unit, year and digits are resolved as for the progress report (same errors, same defaults).
  const o = resolveReportOptions(analysis, { unit: options.unit, fiscalYear: options.fiscalYear, thaiDigits: options.thaiDigits, asOf: date, lang: options.lang });
  const unit = o.unit;
  const assessment = o.itaYear === null ? undefined : analysis.assessments.find((a) => a.unit === unit.name && a.year === o.itaYear);
  const measures = planned(measuresOf(analysis.workbook.measures, unit.name, o.fiscalYear));
  const missing = { unit: unit.name, year: o.fiscalYear, itaYear: o.fiscalYear - 1 };
  const lacking: PlanErrorCode[] = [...(assessment ? [] : ['noIta' as const]), ...(measures.length ? [] : ['noMeasures' as const])];
  if (!assessment || lacking.length) throw new PlanError(lacking, missing);
  const previous = assessment.previousYear === null
    ? undefined
    : analysis.assessments.find((a) => a.unit === unit.name && a.year === assessment.previousYear);
  const w = new Writer(o.lang, o.thaiDigits);
  const notes = analysis.workbook.analysisNotes.filter((n) => n.unit === unit.name && n.year === assessment.year);
  const analysed = analysisBlocks(o, w, assessment, notes, measures, analysis);

  const sections: ReportSection[] = [
    { id: 'title', blocks: titleBlocks(o, w) },
    { id: 'ita', blocks: resultBlocks(o, w, assessment, previous, analysis) },
    { id: 'analysis', blocks: analysed.blocks },
    // Landscape, as the progress report's measures: six columns with each indicator's name.
    { id: 'measures', blocks: measureBlocks(o, w, assessment, measures), orientation: 'landscape' },
  ];
  if (assessment.weak.length) sections.push({ id: 'coverage', blocks: coverageBlocks(o, w, assessment, measures) });
  sections.push({ id: 'signature', blocks: signatureBlocks(o, w, date) });

  return {
    meta: {
      kind: 'plan', unit: unit.name, fiscalYear: o.fiscalYear, round: null, itaYear: assessment.year,
      thaiDigits: w.thai, lang: o.lang, memo: false, cover: false, endorsement: false, asOf: date, date, docNo: '', uncertain: [],
      name: planName(unit.name, o.fiscalYear, o.lang), measureCount: measures.length,
    },
    sections,
    missingNotes: analysed.missing,
  };
}

function titleBlocks(o: ResolvedReportOptions, w: Writer): Block[] {
  const place = placeLine(o, w);
  const line = (text: string): Block => ({ kind: 'heading', level: 1, text, align: 'center' });
  return [
    line(w.tx('plan.title')),
    line(w.tx('report.yearLine', { year: w.year(o.fiscalYear) })),
    line(o.unit.name),
    ...(place ? [line(place)] : []),
  ];
}

/**
 * Section ๑'s figures: the progress report's ITA blocks under the plan's own heading. build.ts's
 * itaBlocks opens with its numbered heading; the plan names the section as seed 000 does.
 */
function resultBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment, prev: Assessment | undefined, analysis: Analysis): Block[] {
  const [first, ...rest] = itaBlocks(o, w, a, prev, analysis);
  const heading: Block = { kind: 'heading', level: 2, text: w.tx('plan.ita.heading', { itaYear: w.year(a.year) }), align: 'left' };
  return [heading, ...(first.kind === 'heading' && first.level === 2 ? rest : [first, ...rest])];
}

/**
 * The analysis after the figures: seed 000's prose and list of indicators to develop, then
 * seed 002's per-indicator table from the การวิเคราะห์ sheet (every indicator to develop, and
 * any other indicator the sheet has a note for), code order. A missing note becomes a neutral
 * sentence from the figures and is reported in `missing`.
 */
function analysisBlocks(
  o: ResolvedReportOptions, w: Writer, a: Assessment, notes: AnalysisNote[], measures: Measure[], analysis: Analysis,
): { blocks: Block[]; missing: PlanIndicator[] } {
  const threshold = analysis.workbook.settings.passThreshold;
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const ranked = new Map(a.ranking.map((r) => [r.code, r]));
  const byCode = new Map(notes.map((n) => [n.code, n]));
  const weak = [...a.weak].sort(compareCodes);
  const weakSet = new Set(weak);
  const noted = notes.filter((n) => !weakSet.has(n.code) && (n.issues || n.approach)).map((n) => n.code);
  const codes = [...weak, ...noted].sort(compareCodes);
  const place = placeLine(o, w);
  const params = { unit: o.unit.name, place: place ? ` ${place}` : '', itaYear: w.year(a.year), threshold: w.int(threshold) };

  const blocks: Block[] = [];
  const lead = w.tx('plan.analysis.lead', params);
  if (weak.length) {
    blocks.push(para(`${lead} ${w.tx('plan.analysis.intro')}`, 'justify', true));
    weak.forEach((code, i) => {
      const r = ranked.get(code);
      blocks.push(para(w.tx('plan.analysis.item', { n: w.int(i + 1), name: names.get(code) ?? code, score: r ? w.num(r.score) : '-' }), 'left', true));
    });
  } else {
    blocks.push(para(`${lead} ${w.tx('plan.analysis.introNone', params)}`, 'justify', true));
  }
  const missing: PlanIndicator[] = [];
  if (codes.length === 0) return { blocks, missing };

  const index = new Map(measures.map((m, i) => [m, i]));
  const rows: Cell[][] = codes.map((code) => {
    const r = ranked.get(code);
    const note = byCode.get(code);
    if (weakSet.has(code) && (!note || !note.issues || !note.approach)) missing.push({ code, name: names.get(code) ?? code });
    const issues = note?.issues ? w.user(note.issues) : autoIssue(w, r, threshold, a);
    const addressing = measures.filter((m) => m.indicators.includes(code)).map((m) => measureNo(m, index.get(m) as number, w));
    const approach = note?.approach ? w.user(note.approach) : addressing.length ? w.tx('plan.analysis.autoApproach', { list: addressing.join(', ') }) : '-';
    return [
      { text: w.tx('plan.analysis.indicatorCell', { code: w.int(code), name: names.get(code) ?? '', score: r ? w.num(r.score) : '-' }) },
      { text: issues },
      { text: approach },
    ];
  });
  blocks.push(para(w.tx('plan.analysis.approachIntro'), 'left', true));
  // bulk: long prose rows may break across pages (a row kept whole leaves half a page empty);
  // every column is left-aligned, so styling in bulk loses nothing.
  const table: TableBlock = {
    kind: 'table', role: 'analysis', bulk: true, size: REPORT_STYLE.tableSize,
    columns: [{ width: 26, align: 'left' }, { width: 37, align: 'left' }, { width: 37, align: 'left' }],
    header: [[{ text: w.tx('plan.analysis.col.indicator') }, { text: w.tx('plan.analysis.col.issues') }, { text: w.tx('plan.analysis.col.approach') }]],
    rows,
  };
  blocks.push(table);
  return { blocks, missing };
}

/** The neutral sentence where the sheet has no issue: the score against the threshold (or its rank), and its change. */
function autoIssue(w: Writer, r: Assessment['ranking'][number] | undefined, threshold: number, a: Assessment): string {
  if (!r) return '-';
  const parts = [r.score < threshold
    ? w.tx('plan.analysis.autoBelow', { score: w.num(r.score), threshold: w.int(threshold), gap: w.num(threshold - r.score) })
    : w.tx('plan.analysis.autoLow', { score: w.num(r.score), rank: w.int(r.rank), count: w.int(a.ranking.length) })];
  if (r.change && a.previousYear !== null) {
    const key = r.change > 0 ? 'plan.analysis.autoUp' : 'plan.analysis.autoDown';
    parts.push(w.tx(key, { diff: w.num(Math.abs(r.change)), prevYear: w.year(a.previousYear) }));
  }
  return parts.join(w.lang === 'th' ? ' และ' : ', ');
}

/** "รายงานผลการดำเนินงานตามมาตรการ / รอบ ๖ เดือน / รอบ ๑๒ เดือน", as seed 000's last column (the rounds as the report writes them). */
function followUp(w: Writer, m: Measure): string {
  return m.followUp.length ? `${w.tx('plan.followUp.lead')}\n${followUpText(m, w)}` : '-';
}

function measureBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment, measures: Measure[]): Block[] {
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const header: Cell[] = ['measure', 'indicators', 'method', 'responsible', 'timeline', 'followUp'].map((k) => ({ text: w.tx(`plan.col.${k}`) }));
  const rows: Cell[][] = measures.map((m, i) => [
    { text: w.tx('report.measures.numbered', { no: measureNo(m, i, w), title: w.user(m.title) }) },
    { text: m.indicators.map((c) => w.tx('report.ita.indicatorName', { code: w.int(c), name: names.get(c) ?? '' })).join('\n') || '-' },
    { text: w.user(m.method) || '-' },
    { text: w.user(m.responsible) || '-' },
    { text: timelineText(m, w) || '-' },
    { text: followUp(w, m) },
  ]);
  return [
    { kind: 'heading', level: 2, text: w.tx('plan.measures.heading', { year: w.year(o.fiscalYear) }), align: 'left' },
    para(w.tx('plan.measures.intro', { unit: o.unit.name, count: w.int(measures.length) }), 'justify', true),
    {
      kind: 'table', role: 'plan', bulk: true, size: PLAN_TABLE_SIZE,
      columns: [
        { width: 19, align: 'left' }, { width: 16, align: 'left' }, { width: 31, align: 'left' },
        { width: 11, align: 'left' }, { width: 9, align: 'left' }, { width: 14, align: 'left' },
      ],
      header: [header],
      rows,
    },
  ];
}

/** Which indicator to develop each measure addresses, and those none addresses: the progress report's coverage table. */
function coverageBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment, measures: Measure[]): Block[] {
  const { table, gaps } = coverageTable(w, a, measures);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: w.tx('plan.coverage.heading'), align: 'left' },
    para(w.tx('report.weak.intro', { count: w.int(a.weak.length), unit: o.unit.name }), 'justify', true),
    table,
  ];
  if (gaps.length) blocks.push(para([{ text: w.tx('report.weak.uncovered', { list: gaps.join(' และ ') }), bold: true }], 'justify', true));
  return blocks;
}

/**
 * The executive's signature as on an announcement: ประกาศ ณ วันที่ …, room to sign, a blank name
 * line (the workbook does not hold the executive's name) and the title from the unit's เรียน column.
 */
function signatureBlocks(o: ResolvedReportOptions, w: Writer, date: CalendarDate): Block[] {
  const when = w.lang === 'en'
    ? w.date(date)
    : w.tx('plan.signature.thaiDate', { day: w.int(date.day), month: THAI_MONTHS[date.month - 1], year: w.year(date.year + 543) });
  const announced = para(w.tx('plan.signature.date', { date: when }), 'center');
  return [
    { ...announced, keepWithNext: true },
    {
      kind: 'signature',
      lines: [
        '',
        w.tx('report.signature.blankName'),
        o.unit.addressee ? w.user(o.unit.addressee) : w.tx('report.memo.refBlank'),
      ],
    },
  ];
}
