/**
 * ITA levels. Up to ITA 2565 grade bands AA…F on the total; from 2566 (configurable)
 * rating levels that also look at each tool of the year's framework (IIT, EIT, OIT up to 2568;
 * whatever tools a later framework names): `tools` holds every one of them, null when unscored,
 * and ผ่านดี/ผ่านดีเยี่ยม need each present and at the mark. Thresholds come from Settings.
 * Levels are judged on the published (2-decimal) figures.
 */
import type { LevelKey, LevelSettings, Tool } from './types';
import { round2 } from './numbers';

// LevelKey lives in types.ts (Assessment holds one); re-exported here, where its rules are.
export type { LevelKey };

/** Colour family of a level, shared by the sheet, the sidebar and the report. */
export type LevelBand = 'excellent' | 'good' | 'pass' | 'improve' | 'urgent';

export function gradeLevel(total: number, grades: LevelSettings['grades']): LevelKey {
  const t = round2(total);
  const order: (keyof typeof grades)[] = ['AA', 'A', 'B', 'C', 'D', 'E'];
  return order.find((g) => t >= grades[g]) ?? 'F';
}

export function ratingLevel(total: number, tools: Record<Tool, number | null>, passThreshold: number, levels: LevelSettings): LevelKey {
  const t = round2(total);
  const all = Object.values(tools);
  // Every tool scored (and at least one): a tool without a score cannot be said to meet the mark.
  const complete = all.length > 0 && all.every((v) => v !== null);
  const meet = (mark: number) => complete && all.every((v) => round2(v as number) >= mark);
  if (t >= passThreshold) {
    if (t >= levels.ratingExcellent && meet(levels.ratingExcellent)) return 'excellent';
    return meet(passThreshold) ? 'good' : 'pass';
  }
  return t >= levels.ratingImprove ? 'improve' : 'urgent';
}

/** The level of an ITA year's result. */
export function levelFor(year: number, total: number, tools: Record<Tool, number | null>, passThreshold: number, levels: LevelSettings): LevelKey {
  return year < levels.ratingFromYear ? gradeLevel(total, levels.grades) : ratingLevel(total, tools, passThreshold, levels);
}

const BANDS: Record<LevelKey, LevelBand> = {
  AA: 'excellent', A: 'good', B: 'pass', C: 'improve', D: 'improve', E: 'urgent', F: 'urgent',
  excellent: 'excellent', good: 'good', pass: 'pass', improve: 'improve', urgent: 'urgent',
};
export const levelBand = (key: LevelKey): LevelBand => BANDS[key];

/** Grade keys are their own label; rating keys have Thai/English labels in the strings catalog. */
export const isGrade = (key: LevelKey): boolean => ['AA', 'A', 'B', 'C', 'D', 'E', 'F'].includes(key);

/**
 * The tools that held a rating level below what the total alone would give: for ผ่าน, the tools
 * under the pass threshold (a total of 91.30 with EIT 83.62 is ผ่าน, not ผ่านดี); for ผ่านดี with
 * a total at the excellent mark, the tools under it. Empty for grades and for other levels.
 */
export function toolsHoldingLevel(key: LevelKey, total: number, tools: Record<Tool, number | null>, passThreshold: number, levels: LevelSettings): Tool[] {
  const below = (mark: number): Tool[] =>
    (Object.keys(tools) as Tool[]).filter((t) => tools[t] !== null && round2(tools[t] as number) < mark);
  if (key === 'pass') return below(passThreshold);
  if (key === 'good' && round2(total) >= levels.ratingExcellent) return below(levels.ratingExcellent);
  return [];
}
