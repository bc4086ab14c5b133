/**
 * Starting a new fiscal year (issue 20, point 1), as rules over the grids as read: pure, the
 * add-on, the offline sidebar server and `ita new-year` write what it plans.
 *
 * For fiscal year N and each unit (or the one named):
 * - its measures of N−1 become N's starting list: measure, indicators, method, responsible,
 *   timeline, follow-up and ลำดับ as typed (a year of N−1 in the timeline, "31/3/2568", moves
 *   on a year); status ยังไม่ดำเนินการ; result, outcome, dates and stamps empty. A measure
 *   cancelled in N−1 (ยกเลิก) was dropped by the unit and is not carried; it is named.
 * - a unit that already has measures for N is left alone (its measures) and named;
 * - for the ITA year N's measures answer (N−1, the result published at the end of N−1), an
 *   analysis row (unit, ITA year, indicator) is added for every indicator to develop that has
 *   none, its text taken from the unit's latest note on the same indicator in an earlier year
 *   and marked for review in the ทบทวน column, or left empty when there is none. When that ITA
 *   year has no scores for the unit yet, no row is added and the person is told to import them.
 * - Settings ปีงบประมาณ becomes N.
 * A workbook with problems, an unknown or ambiguous unit or a bad year plans nothing.
 */
import type { Analysis } from '../workbook/analyse';
import type { AnalysisNote, Measure, WorkbookGrids } from '../engine/types';
import { msg, type Bilingual } from '../i18n';
import { SETTINGS, SHEETS } from '../workbook/template';
import { a1, cell, normalizeName, readTable } from '../workbook/sheets';
import { matchUnit } from '../workbook/unit-names';
import { appendRowsWrite, lastFilledRow, type CellValue, type SheetWrite } from '../workbook/sheet-write';
import { fromThaiDigits, toThaiDigits } from '../engine/thai';
import { compareCodes } from '../engine/frameworks';

export interface NewYearRequest {
  /** The fiscal year to start (BE). */
  year: number;
  /** One unit (any name the matcher knows); absent or blank: every unit. */
  unit?: string | null;
}

export interface NewYearMeasureRow {
  /** Where it goes, e.g. `มาตรการ!A31`. */
  cell: string;
  no: string;
  title: string;
  indicators: string;
  timeline: string;
}

export interface NewYearAnalysisRow {
  cell: string;
  code: string;
  name: string;
  /** The ITA year the text was taken from; null: left empty (no earlier note). */
  from: number | null;
}

export interface NewYearUnit {
  unit: string;
  /** carried: N−1's measures copied; started: the unit already has measures for N (left alone); none: no measures in N−1. */
  measures: 'carried' | 'started' | 'none';
  /** Measures of N the unit already had (started). */
  existing: number;
  added: NewYearMeasureRow[];
  /** Titles of N−1's cancelled measures, not carried. */
  dropped: string[];
  analysis: NewYearAnalysisRow[];
  /** The ITA year N's measures answer has no scores for the unit: import them first. */
  scoresMissing: boolean;
}

export interface NewYearPlan {
  year: number;
  /** The ITA year N's measures answer (N−1). */
  itaYear: number;
  /** Settings ปีงบประมาณ before (null when blank); it becomes `year`. */
  settingsYear: number | null;
  units: NewYearUnit[];
  /** What blocks it (nothing is written then). */
  problems: Bilingual[];
  /** One write per sheet; empty when there are problems or nothing changes. */
  writes: SheetWrite[];
}

/** The ทบทวน cell of a note copied from an earlier year: cleared by the person once reviewed. */
export const reviewMark = (from: number): string => msg('newYear.reviewMark', { year: from }).th;

