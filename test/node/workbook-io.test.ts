import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../src/core/workbook/sample';
import { COLOURS, SHEETS, STATUS_LABELS } from '../../src/core/workbook/template';
import { toCalendarDate } from '../../src/core/engine/calendar';
import { analyse } from '../../src/core/workbook/analyse';
import { isoCellDate, readWorkbook, WorkbookReadError, writeJsonGrids } from '../../src/node/workbook-io';
import { writeWorkbookXlsx } from '../../src/node/xlsx-write';
import type { WorkbookGrids } from '../../src/core/engine/types';

const dir = mkdtempSync(join(tmpdir(), 'ita-io-'));
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

interface DvModel { find(address: string): ExcelJS.DataValidation | undefined }
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: DvModel }).dataValidations;
const cfs = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

describe('xlsx round trip of the sample', () => {
  const file = join(dir, 'sample.xlsx');
  const sample = buildSampleWorkbook();
  let back: WorkbookGrids;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    await writeWorkbookXlsx(file, sample);
    back = await readWorkbook(file);
    wb = await load(file);
  });

  it('reads back identical grids: same values, Dates equal, rectangular', () => {
    expect(Object.keys(back.sheets).sort()).toEqual(Object.keys(sample.sheets).sort());
    expect(back).toEqual(sample);
    for (const grid of Object.values(back.sheets)) for (const row of grid) expect(row).toHaveLength(grid[0].length);
    const measures = back.sheets[SHEETS.measures.th];
    expect(measures.flat().some((v) => v instanceof Date)).toBe(true);
    expect(measures.flat().some((v) => v === '')).toBe(true);
  });

  it('the engine sees no difference', () => {
    const a = analyse(sample);
    const b = analyse(back);
    expect(b.problems).toEqual([]);
    expect(b.assessments).toEqual(a.assessments);
    expect(b.workbook.measures).toEqual(a.workbook.measures);
  });

  it('stores dates as the Bangkok wall-clock day, formatted d/m/yyyy', () => {
    const ws = wb.getWorksheet(SHEETS.measures.th)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const doneCol = header.indexOf('วันที่แล้วเสร็จ') + 1;
    const updatedCol = header.indexOf('แก้ไขล่าสุด') + 1;
    const doneCell = ws.getCell(2, doneCol);
    // exceljs reads serials as UTC: the cell shows 20/2/2025.
    expect(doneCell.value).toEqual(new Date(Date.UTC(2025, 1, 20)));
    expect(doneCell.numFmt).toBe('d/m/yyyy');
    expect(ws.getCell(2, updatedCol).numFmt).toBe('d/m/yyyy h:mm');
    const read = back.sheets[SHEETS.measures.th][1][doneCol - 1] as Date;
    expect(toCalendarDate(read)).toEqual({ year: 2025, month: 2, day: 20 });
  });

  it('styles the template sheets: bold filled header, frozen row, widths, wrap, font', () => {
    const ws = wb.getWorksheet(SHEETS.measures.th)!;
    const h = ws.getCell('A1');
    expect(h.font?.bold).toBe(true);
    expect(h.font?.name).toBe('Sarabun');
    expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(COLOURS.header));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).width).toBeCloseTo(300 / 7, 0);
    expect(ws.getCell('D2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A2').font?.name).toBe('Sarabun');
  });

  it('adds data validations: status, unit, indicator, tool, score', () => {
    const measures = validations(wb.getWorksheet(SHEETS.measures.th)!);
    const status = measures.find('J2');
    expect(status?.type).toBe('list');
    expect(status?.formulae[0]).toBe(`"${Object.values(STATUS_LABELS).join(',')}"`);
    expect(status?.formulae[0]).toContain('ยกเลิก');
    expect(measures.find('J1000')?.type).toBe('list');
    expect(measures.find('A500')).toMatchObject({ type: 'list', formulae: ["'หน่วยงาน'!$A$2:$A$1000"] });

    const scores = validations(wb.getWorksheet(SHEETS.scores.th)!);
    expect(scores.find('A2')).toMatchObject({ type: 'list', formulae: ["'หน่วยงาน'!$A$2:$A$1000"] });
    expect(scores.find('C2')).toMatchObject({ type: 'list', formulae: ["'ตัวชี้วัด'!$B$2:$B$1000"] });
    expect(scores.find('D2')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(scores.find('E2')).toBeUndefined(); // the user's own หมายเหตุ column

    const indicators = validations(wb.getWorksheet(SHEETS.indicators.th)!);
    expect(indicators.find('D2')).toMatchObject({ type: 'list', formulae: ['"IIT,EIT,OIT"'] });
  });

  it('adds conditional formats: status colours, overdue, score bands', () => {
    const measureCfs = cfs(wb.getWorksheet(SHEETS.measures.th)!);
    const status = measureCfs.find((cf) => cf.ref.startsWith('J2'));
    expect(status).toBeDefined();
    const fills = status!.rules.map((r) => (r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb);
    expect(fills).toEqual([COLOURS.overdue, COLOURS.status.cancelled, COLOURS.status.not_started, COLOURS.status.in_progress, COLOURS.status.done].map(argb));
    const formulae = status!.rules.map((r) => String((r as ExcelJS.ExpressionRuleType).formulae?.[0]));
    expect(formulae[0]).toContain('TODAY()');
    expect(formulae[1]).toContain('="ยกเลิก"'); // status-colours.test.ts evaluates them
    expect(formulae[4]).toContain('="ดำเนินการ"');

    const scoreCfs = cfs(wb.getWorksheet(SHEETS.scores.th)!);
    const bands = scoreCfs.find((cf) => cf.ref.startsWith('D2'));
    expect(bands?.rules.map((r) => (r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb))
      .toEqual([COLOURS.level.excellent, COLOURS.level.good, COLOURS.level.improve, COLOURS.level.urgent].map(argb));
    expect(String((bands!.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0])).toContain('>=95');
  });
});

describe('reading any xlsx like getValues()', () => {
  const file = join(dir, 'hand.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ข้อมูล');
    ws.getCell('A1').value = 'ชื่อ';
    ws.getCell('B1').value = 'ค่า';
    ws.getCell('A2').value = { richText: [{ text: 'ตัว', font: { bold: true } }, { text: 'หนา' }] };
    ws.getCell('B2').value = { formula: 'B3*2', result: 84 } as ExcelJS.CellFormulaValue;
    ws.getCell('B3').value = 42;
    ws.getCell('A3').value = { text: 'เว็บไซต์', hyperlink: 'https://example.com' };
    ws.getCell('A4').value = true;
    ws.getCell('D5').value = new Date(Date.UTC(2025, 2, 31));
    ws.getCell('D5').numFmt = 'd/m/yyyy';
    ws.mergeCells('A6:B6');
    ws.getCell('A6').value = 'รวม';
    ws.getCell('C3').style = { font: { bold: true } }; // styled but empty: not part of the data range
    wb.addWorksheet('ว่าง');
    await wb.xlsx.writeFile(file);
  });

  it('gives a rectangular grid of plain values', async () => {
    const grids = await readWorkbook(file);
    expect(grids.sheets['ข้อมูล']).toEqual([
      ['ชื่อ', 'ค่า', '', ''],
      ['ตัวหนา', 84, '', ''],
      ['เว็บไซต์', 42, '', ''],
      [true, '', '', ''],
      ['', '', '', new Date(Date.UTC(2025, 2, 30, 17))], // 31/3/2025 00:00 in Bangkok
      ['รวม', '', '', ''],
    ]);
    expect(grids.sheets['ว่าง']).toEqual([['']]);
  });

  it('utcOffsetMinutes: 0 keeps exceljs\' UTC convention', async () => {
    const grids = await readWorkbook(file, { utcOffsetMinutes: 0 });
    expect(grids.sheets['ข้อมูล'][4][3]).toEqual(new Date(Date.UTC(2025, 2, 31)));
  });

  it('writes unknown sheets and columns as plain values', async () => {
    const out = join(dir, 'plain.xlsx');
    const grids: WorkbookGrids = { sheets: { 'บันทึก': [['a', 'b'], [1, 'x'], ['', true]] } };
    await writeWorkbookXlsx(out, grids);
    expect(await readWorkbook(out)).toEqual(grids);
    const ws = (await load(out)).getWorksheet('บันทึก')!;
    expect(ws.getCell('A1').font?.bold).toBeFalsy();
    expect(cfs(ws)).toHaveLength(0);
  });
});

