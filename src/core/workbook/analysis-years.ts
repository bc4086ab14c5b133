/**
 * No silent loss (issue 20, point 5): an การวิเคราะห์ row is for the ITA year analysed, and the
 * year-start document only reads rows whose ITA year has scores for the unit. A row typed under
 * another year (the fiscal year of the measures, most often) is a warning at its year cell that
 * names the year typed and the year it probably means: the year before it when that has scores,
 * else the unit's latest scored year before it.
 */
import type { Problem, WorkbookGrids } from '../engine/types';
import { msg } from '../i18n';
import type { Workbook } from './workbook';
import { SHEETS } from './template';
import { a1, readTable } from './sheets';

export function analysisYearWarnings(grids: WorkbookGrids, workbook: Workbook): Problem[] {
  if (workbook.analysisNotes.length === 0) return [];
  const table = readTable(grids, SHEETS.analysis, []);
  if (!table) return [];
  const scored = new Map<string, Set<number>>();
  for (const s of workbook.scores) {
    if (!scored.has(s.unit)) scored.set(s.unit, new Set());
    (scored.get(s.unit) as Set<number>).add(s.year);
  }
  const out: Problem[] = [];
  for (const note of workbook.analysisNotes) {
    const years = scored.get(note.unit) ?? new Set<number>();
    if (years.has(note.year)) continue;
    const earlier = [...years].filter((y) => y < note.year).sort((x, y) => y - x);
    const probable = years.has(note.year - 1) ? note.year - 1 : earlier[0];
    out.push({
      sheet: table.sheet, cell: a1(note.row, table.columns.year + 1), code: 'analysisYear',
      message: probable === undefined
        ? msg('warning.analysisYearNone', { year: note.year, unit: note.unit })
        : msg('warning.analysisYear', { year: note.year, unit: note.unit, probable }),
    });
  }
  return out;
}
