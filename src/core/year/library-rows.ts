/**
 * A library pick as rows of the workbook (issue 20, point 2): an entry of the คลังมาตรการ becomes
 * a complete Measures row for the unit and fiscal year (ลำดับ next after the unit's last, status
 * ยังไม่ดำเนินการ), or an indicator's suggested approach goes into the unit's analysis row of the
 * ITA year the measures answer (a blank approach is filled, a missing row added; an approach the
 * person wrote is never replaced). The entries come in as arguments: the library's data is not
 * in the Apps Script bundle (library.ts; the add-on reads it from dist/library.html).
 */
import type { Analysis } from '../workbook/analyse';
import type { WorkbookGrids } from '../engine/types';
import { msg, type Bilingual } from '../i18n';
import { SHEETS } from '../workbook/template';
import { a1, readTable } from '../workbook/sheets';
import { matchUnit } from '../workbook/unit-names';
import { appendRowsWrite, lastFilledRow, type SheetWrite } from '../workbook/sheet-write';
import { fromThaiDigits } from '../engine/thai';
import type { LibraryEntry, LibraryIndicator } from './library';

export interface LibraryPick {
  /** What was added, for the person: the cell and the text. */
  cell: string;
  text: string;
  problems: Bilingual[];
  write: SheetWrite | null;
}

const failed = (problem: Bilingual): LibraryPick => ({ cell: '', text: '', problems: [problem], write: null });

/** The unit a pick is for, or the problem (workbook problems, unknown or ambiguous unit). */
function pickUnit(analysis: Analysis, unit: string): { name: string } | Bilingual {
  if (analysis.problems.length) return msg('newYear.problems', { count: analysis.problems.length });
  const match = matchUnit(analysis.workbook.units, unit);
  if (match.unit) return match.unit;
  if (match.candidates.length > 1) return msg('report.error.ambiguousUnit', { unit, candidates: match.candidates.map((u) => u.name).join(', ') });
  return msg('report.error.unknownUnit', { unit });
}

/** The next ลำดับ of a unit's measures of a year: one after the highest number typed (Thai digits read) or the count, whichever is more. */
function nextNo(analysis: Analysis, unit: string, year: number): number {
  const mine = analysis.workbook.measures.filter((m) => m.unit === unit && m.year === year);
  const numbers = mine.map((m) => Math.floor(Number(fromThaiDigits(m.no).replace(/[^\d.]/g, '')))).filter((n) => Number.isFinite(n) && n > 0);
  return Math.max(mine.length, ...numbers) + 1;
}

/** One library measure as a new Measures row of the unit and fiscal year. */
export function libraryMeasurePick(grids: WorkbookGrids, analysis: Analysis, request: { unit: string; year: number; entry: LibraryEntry }): LibraryPick {
  const unit = pickUnit(analysis, request.unit);
  if (!('name' in unit)) return failed(unit);
  const { entry, year } = request;
  if (!Number.isInteger(year) || year < 2500 || year > 2700) return failed(msg('newYear.badYear', { value: String(year) }));
  const no = nextNo(analysis, unit.name, year);
  const write = appendRowsWrite(grids, SHEETS.measures, [{
    unit: unit.name, year, no, measure: entry.measure, indicators: entry.indicator, method: entry.method,
    responsible: entry.responsible, timeline: entry.timeline, followUp: entry.followUp, status: 'ยังไม่ดำเนินการ',
  }]);
  const grid = write.create ? [] : grids.sheets[write.sheet] ?? [];
  const row = Math.max(lastFilledRow(grid), 1) + 1;
  return { cell: `${write.sheet}!${a1(row, 1)}`, text: `${no}. ${entry.measure} [${entry.indicator}]`, problems: [], write };
}

/**
 * An indicator's suggested approach into the unit's analysis row of an ITA year: the blank
 * แนวทางการพัฒนา cell of the row, or a new row; a row whose approach is already written is the
 * person's text and is left as it is (a problem that says so).
 */
export function libraryApproachPick(grids: WorkbookGrids, analysis: Analysis, request: { unit: string; itaYear: number; indicator: LibraryIndicator }): LibraryPick {
  const unit = pickUnit(analysis, request.unit);
  if (!('name' in unit)) return failed(unit);
  const { itaYear, indicator } = request;
  const note = analysis.workbook.analysisNotes.find((n) => n.unit === unit.name && n.year === itaYear && n.code === indicator.code);
  if (note && note.approach !== '') return failed(msg('library.approachWritten', { cell: `${SHEETS.analysis.th}!${a1(note.row, 1)}`, code: indicator.code }));
  const table = note ? readTable(grids, SHEETS.analysis, []) : null;
  if (note && table && table.columns.approach >= 0) {
    return {
      cell: `${table.sheet}!${a1(note.row, table.columns.approach + 1)}`, text: indicator.approach, problems: [],
      write: { sheet: table.sheet, create: false, cells: [{ row: note.row, column: table.columns.approach + 1, value: indicator.approach }] },
    };
  }
  const write = appendRowsWrite(grids, SHEETS.analysis, [{ unit: unit.name, year: itaYear, indicator: indicator.code, approach: indicator.approach }]);
  const grid = write.create ? [] : grids.sheets[write.sheet] ?? [];
  return { cell: `${write.sheet}!${a1(Math.max(lastFilledRow(grid), 1) + 1, 1)}`, text: indicator.approach, problems: [], write };
}
