/**
 * Parses the workbook's input sheets into the domain model, finding every problem in
 * one pass (each with its sheet, A1 cell and a Thai/English message). The measures'
 * parser lives in parse-measures.ts; both share one Collector.
 */
import type { Settings, Unit, Framework, ScoreEntry, Measure, AnalysisNote, Problem, ShareMode, Indicator, WorkbookGrids } from '../engine/types';
import { SHEETS, SETTINGS, TOTAL_WORDS, DEFAULT_FRAMEWORK_ROWS } from './template';
import { normalizeName, cell, addressOf, a1, findSheetName, readTable, type Table } from './sheets';
import { Collector, header, unitResolver, type References } from './parse-context';
import { text, parseBoolean, parseYear, parseNumber } from '../engine/values';
import { normalizeCode, groupFrameworks, frameworkFor, matchIndicator } from '../engine/frameworks';
import { normalizeToolCode, isToolCode } from '../engine/tools';
import { msg } from '../i18n';
import { parseAnalysis, parseMeasures } from './parse-measures';
import { readMeasureTables } from './unit-sheets';

export interface Workbook {
  settings: Settings;
  units: Unit[];
  frameworks: Framework[];
  scores: ScoreEntry[];
  measures: Measure[];
  /** Rows of the optional การวิเคราะห์ sheet ([] when it is absent). */
  analysisNotes: AnalysisNote[];
  /** Actual sheet names, for writing back and for messages. */
  sheetNames: Partial<Record<keyof typeof SHEETS, string>>;
}

export interface ParseResult {
  workbook: Workbook;
  problems: Problem[];
  /** What the engine assumed and the user should know (e.g. the default framework used); nothing blocks. */
  warnings: Problem[];
}

export const DEFAULT_SETTINGS: Settings = {
  fiscalYear: null,
  passThreshold: 85,
  weakCount: null,
  thaiDigits: true,
  levels: { ratingFromYear: 2566, grades: { AA: 95, A: 85, B: 75, C: 65, D: 55, E: 50 }, ratingExcellent: 95, ratingImprove: 70 },
  shareReports: 'view',
};

/** The words of แชร์รายงาน, Thai and English; a blank cell keeps the default (view). */
const SHARE_WORDS: Record<string, ShareMode> = {
  'ผู้ดู': 'view', 'ดู': 'view', view: 'view', viewer: 'view', viewers: 'view',
  'ผู้แก้ไข': 'edit', 'แก้ไข': 'edit', edit: 'edit', editor: 'edit', editors: 'edit',
  'ไม่แชร์': 'none', none: 'none', no: 'none', false: 'none',
};

const WEIGHT_TOLERANCE = 0.001;

function parseSettings(table: Table | null, c: Collector): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, levels: { ...DEFAULT_SETTINGS.levels, grades: { ...DEFAULT_SETTINGS.levels.grades } } };
  if (!table) return s;
  for (const row of table.rows) {
    const name = normalizeName(cell(table, row, 'key'));
    const spec = SETTINGS.find((x) => normalizeName(x.th) === name || normalizeName(x.en) === name);
    if (!spec) continue; // users may keep their own notes in the Settings sheet
    const raw = cell(table, row, 'value');
    const bad = () => c.at(table, row, 'value', 'badSetting', { key: spec.th, value: text(raw) });
    if (spec.key === 'shareReports') {
      const mode = SHARE_WORDS[normalizeName(raw)];
      if (mode) s.shareReports = mode;
      else if (text(raw) !== '') bad();
      continue;
    }
    if (spec.key === 'admins') continue; // read by the protect action (unit-protection.ts), which checks each address
    if (spec.key === 'thaiDigits') {
      const b = parseBoolean(raw);
      if (b === null && text(raw) !== '') bad();
      else if (b !== null) s.thaiDigits = b;
      continue;
    }
    const n = spec.key === 'fiscalYear' || spec.key === 'ratingFromYear' ? parseYear(raw) : parseNumber(raw);
    if (n === null) continue; // blank keeps the default
    if (Number.isNaN(n) || n < 0 || (spec.key === 'weakCount' && !Number.isInteger(n))) {
      bad();
      continue;
    }
    switch (spec.key) {
      case 'fiscalYear': s.fiscalYear = n; break;
      case 'passThreshold': s.passThreshold = n; break;
      case 'weakCount': s.weakCount = n; break;
      case 'ratingFromYear': s.levels.ratingFromYear = n; break;
      case 'ratingExcellent': s.levels.ratingExcellent = n; break;
      case 'ratingImprove': s.levels.ratingImprove = n; break;
      default: {
        const grade = spec.key.replace('grade', '') as keyof Settings['levels']['grades'];
        if (grade in s.levels.grades) s.levels.grades[grade] = n;
      }
    }
  }
  return s;
}

