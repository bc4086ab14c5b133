/**
 * Reading a district's score table: what copying a range from a spreadsheet gives (TSV), or a
 * CSV file. A header row names the columns — unit, ITA year, one column per indicator (its
 * code or name, matched as the engine matches names), an optional total and level — and
 * every row below is one unit-year. Rows are numbered as in the copied range (header = 1).
 */
import type { Framework, Indicator } from '../engine/types';
import { frameworkFor, matchIndicator } from '../engine/frameworks';
import { SHEETS, TOTAL_WORDS } from '../workbook/template';
import { normalizeName } from '../workbook/sheets';
import { parseNumber, parseYear } from '../engine/values';
import { fromThaiDigits } from '../engine/thai';
import { levelFromText, note, problem, type ImportNote, type ImportProblem } from './paste';
import type { LevelKey } from '../engine/levels';

export interface TableRowScores {
  /** Row in the copied range (the header is row 1). */
  row: number;
  unit: string;
  year: number;
  scores: { code: string; name: string; score: number }[];
  total: number | null;
  level: { key: LevelKey; text: string } | null;
  missing: string[];
}

export interface TableReading {
  rows: TableRowScores[];
  problems: ImportProblem[];
  warnings: ImportNote[];
}

const headerWords = (key: string, extra: string[]): string[] => {
  const column = SHEETS.scores.columns.find((c) => c.key === key);
  return [column?.th ?? '', column?.en ?? '', ...extra].map(normalizeName);
};
const UNIT_HEADERS = headerWords('unit', ['ชื่อหน่วยงาน', 'อปท.', 'องค์กรปกครองส่วนท้องถิ่น', 'unit name']);
const YEAR_HEADERS = headerWords('year', ['ปี', 'ปี พ.ศ.', 'ปีที่ประเมิน', 'ปี ITA', 'ITA', 'ITA year', 'ปีงบประมาณ พ.ศ.']);
const TOTAL_HEADERS = [...TOTAL_WORDS, 'ผลคะแนน', 'คะแนนรวม ITA', 'total score'].map(normalizeName);
const LEVEL_HEADERS = ['ระดับ', 'ระดับผลการประเมิน', 'level'].map(normalizeName);

interface DelimitedRow {
  line: number;
  cells: string[];
}

/** Splits delimited text; quoted cells may hold the delimiter, newlines and "" for a quote. */
export function splitDelimited(text: string, delimiter: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
    } else if (ch === '"' && cell.trim() === '') { quoted = true; cell = ''; }
    else if (ch === delimiter) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  endRow();
  return rows;
}

type Role = { kind: 'unit' | 'year' | 'total' | 'level' } | { kind: 'indicator'; header: string };

function roleOf(header: string): Role {
  const n = normalizeName(header);
  if (UNIT_HEADERS.includes(n)) return { kind: 'unit' };
  if (YEAR_HEADERS.includes(n)) return { kind: 'year' };
  if (TOTAL_HEADERS.includes(n)) return { kind: 'total' };
  if (LEVEL_HEADERS.includes(n)) return { kind: 'level' };
  return { kind: 'indicator', header };
}

/** The table's header and rows, when the text is a table with unit and year columns; else null. */
export function asTable(text: string): { header: DelimitedRow; rows: DelimitedRow[] } | null {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = ['\t', ',', ';'].map((d) => ({ d, n: first.split(d).length })).sort((a, b) => b.n - a.n)[0];
  if (delimiter.n < 3) return null;
  const [header, ...rows] = splitDelimited(text, delimiter.d);
  if (!header) return null;
  const roles = header.cells.map(roleOf);
  if (!roles.some((r) => r.kind === 'unit') || !roles.some((r) => r.kind === 'year')) return null;
  return { header, rows };
}

