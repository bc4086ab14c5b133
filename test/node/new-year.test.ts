/**
 * `ita new-year`, `ita library`, `ita add-measure` (issue 20, points 1 and 2): a dry run writes
 * nothing; the real run writes the measures, the analysis rows and the setting in one atomic
 * replace (an .xlsx keeps its other sheets); a unit already started is named and left alone;
 * bad input leaves the file byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { readWorkbook } from '../../src/node/workbook-io';
import { analyse } from '../../src/core/workbook/analyse';
import { LIBRARY } from '../../src/core/year/library';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-new-year-'));
const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

describe.each(['xlsx', 'json'])('ita new-year on a .%s workbook', (ext) => {
  // Each test its own sample workbook: the suite runs in random order (jest --randomize).
  let file = '';
  let n = 0;
  beforeEach(async () => {
    file = join(dir, `sample-${n++}.${ext}`);
    expect((await run('sample', file)).code).toBe(0);
  });

  it('--dry-run prints every row it would add and leaves the file as it was', async () => {
    const bytes = readFileSync(file);
    const r = await run('new-year', file, '--year', '2569', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('เริ่มปีงบประมาณ พ.ศ. 2569 (มาตรการตอบผล ITA ปี 2568)');
    expect(r.out).toContain('ตั้งค่า ปีงบประมาณ: 2568 → 2569');
    expect(r.out).toContain(`${NIKHOM}: ยกมาตรการของปี 2568 มา 5 รายการ`);
    expect(r.out).toMatch(/ {2}มาตรการ!A\d+ {2}1\. มาตรการตรวจสอบการใช้ดุลพินิจ \[3, 6\]/);
    expect(r.out).toContain('ทดลองเท่านั้น (--dry-run)');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('writes the measures and the setting in one replace; a second run names the units already started', async () => {
    const beforeGrids = await readWorkbook(file);
    const before = analyse(beforeGrids);
    const r = await run('new-year', file, '--year', '2569');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`บันทึกลง ${file} แล้ว`);
    const grids = await readWorkbook(file);
    const a = analyse(grids);
    expect(a.problems).toEqual([]);
    expect(a.workbook.settings.fiscalYear).toBe(2569);
    const old = before.workbook.measures.filter((m) => m.year === 2568 && m.status !== 'cancelled');
    expect(a.workbook.measures.filter((m) => m.year === 2569).map((m) => m.title)).toEqual(old.map((m) => m.title));
    // Everything else kept: the other sheets and the 2568 rows.
    expect(Object.keys(grids.sheets)).toEqual(expect.arrayContaining(Object.keys(beforeGrids.sheets)));
    expect(a.workbook.measures.filter((m) => m.year === 2568)).toHaveLength(before.workbook.measures.filter((m) => m.year === 2568).length);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);

    const again = await run('new-year', file, '--year', '2569', '--unit', 'นิคมคำสร้อย');
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${NIKHOM}: มีมาตรการของปี 2569 แล้ว 5 รายการ จึงไม่ยกมาตรการมา`);
    expect(again.out).not.toContain('บันทึกลง');
  });

  it('a workbook with problems: listed, exit 1, the file byte for byte', async () => {
    const bad = join(dir, `bad.${ext}`);
    expect((await run('sample', bad)).code).toBe(0);
    const grids = await readWorkbook(bad);
    grids.sheets['คะแนน'][1][3] = 'เก้าสิบ';
    const { writeJsonGrids } = await import('../../src/node/workbook-io');
    const { writeWorkbookXlsx } = await import('../../src/node/xlsx-write');
    await (ext === 'json' ? writeJsonGrids(bad, grids) : writeWorkbookXlsx(bad, grids));
    const bytes = readFileSync(bad);
    const r = await run('new-year', bad, '--year', '2569');
    expect(r.code).toBe(1);
    expect(r.err).toContain('คะแนน!D2');
    expect(r.err).toContain('ข้อมูลมีปัญหา 1 รายการ');
    expect(readFileSync(bad).equals(bytes)).toBe(true);
  });
});

describe('usage', () => {
  it('--year is required; an unknown unit names the units', async () => {
    const file = join(dir, 'u.json');
    expect((await run('sample', file)).code).toBe(0);
    const r = await run('new-year', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ต้องระบุ --year');
    const u = await run('new-year', file, '--year', '2569', '--unit', 'ไม่มี');
    expect(u.code).toBe(1);
    expect(u.err).toContain('ไม่พบหน่วยงาน "ไม่มี"');
  });
});

describe('ita library and ita add-measure', () => {
  it('library prints an indicator\'s approach and entries; --json is the whole data', async () => {
    const r = await run('library', '--indicator', '7');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร');
    expect(r.out).toContain('7.approach  แนวทางการพัฒนา:');
    for (const e of LIBRARY.filter((x) => x.indicator === '7')) expect(r.out).toContain(`  ${e.id}  ${e.measure}`);
    expect(r.out).not.toContain('9.procurement');
    const json = JSON.parse((await run('library', '--json')).out);
    expect(json.entries).toHaveLength(LIBRARY.length);
    expect((await run('library', '--indicator', '11')).code).toBe(2);
  });

  it('add-measure adds a complete row for the unit (Settings\' year) and says where; .approach fills the analysis row', async () => {
    const file = join(dir, 'pick.json');
    expect((await run('sample', file)).code).toBe(0);
    const r = await run('add-measure', file, '--unit', 'อบต.นิคมคำสร้อย', '--from-library', '9.procurement');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/เพิ่มมาตรการปีงบประมาณ 2568 ที่ มาตรการ!A\d+: 6\. เผยแพร่แผน ประกาศ และผลการจัดซื้อจัดจ้าง/);
    const a = analyse(await readWorkbook(file));
    const m = a.workbook.measures.filter((x) => x.unit === NIKHOM && x.year === 2568);
    expect(m[m.length - 1]).toMatchObject({ no: '6', indicators: ['9'], status: 'not_started', responsible: 'กองคลัง (งานพัสดุ)' });

    const approach = await run('add-measure', file, '--unit', 'นิคมคำสร้อย', '--from-library', '10.approach');
    expect(approach.code).toBe(0);
    expect(approach.out).toContain('ใส่แนวทางการพัฒนา (ผล ITA 2567) ที่ การวิเคราะห์!A');
    const bad = await run('add-measure', file, '--unit', 'นิคมคำสร้อย', '--from-library', '99.9');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('ไม่พบรหัส "99.9" ในคลังมาตรการ');
  });
});
