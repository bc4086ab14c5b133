/** What every sheet's parser shares: the problem collector, the references (units, frameworks) a row is checked against, column names for messages. */
import { SHEETS } from './template';
import type { Problem, Framework, Unit } from '../engine/types';
import { msg, type Params } from '../i18n';
import { addressOf, cell, normalizeName, type Table, type TableRow } from './sheets';
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
 * Unit names are keys matched case- and space-insensitively; a resolver gives the Units
 * sheet's spelling, or undefined for an unknown unit. Each distinct text is resolved once.
 */
type UnitNames = (name: string) => string | undefined;

export function unitResolver(units: Unit[]): UnitNames {
  const byKey = new Map(units.map((u) => [normalizeName(u.name), u.name]));
  const cache = new Map<string, string | undefined>();
  return (name) => {
    if (!cache.has(name)) cache.set(name, byKey.get(normalizeName(name)));
    return cache.get(name);
  };
}
