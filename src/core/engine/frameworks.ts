/**
 * Indicator frameworks: rows of the Indicators sheet grouped by the first ITA year they
 * apply to. Names are matched leniently (documents write "ใช้อำนาจ" for "การใช้อำนาจ",
 * "การปรับปรุงระบบการทำงาน" for "การปรับปรุงการทำงาน"); codes exactly.
 */
import type { Framework, Indicator } from './types';
import { fromThaiDigits } from './thai';
import { text } from './values';
import { toolsOf } from './tools';

/** The framework in force for an ITA year: the latest one starting at or before it. */
export function frameworkFor(frameworks: Framework[], year: number): Framework | undefined {
  let best: Framework | undefined;
  for (const f of frameworks) if (f.fromYear <= year && (!best || f.fromYear > best.fromYear)) best = f;
  return best;
}

/** Groups indicator rows (in sheet order) into frameworks, each sorted by code, tools in the rows' order. */
export function groupFrameworks(indicators: Indicator[]): Framework[] {
  const byYear = new Map<number, Indicator[]>();
  for (const i of indicators) byYear.set(i.fromYear, [...(byYear.get(i.fromYear) ?? []), i]);
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([fromYear, list]) => ({ fromYear, indicators: [...list].sort((a, b) => compareCodes(a.code, b.code)), tools: toolsOf(list) }));
}

/** Codes in natural order: 2 before 10, O9 before O10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** A code as written in a cell: 7, "7", "๗", "ตัวชี้วัดที่ 7" → "7". */
export function normalizeCode(value: unknown): string {
  return fromThaiDigits(text(value)).replace(/^ตัวชี้วัดที่\s*/, '').replace(/\s+/g, '').toUpperCase();
}

/** Indicator names reduced to their stem for lenient matching. */
export function nameStem(value: unknown): string {
  return fromThaiDigits(text(value))
    .replace(/^ตัวชี้วัดที่\s*\d+\s*/, '')
    .replace(/^ตัวชี้วัด/, '')
    .replace(/\s+/g, '')
    .replace(/การ|ระบบ|ของ/g, '')
    .toLowerCase();
}

/** Finds an indicator by code (exact) or by name (lenient, unique); undefined when none or ambiguous. */
export function matchIndicator(framework: Framework, value: unknown): Indicator | undefined {
  const code = normalizeCode(value);
  const byCode = framework.indicators.find((i) => i.code.toUpperCase() === code);
  if (byCode) return byCode;
  const stem = nameStem(value);
  if (stem === '') return undefined;
  const exact = framework.indicators.filter((i) => nameStem(i.name) === stem);
  if (exact.length === 1) return exact[0];
  const partial = framework.indicators.filter((i) => {
    const s = nameStem(i.name);
    return s.includes(stem) || stem.includes(s);
  });
  return partial.length === 1 ? partial[0] : undefined;
}
