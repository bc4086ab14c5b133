/** What every sheet's parser shares: the problem collector, the references (units, frameworks) a row is checked against, column names for messages. */
import { SHEETS } from './template';
import type { Problem, Framework, Unit } from '../engine/types';
import { msg, type Params } from '../i18n';
import { addressOf, cell, type Table, type TableRow } from './sheets';
import { unitMatcher, type UnitMatch } from './unit-names';
import { numberProblem, text } from '../engine/values';

/** A column's Thai header, for messages ("ต้องระบุ คะแนน"). */
export const header = (sheet: keyof typeof SHEETS, key: string): string => SHEETS[sheet].columns.find((c) => c.key === key)?.th ?? key;

export class Collector {
  readonly problems: Problem[] = [];
  add(sheet: string, cellRef: string, code: string, params: Params = {}): void {
    this.problems.push({ sheet, cell: cellRef, code, message: msg(`problem.${code}`, params) });
  }
  at(table: Table, row: TableRow, key: string, code: string, params: Params = {}): void {
    this.add(table.sheet, addressOf(table, row, key), code, params);
  }
  /** A cell that is not a number, quoted as typed (a comma decimal says which form to type). */
  notNumber(table: Table, row: TableRow, key: string): void {
    const raw = cell(table, row, key);
    const why = numberProblem(raw);
    this.at(table, row, key, why.code, { value: text(raw), ...(why.code === 'commaDecimal' ? { suggestion: why.suggestion } : {}) });
  }
}

/**
 * What the rows can be checked against. When the Units sheet or the Indicators columns
 * cannot be read, that is already one problem: the rows are not checked against it again
 * (one problem per score row would bury the one that says what to do).
 */
export interface References {
  units: UnitNames;
  unitsKnown: boolean;
  frameworks: Framework[];
  frameworksKnown: boolean;
}

/**
 * Unit names in the sheets' unit columns are matched by the one matcher (unit-names.ts): full
 * name, อบต./ทต./… short form or the bare name, case and spaces ignored; the resolver gives the
 * Units sheet's spelling. Each distinct text is resolved once.
 */
type UnitNames = (name: string) => UnitMatch<Unit>;

export const unitResolver = (units: Unit[]): UnitNames => unitMatcher(units);

/**
 * The unit of a row's unit cell in the Units sheet's spelling, or null with the problem added:
 * blank, unknown (when the Units sheet could be read), or fitting several units.
 */
export function rowUnit(table: Table, row: TableRow, sheet: 'scores' | 'measures' | 'analysis', refs: References, c: Collector): string | null {
  const unit = text(cell(table, row, 'unit'));
  if (unit === '') { c.at(table, row, 'unit', 'required', { header: header(sheet, 'unit') }); return null; }
  const match = refs.units(unit);
  if (match.unit) return match.unit.name;
  if (match.candidates.length > 1) c.at(table, row, 'unit', 'ambiguousUnit', { unit, candidates: match.candidates.map((u) => u.name).join(', ') });
  else if (refs.unitsKnown) c.at(table, row, 'unit', 'unknownUnit', { unit });
  return null;
}
