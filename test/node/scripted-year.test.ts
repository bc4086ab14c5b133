/**
 * The measure of it (issue 20, point 7): a unit's two years, scripted as a person lives them,
 * through the CLI on a .json workbook, counting every value typed by hand (cells, the dates and
 * years the person types) apart from choices (a dropdown status, a library pick, a command).
 *
 * Year one (fiscal 2566, answering ITA 2565, seed 000's real result): the unit added, the ITAS
 * result pasted, the year started, the analysis note written and the approach picked from the
 * library, five measures picked from the library, the year-start document, statuses at 6 and 12
 * months, the two reports. Year two (fiscal 2567): the new result pasted, new-year, the copied
 * note reviewed, statuses, the three documents. Goals: year one ≤ 40 typed values, year two ≤ 15.
 * Status edits carry the แก้ไขล่าสุด stamp the add-on's onEdit would write (typed by nobody).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { SHEETS } from '../../src/core/workbook/template';
import { analyse } from '../../src/core/workbook/analyse';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { seed000Text } from '../fixtures/seed000';

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-year-script-'));
const file = join(dir, 'workbook.json');
const UNIT = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}
async function ok(...argv: string[]): Promise<string> {
  const r = await run(...argv);
  if (r.code !== 0) throw new Error(`ita ${argv.join(' ')} → ${r.code}\n${r.err}`);
  return r.out + r.err;
}

/** What the person does by hand: values typed, and choices made (dropdowns, picks). */
class Person {
  typed = 0;
  chosen = 0;
  private read(): WorkbookGrids { return JSON.parse(readFileSync(file, 'utf8')) as WorkbookGrids; }
  private write(g: WorkbookGrids): void { writeFileSync(file, JSON.stringify(g)); }
  private col(g: WorkbookGrids, sheet: keyof typeof SHEETS, key: string): number {
    const spec = SHEETS[sheet];
    const column = spec.columns.find((c) => c.key === key)!;
    return g.sheets[spec.th][0].indexOf(column.th);
  }
  /** Types a value into a cell of the row whose `match` column equals `value`, or into a new row. */
  typeRow(sheet: keyof typeof SHEETS, values: Record<string, string | number>): void {
    const g = this.read();
    const grid = g.sheets[SHEETS[sheet].th];
    const row = grid[0].map(() => '' as unknown);
    for (const [key, v] of Object.entries(values)) { row[this.col(g, sheet, key)] = v; this.typed++; }
    grid.push(row);
    this.write(g);
  }
  /** Sets a cell of the rows where `where` holds: typed (text) or chosen (a dropdown). */
  set(sheet: keyof typeof SHEETS, where: Record<string, unknown>, key: string, value: unknown, how: 'type' | 'choose', stamp?: string): void {
    const g = this.read();
    const grid = g.sheets[SHEETS[sheet].th];
    const i = grid.findIndex((r, n) => n > 0 && Object.entries(where).every(([k, v]) => String(r[this.col(g, sheet, k)]) === String(v)));
    if (i < 0) throw new Error(`no ${sheet} row ${JSON.stringify(where)}`);
    grid[i][this.col(g, sheet, key)] = value;
    if (stamp) grid[i][this.col(g, sheet, 'updated')] = stamp;
    if (how === 'type') this.typed++; else this.chosen++;
    this.write(g);
  }
  /** A value typed as a command's option or in a dialog (a year, a date). */
  typeArg(value: string): string { this.typed++; return value; }
  pick(): void { this.chosen++; }
}

/** ITA 2566 of the unit as the ITAS result page shows it (the sample's demo figures for 2566). */
const ita2566 = [
  'ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', '', `คะแนน ${UNIT}`, '', '90.35 คะแนน', '', 'อันดับ\tตัวชี้วัด\tคะแนน',
  ...[['การปฏิบัติหน้าที่', 95.4], ['การแก้ไขปัญหาการทุจริต', 93.15], ['การใช้งบประมาณ', 92.8], ['การใช้ทรัพย์สินของราชการ', 92.3],
    ['การใช้อำนาจ', 91.95], ['การป้องกันการทุจริต', 91.25], ['การเปิดเผยข้อมูล', 90.4], ['คุณภาพการดำเนินงาน', 88.9],
    ['การปรับปรุงการทำงาน', 88.25], ['ประสิทธิภาพการสื่อสาร', 83.7]].map(([name, score], i) => `${i + 1}\t${name}\t${Number(score).toFixed(2)}`),
].join('\n');

