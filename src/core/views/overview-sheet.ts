/**
 * The layout of the generated ภาพรวม [Overview] sheet: one row per unit, those needing
 * attention first, as rectangular grids (values, fills, weights, formats) so Apps Script
 * writes it with one call per grid whatever the number of units.
 *
 * % done is drawn in its cell by a SPARKLINE bar formula written in the same setValues as
 * every other value (Sheets reads a written string that begins with "=" as a formula, unless
 * the cell's format is plain text '@', so the bar column has a number format). Formulas are
 * always written in English syntax: commas between arguments, ";" between array rows.
 */
import type { CalendarDate, Lang } from '../engine/types';
import type { SheetLayout } from './rankings-sheet';
import { NUMBER_FORMATS, stamp } from './rankings-sheet';
import type { Overview, OverviewFlag, UnitOverview } from './overview';
import { COLOURS, SHEETS } from '../workbook/template';

/** A cell with nothing to say. */
const NONE = '–';
/** The Measures sheet's แก้ไขล่าสุด [Updated] column: the same words head the last-edit column. */
const UPDATED = SHEETS.measures.columns.find((c) => c.key === 'updated') as { th: string; en: string };
import { levelBand } from '../engine/levels';
import { levelLabel } from '../engine/assess';
import { toCalendarDate } from '../engine/calendar';
import { formatThaiDate, THAI_MONTHS_SHORT, beYear } from '../engine/thai';
import { isoDay } from './overview';
import { t, type Params } from '../i18n';
import { now as clockNow } from '../engine/clock';

/** Fills of the flags (the sheet's and the sidebar's): red for the most serious, then lighter. */
export const FLAG_COLOURS: Record<OverviewFlag, string> = {
  noMeasures: '#f4cccc',
  overdue: COLOURS.overdue,
  noReport: '#fce5cd',
  noScores: '#fff2cc',
};

/** Bar colours: green on track, red when some measure is overdue. */
export const BAR_COLOURS = { ok: '#6aa84f', overdue: '#cc0000' } as const;

/**
 * The columns: key, pixels (wide enough for the Thai headers and three flags at Sheets' default
 * 10 pt: headers do not wrap), and the header's words — the catalog's own where they exist
 * (statuses, the Rankings sheet's, the Measures sheet's column names).
 */
const COLUMNS = [
  ['unit', 260, 'addon.rank.unit'], ['flags', 430, 'overview.col.flags'], ['percent', 150, 'overview.col.percent'],
  ['bar', 140, 'overview.col.bar'], ['measures', 75, SHEETS.measures], ['done', 110, 'overview.col.done'],
  ['inProgress', 140, 'status.in_progress'], ['notStarted', 125, 'status.not_started'], ['cancelled', 70, 'status.cancelled'],
  ['overdue', 85, 'status.overdue'], ['report', 150, 'overview.col.report'], ['link', 220, 'overview.col.link'],
  ['lastEdit', 110, UPDATED], ['itaYear', 70, 'overview.col.itaYear'], ['total', 85, 'addon.rank.total'], ['level', 150, 'addon.rank.level'],
] as const;
type Column = typeof COLUMNS[number][0];

/** Rows above the units: title, subtitle, note, header (frozen). */
export const OVERVIEW_HEADER_ROWS = 4;

type Value = string | number;
interface CellSpec { v: Value; f?: string; bg?: string | null; bold?: boolean }

/** The Thai short date with the BE year ("5 เม.ย. 2568"); ISO in English. */
export function dayText(d: CalendarDate | null, lang: Lang): string {
  if (!d) return NONE;
  return lang === 'th' ? `${d.day} ${THAI_MONTHS_SHORT[d.month - 1]} ${beYear(d.year)}` : (isoDay(d) as string);
}

/** The in-cell bar: a SPARKLINE of one value out of 100. */
export function progressBar(percent: number, overdue: boolean): string {
  const colour = overdue ? BAR_COLOURS.overdue : BAR_COLOURS.ok;
  return `=SPARKLINE(${percent},{"charttype","bar";"max",100;"color1","${colour}"})`;
}

export const flagText = (flag: OverviewFlag, o: Pick<Overview, 'round'>, lang: Lang): string => t(lang, `overview.flag.${flag}`, { round: o.round });

/** The round's report in words: "✓ 5 เม.ย. 2568" ("✓" when the log row has no time), "ยังไม่มี", or "ยังไม่ถึงกำหนด" while the round runs. */
export function reportText(u: UnitOverview, o: Pick<Overview, 'roundEnded'>, lang: Lang): string {
  if (u.reported) return u.reported.date ? `✓ ${dayText(u.reported.date, lang)}` : '✓';
  return t(lang, o.roundEnded ? 'overview.report.missing' : 'overview.report.notDue');
}

