/**
 * The one unit-name matcher every path uses (score import, `--unit`, the sidebar, the menu's
 * prompt, the unit column of every input sheet): a name is found by its full name, its short
 * form (อบต./ทต./ทม./ทน./อบจ. + name, read as the full words) or the bare name without the kind
 * of organisation ("นิคมคำสร้อย"). Case and spaces never matter. A name that fits more than one
 * unit (the bare "โป่งน้ำร้อน" when there is both an อบต. and a เทศบาลตำบล of that name) finds
 * none: the caller says so and lists the candidates, it never picks one.
 */
import { normalizeName } from './sheets';

const ABBREVIATIONS: [RegExp, string][] = [
  [/^อบต\.?/, 'องค์การบริหารส่วนตำบล'], [/^อบจ\.?/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.?/, 'เทศบาลตำบล'], [/^ทม\.?/, 'เทศบาลเมือง'], [/^ทน\.?/, 'เทศบาลนคร'],
];

/** The kinds of organisation spelled out, longest first ("เทศบาล" alone: any municipality). */
const KINDS = ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนจังหวัด', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'เทศบาล'];

/** A unit name as a key: case and spaces ignored, อบต./ทต./… spelled out. */
export function unitKey(name: unknown): string {
  let key = normalizeName(name);
  for (const [re, full] of ABBREVIATIONS) key = key.replace(re, full);
  return key;
}

/** A key split into its kind of organisation (null when it names none) and the name after it. */
function splitKind(key: string): { kind: string | null; bare: string } {
  const kind = KINDS.find((k) => key.startsWith(k) && key.length > k.length);
  return kind ? { kind, bare: key.slice(kind.length) } : { kind: null, bare: key };
}

/** Two kinds agree when either is unsaid, they are the same, or one is "เทศบาล" and the other a municipality. */
const kindsAgree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a === b || (a === 'เทศบาล' && b.startsWith('เทศบาล')) || (b === 'เทศบาล' && a.startsWith('เทศบาล'));

export interface UnitMatch<T> {
  /** The one unit the name means; null when none or several fit. */
  unit: T | null;
  /** Every unit the name could mean (one: `unit`; several: the name is ambiguous; none: unknown). */
  candidates: T[];
}

/**
 * A matcher over a list of units: exact key first (full name or short form), else the bare
 * name with agreeing kinds. Each distinct text is matched once (sheets repeat a few names).
 */
export function unitMatcher<T extends { name: string }>(units: readonly T[]): (name: unknown) => UnitMatch<T> {
  const byKey = new Map<string, T[]>();
  const byBare = new Map<string, { unit: T; kind: string | null }[]>();
  for (const unit of units) {
    const key = unitKey(unit.name);
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
    const { kind, bare } = splitKind(key);
    byBare.set(bare, [...(byBare.get(bare) ?? []), { unit, kind }]);
  }
  const cache = new Map<string, UnitMatch<T>>();
  return (name) => {
    const key = unitKey(name);
    let found = cache.get(key);
    if (found) return found;
    let candidates = key === '' ? [] : byKey.get(key) ?? [];
    if (candidates.length === 0 && key !== '') {
      const { kind, bare } = splitKind(key);
      candidates = (byBare.get(bare) ?? []).filter((c) => kindsAgree(kind, c.kind)).map((c) => c.unit);
    }
    found = { unit: candidates.length === 1 ? candidates[0] : null, candidates };
    cache.set(key, found);
    return found;
  };
}

/** One lookup (a command's --unit, a sidebar field): build the matcher and ask once. */
export function matchUnit<T extends { name: string }>(units: readonly T[], name: unknown): UnitMatch<T> {
  return unitMatcher(units)(name);
}
