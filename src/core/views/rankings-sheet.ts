/**
 * The layout of the generated Rankings sheet (`อันดับ`) as rectangular grids: values,
 * backgrounds, font weights and number formats of the same shape, so Apps Script writes
 * it with one call per grid whatever the data size, and tests read it without Sheets.
 */
import type { Analysis } from '../workbook/analyse';
import type { Assessment, Lang, UnitRank } from '../engine/types';
import { COLOURS } from '../workbook/template';
import { levelBand, type LevelKey } from '../engine/levels';
import { levelLabel } from '../engine/assess';
import { toCalendarDate } from '../engine/calendar';
import { formatThaiDate } from '../engine/thai';
import { t, type Params } from '../i18n';
import { now as clockNow } from '../engine/clock';

export type Cell = string | number;

export interface SheetLayout {
  values: Cell[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  /** Apply before the values: Sheets reads a written '10' as text only under '@'. */
  numberFormats: string[][];
  /** Pixels, one per column. */
  columnWidths: number[];
  /** Header rows kept in view while scrolling (none when absent). */
  frozenRows?: number;
}

/** A: label / rank, B: value / code, C: indicator, D: score, E: change, F: mark / level. */
export const RANKINGS_COLUMN_WIDTHS = [170, 110, 260, 100, 160, 110];
export const RANKINGS_WIDTH = RANKINGS_COLUMN_WIDTHS.length;

export const NUMBER_FORMATS = {
  text: '@',
  integer: '0',
  score: '0.00',
  change: '+0.00;-0.00;0.00',
} as const;

type Format = keyof typeof NUMBER_FORMATS;

/** One cell of a row being built: a value with its optional format, fill and weight. */
interface CellSpec {
  v: Cell | null;
  f?: Format;
  bg?: string;
  bold?: boolean;
}

/** Builds rows of exactly RANKINGS_WIDTH cells. */
class LayoutBuilder {
  private readonly rows: CellSpec[][] = [];

  row(cells: (CellSpec | Cell | null)[], rowStyle: { bold?: boolean; bg?: string } = {}): void {
    const out: CellSpec[] = [];
    for (let i = 0; i < RANKINGS_WIDTH; i++) {
      const c = cells[i];
      const spec: CellSpec = c !== null && typeof c === 'object' ? { ...c } : { v: c ?? null };
      if (rowStyle.bold) spec.bold = true;
      if (rowStyle.bg && !spec.bg) spec.bg = rowStyle.bg;
      out.push(spec);
    }
    this.rows.push(out);
  }

  blank(): void {
    this.row([]);
  }

  build(): SheetLayout {
    const formatOf = (c: CellSpec): string => NUMBER_FORMATS[c.f ?? (typeof c.v === 'number' ? 'integer' : 'text')];
    return {
      values: this.rows.map((r) => r.map((c) => (c.v === null ? '' : c.v))),
      backgrounds: this.rows.map((r) => r.map((c) => c.bg ?? null)),
      fontWeights: this.rows.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))),
      numberFormats: this.rows.map((r) => r.map(formatOf)),
      columnWidths: [...RANKINGS_COLUMN_WIDTHS],
    };
  }
}

const score = (v: number | null): CellSpec => ({ v: v === null ? null : v, f: 'score' });
const change = (v: number | null): CellSpec => ({ v: v === null ? null : v, f: 'change' });
const levelCell = (key: LevelKey, lang: Lang): CellSpec => ({ v: levelLabel(key, lang), bg: COLOURS.level[levelBand(key)], bold: true });

/** "31 มีนาคม 2566 14:05 น." (Bangkok time, like the rest of the calendar code). */
export function stamp(at: Date, lang: Lang): string {
  const bangkok = new Date(at.getTime() + 7 * 3600 * 1000);
  const hhmm = `${String(bangkok.getUTCHours()).padStart(2, '0')}:${String(bangkok.getUTCMinutes()).padStart(2, '0')}`;
  const day = toCalendarDate(at);
  return lang === 'th'
    ? `${formatThaiDate(day)} ${hhmm} น.`
    : `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')} ${hhmm}`;
}

function assessmentBlock(b: LayoutBuilder, a: Assessment, lang: Lang): void {
  const tr = (key: string, params: Params = {}) => t(lang, `addon.rank.${key}`, params);
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  const weak = new Set(a.weak);
  b.row([tr('block', { unit: a.unit, year: a.year })], { bold: true });
  b.row([
    { v: tr('total'), bold: true }, { ...score(a.total), bold: true },
    tr('level'), levelCell(a.levelKey, lang),
    a.previousYear === null ? tr('noPrevious') : tr('totalChange', { year: a.previousYear }), change(a.totalChange),
  ]);
  // The framework's tools in its order, three code/score pairs a row (the sheet is six columns wide).
  const tools = Object.entries(a.tools);
  for (let i = 0; i < tools.length; i += RANKINGS_WIDTH / 2) b.row(tools.slice(i, i + RANKINGS_WIDTH / 2).flatMap(([tool, v]) => [tool, score(v)]));
  b.row([tr('rank'), tr('code'), tr('indicator'), tr('score'), tr('change'), tr('develop')], { bold: true, bg: COLOURS.header });
  for (const r of a.ranking) {
    b.row([r.rank, r.code, r.name, score(r.score), change(r.change), weak.has(r.code) ? tr('developMark') : null]);
  }
  b.row([{ v: tr('highest'), bold: true }, a.highest.code, a.highest.name, score(a.highest.score)]);
  b.row([{ v: tr('lowest'), bold: true }, a.lowest.code, a.lowest.name, score(a.lowest.score)]);
  b.row([
    { v: tr('weak'), bold: true },
    a.weak.length ? a.weak.join(', ') : tr('none'),
    a.weak.map((code) => names.get(code) ?? code).join(', '),
  ]);
  for (const w of a.warnings) b.row([{ v: tr('note'), bold: true }, w[lang]]);
  b.blank();
}

function unitRankingBlock(b: LayoutBuilder, year: string, ranks: UnitRank[], lang: Lang): void {
  const tr = (key: string, params: Params = {}) => t(lang, `addon.rank.${key}`, params);
  b.row([tr('units', { year })], { bold: true });
  b.row([tr('rank'), tr('unit'), null, tr('total'), tr('level')], { bold: true, bg: COLOURS.header });
  for (const r of ranks) b.row([r.rank, r.unit, null, score(r.total), levelCell(r.levelKey, lang)]);
  b.blank();
}

export interface RankingsOptions {
  lang?: Lang;
  /** When the rankings were computed (shown in the title). */
  computedAt?: Date;
}

/** The whole Rankings sheet: a block per unit and ITA year, then units ranked per year. */
export function buildRankingsSheet(analysis: Pick<Analysis, 'assessments' | 'unitRanking'>, options: RankingsOptions = {}): SheetLayout {
  const lang = options.lang ?? 'th';
  const b = new LayoutBuilder();
  b.row([t(lang, 'addon.rank.title', { time: stamp(options.computedAt ?? clockNow(), lang) })], { bold: true });
  b.blank();
  if (analysis.assessments.length === 0) {
    b.row([t(lang, 'addon.rank.empty')]);
    return b.build();
  }
  for (const a of analysis.assessments) assessmentBlock(b, a, lang);
  const years = Object.keys(analysis.unitRanking).sort((x, y) => Number(x) - Number(y));
  for (const year of years) unitRankingBlock(b, year, analysis.unitRanking[year], lang);
  return b.build();
}
