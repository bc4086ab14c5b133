/**
 * The CLI records what it makes (issue 20, point 4): `ita report` and `ita plan` append their
 * row to ประวัติรายงาน (the add-on's columns; the output path as the link), atomically, so
 * `ita status` offline shows the round's report as made; `--no-log` writes nothing; `ita init`
 * creates the sheet.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { readWorkbook } from '../../src/node/workbook-io';
import { SHEETS } from '../../src/core/workbook/template';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-log-'));
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const header = SHEETS.reportLog.columns.map((c) => c.th);

describe.each(['xlsx', 'json'])('the report log of a .%s workbook', (ext) => {
  // Each test its own sample workbook: the suite runs in random order (jest --randomize).
  let file = '';
  let n = 0;
  beforeEach(async () => {
    file = join(dir, `sample-${n++}.${ext}`);
    expect((await run('sample', file)).code).toBe(0);
  });

  it('starts empty (ita sample and ita init create it)', async () => {
    expect((await readWorkbook(file)).sheets[SHEETS.reportLog.th]).toEqual([header]);
    const empty = join(dir, `init.${ext}`);
    expect((await run('init', empty)).code).toBe(0);
    expect((await readWorkbook(empty)).sheets[SHEETS.reportLog.th]).toEqual([header]);
  });

  it('ita status says no report; ita report logs its row; then status shows the report as made', async () => {
    const before = JSON.parse((await run('status', file, '--round', '6', '--json')).out);
    const mine = (o: { units: { unit: string; reported: unknown; flags: string[] }[] }) => o.units.find((u) => u.unit === NALIANG)!;
    expect(mine(before).reported).toBeNull();
    expect(mine(before).flags).toContain('noReport');

    const out = join(dir, `naliang-${ext}.docx`);
    const r = await run('report', file, '--unit', 'นาเลียง', '--round', '6', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`บันทึก 1 รายการในชีต "ประวัติรายงาน" ของ ${file} แล้ว`);
    const log = (await readWorkbook(file)).sheets[SHEETS.reportLog.th];
    expect(log).toHaveLength(2);
    const row = Object.fromEntries(header.map((h, i) => [h, log[1][i]]));
    expect(row['หน่วยงาน']).toBe(NALIANG);
    expect(row['ปีงบประมาณ']).toBe(2568);
    expect(row['รอบ (เดือน)']).toBe(6);
    expect(row['ลิงก์']).toBe(out);
    expect(row['ประเภท']).toBe('รายงานผล');
    // The round's last day, as the add-on writes it (a date cell; .json keeps the day as ISO).
    expect(String(row['ข้อมูล ณ วันที่'] instanceof Date ? (row['ข้อมูล ณ วันที่'] as Date).toISOString() : row['ข้อมูล ณ วันที่'])).toMatch(/^2025-03-3[01]/);

    const after = JSON.parse((await run('status', file, '--round', '6', '--json')).out);
    expect(mine(after).reported).not.toBeNull();
    expect(mine(after).flags).not.toContain('noReport');
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('ita plan logs a มาตรการประจำปี row; --no-log leaves the workbook byte for byte', async () => {
    const r = await run('plan', file, '--unit', 'อบต.นาเลียง', '--date', '2567-10-01', '--out', join(dir, `plan-${ext}.docx`));
    expect(r.code).toBe(0);
    const log = (await readWorkbook(file)).sheets[SHEETS.reportLog.th];
    expect(log).toHaveLength(2);
    expect(log[1][header.indexOf('ประเภท')]).toBe('มาตรการประจำปี');
    expect(log[1][header.indexOf('รอบ (เดือน)')]).toBe('');

    const bytes = readFileSync(file);
    expect((await run('report', file, '--unit', 'นาเลียง', '--out', join(dir, `again-${ext}.docx`), '--no-log')).code).toBe(0);
    expect((await run('plan', file, '--all', '--out-dir', join(dir, `plans-${ext}`), '--date', '2567-10-01', '--no-log')).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--all logs every document in one write', async () => {
    const r = await run('report', file, '--all', '--out-dir', join(dir, `all-${ext}`), '--round', '6');
    expect(r.code).toBe(0);
    expect(r.out).toContain('บันทึก 4 รายการ');
    expect((await readWorkbook(file)).sheets[SHEETS.reportLog.th]).toHaveLength(5);
  });
});

it('a workbook without ประวัติรายงาน gets the sheet with the log row', async () => {
  const file = join(dir, 'old.json');
  expect((await run('sample', file)).code).toBe(0);
  const grids = JSON.parse(readFileSync(file, 'utf8'));
  delete grids.sheets[SHEETS.reportLog.th];
  require('node:fs').writeFileSync(file, JSON.stringify(grids));
  expect((await run('plan', file, '--unit', 'นาเลียง', '--date', '2567-10-01', '--out', join(dir, 'old-plan.docx'))).code).toBe(0);
  const log = (await readWorkbook(file)).sheets[SHEETS.reportLog.th];
  expect(log[0]).toEqual(header);
  expect(log[1][header.indexOf('หน่วยงาน')]).toBe(NALIANG);
});