function parseUnits(table: Table | null, c: Collector): Unit[] {
  if (!table) return [];
  const seen = new Map<string, number>();
  const units: Unit[] = [];
  for (const row of table.rows) {
    const name = text(cell(table, row, 'unit'));
    if (name === '') {
      c.at(table, row, 'unit', 'required', { header: header('units', 'unit') });
      continue;
    }
    const key = normalizeName(name);
    const other = seen.get(key);
    if (other !== undefined) {
      c.at(table, row, 'unit', 'duplicateUnit', { unit: name, other });
      continue;
    }
    seen.set(key, row.row);
    const get = (k: string) => text(cell(table, row, k));
    units.push({
      name, type: get('type'), district: get('district'), province: get('province'), addressee: get('addressee'),
      reporter: get('reporter'), position: get('position'), division: get('division'), phone: get('phone'),
      editors: get('editors').split(/[,;\s]+/).filter(Boolean), row: row.row,
    });
  }
  return units;
}

function parseIndicators(table: Table | null, c: Collector): Framework[] {
  if (!table) return [];
  const indicators: Indicator[] = [];
  /** Sheet rows of each framework, so a weight problem points at its weight cells. */
  const rowsOf = new Map<number, number[]>();
  for (const row of table.rows) {
    const fromYear = parseYear(cell(table, row, 'fromYear'));
    const code = normalizeCode(cell(table, row, 'code'));
    const name = text(cell(table, row, 'name'));
    // The tool is whatever the row names (issue 18 point 7): the framework's tools are data.
    const tool = normalizeToolCode(cell(table, row, 'tool'));
    const toolName = text(cell(table, row, 'toolName'));
    const weight = parseNumber(cell(table, row, 'weight'));
    let ok = true;
    if (fromYear === null || Number.isNaN(fromYear)) { c.at(table, row, 'fromYear', 'badYear', { value: text(cell(table, row, 'fromYear')) }); ok = false; }
    if (code === '') { c.at(table, row, 'code', 'required', { header: header('indicators', 'code') }); ok = false; }
    if (!isToolCode(tool)) { c.at(table, row, 'tool', 'badTool', { value: text(cell(table, row, 'tool')) }); ok = false; }
    if (weight === null || Number.isNaN(weight) || weight < 0) { c.notNumber(table, row, 'weight'); ok = false; }
    if (!ok) continue;
    const dup = indicators.find((i) => i.fromYear === fromYear && i.code === code);
    if (dup) { c.at(table, row, 'code', 'duplicateCode', { code, year: fromYear as number }); continue; }
    const toolCell = `${table.sheet}!${addressOf(table, row, 'tool')}`;
    const named = toolName === '' ? undefined : indicators.find((i) => i.fromYear === fromYear && i.tool === tool && i.toolName);
    // A problem, but the row still counts (its weight and code are fine): no knock-on problems.
    if (named && named.toolName !== toolName) {
      c.at(table, row, 'toolName', 'toolNameDiffers', { tool, value: toolName, first: named.toolName as string, cell: named.toolCell as string });
    }
    indicators.push({ fromYear: fromYear as number, code, name, tool, weight: weight as number, toolName, toolCell });
    rowsOf.set(fromYear as number, [...(rowsOf.get(fromYear as number) ?? []), row.row]);
  }
  const frameworks = groupFrameworks(indicators);
  const weightColumn = table.columns.weight + 1;
  for (const f of frameworks) {
    const sum = f.indicators.reduce((acc, i) => acc + i.weight, 0);
    if (Math.abs(sum - 100) <= WEIGHT_TOLERANCE) continue;
    const rows = rowsOf.get(f.fromYear) ?? [];
    const range = `${a1(Math.min(...rows), weightColumn)}:${a1(Math.max(...rows), weightColumn)}`;
    c.add(table.sheet, range, 'weightSum', { year: f.fromYear, sum: Math.round(sum * 1000) / 1000 });
  }
  return frameworks;
}