/** Years of fiscal year N−1 (BE N−2/N−1, CE N−545/N−544) in a typed timeline move on one year. */
export function timelineForYear(value: unknown, year: number): CellValue {
  if (value instanceof Date) {
    const d = new Date(value.getTime());
    d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const raw = String(value ?? '');
  const old = new Set([year - 2, year - 1, year - 545, year - 544]);
  return raw.replace(/[0-9๐-๙]{4}/g, (digits) => {
    const n = Number(fromThaiDigits(digits));
    if (!old.has(n)) return digits;
    const next = String(n + 1);
    return /[๐-๙]/.test(digits) ? toThaiDigits(next) : next;
  });
}

export function planNewYear(grids: WorkbookGrids, analysis: Analysis, request: NewYearRequest): NewYearPlan {
  const year = request.year;
  const itaYear = year - 1;
  const settingsYear = analysis.workbook.settings.fiscalYear;
  const empty = (problems: Bilingual[]): NewYearPlan => ({ year, itaYear, settingsYear, units: [], problems, writes: [] });
  if (!Number.isInteger(year) || year < 2500 || year > 2700) return empty([msg('newYear.badYear', { value: String(year) })]);
  if (analysis.problems.length) return empty([msg('newYear.problems', { count: analysis.problems.length })]);
  const w = analysis.workbook;
  if (w.units.length === 0) return empty([msg('ready.noUnits')]);
  let units = w.units;
  const asked = typeof request.unit === 'string' && request.unit.trim() !== '' ? request.unit.trim() : null;
  if (asked !== null) {
    const match = matchUnit(w.units, asked);
    if (!match.unit) {
      return empty([match.candidates.length > 1
        ? msg('report.error.ambiguousUnit', { unit: asked, candidates: match.candidates.map((u) => u.name).join(', ') })
        : msg('report.error.unknownUnit', { unit: asked })]);
    }
    units = [match.unit];
  }

  const measuresTable = readTable(grids, SHEETS.measures, []);
  const measureRows = new Map((measuresTable?.rows ?? []).map((r) => [r.row, r]));
  const raw = (m: Measure, key: string): unknown => {
    const row = measureRows.get(m.row);
    return measuresTable && row ? cell(measuresTable, row, key) : '';
  };
  const names = new Map<string, string>();
  for (const f of w.frameworks) for (const i of f.indicators) if (f.fromYear <= itaYear) names.set(i.code, i.name);

  const newMeasures: Record<string, CellValue | null>[] = [];
  const newNotes: Record<string, CellValue | null>[] = [];
  const plans: NewYearUnit[] = [];
  for (const unit of units) {
    const mine = w.measures.filter((m) => m.unit === unit.name);
    const existing = mine.filter((m) => m.year === year);
    const previous = mine.filter((m) => m.year === year - 1);
    const plan: NewYearUnit = {
      unit: unit.name, measures: existing.length ? 'started' : previous.length ? 'carried' : 'none', existing: existing.length,
      added: [], dropped: [], analysis: [], scoresMissing: false,
    };
    if (plan.measures === 'carried') {
      const kept = previous.filter((m) => m.status !== 'cancelled');
      plan.dropped = previous.filter((m) => m.status === 'cancelled').map((m) => m.title);
      // Numbers typed as 1, 2, 3… are renumbered after a dropped measure (no gap in N's list); other ลำดับ stay as typed.
      const renumber = plan.dropped.length > 0 && kept.every((m) => /^\d+$/.test(fromThaiDigits(m.no.trim())));
      for (const [i, m] of kept.entries()) {
        const timeline = timelineForYear(raw(m, 'timeline'), year);
        const no = renumber ? i + 1 : raw(m, 'no') as CellValue;
        newMeasures.push({
          unit: unit.name, year, no, measure: raw(m, 'measure') as CellValue, indicators: raw(m, 'indicators') as CellValue,
          method: raw(m, 'method') as CellValue, responsible: raw(m, 'responsible') as CellValue, timeline, followUp: raw(m, 'followUp') as CellValue,
          status: 'ยังไม่ดำเนินการ',
        });
        plan.added.push({ cell: '', no: String(no), title: m.title, indicators: m.indicators.join(', '), timeline: String(timeline instanceof Date ? m.timeline : timeline) });
      }
    }

    const assessment = analysis.assessments.find((a) => a.unit === unit.name && a.year === itaYear);
    if (!assessment) plan.scoresMissing = true;
    else {
      const notes = w.analysisNotes.filter((n) => n.unit === unit.name);
      const has = new Set(notes.filter((n) => n.year === itaYear).map((n) => n.code));
      for (const code of [...assessment.weak].sort(compareCodes)) {
        if (has.has(code)) continue;
        const earlier = notes
          .filter((n) => n.code === code && n.year < itaYear && (n.issues !== '' || n.approach !== ''))
          .sort((x, y) => y.year - x.year)[0] as AnalysisNote | undefined;
        newNotes.push({
          unit: unit.name, year: itaYear, indicator: code,
          issues: earlier?.issues ?? '', approach: earlier?.approach ?? '', review: earlier ? reviewMark(earlier.year) : '',
        });
        plan.analysis.push({ cell: '', code, name: names.get(code) ?? code, from: earlier ? earlier.year : null });
      }
    }
    plans.push(plan);
  }

  const writes: SheetWrite[] = [];
  if (newMeasures.length) {
    const write = appendRowsWrite(grids, SHEETS.measures, newMeasures);
    placeRows(write, grids, plans.flatMap((p) => p.added));
    writes.push(write);
  }
  if (newNotes.length) {
    const write = appendRowsWrite(grids, SHEETS.analysis, newNotes);
    placeRows(write, grids, plans.flatMap((p) => p.analysis));
    writes.push(write);
  }
  const setting = settingsWrite(grids, year, settingsYear);
  if (setting) writes.push(setting);
  return { year, itaYear, settingsYear, units: plans, problems: [], writes };
}

/** Each added row's first cell (`มาตรการ!A31`), in the order the rows were appended. */
function placeRows(write: SheetWrite, grids: WorkbookGrids, rows: { cell: string }[]): void {
  const grid = write.create ? [] : grids.sheets[write.sheet] ?? [];
  const first = Math.max(lastFilledRow(grid), 1) + 1;
  rows.forEach((r, i) => { r.cell = `${write.sheet}!${a1(first + i, 1)}`; });
}

/** Settings ปีงบประมาณ set to `year`: its value cell, or a new row when the key is missing; null when it already is. */
function settingsWrite(grids: WorkbookGrids, year: number, current: number | null): SheetWrite | null {
  if (current === year) return null;
  const table = readTable(grids, SHEETS.settings, []);
  if (!table) return null;
  const spec = SETTINGS.find((s) => s.key === 'fiscalYear')!;
  const row = table.rows.find((r) => {
    const key = normalizeName(cell(table, r, 'key'));
    return key === normalizeName(spec.th) || key === normalizeName(spec.en);
  });
  if (row) return { sheet: table.sheet, create: false, cells: [{ row: row.row, column: table.columns.value + 1, value: year }] };
  return appendRowsWrite(grids, SHEETS.settings, [{ key: spec.th, value: year, note: spec.note }]);
}

/** What the plan adds, line by line, in one language: the CLI prints it, the menu and the sidebar show it. */
export function newYearLines(plan: NewYearPlan, lang: 'th' | 'en'): string[] {
  const L = (key: string, params: Record<string, string | number> = {}) => msg(key, params)[lang];
  if (plan.problems.length) return plan.problems.map((p) => p[lang]);
  const lines = [L('newYear.head', { year: plan.year, itaYear: plan.itaYear })];
  if (plan.settingsYear !== plan.year) lines.push(L('newYear.settings', { from: plan.settingsYear ?? '–', year: plan.year }));
  for (const u of plan.units) {
    if (u.measures === 'carried') {
      lines.push(L('newYear.carried', { unit: u.unit, from: plan.year - 1, count: u.added.length }));
      for (const m of u.added) lines.push(`  ${m.cell}  ${m.no ? `${m.no}. ` : ''}${m.title}${m.indicators ? ` [${m.indicators}]` : ''}${m.timeline ? ` · ${m.timeline}` : ''}`);
      if (u.dropped.length) lines.push(L('newYear.dropped', { unit: u.unit, titles: u.dropped.join('; ') }));
    } else if (u.measures === 'started') lines.push(L('newYear.started', { unit: u.unit, year: plan.year, count: u.existing }));
    else lines.push(L('newYear.none', { unit: u.unit, from: plan.year - 1 }));
    if (u.scoresMissing) lines.push(L('newYear.scoresMissing', { unit: u.unit, itaYear: plan.itaYear }));
    if (u.analysis.length) {
      lines.push(L('newYear.analysis', { unit: u.unit, itaYear: plan.itaYear, list: u.analysis.map((a) => a.code).join(', ') }));
      for (const a of u.analysis) lines.push(`  ${a.cell}  ${a.code}. ${a.name} — ${a.from === null ? L('newYear.noteEmpty') : L('newYear.noteFrom', { year: a.from })}`);
    }
  }
  const measures = plan.units.reduce((n, u) => n + u.added.length, 0);
  const notes = plan.units.reduce((n, u) => n + u.analysis.length, 0);
  lines.push(measures + notes === 0 && plan.settingsYear === plan.year ? L('newYear.nothing', { year: plan.year }) : L('newYear.done', { measures, notes }));
  return lines;
}
