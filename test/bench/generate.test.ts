/** The benchmark's workbook generator: deterministic, the sizes asked for, valid for the engine. No timings here. */
import { analyse } from '../../src/core/workbook/analyse';
import { normalizeName } from '../../src/core/workbook/sheets';
import { SHEETS } from '../../src/core/workbook/template';
import {
  BENCH_ITA_YEARS, BENCH_SIZES, INDICATOR_COUNT, REPORT_SIZE, generateWorkbook, measuresOfUnit, rowCounts, unitName,
} from '../../bench/generate';
import { naiveWriteLayout } from '../../bench/naive';
import { buildRankingsSheet } from '../../src/core/views/rankings-sheet';
import { createFakeGas } from '../gas/fakes';

/** Official totals are written for every fifth unit, one per ITA year. */
const totalRows = (units: number) => Math.ceil(units / 5) * BENCH_ITA_YEARS.length;

describe('bench workbook generator', () => {
  it('is deterministic: the same size gives the same grids, byte for byte', () => {
    const a = generateWorkbook({ units: 10, measures: 200 });
    const b = generateWorkbook({ units: 10, measures: 200 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateWorkbook({ units: 10, measures: 200 }, 7))).not.toBe(JSON.stringify(a));
  });

  it.each([...BENCH_SIZES.slice(0, 3), REPORT_SIZE])('has the rows asked for: %o', (size) => {
    const rows = rowCounts(generateWorkbook(size));
    expect(rows[SHEETS.units.th]).toBe(size.units);
    expect(rows[SHEETS.measures.th]).toBe(size.measures);
    expect(rows[SHEETS.scores.th]).toBe(size.units * INDICATOR_COUNT * BENCH_ITA_YEARS.length + totalRows(size.units));
    expect(rows[SHEETS.indicators.th]).toBe(INDICATOR_COUNT);
  });

  it('spreads measures over units as evenly as possible', () => {
    expect(measuresOfUnit(0, { units: 3, measures: 10 })).toBe(4);
    expect(measuresOfUnit(2, { units: 3, measures: 10 })).toBe(3);
    for (const size of BENCH_SIZES) {
      let sum = 0;
      for (let i = 0; i < size.units; i++) sum += measuresOfUnit(i, size);
      expect(sum).toBe(size.measures);
    }
  });

  it('gives 1,000 distinct unit names (as the engine compares them)', () => {
    const names = Array.from({ length: 1000 }, (_, i) => normalizeName(unitName(i)));
    expect(new Set(names).size).toBe(1000);
  });

  it('is a valid workbook: no problems, every unit assessed for 3 ITA years, every measure read', () => {
    const size = { units: 10, measures: 200 };
    const analysis = analyse(generateWorkbook(size));
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments).toHaveLength(size.units * BENCH_ITA_YEARS.length);
    expect(analysis.workbook.measures).toHaveLength(size.measures);
    const statuses = new Set(analysis.workbook.measures.map((m) => m.status));
    expect([...statuses].sort()).toEqual(['done', 'in_progress', 'not_started']);
  });

  it('has Thai text as long as the seeds\' (titles, methods of several steps)', () => {
    const grid = generateWorkbook({ units: 10, measures: 200 }).sheets[SHEETS.measures.th];
    const col = (key: string) => SHEETS.measures.columns.findIndex((c) => c.key === key);
    const titles = grid.slice(1).map((r) => String(r[col('measure')]));
    const methods = grid.slice(1).map((r) => String(r[col('method')]));
    const mean = (xs: string[]) => xs.reduce((a, s) => a + s.length, 0) / xs.length;
    expect(mean(titles)).toBeGreaterThan(40);
    expect(mean(methods)).toBeGreaterThan(150);
    expect(methods.every((m) => m.includes('\n'))).toBe(true);
  });
});

describe('bench naive writer', () => {
  it('writes the same layout cell by cell: 5 calls per cell, plus the sheet calls', () => {
    const gas = createFakeGas({ firstSheet: 'อันดับ' });
    const analysis = analyse(generateWorkbook({ units: 1, measures: 10 }));
    const layout = buildRankingsSheet(analysis, { lang: 'th', computedAt: new Date(0) });
    const sheet = gas.ss._sheet('อันดับ');
    gas.calls.reset();
    naiveWriteLayout(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, layout);
    const cells = layout.values.length * layout.columnWidths.length;
    expect(gas.calls.count('Range.*')).toBe(4 * cells);
    expect(gas.calls.count('Sheet.getRange')).toBe(cells);
    expect(sheet._values()[0][0]).toBe(layout.values[0][0]);
  });
});

describe('bench sizes differ only in amount', () => {
  it('unit 0 has the same scores and the same first measures in every size', () => {
    const rowsOf = (size: { units: number; measures: number }, sheet: string) =>
      generateWorkbook(size).sheets[sheet].slice(1).filter((r) => r[0] === unitName(0));
    const small = { units: 1, measures: 10 };
    for (const size of [{ units: 10, measures: 200 }, REPORT_SIZE]) {
      expect(rowsOf(size, SHEETS.scores.th)).toEqual(rowsOf(small, SHEETS.scores.th));
      expect(rowsOf(size, SHEETS.measures.th).slice(0, 10)).toEqual(rowsOf(small, SHEETS.measures.th));
    }
  });
});