function parseScores(table: Table | null, refs: References, c: Collector): ScoreEntry[] {
  const { units, frameworks } = refs;
  if (!table) return [];
  const scores: ScoreEntry[] = [];
  const seen = new Map<string, number>();
  const totalWords = TOTAL_WORDS.map(normalizeName);
  for (const row of table.rows) {
    const unit = text(cell(table, row, 'unit'));
    const year = parseYear(cell(table, row, 'year'));
    const indicatorRaw = cell(table, row, 'indicator');
    const score = parseNumber(cell(table, row, 'score'));
    let ok = true;
    const canonical = units(unit);
    if (unit === '') { c.at(table, row, 'unit', 'required', { header: header('scores', 'unit') }); ok = false; }
    else if (!canonical) { if (refs.unitsKnown) c.at(table, row, 'unit', 'unknownUnit', { unit }); ok = false; }
    if (year === null || Number.isNaN(year)) { c.at(table, row, 'year', 'badYear', { value: text(cell(table, row, 'year')) }); ok = false; }
    if (score === null) { c.at(table, row, 'score', 'required', { header: header('scores', 'score') }); ok = false; }
    else if (Number.isNaN(score)) { c.notNumber(table, row, 'score'); ok = false; }
    // Quoted as typed ("๘๗,๕๐๐"), not as the number read from it.
    else if (score < 0 || score > 100) { c.at(table, row, 'score', 'scoreRange', { value: text(cell(table, row, 'score')) }); ok = false; }
    let code: string | null = null;
    if (totalWords.includes(normalizeName(indicatorRaw))) code = null;
    else if (!refs.frameworksKnown) ok = false;
    else if (year !== null && !Number.isNaN(year)) {
      const framework = frameworkFor(frameworks, year);
      if (!framework) { c.at(table, row, 'indicator', 'noFramework', { year }); ok = false; }
      else {
        const indicator = matchIndicator(framework, indicatorRaw);
        if (!indicator) { c.at(table, row, 'indicator', 'unknownIndicator', { value: text(indicatorRaw), year }); ok = false; }
        else code = indicator.code;
      }
    }
    if (!ok) continue;
    const key = `${canonical}|${year}|${code ?? '*'}`;
    const other = seen.get(key);
    if (other !== undefined) {
      c.at(table, row, 'indicator', 'duplicateScore', { code: code ?? TOTAL_WORDS[0], unit, year: year as number, other });
      continue;
    }
    seen.set(key, row.row);
    scores.push({ unit: canonical as string, year: year as number, code, score: score as number, cell: { sheet: table.sheet, row: row.row, column: table.columns.score + 1 } });
  }
  return scores;
}

/** Parses every input sheet; problems are listed in sheet order, then row order. */
export function parseWorkbook(grids: WorkbookGrids): ParseResult {
  const c = new Collector();
  const warnings: Problem[] = [];
  // No Indicators sheet at all: the default framework, which is what ตั้งค่าแม่แบบ / ita init would write.
  const defaultFramework = findSheetName(grids, SHEETS.indicators) === undefined;
  if (defaultFramework) {
    warnings.push({ sheet: SHEETS.indicators.th, cell: '', code: 'defaultFramework', message: msg('warning.defaultFramework', { sheet: SHEETS.indicators.th }) });
  }
  const tables = {
    settings: readTable(grids, SHEETS.settings, c.problems),
    units: readTable(grids, SHEETS.units, c.problems),
    indicators: defaultFramework ? null : readTable(grids, SHEETS.indicators, c.problems),
    scores: readTable(grids, SHEETS.scores, c.problems),
    analysis: readTable(grids, SHEETS.analysis, c.problems),
  };
  const settings = parseSettings(tables.settings, c);
  const units = parseUnits(tables.units, c);
  const frameworks = defaultFramework ? defaultFrameworks() : parseIndicators(tables.indicators, c);
  const refs: References = {
    units: unitResolver(units), unitsKnown: tables.units !== null,
    frameworks, frameworksKnown: defaultFramework || tables.indicators !== null,
  };
  const scores = parseScores(tables.scores, refs, c);
  const analysisNotes = parseAnalysis(tables.analysis, refs, c);
  const measureTables = readMeasureTables(grids, tables.units ? units.map((u) => u.name) : null, c.problems, warnings);
  const measures = parseMeasures(measureTables, refs, c);
  const sheetNames: Workbook['sheetNames'] = {};
  for (const [key, table] of Object.entries(tables)) if (table) sheetNames[key as keyof typeof SHEETS] = table.sheet;
  const shared = measureTables.find((m) => m.unit === null);
  if (shared) sheetNames.measures = shared.table.sheet;
  return { workbook: { settings, units, frameworks, scores, measures, analysisNotes, sheetNames }, problems: c.problems, warnings };
}

/** The template's default framework (ITA 2562–2567) as frameworks. */
function defaultFrameworks(): Framework[] {
  return groupFrameworks(DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool, weight })));
}
