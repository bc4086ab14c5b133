/**
 * The engine's one entry: grids in, everything computed out. Apps Script, the CLI, the
 * sidebar server and the benchmark all call this, so every path computes the same thing.
 */
import type { Assessment, Problem, UnitRank, WorkbookGrids } from '../engine/types';
import { parseWorkbook, type Workbook } from './workbook';
import { assessAll, rankUnits } from '../engine/assess';

export interface Analysis {
  workbook: Workbook;
  problems: Problem[];
  /** Workbook-level notices that block nothing (parseWorkbook's warnings). */
  warnings: Problem[];
  assessments: Assessment[];
  /** ITA year → units ranked by total. */
  unitRanking: Record<string, UnitRank[]>;
}

export function analyse(grids: WorkbookGrids): Analysis {
  const { workbook, problems, warnings } = parseWorkbook(grids);
  const assessments = assessAll(workbook.scores, workbook.frameworks, workbook.settings, workbook.units.map((u) => u.name));
  return { workbook, problems, warnings, assessments, unitRanking: rankUnits(assessments) };
}

/** The assessment of a unit for an ITA year (default: its latest). */
export function assessmentOf(analysis: Analysis, unit: string, year?: number): Assessment | undefined {
  const mine = analysis.assessments.filter((a) => a.unit === unit && (year === undefined || a.year === year));
  return mine[mine.length - 1];
}

/** The ITA year a fiscal year's measures answer: the latest assessed year before it. */
export function itaYearFor(analysis: Analysis, unit: string, fiscalYear: number): number | undefined {
  const years = analysis.assessments.filter((a) => a.unit === unit && a.year < fiscalYear).map((a) => a.year);
  return years.length ? Math.max(...years) : undefined;
}
