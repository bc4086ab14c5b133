/**
 * The ITA result of each unit-year: tool scores, total, level, indicator ranking, highest,
 * lowest, the indicators to develop and the change against the unit's previous ITA year.
 * Full precision inside; every figure leaves rounded to 2 decimals (half-up).
 */
import type { Assessment, Framework, RankedIndicator, ScoreEntry, Settings, Tool, UnitRank } from './types';
import { frameworkFor, compareCodes } from './frameworks';
import { toolCodes } from './tools';
import { levelFor, isGrade, type LevelKey } from './levels';
import { round2 } from './numbers';
import { msg, t } from '../i18n';

/** Official total may differ from Σ weight × score by rounding alone up to this much. */
const TOTAL_TOLERANCE = 0.005;

export interface ScoredIndicator {
  code: string;
  name: string;
  tool: Tool;
  weight: number;
  score: number;
}

/** Standard competition ranking (1, 2, 2, 4), highest score first, ties by code. */
export function rankIndicators(items: { code: string; name: string; score: number }[]): { rank: number; code: string; name: string; score: number }[] {
  const sorted = [...items].sort((a, b) => b.score - a.score || compareCodes(a.code, b.code));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || item.score !== sorted[i - 1].score) rank = i + 1;
    return { rank, ...item };
  });
}

/**
 * Each tool's weighted mean and the total Σ weight × score (weights normalised to what is present).
 * `toolOrder`: the framework's tools (each gets a key, null when it has no score); by default the
 * tools the items name, in their order.
 */
export function computeTotals(items: ScoredIndicator[], toolOrder?: readonly Tool[]): { total: number; tools: Record<Tool, number | null> } {
  const tools: Record<Tool, number | null> = {};
  for (const tool of toolOrder ?? [...new Set(items.map((i) => i.tool))]) {
    const mine = items.filter((i) => i.tool === tool);
    const weight = mine.reduce((acc, i) => acc + i.weight, 0);
    tools[tool] = weight > 0 ? mine.reduce((acc, i) => acc + i.weight * i.score, 0) / weight : null;
  }
  const weight = items.reduce((acc, i) => acc + i.weight, 0);
  const total = weight > 0 ? items.reduce((acc, i) => acc + i.weight * i.score, 0) / weight : 0;
  return { total, tools };
}

/** The indicators to develop, lowest first: the N lowest, or every one below the pass threshold. */
export function weakIndicators(items: { code: string; score: number }[], settings: Pick<Settings, 'weakCount' | 'passThreshold'>): string[] {
  const ascending = [...items].sort((a, b) => a.score - b.score || compareCodes(a.code, b.code));
  const chosen = settings.weakCount === null ? ascending.filter((i) => round2(i.score) < settings.passThreshold) : ascending.slice(0, settings.weakCount);
  return chosen.map((i) => i.code);
}

export const levelLabel = (key: LevelKey, lang: 'th' | 'en' = 'th'): string => (isGrade(key) ? key : t(lang, `level.${key}`));

interface UnitYear {
  unit: string;
  year: number;
  scores: ScoreEntry[];
  official: number | null;
}

function groupByUnitYear(scores: ScoreEntry[]): UnitYear[] {
  const groups = new Map<string, UnitYear>();
  for (const s of scores) {
    const key = `${s.unit}\u0000${s.year}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unit: s.unit, year: s.year, scores: [], official: null }));
    if (s.code === null) g.official = s.score;
    else g.scores.push(s);
  }
  return [...groups.values()];
}

/** Assessments of every unit-year that has indicator scores, in unit order then year order. */
export function assessAll(scores: ScoreEntry[], frameworks: Framework[], settings: Settings, unitOrder: string[] = []): Assessment[] {
  const order = new Map(unitOrder.map((u, i) => [u, i]));
  const groups = groupByUnitYear(scores).sort(
    (a, b) => (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit, 'th') || a.year - b.year,
  );
  const previous = new Map<string, Assessment>();
  const out: Assessment[] = [];
  for (const g of groups) {
    const framework = frameworkFor(frameworks, g.year);
    if (!framework || g.scores.length === 0) continue;
    const a = assessUnitYear(g, framework, settings, previous.get(g.unit) ?? null);
    previous.set(g.unit, a);
    out.push(a);
  }
  return out;
}

function assessUnitYear(g: UnitYear, framework: Framework, settings: Settings, prev: Assessment | null): Assessment {
  const byCode = new Map(g.scores.map((s) => [s.code, s.score]));
  const items: ScoredIndicator[] = framework.indicators
    .filter((i) => byCode.has(i.code))
    .map((i) => ({ code: i.code, name: i.name, tool: i.tool, weight: i.weight, score: byCode.get(i.code) as number }));
  const warnings: Assessment['warnings'] = [];
  const missing = framework.indicators.filter((i) => !byCode.has(i.code)).map((i) => i.code);
  if (missing.length) warnings.push(msg('warning.missingIndicators', { codes: missing.join(', ') }));

  const { total: computed, tools } = computeTotals(items, toolCodes(framework));
  // A tool with no score holds the level under ผ่านดี (levels.ts): say which, and where the framework names it.
  for (const tool of framework.tools) {
    if (tools[tool.code] === null) warnings.push(msg('warning.missingTool', { tool: tool.code, where: tool.cell ? ` (${tool.cell})` : '' }));
  }
  const total = g.official ?? computed;
  if (g.official !== null && Math.abs(g.official - computed) > TOTAL_TOLERANCE) {
    warnings.push(msg('warning.totalDiffers', { official: round2(g.official).toFixed(2), computed: round2(computed).toFixed(2), diff: round2(g.official - computed).toFixed(2) }));
  }
  const levelKey = levelFor(g.year, total, tools, settings.passThreshold, settings.levels);
  const prevScores = new Map(prev?.ranking.map((r) => [r.code, r.score]) ?? []);
  const ranking: RankedIndicator[] = rankIndicators(items).map((r) => ({
    rank: r.rank, code: r.code, name: r.name, score: round2(r.score),
    change: prevScores.has(r.code) ? round2(r.score - (prevScores.get(r.code) as number)) : null,
  }));
  const pick = (r: RankedIndicator) => ({ code: r.code, name: r.name, score: r.score });
  const roundedTools: Record<Tool, number | null> = {};
  for (const [tool, v] of Object.entries(tools)) roundedTools[tool] = v === null ? null : round2(v);
  return {
    unit: g.unit,
    year: g.year,
    total: round2(total),
    computedTotal: round2(computed),
    officialTotal: g.official === null ? null : round2(g.official),
    level: levelLabel(levelKey),
    levelKey,
    tools: roundedTools,
    ranking,
    highest: pick(ranking[0]),
    lowest: pick(ranking[ranking.length - 1]),
    weak: weakIndicators(items, settings),
    previousYear: prev ? prev.year : null,
    totalChange: prev ? round2(round2(total) - prev.total) : null,
    warnings,
  };
}

/** Units of each ITA year ranked by reported total (competition ranking, ties by name). */
export function rankUnits(assessments: Assessment[]): Record<string, UnitRank[]> {
  const byYear: Record<string, UnitRank[]> = {};
  const years = [...new Set(assessments.map((a) => a.year))].sort((a, b) => a - b);
  for (const year of years) {
    const list = assessments.filter((a) => a.year === year).sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'th'));
    let rank = 0;
    byYear[String(year)] = list.map((a, i) => {
      if (i === 0 || a.total !== list[i - 1].total) rank = i + 1;
      return { rank, unit: a.unit, total: a.total, level: a.level, levelKey: a.levelKey };
    });
  }
  return byYear;
}
