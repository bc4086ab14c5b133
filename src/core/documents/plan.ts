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
import type { Analysis } from '../workbook/analyse';
import type { AnalysisNote, Assessment, CalendarDate, Lang, Measure } from '../engine/types';
import { measuresOf } from '../engine/progress';
import { compareCodes } from '../engine/frameworks';
import { fromThaiDigits, THAI_MONTHS } from '../engine/thai';
import { compareDates, fiscalYearRange } from '../engine/calendar';
import { msg, t, type Bilingual, type Params } from '../i18n';
import { blankNames, executiveTitle, nameLine, namesWarning } from './signers';
import { gapsMessage, type NoteGap } from './plan-gaps';
import { uncoveredIndicators } from './progress/indicators-to-develop';
import { followUpText, timelineText } from './progress/measures-table';
import { itaBlocks } from './progress/ita-result';
import { measureNo, para, Writer } from './progress/writer';
import { placeLine } from './progress/cover';
import { rowFitsPage } from './progress/measure-columns';
import { resolveReportOptions, todayInBangkok, type ResolvedReportOptions } from './progress/options';
import { signatureBlock } from './signature';
import { REPORT_STYLE, type Block, type Cell, type ReportDoc, type ReportSection, type TableBlock } from './model';
export type { NoteGap } from './plan-gaps';

/** The six-column measures table on a landscape page (as the progress report's): 13 pt. */
const PLAN_TABLE_SIZE = 13;
const ANALYSIS_COLUMNS: TableBlock['columns'] = [{ width: 26, align: 'left' }, { width: 37, align: 'left' }, { width: 37, align: 'left' }];
const PLAN_COLUMNS: TableBlock['columns'] = [
  { width: 19, align: 'left' }, { width: 16, align: 'left' }, { width: 31, align: 'left' },
  { width: 11, align: 'left' }, { width: 9, align: 'left' }, { width: 14, align: 'left' },
];

export type PlanErrorCode = 'noIta' | 'noMeasures' | 'missingNotes';

/**
 * A plan that cannot be made: each thing missing (`codes`) and where it goes, in one message
 * (Thai `message`, both languages in `text`); `code` is the first.
 */
