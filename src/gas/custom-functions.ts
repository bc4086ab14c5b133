/**
 * The custom functions' logic (=ITA_TOTAL, =ITA_LEVEL). Custom functions cannot cheaply
 * read other sheets and are not recalculated when those sheets change, so they use no
 * service at all: ITA_TOTAL weighs with the default framework (ITA 2562–2567) unless the
 * range gives the weights itself, and ITA_LEVEL uses the default thresholds. The menu's
 * คำนวณอันดับ is the one that follows the workbook's own Indicators and Settings sheets.
 */
import type { Framework, Tool } from '../core/engine/types';
import { KNOWN_TOOLS, toolsOf } from '../core/engine/tools';
import { DEFAULT_FRAMEWORK_ROWS, TOTAL_WORDS } from '../core/workbook/template';
import { DEFAULT_SETTINGS } from '../core/workbook/workbook';
import { computeTotals, levelLabel, type ScoredIndicator } from '../core/engine/assess';
import { levelFor } from '../core/engine/levels';
import { matchIndicator } from '../core/engine/frameworks';
import { normalizeName } from '../core/workbook/sheets';
import { parseNumber, parseYear, text } from '../core/engine/values';
import { round2 } from '../core/engine/numbers';
import { t, type Params } from '../core/i18n';

/** First and last ITA year of the default framework (revised from ITA 2568). */
export const DEFAULT_FRAMEWORK_YEARS = { from: 2562, to: 2567 } as const;

const DEFAULT_INDICATORS = DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool, weight }));
const DEFAULT_FRAMEWORK: Framework = { fromYear: DEFAULT_FRAMEWORK_YEARS.from, indicators: DEFAULT_INDICATORS, tools: toolsOf(DEFAULT_INDICATORS) };

/** Errors of custom functions show in the cell's tooltip: Thai, the users' language. */
const fail = (key: string, params: Params = {}): never => {
  throw new Error(t('th', `addon.fn.${key}`, params));
};

const isBlankCell = (v: unknown): boolean => v === '' || v === null || v === undefined;
const asGrid = (v: unknown): unknown[][] => (Array.isArray(v) ? v.map((row) => (Array.isArray(row) ? row : [row])) : [[v]]);

function scoreOf(value: unknown): number {
  const n = parseNumber(value);
  if (n === null || Number.isNaN(n) || n < 0 || n > 100) fail('badScore', { value: text(value) });
  return n as number;
}

function optionalYear(value: unknown): number | null {
  if (isBlankCell(value)) return null;
  const y = parseYear(value);
  if (y === null || Number.isNaN(y)) fail('badYear', { value: text(value) });
  return y as number;
}

/** 10 scores in code order 1–10 (one row or one column). */
function fromCodeOrder(cells: unknown[]): ScoredIndicator[] {
  return DEFAULT_FRAMEWORK.indicators.flatMap((ind, i) =>
    isBlankCell(cells[i]) ? [] : [{ code: ind.code, name: ind.name, tool: ind.tool, weight: ind.weight, score: scoreOf(cells[i]) }]);
}

/** Rows of code | score (| weight); blank rows, a header row and "รวม" rows are skipped. */
function fromRows(grid: unknown[][]): { items: ScoredIndicator[]; weighted: boolean } {
  const weighted = grid[0].length === 3;
  const totals = TOTAL_WORDS.map(normalizeName);
  const items: ScoredIndicator[] = [];
  grid.forEach((row, i) => {
    const [code, score, weight] = row;
    if (isBlankCell(code) && isBlankCell(score)) return;
    if (totals.includes(normalizeName(code))) return;
    const notNumber = (v: unknown) => Number.isNaN(parseNumber(v));
    const header = i === 0 && notNumber(score) && (weighted ? notNumber(weight) : !matchIndicator(DEFAULT_FRAMEWORK, code));
    if (header) return; // e.g. รหัส | คะแนน
    if (weighted) {
      const w = parseNumber(weight);
      if (w === null || Number.isNaN(w) || w < 0) fail('badShape');
      items.push({ code: text(code), name: text(code), tool: 'OIT', weight: w as number, score: scoreOf(score) });
      return;
    }
    const indicator = matchIndicator(DEFAULT_FRAMEWORK, code);
    if (!indicator) fail('unknownCode', { code: text(code) });
    const ind = indicator as (typeof DEFAULT_FRAMEWORK.indicators)[number];
    items.push({ code: ind.code, name: ind.name, tool: ind.tool, weight: ind.weight, score: scoreOf(score) });
  });
  return { items, weighted };
}

/** ITA total: Σ weight × score over the indicators given (weights normalised to those present), 2 decimals. */
export function itaTotal(scores: unknown, year?: unknown): number {
  const grid = asGrid(scores);
  const width = grid[0]?.length ?? 0;
  const flat = grid.length === 1 ? grid[0] : width === 1 ? grid.map((r) => r[0]) : null;
  let items: ScoredIndicator[];
  let weighted = false;
  if (flat && flat.length === DEFAULT_FRAMEWORK.indicators.length) items = fromCodeOrder(flat);
  else if (width === 2 || width === 3) ({ items, weighted } = fromRows(grid));
  else return fail('badShape');
  const y = optionalYear(year);
  if (!weighted && y !== null && (y < DEFAULT_FRAMEWORK_YEARS.from || y > DEFAULT_FRAMEWORK_YEARS.to)) fail('noFramework', { year: y });
  if (items.length === 0) fail('noScores');
  return round2(computeTotals(items).total);
}

function levelOf(total: unknown, year: number, tools: Record<Tool, number | null>): string {
  if (isBlankCell(total)) return '';
  const n = parseNumber(total);
  if (n === null || Number.isNaN(n) || n < 0 || n > 100) fail('badTotal', { value: text(total) });
  return levelLabel(levelFor(year, n as number, tools, DEFAULT_SETTINGS.passThreshold, DEFAULT_SETTINGS.levels));
}

/**
 * The level of a total: AA…F before ITA 2566, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน from 2566 (with
 * the tools, which ผ่านดี/ผ่านดีเยี่ยม need). Without a year, the current rating levels.
 * A range of totals gives a range of levels.
 */
export function itaLevel(total: unknown, year?: unknown, iit?: unknown, eit?: unknown, oit?: unknown, ...more: unknown[]): string | string[][] {
  const y = optionalYear(year) ?? DEFAULT_SETTINGS.levels.ratingFromYear;
  // IIT, EIT, OIT always count (blank: not scored); a framework with more tools passes their scores after them.
  const tools: Record<Tool, number | null> = {};
  [iit, eit, oit].forEach((v, i) => { tools[KNOWN_TOOLS[i]] = isBlankCell(v) ? null : scoreOf(v); });
  more.flatMap((v) => asGrid(v).flat()).forEach((v, i) => { tools[`TOOL${i + 4}`] = isBlankCell(v) ? null : scoreOf(v); });
  if (Array.isArray(total)) return asGrid(total).map((row) => row.map((cell) => levelOf(cell, y, tools)));
  return levelOf(total, y, tools);
}
