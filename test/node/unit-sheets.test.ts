/**
 * `ita split-units` / `ita merge-units` (issue 21) on real files: every row moves with its
 * values, cell notes and extra columns; every command reads the split workbook with the same
 * figures; merge gives the same rows back; a problem leaves the file byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/node/cli';
import { readWorkbook } from '../../src/node/workbook-io';
import { SHEETS } from '../../src/core/workbook/template';
import { isUnitSheetName } from '../../src/core/workbook/unit-sheets';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

jest.setTimeout(120_000); // exceljs reads and writes of the whole sample, several per test

const dir = mkdtempSync(join(tmpdir(), 'ita-units-'));
const NALIANG_SHEET = 'มาตรการ อบต.นาเลียง';
const sortedRows = (grid: unknown[][]) => grid.slice(1).map((r) => JSON.stringify(r)).sort();

describe('split-units → merge-units on the sample .xlsx', () => {
  const file = join(dir, 'sample.xlsx');
  let rankBefore = '';
  let statusBefore = '';
  let rowsBefore: string[] = [];

  beforeAll(async () => {
    expect((await run('sample', file)).code).toBe(0);
    // A cell note, as a person would leave one, on one of นาเลียง's result cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(SHEETS.measures.th) as ExcelJS.Worksheet;
    let row = 0;
    ws.eachRow((r, n) => { if (!row && String(r.getCell(1).value).includes('นาเลียง')) row = n; });
    ws.getCell(row, 11).note = 'หลักฐานอยู่ในแฟ้มที่ ๓';
    await wb.xlsx.writeFile(file);
    rankBefore = (await run('rank', file, '--json')).out;
    statusBefore = (await run('status', file, '--json', '--as-of', '2025-03-31')).out;
    rowsBefore = sortedRows((await readWorkbook(file)).sheets[SHEETS.measures.th]);
  });

  /** splits: one sheet per unit, the shared sheet keeps its header, notes and extra columns travel */
  const splits = async (): Promise<void> => {
    const r = await run('split-units', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ย้าย 31 แถว');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.filter(isUnitSheetName).sort()).toEqual(['มาตรการ ทต.โป่งน้ำร้อน', 'มาตรการ อบต.นาเลียง', 'มาตรการ อบต.นิคมคำสร้อย', 'มาตรการ อบต.หัวเรือ'].sort());
    const ws = wb.getWorksheet(NALIANG_SHEET) as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual((wb.getWorksheet(SHEETS.measures.th) as ExcelJS.Worksheet).getRow(1).values);
    expect(ws.getCell(1, 16).value).toBe('หมายเหตุ');
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // นาเลียง's first row is the unit sheet's row 2; its result cell keeps the note.
    expect(ws.getCell(2, 11).note).toBe('หลักฐานอยู่ในแฟ้มที่ ๓');
    expect((wb.getWorksheet(SHEETS.measures.th) as ExcelJS.Worksheet).actualRowCount).toBe(1);
  };

  /** every command reads the split workbook with the same figures */
  const sameFigures = async (): Promise<void> => {
    expect((await run('check', file)).code).toBe(0);
    expect((await run('rank', file, '--json')).out).toBe(rankBefore);
    expect((await run('status', file, '--json', '--as-of', '2025-03-31')).out).toBe(statusBefore);
    const report = await run('report', file, '--unit', 'องค์การบริหารส่วนตำบลนาเลียง', '--out', join(dir, 'naliang.docx'), '--as-of', '2025-03-31');
    expect(report.code).toBe(0);
  };

  /** a second split moves nothing */
  const secondSplit = async (): Promise<void> => {
    const r = await run('split-units', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ย้าย 0 แถว');
  };

  /** merges back to the same rows and no unit sheet */
  const mergesBack = async (): Promise<void> => {
    const r = await run('merge-units', file);
    expect(r.code).toBe(0);
    const grids = await readWorkbook(file);
    expect(Object.keys(grids.sheets).filter(isUnitSheetName)).toEqual([]);
    expect(sortedRows(grids.sheets[SHEETS.measures.th])).toEqual(rowsBefore);
    expect((await run('rank', file, '--json')).out).toBe(rankBefore);
  };

  // One flow in this order (each step works on what the one before left): one test, so that
  // jest --randomize cannot reorder the steps.
  it('splits, reads the same figures, splits again (nothing to move), merges back', async () => {
    await splits();
    await sameFigures();
    await secondSplit();
    await mergesBack();
  });
});

describe('a row that cannot be placed', () => {
  it('is named with its cell, exit 1, and the file is untouched', async () => {
    const file = join(dir, 'bad.json');
    expect((await run('sample', file)).code).toBe(0);
    const grids = JSON.parse(readFileSync(file, 'utf8'));
    grids.sheets[SHEETS.measures.th][2][0] = 'อบต.ที่ไม่มี';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify(grids));
    const before = readFileSync(file);
    const r = await run('split-units', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('มาตรการ!A3');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