export class PlanError extends Error {
  readonly code: PlanErrorCode;
  readonly codes: PlanErrorCode[];
  readonly text: Bilingual;
  /** With missingNotes: the analysis rows to fill, one a line (sheet and cell, unit, ITA year, indicator). */
  readonly gaps: NoteGap[];
  constructor(codes: PlanErrorCode[], params: Params = {}, gaps: NoteGap[] = []) {
    const parts = codes.map((c) => (c === 'missingNotes' ? gapsMessage(gaps, String(params.sheet ?? '')) : msg(`plan.error.${c}`, params)));
    const text = {
      th: t('th', 'plan.error.cannot', { details: parts.map((p) => p.th).join(' และ') }),
      en: t('en', 'plan.error.cannot', { details: parts.map((p) => p.en).join('; ') }),
    };
    super(text.th);
    this.codes = codes;
    this.gaps = gaps;
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
  /**
   * The day the executive announces it (ประกาศ ณ วันที่), set explicitly. Without it: today when
   * today is a day a plan for the year is adopted (see `announcementDate`), else the line is left
   * to be filled by hand and the person is warned.
   */
  date?: CalendarDate;
  /** Today (default: today in Bangkok). */
  today?: CalendarDate;
  lang?: Lang;
  /**
   * Make it even when analysis notes are missing: marked ร่าง in the header of every page, each gap
   * a bracketed prompt ([กรอกประเด็นที่ต้องพัฒนา]). Without it a gap refuses the plan (PlanError missingNotes).
   */
  draft?: boolean;
}

export interface PlanIndicator {
  code: string;
  name: string;
}

export interface PlanDoc extends ReportDoc {
  /**
   * Indicators whose การวิเคราะห์ note is missing or half blank: only in a draft (a bracketed prompt
   * stands there); an adopted plan with one is refused (PlanError missingNotes).
   */
  missingNotes: PlanIndicator[];
  /** The announcement date is left as dotted spaces to be filled by hand (today is not a day the plan is adopted). */
  undated: boolean;
  /** Indicators to develop that no measure addresses, as labelled in the coverage table: told to the person, not printed as advice. */
  uncovered: string[];
  /** The การวิเคราะห์ rows the document used (issue 20: the person is told which), in sheet order. */
  notesUsed?: { code: string; row: number }[];
  /** Codes of used rows still marked ทบทวน (text copied from an earlier year, not yet reviewed). */
  toReview?: string[];
}

/**
 * The day the plan is announced: the explicit date when given; else today when today falls in
 * fiscal year N or the three months before it (1 July – 30 September of BE year N−1, when plans
 * are adopted); else null — a plan of another year dated today would be wrong, so the line is
 * left to be filled by hand.
 */
export function announcementDate(fiscalYear: number, today: CalendarDate, explicit?: CalendarDate): CalendarDate | null {
  if (explicit) return explicit;
  const { start, end } = fiscalYearRange(fiscalYear);
  const from = { year: start.year, month: 7, day: 1 };
  return compareDates(today, from) >= 0 && compareDates(today, end) <= 0 ? today : null;
}

/** `<unit> มาตรการ ITA ประจำปี <ปี>` — Arabic digits, so names sort and search alike. */
export function planName(unit: string, fiscalYear: number, lang: Lang = 'th'): string {
  return t(lang, 'plan.docName', { unit, year: fiscalYear });
}

/** A draft's warning: how many notes are missing (each a bracketed prompt in it); null when none are. */
export function missingNotesMessage(plan: PlanDoc): Bilingual | null {
  if (plan.missingNotes.length === 0 || plan.meta.itaYear === null) return null;
  return msg('plan.warning.draft', { count: plan.missingNotes.length });
}

/** The warning when the announcement date is left blank; null when the plan is dated. */
export function undatedMessage(plan: PlanDoc): Bilingual | null {
  return plan.undated ? msg('plan.warning.undated', { year: plan.meta.fiscalYear }) : null;
}

/** Everything the person making the plan must be told (never printed in it), in order: the date, then the notes. */
export function planWarnings(plan: PlanDoc): Bilingual[] {
  // In Arabic digits, whatever the document's.
  const uncovered = plan.uncovered.length ? msg('plan.warning.uncovered', { list: fromThaiDigits(plan.uncovered.join(', ')) }) : null;
  const review = plan.toReview?.length ? msg('plan.warning.review', { list: plan.toReview.join(', ') }) : null;
  return [undatedMessage(plan), missingNotesMessage(plan), review, uncovered, namesWarning(plan.meta, plan.meta.unitRow)].filter((m): m is Bilingual => m !== null);
}

/** The warnings as one message (the sidebar note, generatePlan's `warning`, the log's หมายเหตุ); null when none. */
export function planWarning(plan: PlanDoc): Bilingual | null {
  const all = planWarnings(plan);
  return all.length ? { th: all.map((m) => m.th).join(' '), en: all.map((m) => m.en).join(' ') } : null;
}

export function buildPlan(analysis: Analysis, options: PlanOptions): PlanDoc {
  const today = options.today ?? todayInBangkok();
  // The unit, year and digits are resolved as for the progress report (same errors, same defaults).
  const o = resolveReportOptions(analysis, { unit: options.unit, fiscalYear: options.fiscalYear, thaiDigits: options.thaiDigits, today, lang: options.lang });
  const date = announcementDate(o.fiscalYear, today, options.date);
  const unit = o.unit;
  const assessment = o.itaYear === null ? undefined : analysis.assessments.find((a) => a.unit === unit.name && a.year === o.itaYear);
  // The measures as adopted: every measure of the year, whatever its later status (a plan has none).
  const measures = measuresOf(analysis.workbook.measures, unit.name, o.fiscalYear);
  const missing = { unit: unit.name, year: o.fiscalYear, itaYear: o.fiscalYear - 1 };
  const lacking: PlanErrorCode[] = [...(assessment ? [] : ['noIta' as const]), ...(measures.length ? [] : ['noMeasures' as const])];
  if (!assessment || lacking.length) throw new PlanError(lacking, missing);
  const previous = assessment.previousYear === null
    ? undefined
    : analysis.assessments.find((a) => a.unit === unit.name && a.year === assessment.previousYear);
  const w = new Writer(o.lang, o.thaiDigits);
  const notes = analysis.workbook.analysisNotes.filter((n) => n.unit === unit.name && n.year === assessment.year);
  // No filler in a document to be signed: every indicator the plan lists needs its note, else it is
  // refused (the rows to fill listed) or, asked for, made as a draft with the gaps shown.
  const gaps = noteGaps(assessment, notes);
  const draft = options.draft === true;
  if (gaps.length && !draft) throw new PlanError(['missingNotes'], { sheet: analysis.workbook.sheetNames.analysis ?? 'การวิเคราะห์' }, gaps);
  const analysed = analysisBlocks(o, w, assessment, notes, analysis);

  const sections: ReportSection[] = [
    { id: 'title', blocks: titleBlocks(o, w), numbering: 'start' },
    { id: 'ita', blocks: resultBlocks(o, w, assessment, previous, analysis) },
    // Landscape from the analysis on (issue 19, point 5): its table's long prose takes two fifths
    // less height across 26.7 cm, and it runs on into the measures table (six columns with each
    // indicator's name) without a half-empty portrait page between them.
    { id: 'analysis', blocks: analysed.blocks, orientation: 'landscape' },
    { id: 'measures', blocks: measureBlocks(o, w, assessment, measures, analysed.order), orientation: 'landscape' },
  ];
  // No coverage table, as in seed 000: the measures table's ตัวชี้วัด column says which measure
  // answers which indicator, and an indicator no measure answers is the person's to fix (they
  // are told: `uncovered`), not a line of the adopted plan. The signature follows the measures
  // table on its landscape page, as in seed 000.
  const uncovered = assessment.weak.length ? adoptedGaps(w, assessment, measures) : [];
  sections.push({ id: 'signature', blocks: signatureBlocks(o, w, date), orientation: 'landscape' });
  const day = date ?? today;

  return {
    meta: {
      kind: 'plan', unit: unit.name, fiscalYear: o.fiscalYear, round: null, itaYear: assessment.year,
      thaiDigits: w.thai, lang: o.lang, memo: false, cover: false, endorsement: false, asOf: day, date: day, docNo: '', uncertain: [],
      name: planName(unit.name, o.fiscalYear, o.lang), measureCount: measures.length,
      missingNames: blankNames(unit, ['executiveName']), unitRow: unit.row,
      ...(draft ? { draft: w.tx('plan.draftMark') } : {}),
    },
    sections,
    missingNotes: gaps.map((g) => ({ code: g.code, name: g.name })),
    undated: date === null,
    uncovered,
    ...notesUsedBy(notes),
  };
}

/** The analysis rows with text (what the document prints from the sheet), and those still to review. */
function notesUsedBy(notes: AnalysisNote[]): Pick<PlanDoc, 'notesUsed' | 'toReview'> {
  const used = notes.filter((n) => n.issues !== '' || n.approach !== '').sort((a, b) => a.row - b.row);
  return { notesUsed: used.map((n) => ({ code: n.code, row: n.row })), toReview: used.filter((n) => (n.review ?? '') !== '').map((n) => n.code) };
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
  // No chart: the ranking table says the same (seed 000 has the table only), and the plan is
  // read in as few pages as it can be (issue 19: a chart alone on a page, six pages for eight measures).
  const [first, ...rest] = itaBlocks(o, w, a, prev, analysis, { chart: false });
  const heading: Block = { kind: 'heading', level: 2, text: w.tx('plan.ita.heading', { itaYear: w.year(a.year) }), align: 'left' };
  return [heading, ...(first.kind === 'heading' && first.level === 2 ? rest : [first, ...rest])];
}

/** Lowest score first (as the engine's `weak` and the coverage table), then code order: the plan's one order of indicators. */
function byScore(a: Assessment): (x: string, y: string) => number {
  const score = new Map(a.ranking.map((r) => [r.code, r.score]));
  return (x, y) => (score.get(x) ?? Infinity) - (score.get(y) ?? Infinity) || compareCodes(x, y);
}

/** How many of the lowest indicators a unit with none below the threshold is asked to keep improving. */
const KEEP_IMPROVING_COUNT = 3;

/**
 * The indicators the plan names as points to develop: the engine's `weak` (lowest first); when
 * none is below the threshold, the indicators the การวิเคราะห์ sheet has notes for, else the
 * lowest three — points to keep improving, so that the measures still follow from the analysis.
 */
function focusOf(a: Assessment, notedCodes: string[]): string[] {
  if (a.weak.length) return [...a.weak];
  if (notedCodes.length) return [...notedCodes].sort(byScore(a));
  return a.ranking.map((r) => r.code).sort(byScore(a)).slice(0, KEEP_IMPROVING_COUNT);
}

/**
 * The indicators of the per-indicator table, in the plan's order: those it lists to develop
 * (focusOf), then any other indicator the การวิเคราะห์ sheet has a note for.
 */
function tableCodes(a: Assessment, notes: AnalysisNote[]): { focus: string[]; others: string[] } {
  const notedCodes = notes.filter((n) => n.issues || n.approach).map((n) => n.code);
  const focus = focusOf(a, notedCodes);
  const focusSet = new Set(focus);
  return { focus, others: notedCodes.filter((c) => !focusSet.has(c)).sort(byScore(a)) };
}

/** The table's rows whose note is missing or lacks its issues or approach: what the plan needs filled. */
export function noteGaps(a: Assessment, notes: AnalysisNote[]): NoteGap[] {
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const byCode = new Map(notes.map((n) => [n.code, n]));
  const { focus, others } = tableCodes(a, notes);
  return [...focus, ...others].flatMap((code): NoteGap[] => {
    const note = byCode.get(code);
    const lacks = (['issues', 'approach'] as const).filter((k) => !note?.[k]);
    if (lacks.length === 0) return [];
    return [{
      unit: a.unit, itaYear: a.year, code, name: names.get(code) ?? code, lacks: [...lacks],
      ...(note ? { row: note.row, ...(note.cells ? { cells: note.cells } : {}) } : {}),
    }];
  });
}

/**
 * The analysis after the figures: seed 000's prose and list of the indicators to develop (lowest
 * first), then seed 002's per-indicator table from the การวิเคราะห์ sheet — the listed indicators,
 * then any other indicator the sheet has a note for, which the prose names, so that prose and
 * table agree. Every cell is the unit's own words; in a draft a missing one is a bracketed prompt
 * (an adopted plan with a gap is refused before this). `order` is the plan's order of indicators.
 */
function analysisBlocks(
  o: ResolvedReportOptions, w: Writer, a: Assessment, notes: AnalysisNote[], analysis: Analysis,
): { blocks: Block[]; order: (x: string, y: string) => number } {
  const threshold = analysis.workbook.settings.passThreshold;
  const order = byScore(a);
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const ranked = new Map(a.ranking.map((r) => [r.code, r]));
  const byCode = new Map(notes.map((n) => [n.code, n]));
  const { focus, others } = tableCodes(a, notes);
  const codes = [...focus, ...others];
  const place = placeLine(o, w);
  const params = { unit: o.unit.name, place: place ? ` ${place}` : '', itaYear: w.year(a.year), threshold: w.int(threshold) };
  const named = (code: string) => ({ name: names.get(code) ?? code, score: ranked.has(code) ? w.num((ranked.get(code) as Assessment['ranking'][number]).score) : '-' });

  const blocks: Block[] = [];
  const lead = w.tx('plan.analysis.lead', params);
  const intro = a.weak.length ? w.tx('plan.analysis.intro') : w.tx('plan.analysis.introNone', params);
  blocks.push(para(`${lead} ${intro}`, 'justify', true));
  focus.forEach((code, i) => blocks.push(para(w.tx('plan.analysis.item', { n: w.int(i + 1), ...named(code) }), 'left', true)));
  if (codes.length === 0) return { blocks, order };

  const rows: Cell[][] = codes.map((code) => {
    const r = ranked.get(code);
    const note = byCode.get(code);
    return [
      { text: w.tx('plan.analysis.indicatorCell', { code: w.int(code), name: names.get(code) ?? '', score: r ? w.num(r.score) : '-' }) },
      { text: note?.issues ? w.user(note.issues) : w.tx('plan.prompt.issues') },
      { text: note?.approach ? w.user(note.approach) : w.tx('plan.prompt.approach') },
    ];
  });
  const otherList = others.map((code) => w.tx('plan.analysis.otherItem', named(code))).join(w.lang === 'th' ? ' ' : ', ');
  blocks.push(para(others.length ? w.tx('plan.analysis.approachIntroOthers', { list: otherList }) : w.tx('plan.analysis.approachIntro'), 'justify', true));
  // bulk: every column is left-aligned, so styling in bulk loses nothing. A row is kept whole when
  // it fits a page (never a fragment "(๘๒.๓๕ คะแนน)" atop the next page); only a longer one breaks.
  const table: TableBlock = {
    kind: 'table', role: 'analysis', bulk: true, size: REPORT_STYLE.tableSize,
    columns: ANALYSIS_COLUMNS,
    header: [[{ text: w.tx('plan.analysis.col.indicator') }, { text: w.tx('plan.analysis.col.issues') }, { text: w.tx('plan.analysis.col.approach') }]],
    rows,
    keepRowsWhole: rows.map((r) => rowFitsPage(r, ANALYSIS_COLUMNS, REPORT_STYLE.tableSize)),
  };
  blocks.push(table);
  return { blocks, order };
}

/** "รายงานผลการดำเนินงานตามมาตรการ / รอบ ๖ เดือน / รอบ ๑๒ เดือน", as seed 000's last column (the rounds as the report writes them). */
function followUp(w: Writer, m: Measure): string {
  return m.followUp.length ? `${w.tx('plan.followUp.lead')}\n${followUpText(m, w)}` : '-';
}

function measureBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment, measures: Measure[], order: (x: string, y: string) => number): Block[] {
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const header: Cell[] = ['measure', 'indicators', 'method', 'responsible', 'timeline', 'followUp'].map((k) => ({ text: w.tx(`plan.col.${k}`) }));
  const rows: Cell[][] = measures.map((m, i) => [
    { text: w.tx('report.measures.numbered', { no: measureNo(m, i, w), title: w.user(m.title) }) },
    { text: [...m.indicators].sort(order).map((c) => w.tx('report.ita.indicatorName', { code: w.int(c), name: names.get(c) ?? '' })).join('\n') || '-' },
    { text: w.user(m.method) || '-' },
    { text: w.user(m.responsible) || '-' },
    { text: timelineText(m, w) || '-' },
    { text: followUp(w, m) },
  ]);
  return [
    { kind: 'heading', level: 2, text: w.tx('plan.measures.heading', { year: w.year(o.fiscalYear) }), align: 'left' },
    // "จึงได้กำหนด…" follows from its reason: the indicators to develop, or (none below the threshold) those to keep improving.
    para(w.tx(a.weak.length ? 'plan.measures.intro' : 'plan.measures.introKeep', { unit: o.unit.name, year: w.year(o.fiscalYear), count: w.int(measures.length) }), 'justify', true),
    {
      kind: 'table', role: 'plan', bulk: true, size: PLAN_TABLE_SIZE,
      columns: PLAN_COLUMNS,
      header: [header],
      rows,
      // A measure's row is read whole: never its last line ("รอบ ๑๒ เดือน") alone atop the signature's page.
      keepRowsWhole: rows.map((r) => rowFitsPage(r, PLAN_COLUMNS, PLAN_TABLE_SIZE)),
    },
  ];
}

