/**
 * Score import, the one plan every path shares (the add-on, the sidebar's servers, the CLI):
 * pasted text or a district table in, the cells to write into the Scores sheet out — found
 * by header name, existing unit-year-indicator rows updated in place, new ones appended —
 * with every difference from what is there, and the problems that block it.
 *
 * All or nothing: a score that would change an existing one is a conflict unless `replace`
 * is asked (an identical score is not: importing the same result twice writes nothing);
 * an unknown unit, an unreadable year or score, two values for one indicator are problems;
 * with any problem the plan writes nothing.
 */
import type { CalendarDate, Framework, Grid, Settings, WorkbookGrids } from '../engine/types';
import { parseWorkbook } from '../workbook/workbook';
import { readTable, cell, normalizeName, a1, type Table } from '../workbook/sheets';
import { SHEETS, TOTAL_WORDS } from '../workbook/template';
import { frameworkFor, matchIndicator } from '../engine/frameworks';
import { toolCodes } from '../engine/tools';
import { parseNumber, parseYear, text } from '../engine/values';
import { computeTotals, levelLabel } from '../engine/assess';
import { levelFor, type LevelKey } from '../engine/levels';
import { round2 } from '../engine/numbers';
import { fiscalYearOf, toCalendarDate } from '../engine/calendar';
import { note, problem, readPastedScores, readPastedYear, type ImportNote, type ImportProblem, type PastedScore } from './paste';
import { asTable, readScoreTable } from './table';
import { unitKey, unitMatcher } from '../workbook/unit-names';

// The one unit-name matcher lives in workbook/unit-names.ts; re-exported for the paths that import it from here.
export { unitKey };
import { now as clockNow } from '../engine/clock';

export type { ImportNote, ImportProblem, PastedScore } from './paste';

export interface ScoreImportRequest {
  text: string;
  /** The unit of a pasted result (a table names its own); default: the unit the text names. */
  unit?: string | null;
  /** ITA year (BE) of a pasted result, as typed ("2567", "๒๕๖๗"); default: `defaultImportYear`. */
  year?: number | string | null;
  /** Overwrite existing scores that differ. */
  replace?: boolean;
}

export interface ScoreChange {
  unit: string;
  year: number;
  /** Indicator code; null for the official total (the `รวม` row). */
  code: string | null;
  name: string;
  /** What the Scores sheet holds now: null when there is no row yet. */
  before: number | string | null;
  after: number;
  kind: 'add' | 'replace' | 'same';
  /** The Scores cell written (for a new row: where it goes), e.g. `คะแนน!D12`. */
  cell: string;
  /** Line of the pasted text, or row of the table, it comes from. */
  line: number;
}

export interface ImportedUnitYear {
  unit: string;
  year: number;
  /** The official total the import gives, if any. */
  total: number | null;
  /** Σ weight × score of the imported indicators (2 decimals); null without scores. */
  computedTotal: number | null;
  /** The level the text gives ("A", "ผ่านดี"), if any, and the one the engine computes. */
  level: string | null;
  computedLevel: string | null;
  missing: string[];
}

export interface ScoreImportPreview {
  source: 'paste' | 'table' | 'empty';
  /** The unit and ITA year a paste was read for (defaults applied); null for a table. */
  unit: string | null;
  year: number | null;
  unitYears: ImportedUnitYear[];
  /** A paste's matched lines, in code order. */
  matched: PastedScore[];
  changes: ScoreChange[];
  problems: ImportProblem[];
  warnings: ImportNote[];
}

/** The one rectangle of the Scores sheet to write (1-based), with every value in it. */
export interface ScoreWriteBlock {
  sheet: string;
  row: number;
  column: number;
  values: unknown[][];
}

export interface ScoreImportPlan extends ScoreImportPreview {
  /** null when there are problems or nothing to write. */
  block: ScoreWriteBlock | null;
}

export interface ScoreImportResult {
  /** Scores written (added or replaced). */
  written: number;
  replaced: number;
  problems: ImportProblem[];
  warnings: ImportNote[];
  message: ImportNote;
}

/**
 * The ITA year a paste is for when none is chosen: the result a unit works with in the
 * reporting fiscal year N is ITA N−1 (measures of FY N answer it), so Settings' fiscal year
 * − 1, else today's fiscal year − 1.
 */
export function defaultImportYear(settings: Pick<Settings, 'fiscalYear'>, today: CalendarDate): number {
  return (settings.fiscalYear ?? fiscalYearOf(today)) - 1;
}

/** The sheets an import reads (Thai and English names): a missing one, or a missing column of one, blocks it. */
const BLOCKING_SHEETS = new Set([SHEETS.units, SHEETS.indicators, SHEETS.scores, SHEETS.settings].flatMap((x) => [x.th, x.en].map(normalizeName)));
const isTotalWord = (value: unknown): boolean => TOTAL_WORDS.map(normalizeName).includes(normalizeName(value));

