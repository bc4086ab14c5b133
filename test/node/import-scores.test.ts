/**
 * `ita import-scores`: seed 000's paste and a district table into .xlsx and .json files in
 * place; an .xlsx keeps every other sheet, width, validation and conditional format; any
 * problem leaves the file byte for byte as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/node/cli';
import { importScoresCommand } from '../../src/node/commands/import-scores';
import { buildXlsx } from '../../src/node/xlsx-write';
import { readWorkbook, writeJsonGrids } from '../../src/node/workbook-io';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { SEED000_SCORES, SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';

const dir = mkdtempSync(join(tmpdir(), 'ita-import-'));
const OTHER = 'เทศบาลตำบลคำชะอี';
const HEADER = SHEETS.scores.columns.map((c) => c.th);
const paste = join(dir, 'itas.txt');
writeFileSync(paste, seed000Text());

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

/** An .xlsx as the add-on's template writes it, plus a sheet and a width of the user's own. */
async function templateXlsx(name: string): Promise<string> {
  const grids = seedWorkbook({ scores: [HEADER], units: [SEED000_UNIT, OTHER] });
  grids.sheets['บันทึกของฉัน'] = [['หมายเหตุ', 'วันที่'], ['ตรวจแล้ว', 'ก.ย. 2565']];
  const wb = await buildXlsx(grids); // async: exceljs loads on first use
  const mine = wb.getWorksheet('บันทึกของฉัน') as ExcelJS.Worksheet;
  mine.getCell('A2').font = { name: 'Sarabun', bold: true, color: { argb: 'FFCC0000' } };
  mine.getColumn(1).width = 42;
  mine.mergeCells('A4:B4');
  mine.getCell('A4').value = 'รวมเซลล์';
  (wb.getWorksheet(SHEETS.scores.th) as ExcelJS.Worksheet).getColumn(3).width = 33;
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Everything of a sheet a user would notice: values, styles, widths, merges, validations, rules. */
function sheetShape(ws: ExcelJS.Worksheet, skipRowsFrom = Infinity) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (r >= skipRowsFrom) return;
    row.eachCell({ includeEmpty: true }, (c) => { cells[c.address] = { value: c.value, style: c.style }; });
  });
  const model = ws.model as unknown as { merges?: string[]; dataValidations?: unknown; conditionalFormattings?: unknown; cols?: unknown; views?: unknown };
  return {
    cells, merges: model.merges, cols: ws.columns.map((c) => c.width ?? null),
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    rules: model.conditionalFormattings, views: model.views,
  };
}