/** The indicators to develop no adopted measure addresses (the person is warned; the plan itself says nothing of them). */
function adoptedGaps(w: Writer, a: Assessment, measures: Measure[]): string[] {
  // The plan is the measures as adopted: a measure cancelled later still addressed its indicators
  // (uncoveredIndicators leaves cancelled ones out, as a progress report must).
  const adopted = measures.map((m): Measure => (m.status === 'cancelled' ? { ...m, status: 'not_started' } : m));
  return uncoveredIndicators(w, a, adopted);
}

/**
 * The executive's signature as on an announcement: ประกาศ ณ วันที่ …, room to sign, the executive's
 * name from ชื่อผู้บริหาร (a dotted line when blank: the person is told) and the title from เรียน.
 */
function signatureBlocks(o: ResolvedReportOptions, w: Writer, date: CalendarDate | null): Block[] {
  const when = (d: CalendarDate) => (w.lang === 'en'
    ? w.date(d)
    : w.tx('plan.signature.thaiDate', { day: w.int(d.day), month: THAI_MONTHS[d.month - 1], year: w.year(d.year + 543) }));
  // No date: dotted spaces to fill by hand, as on a printed form. The date is read with the signature: one block.
  const announced = date ? w.tx('plan.signature.date', { date: when(date) }) : w.tx('plan.signature.blankDate');
  // The announcement's closing formula goes with the signature: never a signature alone on the last page.
  return [signatureBlock({ closing: w.tx('plan.signature.closing'), before: announced, lines: ['', nameLine(w, o.unit.executiveName), executiveTitle(w, o.unit)] })];
}