function reportCell(u: UnitOverview, o: Overview, lang: Lang): CellSpec {
  const missing = !u.reported && o.roundEnded;
  return { v: reportText(u, o, lang), bg: missing ? FLAG_COLOURS.noReport : null, bold: missing };
}

function unitRow(u: UnitOverview, o: Overview, lang: Lang): CellSpec[] {
  const none = NONE;
  const flagged = (flag: OverviewFlag): string | null => (u.flags.includes(flag) ? FLAG_COLOURS[flag] : null);
  const hasActive = u.measures - u.cancelled > 0;
  const cells: Record<Column, CellSpec> = {
    unit: { v: u.unit, bold: u.flags.length > 0 },
    flags: { v: u.flags.map((f) => flagText(f, o, lang)).join(', '), bg: u.flags.length ? FLAG_COLOURS[u.flags[0]] : null },
    percent: hasActive ? { v: u.percentDone, f: NUMBER_FORMATS.score } : { v: none },
    bar: hasActive ? { v: progressBar(u.percentDone, u.overdue > 0), f: NUMBER_FORMATS.integer } : { v: '' },
    measures: { v: u.measures, f: NUMBER_FORMATS.integer, bg: flagged('noMeasures') },
    done: { v: u.done, f: NUMBER_FORMATS.integer },
    inProgress: { v: u.inProgress, f: NUMBER_FORMATS.integer },
    notStarted: { v: u.notStarted, f: NUMBER_FORMATS.integer },
    cancelled: { v: u.cancelled, f: NUMBER_FORMATS.integer },
    overdue: { v: u.overdue, f: NUMBER_FORMATS.integer, bg: flagged('overdue'), bold: u.overdue > 0 },
    report: reportCell(u, o, lang),
    link: { v: u.reported?.link ?? '' },
    lastEdit: { v: u.lastEdit ? dayText(toCalendarDate(u.lastEdit), lang) : none },
    itaYear: u.itaYear === null ? { v: none, bg: flagged('noScores') } : { v: u.itaYear, f: NUMBER_FORMATS.integer },
    total: u.total === null ? { v: none, bg: flagged('noScores') } : { v: u.total, f: NUMBER_FORMATS.score },
    level: u.levelKey === null ? { v: none, bg: flagged('noScores') } : { v: levelLabel(u.levelKey, lang), bg: COLOURS.level[levelBand(u.levelKey)], bold: true },
  };
  return COLUMNS.map(([c]) => cells[c]);
}

export interface OverviewSheetOptions {
  lang?: Lang;
  computedAt?: Date;
}

/** The whole ภาพรวม sheet. */
export function buildOverviewSheet(o: Overview, options: OverviewSheetOptions = {}): SheetLayout {
  const lang = options.lang ?? 'th';
  const tr = (key: string, params: Params = {}) => t(lang, key, params);
  const width = COLUMNS.length;
  const line = (first: CellSpec): CellSpec[] => [first, ...Array.from({ length: width - 1 }, () => ({ v: '' }))];
  const asOf = lang === 'th' ? formatThaiDate(o.asOf) : (isoDay(o.asOf) as string);
  const uncertain = o.units.reduce((n, u) => n + u.uncertain, 0);

  const rows: CellSpec[][] = [
    line({ v: tr('overview.sheet.title', { year: o.fiscalYear, asOf }), bold: true }),
    line({
      v: tr('overview.sheet.subtitle', {
        count: o.needingAttention, units: o.units.length, round: o.round,
        roundState: tr(o.roundEnded ? 'overview.sheet.roundEnded' : 'overview.sheet.roundRunning'), time: stamp(options.computedAt ?? clockNow(), lang),
      }),
    }),
    line({ v: uncertain ? tr('overview.sheet.uncertain', { count: uncertain }) : '' }),
    COLUMNS.map(([c, , caption]) => ({
      v: typeof caption === 'string' ? tr(caption, { round: o.round }) : caption[lang], bold: true,
      bg: c === 'done' ? COLOURS.status.done : c === 'inProgress' ? COLOURS.status.in_progress : c === 'notStarted' ? COLOURS.status.not_started
        : c === 'cancelled' ? COLOURS.status.cancelled : COLOURS.header,
    })),
  ];
  // No units: the header alone, under a subtitle that says 0 of 0.
  for (const u of o.units) rows.push(unitRow(u, o, lang));

  const formatOf = (c: CellSpec): string => c.f ?? (typeof c.v === 'number' ? NUMBER_FORMATS.integer : NUMBER_FORMATS.text);
  return {
    values: rows.map((r) => r.map((c) => c.v)),
    backgrounds: rows.map((r) => r.map((c) => c.bg ?? null)),
    fontWeights: rows.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))),
    numberFormats: rows.map((r) => r.map(formatOf)),
    columnWidths: COLUMNS.map(([, px]) => px),
    frozenRows: OVERVIEW_HEADER_ROWS,
  };
}