interface Existing {
  row: number;
  value: unknown;
}

/** The Scores sheet's rows by unit|year|code ('*' the total); the first row wins. */
function existingScores(table: Table, unitOf: (s: string) => string | undefined, frameworks: Framework[]): Map<string, Existing> {
  const out = new Map<string, Existing>();
  for (const row of table.rows) {
    const unitText = text(cell(table, row, 'unit'));
    const unit = unitOf(unitText) ?? unitText;
    const year = parseYear(cell(table, row, 'year'));
    if (year === null || Number.isNaN(year)) continue;
    const raw = cell(table, row, 'indicator');
    let code: string;
    if (isTotalWord(raw)) code = '*';
    else {
      const framework = frameworkFor(frameworks, year);
      const indicator = framework ? matchIndicator(framework, raw) : undefined;
      if (!indicator) continue;
      code = indicator.code;
    }
    const key = `${unit}|${year}|${code}`;
    if (!out.has(key)) out.set(key, { row: row.row, value: cell(table, row, 'score') });
  }
  return out;
}

interface Incoming {
  unit: string;
  year: number;
  scores: { code: string; name: string; score: number; line: number }[];
  total: { score: number; line: number } | null;
  level: { key: LevelKey; text: string } | null;
  missing: string[];
}

const empty = (source: ScoreImportPreview['source'], problems: ImportProblem[]): ScoreImportPlan => ({
  source, unit: null, year: null, unitYears: [], matched: [], changes: [], problems, warnings: [], block: null,
});