const tempFiles = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('ita import-scores into an .xlsx', () => {
  it('imports seed 000\'s paste in place, keeping every other sheet, width, validation and rule', async () => {
    const file = await templateXlsx('book.xlsx');
    const before = await loadXlsx(file);
    const r = await run('import-scores', file, '--file', paste, '--year', '2565');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${SEED000_UNIT} — ผลการประเมิน ITA ปี 2565`);
    expect(r.out).toContain('คะแนนรวม 87.57 (คำนวณจากคะแนนรายตัวชี้วัดได้ 87.57)  ระดับ A');
    expect(r.out).toMatch(/คะแนน!D2\s+1\. การปฏิบัติหน้าที่\s+94\.97\s+เพิ่มใหม่\s+บรรทัด 27/);
    expect(r.out).toContain(`แก้ไขไฟล์ ${file} แล้ว: นำเข้าคะแนนแล้ว 11 ค่า (แทนที่คะแนนเดิม 0 ค่า) ลงชีต "คะแนน"`);
    expect(tempFiles()).toEqual([]);

    const after = await loadXlsx(file);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    for (const ws of before.worksheets) {
      if (ws.name === SHEETS.scores.th) continue;
      expect(sheetShape(after.getWorksheet(ws.name) as ExcelJS.Worksheet)).toEqual(sheetShape(ws));
    }
    const scoresBefore = before.getWorksheet(SHEETS.scores.th) as ExcelJS.Worksheet;
    const scoresAfter = after.getWorksheet(SHEETS.scores.th) as ExcelJS.Worksheet;
    expect(sheetShape(scoresAfter, 2)).toEqual(sheetShape(scoresBefore, 2)); // header row, widths, validations, rules
    expect(scoresAfter.getColumn(3).width).toBe(33);
    expect((scoresAfter.getRow(2).values as unknown[]).slice(1)).toEqual([SEED000_UNIT, 2565, 1, 94.97]);
    expect((scoresAfter.getRow(12).values as unknown[]).slice(1)).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57]);

    const analysis = analyse(await readWorkbook(file));
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments[0]).toMatchObject({ unit: SEED000_UNIT, year: 2565, total: 87.57, level: 'A' });
  });

  it('a conflict exits 1 naming the cell and leaves the file byte for byte; --replace then writes it', async () => {
    const file = await templateXlsx('conflict.xlsx');
    expect((await run('import-scores', file, '--file', paste, '--year', '2565')).code).toBe(0);
    const typo = paste.replace('.txt', '-typo.txt');
    writeFileSync(typo, seed000Text().replace('10\tประสิทธิภาพการสื่อสาร\t79.63', '10\tประสิทธิภาพการสื่อสาร\t76.93'));
    const bytes = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const r = await run('import-scores', file, '--file', typo, '--year', '2565');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`ยังนำเข้าไม่ได้: พบปัญหา 1 รายการ ไม่ได้แก้ไขไฟล์ ${file}`);
    expect(r.err).toContain('• คะแนน!D8 มีคะแนน 79.63 อยู่แล้ว แต่ค่าที่นำเข้าคือ 76.93');
    expect(r.err).toContain('--replace');
    expect(r.out).toMatch(/คะแนน!D8\s+7\. ประสิทธิภาพการสื่อสาร\s+79\.63\s+76\.93\s+ต่างจากเดิม/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);

    const replaced = await run('import-scores', file, '--file', typo, '--year', '2565', '--replace', '--lang', 'en');
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('Imported 1 score(s) (1 replaced)');
    expect((await readWorkbook(file)).sheets[SHEETS.scores.th][7]).toEqual([SEED000_UNIT, 2565, 7, 76.93]);
  });
});

describe('ita import-scores into a .json, from standard input', () => {
  const codes = Object.keys(SEED000_SCORES);
  const table = [
    ['หน่วยงาน', 'ปีงบประมาณ', ...codes, 'รวม'],
    [SEED000_UNIT, 2565, ...codes.map((c) => SEED000_SCORES[c]), 87.57],
    ['ทต.คำชะอี', '๒๕๖๕', ...codes.map(() => 90), ''],
  ].map((row) => row.join('\t')).join('\n');

  async function jsonBook(name: string): Promise<string> {
    const file = join(dir, name);
    await writeJsonGrids(file, seedWorkbook({ scores: [HEADER], units: [SEED000_UNIT, OTHER] }));
    return file;
  }
  const withStdin = async (text: string, ...argv: string[]) => {
    let out = '';
    let err = '';
    const io = { lang: 'th' as const, out: (s: string) => { out += s + '\n'; }, err: (s: string) => { err += s + '\n'; } };
    const code = await importScoresCommand(async () => text).run(argv, io);
    return { code, out, err };
  };

  it('--dry-run prints the changes and leaves the file; without it every row is written', async () => {
    const file = await jsonBook('district.json');
    const bytes = readFileSync(file);
    const dry = await withStdin(table, file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('ทดลองเท่านั้น (--dry-run)');
    expect(dry.out).toMatch(/คะแนน!D13\s+1\. การปฏิบัติหน้าที่\s+90\.00\s+เพิ่มใหม่\s+แถว 3/);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const done = await withStdin(table, file);
    expect(done.code).toBe(0);
    const analysis = analyse(await readWorkbook(file));
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments.map((a) => [a.unit, a.total])).toEqual([[SEED000_UNIT, 87.57], [OTHER, 90]]);
    expect(tempFiles()).toEqual([]);
  });

  it('a unit missing from หน่วยงาน: exit 1, its name and row, file untouched', async () => {
    const file = await jsonBook('missing.json');
    const bytes = readFileSync(file);
    const r = await withStdin(`${table}\nอบต.หนองแวง\t2565\t${codes.map(() => 80).join('\t')}\t`, file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('• แถว 4: ไม่พบหน่วยงาน "อบต.หนองแวง" ในชีต "หน่วยงาน"');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('no text at all is a usage error (exit 2)', async () => {
    const file = await jsonBook('empty.json');
    const r = await run('import-scores', file, '--file', join(dir, 'nothing.txt'));
    expect(r.code).toBe(1); // a missing --file is the user's input error
    writeFileSync(join(dir, 'blank.txt'), '\n  \n');
    expect((await run('import-scores', file, '--file', join(dir, 'blank.txt'))).code).toBe(2);
  });
});