/** Reads every row; `unitOf` gives the Units sheet's name of a unit (undefined: unknown). */
export function readScoreTable(
  table: { header: DelimitedRow; rows: DelimitedRow[] },
  unitOf: (name: string) => string | undefined,
  frameworks: Framework[],
): TableReading {
  const problems: ImportProblem[] = [];
  const warnings: ImportNote[] = [];
  const roles = table.header.cells.map(roleOf);
  const at = (kind: Role['kind']) => roles.findIndex((r) => r.kind === kind);
  const [unitCol, yearCol, totalCol, levelCol] = [at('unit'), at('year'), at('total'), at('level')];
  const indicatorCols = roles.map((r, i) => ({ r, i })).filter((x) => x.r.kind === 'indicator' && x.r.header !== '');

  // Each framework's reading of the indicator headers, worked out once.
  const columnsOf = new Map<Framework, { index: number; indicator: Indicator }[]>();
  const used = new Set<number>();
  const columns = (framework: Framework) => {
    let list = columnsOf.get(framework);
    if (list) return list;
    list = [];
    for (const { r, i } of indicatorCols) {
      const indicator = matchIndicator(framework, (r as { header: string }).header);
      if (!indicator) continue;
      used.add(i);
      const same = list.find((c) => c.indicator === indicator);
      if (same) {
        problems.push(problem('duplicateColumn', { a: table.header.cells[same.index], b: table.header.cells[i], code: indicator.code }));
        continue;
      }
      list.push({ index: i, indicator });
    }
    columnsOf.set(framework, list);
    return list;
  };

  const rows: TableRowScores[] = [];
  const seen = new Map<string, number>();
  const noFramework = new Set<number>();
  for (const source of table.rows) {
    const get = (i: number) => (i < 0 ? '' : source.cells[i] ?? '');
    const row = source.line;
    const unitText = get(unitCol);
    const unit = unitOf(unitText);
    let ok = true;
    if (!unit) { problems.push(problem('unknownUnitRow', { row, unit: unitText })); ok = false; }
    const year = parseYear(get(yearCol));
    if (year === null || Number.isNaN(year)) { problems.push(problem('badYearRow', { row, value: get(yearCol) })); continue; }
    const framework = frameworkFor(frameworks, year);
    if (!framework) {
      if (!noFramework.has(year)) problems.push(problem('noFramework', { year }));
      noFramework.add(year);
      continue;
    }
    const scores: TableRowScores['scores'] = [];
    for (const { index, indicator } of columns(framework)) {
      const raw = get(index);
      const score = parseNumber(raw);
      if (score === null) continue;
      if (Number.isNaN(score) || score < 0 || score > 100) {
        problems.push(problem('badScore', { row, column: table.header.cells[index], value: raw }));
        ok = false;
      } else scores.push({ code: indicator.code, name: indicator.name, score });
    }
    let total: number | null = null;
    if (totalCol >= 0 && get(totalCol) !== '') {
      const t = parseNumber(get(totalCol));
      if (t === null || Number.isNaN(t) || t < 0 || t > 100) {
        problems.push(problem('badScore', { row, column: table.header.cells[totalCol], value: get(totalCol) }));
        ok = false;
      } else total = t;
    }
    if (!ok || !unit) continue;
    const key = `${unit}|${year}`;
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push(problem('duplicateRow', { row, unit, year, other }));
      continue;
    }
    seen.set(key, row);
    const have = new Set(scores.map((s) => s.code));
    rows.push({
      row, unit, year, scores, total,
      level: levelFromText(fromThaiDigits(get(levelCol))),
      missing: framework.indicators.filter((i) => !have.has(i.code)).map((i) => i.code),
    });
  }
  if (indicatorCols.length === 0 || (columnsOf.size > 0 && used.size === 0)) {
    problems.push(problem('noIndicatorColumns'));
  }
  for (const { r, i } of indicatorCols) {
    if (columnsOf.size > 0 && !used.has(i)) warnings.push(note('import.warning.ignoredColumn', { column: (r as { header: string }).header }));
  }
  return { rows, problems, warnings };
}