export function planScoreImport(grids: WorkbookGrids, request: ScoreImportRequest, now: Date = clockNow()): ScoreImportPlan {
  const input = typeof request?.text === 'string' ? request.text : '';
  if (input.trim() === '') return empty('empty', [problem('empty')]);

  const { workbook, problems: workbookProblems } = parseWorkbook(grids);
  const problems: ImportProblem[] = workbookProblems
    .filter((p) => (p.code === 'missingSheet' || p.code === 'missingHeader') && BLOCKING_SHEETS.has(normalizeName(p.sheet)))
    .map((p) => ({ code: p.code, key: `problem.${p.code}`, params: {}, text: p.message, sheet: p.sheet, cell: p.cell }));
  const scoresTable = readTable(grids, SHEETS.scores, []);
  const matchUnitName = unitMatcher(workbook.units);
  const unitOf = (name: string): string | undefined => matchUnitName(name).unit?.name;
  const warnings: ImportNote[] = [];

  const incoming: Incoming[] = [];
  let matched: PastedScore[] = [];
  let chosenUnit: string | null = null;
  let chosenYear: number | null = null;
  const table = asTable(input);
  if (table) {
    const reading = readScoreTable(table, unitOf, workbook.frameworks);
    problems.push(...reading.problems);
    warnings.push(...reading.warnings);
    for (const r of reading.rows) {
      incoming.push({
        unit: r.unit, year: r.year, scores: r.scores.map((s) => ({ ...s, line: r.row })),
        total: r.total === null ? null : { score: r.total, line: r.row }, level: r.level, missing: r.missing,
      });
    }
  } else {
    const yearAsked = !(request.year === null || request.year === undefined || String(request.year).trim() === '');
    // A year the text names wins over the workbook's default, and must match a year asked for.
    const yearNamed = readPastedYear(input);
    const year = yearAsked ? parseYear(request.year) : yearNamed ?? defaultImportYear(workbook.settings, toCalendarDate(now));
    if (yearAsked && yearNamed !== null && year !== null && !Number.isNaN(year) && year !== yearNamed) {
      problems.push(problem('otherYear', { found: yearNamed, year }));
    }
    if (year === null || Number.isNaN(year)) problems.push(problem('badYear', { value: String(request.year) }));
    const framework = year !== null && !Number.isNaN(year) ? frameworkFor(workbook.frameworks, year) : undefined;
    if (year !== null && !Number.isNaN(year)) chosenYear = year;
    if (chosenYear !== null && !framework) problems.push(problem('noFramework', { year: chosenYear }));
    if (framework && chosenYear !== null) {
      const reading = readPastedScores(input, framework);
      matched = reading.scores;
      problems.push(...reading.problems);
      if (reading.scores.length === 0) problems.push(problem('noScores'));
      const asked = typeof request.unit === 'string' && request.unit.trim() !== '' ? request.unit.trim() : null;
      const named = reading.unitText === null ? null : unitOf(reading.unitText) ?? null;
      if (asked !== null) {
        const match = matchUnitName(asked);
        chosenUnit = match.unit?.name ?? null;
        if (match.candidates.length > 1) problems.push(problem('ambiguousUnit', { unit: asked, candidates: match.candidates.map((u) => u.name).join(', ') }));
        else if (chosenUnit === null) problems.push(problem('unknownUnit', { unit: asked }));
        else if (named !== null && named !== chosenUnit) problems.push(problem('otherUnit', { found: named, unit: chosenUnit }));
        else if (named === null && reading.unitText !== null) warnings.push(note('import.warning.unitText', { found: reading.unitText, unit: chosenUnit }));
      } else if (named !== null) chosenUnit = named;
      // The paste names a unit the workbook lacks: say which, and what to do (add it, or choose one).
      else if (reading.unitText !== null) problems.push(problem('pastedUnitMissing', { found: reading.unitText }));
      else problems.push(problem('needUnit'));
      if (chosenUnit !== null) {
        incoming.push({
          unit: chosenUnit, year: chosenYear, scores: reading.scores, total: reading.total, level: reading.level, missing: reading.missing,
        });
      }
    }
  }

  const unitYears = incoming.map((u) => summarize(u, workbook.frameworks, workbook.settings, warnings));
  const changes: ScoreChange[] = [];
  let block: ScoreWriteBlock | null = null;
  if (scoresTable) {
    const existing = existingScores(scoresTable, unitOf, workbook.frameworks);
    const grid = grids.sheets[scoresTable.sheet] ?? [];
    let next = grid.length + 1;
    const scoreColumn = scoresTable.columns.score + 1;
    for (const u of incoming) {
      const items = [...u.scores.map((s) => ({ ...s, key: s.code })), ...(u.total ? [{ code: null, name: TOTAL_WORDS[0], score: u.total.score, line: u.total.line, key: '*' }] : [])];
      for (const item of items) {
        const found = existing.get(`${u.unit}|${u.year}|${item.key}`);
        const before = found ? parseNumber(found.value) : null;
        const same = before !== null && !Number.isNaN(before) && round2(before) === round2(item.score);
        const row = found ? found.row : next++;
        changes.push({
          unit: u.unit, year: u.year, code: item.code, name: item.name,
          before: found ? (before !== null && !Number.isNaN(before) ? before : text(found.value)) : null,
          after: item.score, kind: !found ? 'add' : same ? 'same' : 'replace',
          cell: `${scoresTable.sheet}!${a1(row, scoreColumn)}`, line: item.line,
        });
      }
    }
    if (!request.replace) {
      for (const c of changes.filter((x) => x.kind === 'replace')) {
        problems.push({
          ...problem('conflict', {
            cell: c.cell, before: typeof c.before === 'number' ? c.before.toFixed(2) : `"${c.before ?? ''}"`, after: c.after.toFixed(2),
            unit: c.unit, year: c.year, indicator: c.code ?? TOTAL_WORDS[0],
          }),
          sheet: scoresTable.sheet, cell: c.cell.split('!')[1],
        });
      }
    }
    if (problems.length === 0) block = writeBlock(scoresTable, grid, changes);
  }
  return { source: table ? 'table' : 'paste', unit: chosenUnit, year: table ? null : chosenYear, unitYears, matched, changes, problems, warnings, block };
}

/** The level and total the imported scores give, and their cross-checks against the text. */
function summarize(u: Incoming, frameworks: Framework[], settings: Settings, warnings: ImportNote[]): ImportedUnitYear {
  const framework = frameworkFor(frameworks, u.year);
  const weights = new Map(framework?.indicators.map((i) => [i.code, i]) ?? []);
  const items = u.scores.filter((s) => weights.has(s.code)).map((s) => ({ ...(weights.get(s.code) as Framework['indicators'][number]), score: s.score }));
  if (u.missing.length && items.length) warnings.push(note('import.warning.missing', { unit: u.unit, year: u.year, codes: u.missing.join(', ') }));
  if (items.length === 0) return { unit: u.unit, year: u.year, total: u.total?.score ?? null, computedTotal: null, level: u.level?.text ?? null, computedLevel: null, missing: u.missing };
  const { total, tools } = computeTotals(items, framework && toolCodes(framework));
  const reported = u.total?.score ?? total;
  const key = levelFor(u.year, reported, tools, settings.passThreshold, settings.levels);
  if (u.total && u.missing.length === 0 && Math.abs(u.total.score - total) > 0.005) {
    warnings.push(note('warning.totalDiffers', { official: round2(u.total.score).toFixed(2), computed: round2(total).toFixed(2), diff: round2(u.total.score - total).toFixed(2) }));
  }
  if (u.level && u.level.key !== key) warnings.push(note('import.warning.levelDiffers', { found: u.level.text, computed: levelLabel(key) }));
  return { unit: u.unit, year: u.year, total: u.total?.score ?? null, computedTotal: round2(total), level: u.level?.text ?? null, computedLevel: levelLabel(key), missing: u.missing };
}

