/**
 * The empty template and the demo workbook, as grids (what `Range.getValues()` returns).
 * Pure: no Node APIs, no Apps Script globals; the add-on's "insert sample data" and the
 * CLI's `ita init --sample` both build from here. The demo's rows are in sample-data.ts.
 */
import { SHEETS, SETTINGS, DEFAULT_FRAMEWORK_ROWS, INPUT_SHEETS, type SheetKey } from './template';
import type { Grid, WorkbookGrids } from '../engine/types';
import { SCORE_SETS, SAMPLE_REAL_NOTE, SAMPLE_DEMO_NOTE, MEASURES, SAMPLE_FISCAL_YEAR, SAMPLE_NOTE_HEADER, UNIT_ROWS, ANALYSIS_ROWS } from './sample-data';

const headers = (key: SheetKey): string[] => SHEETS[key].columns.map((c) => c.th);

function settingsGrid(fiscalYear: number | ''): Grid {
  return [
    headers('settings'),
    ...SETTINGS.map((s) => [s.th, s.key === 'fiscalYear' ? fiscalYear : s.default, s.note]),
  ];
}

const indicatorsGrid = (): Grid => [headers('indicators'), ...DEFAULT_FRAMEWORK_ROWS.map((r) => [...r])];

/** Headers and default rows of the input sheets; generated sheets are left to the add-on. */
export function buildEmptyWorkbook(): WorkbookGrids {
  const sheets: Record<string, Grid> = {};
  for (const key of INPUT_SHEETS) {
    if (key === 'settings') sheets[SHEETS.settings.th] = settingsGrid('');
    else if (key === 'indicators') sheets[SHEETS.indicators.th] = indicatorsGrid();
    else sheets[SHEETS[key].th] = [headers(key)];
  }
  return { sheets };
}

function scoreRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const set of SCORE_SETS) {
    const note = set.real ? SAMPLE_REAL_NOTE : SAMPLE_DEMO_NOTE;
    set.scores.forEach((score, i) => rows.push([set.unit, set.year, String(i + 1), score, note]));
    if (set.official !== undefined) rows.push([set.unit, set.year, 'รวม', set.official, note]);
  }
  return rows;
}

/** Each call gets its own Date objects, so a caller may mutate the grids freely. */
const copy = (value: unknown): unknown => (value instanceof Date ? new Date(value.getTime()) : value);

function measureRows(): unknown[][] {
  return MEASURES.map((m) => {
    const byKey: Record<string, unknown> = {
      unit: m.unit, year: SAMPLE_FISCAL_YEAR, no: m.no, measure: m.title, indicators: m.indicators, method: m.method,
      responsible: m.responsible, timeline: m.timeline, followUp: m.followUp, status: m.status,
      result: m.result ?? '', outcome: m.outcome ?? '', doneOn: m.doneOn ?? '', updated: m.updated, updatedBy: m.updatedBy,
    };
    return [...SHEETS.measures.columns.map((c) => (c.key in byKey ? copy(byKey[c.key]) : '')), m.note];
  });
}

/**
 * The demo workbook: 4 units (seed organisations), scores for ITA 2565–2567 (นิคมคำสร้อย
 * 2565 real, the rest demo), and 2568 measures from the seeds' real titles and methods.
 * Built fresh on every call (Date objects are never shared between calls).
 */
export function buildSampleWorkbook(): WorkbookGrids {
  return {
    sheets: {
      [SHEETS.settings.th]: settingsGrid(SAMPLE_FISCAL_YEAR),
      [SHEETS.units.th]: [[...headers('units'), SAMPLE_NOTE_HEADER], ...UNIT_ROWS.map((r) => [...r])],
      [SHEETS.indicators.th]: indicatorsGrid(),
      [SHEETS.scores.th]: [[...headers('scores'), SAMPLE_NOTE_HEADER], ...scoreRows()],
      [SHEETS.analysis.th]: [[...headers('analysis'), SAMPLE_NOTE_HEADER], ...ANALYSIS_ROWS.map((r) => [...r])],
      [SHEETS.measures.th]: [[...headers('measures'), SAMPLE_NOTE_HEADER], ...measureRows()],
    },
  };
}
