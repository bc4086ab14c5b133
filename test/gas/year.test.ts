/**
 * The year's work in Sheets against the fakes (issue 20): เริ่มปีงบประมาณใหม่ from the sidebar and
 * the menu reads each input sheet once and writes each changed sheet with one setValues, under
 * the document lock (a dry run writes nothing); the library comes from its project file, never
 * from Code.js, and a pick is one row written under the lock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { menuNewYear, sidebarAddFromLibrary, sidebarLibrary, sidebarNewYear } from '../../src/gas/main';
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { LIBRARY, LIBRARY_INDICATORS } from '../../src/core/year/library';
import { fakeEnv, snapshotValues, type Env } from './helpers';
import { createFakeDocs } from './fakes/document';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

let env: Env;
let undoDocs = () => {};
afterEach(() => { undoDocs(); env?.uninstall(); });

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const workbookOf = (e: Env) => ({ sheets: Object.fromEntries(e.ss._sheetNames().map((n) => [n, e.ss._sheet(n)._values()])) });

/** seed 000's unit: ITA 2565 scores (indicator 7 to develop) and two measures of 2565. */
function seedYear() {
  return seedWorkbook({
    measures: [header('measures'),
      [SEED000_UNIT, 2565, 1, 'ปรับปรุงเว็บไซต์', '7', 'ตรวจสอบและปรับปรุงเว็บไซต์', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', 'ปรับปรุงแล้ว'],
      [SEED000_UNIT, 2565, 2, 'ประกาศเจตจำนงสุจริต', '10', 'ผู้บริหารประกาศ', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'อยู่ระหว่างดำเนินการ', ''],
    ],
  });
}

describe('sidebarNewYear', () => {
  it('a dry run says what it adds and writes nothing (no lock needed)', () => {
    env = fakeEnv(seedYear());
    const before = snapshotValues(env);
    const r = sidebarNewYear({ year: 2566, dryRun: true });
    expect(r.written).toBe(false);
    expect(r.lines.th.join('\n')).toContain(`${SEED000_UNIT}: ยกมาตรการของปี 2565 มา 2 รายการ`);
    expect(r.lines.th.join('\n')).toContain(`${SEED000_UNIT}: เพิ่มแถววิเคราะห์ผล ITA 2565 ตัวชี้วัด 7`);
    expect(env.calls.count('Range.setValues')).toBe(0);
    expect(snapshotValues(env)).toEqual(before);
  });

  it('writes measures, analysis and Settings: one read per input sheet, one setValues per sheet, under the lock', () => {
    env = fakeEnv(seedYear());
    const r = sidebarNewYear({ year: 2566, dryRun: false });
    expect(r.written).toBe(true);
    expect(r.problems).toEqual([]);
    expect(env.calls.count('Lock.tryLock')).toBe(1);
    expect(env.lock.state.held).toBe(false);
    // settings, units, indicators, scores, measures: read once each (การวิเคราะห์ is new).
    expect(env.calls.count('Range.getValues')).toBe(5);
    expect(env.calls.count('Range.setValues')).toBe(3);
    expect(env.calls.count('Spreadsheet.insertSheet')).toBe(1);
    const a = analyse(workbookOf(env));
    expect(a.problems).toEqual([]);
    expect(a.workbook.settings.fiscalYear).toBe(2566);
    expect(a.workbook.measures.filter((m) => m.year === 2566).map((m) => [m.no, m.title, m.status, m.result]))
      .toEqual([['1', 'ปรับปรุงเว็บไซต์', 'not_started', ''], ['2', 'ประกาศเจตจำนงสุจริต', 'not_started', '']]);
    expect(a.workbook.analysisNotes.map((n) => [n.year, n.code])).toEqual([[2565, '7']]);
  });

  it('the same calls for 1 unit as for 40', () => {
    const counts = [1, 40].map((n) => {
      const grids = buildSampleWorkbook();
      const units = grids.sheets[SHEETS.units.th];
      for (let i = units.length; i <= n; i++) units.push([`องค์การบริหารส่วนตำบลทดสอบ${i}`, 'อบต.', 'อำเภอ', 'จังหวัด', 'นายก', '', '', '']);
      env = fakeEnv(grids);
      expect(sidebarNewYear({ year: 2569, dryRun: false }).written).toBe(true);
      const snapshot = env.calls.snapshot();
      env.uninstall();
      return snapshot;
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('a unit already started is named and left alone; nothing to write writes nothing', () => {
    env = fakeEnv(buildSampleWorkbook());
    sidebarNewYear({ year: 2569, dryRun: false });
    env.calls.reset();
    const again = sidebarNewYear({ year: 2569, unit: 'นาเลียง', dryRun: false });
    expect(again.written).toBe(false);
    expect(again.lines.th.join('\n')).toContain('องค์การบริหารส่วนตำบลนาเลียง: มีมาตรการของปี 2569 แล้ว 7 รายการ');
    expect(env.calls.count('Range.setValues')).toBe(0);
  });
});

describe('menuNewYear', () => {
  it('asks the year (blank: the next one), shows what it adds, writes on OK', () => {
    env = fakeEnv(buildSampleWorkbook());
    env.ui.promptAnswers.push({ text: '', button: 'OK' });
    menuNewYear();
    expect(env.ui.prompts[0].prompt).toContain('เว้นว่าง = 2569');
    expect(env.ui.alerts[0].prompt).toContain('เริ่มปีงบประมาณ พ.ศ. 2569');
    expect(env.ui.alerts[0].prompt).toContain('กด ตกลง เพื่อเพิ่มรายการข้างต้นและตั้งปีงบประมาณเป็น 2569');
    expect(analyse(workbookOf(env)).workbook.settings.fiscalYear).toBe(2569);
  });

  it('Cancel on the preview writes nothing; a year that is no year is said and asked again', () => {
    env = fakeEnv(buildSampleWorkbook());
    const before = snapshotValues(env);
    env.ui.promptAnswers.push({ text: '69', button: 'OK' }, { text: '๒๕๖๙', button: 'OK' });
    env.ui.alertAnswers.push('OK', 'CANCEL');
    menuNewYear();
    expect(env.ui.alerts[0].prompt).toContain('ต้องเป็นปี พ.ศ. 4 หลัก');
    expect(env.ui.alerts[1].prompt).toContain('เริ่มปีงบประมาณ พ.ศ. 2569');
    expect(snapshotValues(env)).toEqual(before);
  });
});

describe('the library in Sheets', () => {
  function withLibrary(grids = buildSampleWorkbook()) {
    env = fakeEnv(grids);
    const docs = createFakeDocs();
    docs.html.files.library = JSON.stringify({ indicators: LIBRARY_INDICATORS, entries: LIBRARY });
    undoDocs = docs.install();
  }

  it('sidebarLibrary reads the project file library.html (its text is not in Code.js)', () => {
    withLibrary();
    const data = sidebarLibrary();
    expect(data.entries).toHaveLength(LIBRARY.length);
    expect(env.calls.count('Range.getValues')).toBe(0);
    const code = join(__dirname, '..', '..', 'dist', 'Code.js');
    if (existsSync(code)) {
      const text = readFileSync(code, 'utf8');
      expect(text).not.toContain(LIBRARY[0].measure);
      expect(text).not.toContain(LIBRARY_INDICATORS[0].approach);
    }
  });

  it('a pick is one complete Measures row, one setValues under the lock; an approach fills the analysis row', () => {
    withLibrary();
    const r = sidebarAddFromLibrary({ unit: 'นิคมคำสร้อย', year: 2568, id: '7.3' });
    expect(r.cell).toMatch(/^มาตรการ!A\d+$/);
    expect(r.message.th).toContain('จัดช่องทางรับฟังความคิดเห็นและตอบข้อซักถามของประชาชน');
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.calls.count('Lock.tryLock')).toBe(1);
    const m = analyse(workbookOf(env)).workbook.measures.filter((x) => x.unit === SEED000_UNIT && x.year === 2568);
    expect(m[m.length - 1]).toMatchObject({ title: LIBRARY.find((e) => e.id === '7.3')!.measure, indicators: ['7'], status: 'not_started' });

    const approach = sidebarAddFromLibrary({ unit: SEED000_UNIT, year: 2568, id: '10.approach' });
    expect(approach.message.th).toContain('ใส่แนวทางการพัฒนาที่ การวิเคราะห์!');
    expect(() => sidebarAddFromLibrary({ unit: SEED000_UNIT, year: 2568, id: 'nope' })).toThrow(/ไม่พบรายการนี้ในคลังมาตรการ/);
  });
});