/** A code as the Scores sheet holds it: a number when it is one ("7" → 7), as people type it. */
const codeCell = (code: string | null): string | number => (code === null ? TOTAL_WORDS[0] : /^\d+$/.test(code) ? Number(code) : code);

/**
 * One rectangle over the rows written and the Scores sheet's own columns: new rows get unit,
 * year, indicator and score; replaced rows only their score; every other cell in the
 * rectangle keeps the value it was read with.
 */
function writeBlock(table: Table, grid: Grid, changes: ScoreChange[]): ScoreWriteBlock | null {
  const writes = changes.filter((c) => c.kind !== 'same');
  if (writes.length === 0) return null;
  const cols = ['unit', 'year', 'indicator', 'score'].map((k) => table.columns[k]);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const rowOf = (c: ScoreChange) => Number(/\d+$/.exec(c.cell)?.[0]);
  const top = Math.min(...writes.map(rowOf));
  const bottom = Math.max(...writes.map(rowOf));
  const values: unknown[][] = [];
  for (let r = top; r <= bottom; r++) values.push(Array.from({ length: last - first + 1 }, (_, i) => grid[r - 1]?.[first + i] ?? ''));
  for (const c of writes) {
    const line = values[rowOf(c) - top];
    if (c.kind === 'add') {
      line[table.columns.unit - first] = c.unit;
      line[table.columns.year - first] = c.year;
      line[table.columns.indicator - first] = codeCell(c.code);
    }
    line[table.columns.score - first] = c.after;
  }
  return { sheet: table.sheet, row: top, column: first + 1, values };
}

/** The block written into grids (the offline side's "setValues"). */
export function applyBlock(grids: WorkbookGrids, block: ScoreWriteBlock): void {
  const grid = grids.sheets[block.sheet];
  const width = Math.max(grid[0]?.length ?? 0, block.column - 1 + (block.values[0]?.length ?? 0));
  for (const row of grid) while (row.length < width) row.push('');
  block.values.forEach((line, i) => {
    const r = block.row - 1 + i;
    while (grid.length <= r) grid.push(new Array<unknown>(width).fill(''));
    line.forEach((v, j) => { grid[r][block.column - 1 + j] = v; });
  });
}

/** Counts and the message of a plan once written (or blocked). */
export function importResult(plan: ScoreImportPlan, sheet: string = SHEETS.scores.th): ScoreImportResult {
  if (plan.problems.length) return { written: 0, replaced: 0, problems: plan.problems, warnings: plan.warnings, message: note('import.blocked', { count: plan.problems.length }) };
  const written = plan.changes.filter((c) => c.kind !== 'same').length;
  const replaced = plan.changes.filter((c) => c.kind === 'replace').length;
  return {
    written, replaced, problems: [], warnings: plan.warnings,
    message: written === 0 ? note('import.nothing') : note('import.done', { written, replaced, sheet: plan.block?.sheet ?? sheet }),
  };
}

/** The plan without its block: what the sidebar's preview shows. */
export function previewOf(plan: ScoreImportPlan): ScoreImportPreview {
  const { block: _block, ...preview } = plan;
  void _block;
  return preview;
}

// ---------------------------------------------------------------------------------------
// The servers' side: the sidebar (google.script.run, or the offline server) and the CLI.

/** The two server functions of the import, by their top-level names (see src/gas/main.ts). */
export interface ScoreImportApi {
  previewScoreImport(request: ScoreImportRequest): ScoreImportPreview;
  importScores(request: ScoreImportRequest): ScoreImportResult;
}
export const SCORE_IMPORT_FUNCTIONS = ['previewScoreImport', 'importScores'] as const;

/** A request as google.script.run may send it (any JSON): the fields we use, typed. */
export function importRequest(value: unknown): ScoreImportRequest {
  const o = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    text: typeof o.text === 'string' ? o.text : '',
    unit: typeof o.unit === 'string' ? o.unit : null,
    // As typed: an unreadable year is named by the plan, never quietly replaced by the default.
    year: typeof o.year === 'number' || typeof o.year === 'string' ? o.year : null,
    replace: o.replace === true,
  };
}

/** Plans on `grids`, writes the block with `write` when there is one, and reports. */
export function runScoreImport(grids: WorkbookGrids, request: unknown, now: Date, write: (block: ScoreWriteBlock) => void): ScoreImportResult {
  const plan = planScoreImport(grids, importRequest(request), now);
  if (plan.block) write(plan.block);
  return importResult(plan);
}