const PICKS = ['7.1', '7.2', '7.3', '9.news', '10.itaMeasures'];

/** The statuses of a round: the measures named move to the status, with a result typed when done. */
function round(p: Person, fiscalYear: number, stamp: string, moves: [number, 'อยู่ระหว่างดำเนินการ' | 'ดำเนินการเรียบร้อยแล้ว', string?][]): void {
  for (const [no, status, result] of moves) {
    p.set('measures', { unit: UNIT, year: fiscalYear, no }, 'status', status, 'choose', stamp);
    if (result) p.set('measures', { unit: UNIT, year: fiscalYear, no }, 'result', result, 'type');
  }
}

const results: Record<string, { typed: number; chosen: number }> = {};

// Year two starts from year one's workbook: the steps run in order in one test (jest --randomize
// shuffles tests, never the lines of one).
async function yearOne(): Promise<void> {
  const p = new Person();
  await ok('init', file);
  p.typeRow('units', {
    unit: UNIT, type: 'อบต.', district: 'นิคมน้ำอูน', province: 'มุกดาหาร', addressee: 'นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย',
    reporter: 'นางสาวพรทิพย์ ใจซื่อ', position: 'นักจัดการงานทั่วไปชำนาญการ', executiveName: 'นายสมชาย ใจดี',
  });
  const paste = join(dir, 'ita2565.txt');
  writeFileSync(paste, seed000Text());
  expect(await ok('import-scores', file, '--file', paste)).toContain('87.57');
  // The year to start: typed once (the menu offers the year after Settings', blank here).
  expect(await ok('new-year', file, '--year', p.typeArg('2566'))).toContain('เพิ่มแถววิเคราะห์ผล ITA 2565 ตัวชี้วัด 7');
  p.set('analysis', { unit: UNIT, year: 2565, indicator: '7' }, 'issues', 'ผู้รับบริการเห็นว่าช่องทางเผยแพร่ข้อมูลและรับฟังความคิดเห็นยังเข้าถึงยาก', 'type');
  p.pick();
  await ok('add-measure', file, '--unit', 'นิคมคำสร้อย', '--from-library', '7.approach');
  for (const id of PICKS) {
    p.pick();
    await ok('add-measure', file, '--unit', 'นิคมคำสร้อย', '--from-library', id);
  }
  const plan = await ok('plan', file, '--unit', 'นิคมคำสร้อย', '--out', join(dir, 'plan-2566.docx'), '--date', p.typeArg('2565-10-01'));
  expect(plan).toContain('ใช้ข้อความวิเคราะห์จากชีต "การวิเคราะห์" แถว 2 (ตัวชี้วัด 7, ผล ITA 2565)');
  expect(plan).not.toContain('คำเตือน');

  round(p, 2566, '2023-03-20T10:00:00+07:00', [[1, 'อยู่ระหว่างดำเนินการ'], [2, 'อยู่ระหว่างดำเนินการ'], [5, 'ดำเนินการเรียบร้อยแล้ว', 'วิเคราะห์ผล ITA 2565 กำหนดมาตรการ และรายงานรอบ 6 เดือนบนเว็บไซต์แล้ว']]);
  await ok('report', file, '--unit', 'นิคมคำสร้อย', '--round', '6', '--out', join(dir, 'report-2566-6.docx'));
  round(p, 2566, '2023-09-20T10:00:00+07:00', [
    [1, 'ดำเนินการเรียบร้อยแล้ว', 'ปรับหน้าแรกของเว็บไซต์และต่ออายุโดเมนแล้ว'], [2, 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่ข่าว 48 เรื่องผ่านเว็บไซต์ เฟซบุ๊ก และไลน์'],
    [3, 'ดำเนินการเรียบร้อยแล้ว', 'ตอบข้อซักถาม 35 เรื่อง ภายใน 3 วันทำการ'], [4, 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่ข่าวประชาสัมพันธ์ทุกเดือน'],
  ]);
  await ok('report', file, '--unit', 'นิคมคำสร้อย', '--round', '12', '--out', join(dir, 'report-2566-12.docx'));

  const status = JSON.parse((await run('status', file, '--year', '2566', '--round', '12', '--json')).out);
  expect(status.units[0]).toMatchObject({ unit: UNIT, measures: 5, done: 5, percentDone: 100 });
  expect(status.units[0].reported).not.toBeNull();
  for (const doc of ['plan-2566.docx', 'report-2566-6.docx', 'report-2566-12.docx']) expect(existsSync(join(dir, doc))).toBe(true);
  results.one = { typed: p.typed, chosen: p.chosen };
  expect(p.typed).toBeLessThanOrEqual(40);
}

async function yearTwo(): Promise<void> {
  const p = new Person();
  const paste = join(dir, 'ita2566.txt');
  writeFileSync(paste, ita2566);
  expect(await ok('import-scores', file, '--file', paste)).toContain(UNIT);
  // The year offered is Settings' + 1 (2567): accepted as offered, nothing typed.
  const started = await ok('new-year', file, '--year', '2567');
  expect(started).toContain(`${UNIT}: ยกมาตรการของปี 2566 มา 5 รายการ`);
  expect(started).toContain('7. ประสิทธิภาพการสื่อสาร — ข้อความยกมาจากปี 2565 (ทบทวน)');
  // The copied note is reviewed: its issue brought up to date, the mark cleared.
  p.set('analysis', { unit: UNIT, year: 2566, indicator: '7' }, 'issues', 'คะแนนประสิทธิภาพการสื่อสารดีขึ้นเป็น 83.70 แต่ยังต่ำกว่าเกณฑ์: ผู้รับบริการยังไม่ทราบช่องทางรับฟังความคิดเห็น', 'type');
  p.set('analysis', { unit: UNIT, year: 2566, indicator: '7' }, 'review', '', 'type');
  const plan = await ok('plan', file, '--unit', 'นิคมคำสร้อย', '--out', join(dir, 'plan-2567.docx'), '--date', p.typeArg('2566-10-02'));
  expect(plan).not.toContain('คำเตือน');

  round(p, 2567, '2024-03-20T10:00:00+07:00', [[1, 'อยู่ระหว่างดำเนินการ'], [3, 'อยู่ระหว่างดำเนินการ'], [5, 'ดำเนินการเรียบร้อยแล้ว', 'วิเคราะห์ผล ITA 2566 และรายงานรอบ 6 เดือนแล้ว']]);
  await ok('report', file, '--unit', 'นิคมคำสร้อย', '--round', '6', '--out', join(dir, 'report-2567-6.docx'));
  round(p, 2567, '2024-09-20T10:00:00+07:00', [
    [1, 'ดำเนินการเรียบร้อยแล้ว', 'ปรับเว็บไซต์ให้ใช้บนโทรศัพท์ได้'], [2, 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่ข่าว 52 เรื่อง'],
    [3, 'ดำเนินการเรียบร้อยแล้ว', 'ตอบข้อซักถาม 41 เรื่อง'], [4, 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่ข่าวทุกเดือน'],
  ]);
  await ok('report', file, '--unit', 'นิคมคำสร้อย', '--round', '12', '--out', join(dir, 'report-2567-12.docx'));

  const grids = JSON.parse(readFileSync(file, 'utf8')) as WorkbookGrids;
  const a = analyse(grids);
  expect(a.problems).toEqual([]);
  expect(a.workbook.measures.filter((m) => m.year === 2567).map((m) => m.status)).toEqual(Array(5).fill('done'));
  expect(grids.sheets[SHEETS.reportLog.th].length - 1).toBe(6);
  for (const doc of ['plan-2567.docx', 'report-2567-6.docx', 'report-2567-12.docx']) expect(existsSync(join(dir, doc))).toBe(true);
  results.two = { typed: p.typed, chosen: p.chosen };
  expect(p.typed).toBeLessThanOrEqual(15);
}

it('year one, then year two: the documents, and the counts README gives', async () => {
  await yearOne();
  await yearTwo();
  // Year one typed: 8 (the unit's row, with the executive's name the plan prints) + 1 (the year) + 1 (the analysis note) + 1 (the plan's date) + 5 (results);
  // chosen: 6 library picks (the approach and five measures) + 7 status changes.
  expect(results.one).toEqual({ typed: 16, chosen: 13 });
  // Year two typed: 2 (the note reviewed) + 1 (the plan's date) + 5 (results); chosen: 7 status changes.
  expect(results.two).toEqual({ typed: 8, chosen: 7 });
});