describe('JSON grids', () => {
  it('round-trips the sample with dates as ISO strings of the Bangkok day', async () => {
    const file = join(dir, 'sample.json');
    const sample = buildSampleWorkbook();
    await writeJsonGrids(file, sample);
    const back = await readWorkbook(file);
    const expected = {
      sheets: Object.fromEntries(Object.entries(sample.sheets).map(([name, grid]) =>
        [name, grid.map((row) => row.map((v) => (v instanceof Date ? isoCellDate(v) : v)))])),
    };
    expect(back).toEqual(expected);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"2025-02-20"');
    expect(text).toContain('"2025-02-21T09:30:00+07:00"');
    expect(analyse(back).problems).toEqual([]);
  });

  it('the empty template round-trips exactly', async () => {
    const file = join(dir, 'empty.json');
    await writeJsonGrids(file, buildEmptyWorkbook());
    expect(await readWorkbook(file)).toEqual(buildEmptyWorkbook());
  });

  it('pads ragged rows and turns null into ""', async () => {
    const file = join(dir, 'ragged.json');
    writeFileSync(file, JSON.stringify({ sheets: { s: [['a', 'b', 'c'], [1, null]] } }));
    expect(await readWorkbook(file)).toEqual({ sheets: { s: [['a', 'b', 'c'], [1, '', '']] } });
  });
});

describe('read errors', () => {
  const expectError = async (path: string, code: string) => {
    const e = await readWorkbook(path).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    expect(err.code).toBe(code);
    const name = path.split('/').pop()!;
    expect(err.message).toContain(name);
    expect(err.messages.th).toContain(name);
    expect(err.messages.en).toContain(name);
    return err;
  };

  it('a .txt file is refused with a Thai and English message naming the file', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello');
    const err = await expectError(file, 'unknownExtension');
    expect(err.message).toMatch(/รองรับเฉพาะ.*only \.xlsx and \.json/);
  });

  it('a missing, corrupt or badly shaped file is a WorkbookReadError too', async () => {
    await expectError(join(dir, 'missing.xlsx'), 'notFound');
    const corrupt = join(dir, 'corrupt.xlsx');
    writeFileSync(corrupt, 'not a zip');
    await expectError(corrupt, 'badXlsx');
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{"sheets": ');
    await expectError(badJson, 'badJson');
    const badShape = join(dir, 'shape.json');
    writeFileSync(badShape, JSON.stringify({ sheets: { s: 'nope' } }));
    await expectError(badShape, 'badGridShape');
    const badCell = join(dir, 'cell.json');
    writeFileSync(badCell, JSON.stringify({ sheets: { s: [['a'], [{ x: 1 }]] } }));
    expect((await expectError(badCell, 'badCell')).message).toContain('A2');
  });
});
