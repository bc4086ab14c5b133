/** คำนวณอันดับ and ตรวจสอบข้อมูล on seed 000's real scores, invalid data and a busy lock. */
import { computeRankings, validateWorkbook } from '../../src/gas/rankings';
import { buildRankingsSheet, NUMBER_FORMATS } from '../../src/core/views/rankings-sheet';
import { analyse } from '../../src/core/workbook/analyse';
import { COLOURS, SHEETS } from '../../src/core/workbook/template';
import { SEED000_ORDER, SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';
import { fakeEnv, snapshotValues, type Env } from './helpers';

const NOW = new Date('2024-03-31T07:05:00Z'); // 14:05 in Bangkok
let env: Env;
afterEach(() => env.uninstall());

describe('rankings of seed 000 (ITA 2565, อบต.นิคมคำสร้อย)', () => {
  let values: unknown[][];
  let backgrounds: string[][];
  let weights: string[][];
  let formats: string[][];

  beforeAll(() => {
    env = fakeEnv(seedWorkbook({ settings: { weak_count: 5 } }));
    const outcome = computeRankings(env.ss as never, 'th', NOW);
    expect(outcome).toEqual({ written: true, problems: [], assessments: 1, years: 1 });
    const sheet = env.ss._sheet('อันดับ');
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), 6);
    [values, backgrounds, weights, formats] = [range.getValues(), range.getBackgrounds(), range.getFontWeights(), range.getNumberFormats()];
  });

  it('writes exactly the layout rows: the sheet has no row left over', () => {
    expect(values).toHaveLength(24);
  });

  it('title, unit block heading, total 87.57 and level A (coloured), tools', () => {
    expect(values[0][0]).toBe('ผลการประเมิน ITA และอันดับ (คำนวณเมื่อ 31 มีนาคม 2567 14:05 น.)');
    expect(values[1]).toEqual(['', '', '', '', '', '']);
    expect(values[2]).toEqual([`${SEED000_UNIT} — ITA ปี 2565`, '', '', '', '', '']);
    expect(weights[2][0]).toBe('bold');
    expect(values[3]).toEqual(['คะแนนรวม', 87.57, 'ระดับ', 'A', 'เปลี่ยนแปลงจากปีก่อน', '']);
    expect(formats[3][1]).toBe(NUMBER_FORMATS.score);
    expect(backgrounds[3][3]).toBe(COLOURS.level.good);
    expect(backgrounds[3][1]).toBe('#ffffff');
    expect(values[4]).toEqual(['IIT', 91.99, 'EIT', 84.71, 'OIT', 86.39]);
  });

  it('the ranking table, cell by cell, in the seed\'s order 1,5,2,4,3,6,10,8,9,7', () => {
    expect(values[5]).toEqual(['อันดับ', 'ตัวชี้วัดที่', 'ตัวชี้วัด', 'คะแนน', 'เปลี่ยนแปลงจากปีก่อน', 'ต้องพัฒนา']);
    expect(backgrounds[5].every((b) => b === COLOURS.header)).toBe(true);
    const table = values.slice(6, 16);
    expect(table.map((r) => r[1])).toEqual(SEED000_ORDER);
    expect(table.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table.map((r) => r[3])).toEqual(SEED000_ORDER.map((c) => SEED000_SCORES[c]));
    expect(table[0]).toEqual([1, '1', 'การปฏิบัติหน้าที่', 94.97, '', '']);
    expect(table[4]).toEqual([5, '3', 'การใช้อำนาจ', 90.55, '', '']);
    expect(table[9]).toEqual([10, '7', 'ประสิทธิภาพการสื่อสาร', 79.63, '', '✓']);
    expect(table.filter((r) => r[5] === '✓').map((r) => r[1])).toEqual(['6', '10', '8', '9', '7']);
    expect(formats[6]).toEqual(['0', '@', '@', '0.00', NUMBER_FORMATS.change, '@']);
  });

  it('highest, lowest and the indicators to develop', () => {
    expect(values[16]).toEqual(['คะแนนสูงสุด', '1', 'การปฏิบัติหน้าที่', 94.97, '', '']);
    expect(values[17]).toEqual(['คะแนนต่ำสุด', '7', 'ประสิทธิภาพการสื่อสาร', 79.63, '', '']);
    expect(values[18]).toEqual(['ประเด็นที่ต้องพัฒนา', '7, 9, 8, 10, 6', 'ประสิทธิภาพการสื่อสาร, การเปิดเผยข้อมูล, การปรับปรุงการทำงาน, การป้องกันการทุจริต, คุณภาพการดำเนินงาน', '', '', '']);
    expect(values[19]).toEqual(['', '', '', '', '', '']);
  });

  it('the ranking of units by total for the year, level coloured', () => {
    expect(values[20][0]).toBe('อันดับหน่วยงานตามคะแนนรวม ITA ปี 2565');
    expect(values[21]).toEqual(['อันดับ', 'หน่วยงาน', '', 'คะแนนรวม', 'ระดับ', '']);
    expect(values[22]).toEqual([1, SEED000_UNIT, '', 87.57, 'A', '']);
    expect(backgrounds[22][4]).toBe(COLOURS.level.good);
    expect(values.slice(23).every((r) => r.every((v) => v === ''))).toBe(true);
  });

  it('is protected (warning only) and matches the pure layout', () => {
    const sheet = env.ss._sheet('อันดับ');
    expect(sheet._protections()[0].isWarningOnly()).toBe(true);
    const layout = buildRankingsSheet(analyse(seedWorkbook({ settings: { weak_count: 5 } })), { computedAt: NOW });
    expect(sheet._values()).toEqual(layout.values.slice(0, 23).map((r) => r)); // trailing blank rows are not "data"
    expect(layout.values).toHaveLength(values.length);
    expect(new Set(layout.values.map((r) => r.length))).toEqual(new Set([6]));
    expect(layout.columnWidths.map((_, i) => sheet.getColumnWidth(i + 1))).toEqual(layout.columnWidths);
  });
});

describe('rankings: recomputing', () => {
  it('replaces the old output entirely, keeps the sheet and its protection, touches no input sheet', () => {
    const scores = seedWorkbook().sheets[SHEETS.scores.th];
    const rows = [...scores, ...scores.slice(1).map((r) => [r[0], 2566, r[2], Math.min(100, (r[3] as number) + 1)])];
    env = fakeEnv(seedWorkbook({ scores: rows }));
    computeRankings(env.ss as never, 'th', NOW);
    const sheet = env.ss._sheet('อันดับ');
    const id = sheet.getSheetId();
    expect(sheet.getMaxRows()).toBe(46);
    sheet.getRange(40, 1).setValue('พิมพ์ผิดที่');
    sheet.getRange(3, 1).setBackground('#000000');
    const inputs = snapshotValues(env);
    delete inputs['อันดับ'];

    env.ss._sheet('คะแนน').deleteRows(12, 10); // back to one year
    computeRankings(env.ss as never, 'th', NOW);
    const after = env.ss._sheet('อันดับ');
    expect(after.getSheetId()).toBe(id);
    expect(after._protections()).toHaveLength(1);
    expect(after.getMaxRows()).toBe(24);
    expect(after.getRange(3, 1).getBackground()).toBe('#ffffff');
    expect(after._values().flat()).not.toContain('พิมพ์ผิดที่');
    expect(env.ss._sheet('ตั้งค่า')._values()).toEqual(inputs['ตั้งค่า']);
  });

  it('shows the change from the previous ITA year', () => {
    const scores = seedWorkbook().sheets[SHEETS.scores.th];
    const rows = [...scores, ...scores.slice(1).map((r) => [r[0], 2564, r[2], (r[3] as number) - 2])];
    env = fakeEnv(seedWorkbook({ scores: rows }));
    computeRankings(env.ss as never, 'th', NOW);
    const values = env.ss._sheet('อันดับ')._values();
    const block2565 = values.findIndex((r) => r[0] === `${SEED000_UNIT} — ITA ปี 2565`);
    expect(values[block2565 + 1]).toEqual(['คะแนนรวม', 87.57, 'ระดับ', 'A', 'เปลี่ยนแปลงจากปี 2564', 2]);
    expect(values[block2565 + 4]).toEqual([1, '1', 'การปฏิบัติหน้าที่', 94.97, 2, '']);
  });

  it('writes English labels for an English-speaking user', () => {
    env = fakeEnv(seedWorkbook());
    computeRankings(env.ss as never, 'en', NOW);
    const values = env.ss._sheet('อันดับ')._values();
    expect(values[0][0]).toBe('ITA results and rankings (computed 2024-03-31 14:05)');
    expect(values[3].slice(0, 4)).toEqual(['Total', 87.57, 'Level', 'A']);
  });
});

describe('rankings on invalid data', () => {
  it('writes nothing and lists each problem with sheet!cell', () => {
    const grids = seedWorkbook();
    grids.sheets['คะแนน'][3][3] = 'เก้าสิบ';
    grids.sheets['คะแนน'].push(['อบต.ไม่มีจริง', 2565, 1, 90]);
    env = fakeEnv(grids);
    const before = snapshotValues(env);
    const outcome = computeRankings(env.ss as never, 'th', NOW);
    expect(outcome.written).toBe(false);
    expect(snapshotValues(env)).toEqual(before);
    expect(env.ss._sheetNames()).not.toContain('อันดับ');
    for (const name of ['setValues', 'setBackgrounds', 'setFontWeights', 'setNumberFormats', 'setValue']) expect(env.calls.count(`Range.${name}`)).toBe(0);
    expect(env.ui.alerts).toHaveLength(1);
    const [alert] = env.ui.alerts;
    expect(alert.title).toBe('พบปัญหาในข้อมูล 2 รายการ');
    expect(alert.prompt).toContain('ยังไม่ได้เขียนผลใด ๆ');
    expect(alert.prompt).toContain('• คะแนน!D4: ค่า "เก้าสิบ" ไม่ใช่ตัวเลข');
    expect(alert.prompt).toContain('• คะแนน!A12: ไม่พบหน่วยงาน "อบต.ไม่มีจริง" ในชีตหน่วยงาน');
  });

  it('lists the first 50 problems and counts the rest', () => {
    const grids = seedWorkbook();
    for (let i = 0; i < 60; i++) grids.sheets['คะแนน'].push(['อบต.ไม่มีจริง', 2565, 1, 90]);
    env = fakeEnv(grids);
    computeRankings(env.ss as never, 'th', NOW);
    const lines = env.ui.alerts[0].prompt.split('\n');
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(50);
    expect(lines[lines.length - 1]).toBe('…และอีก 10 รายการ');
    expect(env.ui.alerts[0].title).toBe('พบปัญหาในข้อมูล 60 รายการ');
  });

  it('ตรวจสอบข้อมูล lists problems the same way, or says all is well', () => {
    const grids = seedWorkbook();
    grids.sheets['คะแนน'][3][3] = 101;
    env = fakeEnv(grids);
    expect(validateWorkbook(env.ss as never, 'th').map((p) => p.cell)).toEqual(['D4']);
    expect(env.ui.alerts[0].prompt).toContain('คะแนน!D4');
    env.uninstall();
    env = fakeEnv(seedWorkbook());
    expect(validateWorkbook(env.ss as never, 'th')).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.ss.toasts[env.ss.toasts.length - 1].message).toBe('ข้อมูลถูกต้อง ไม่พบปัญหา');
    expect(env.ss._sheetNames()).not.toContain('อันดับ');
  });
});

describe('rankings while another user holds the lock', () => {
  it('says so in Thai and writes nothing', () => {
    env = fakeEnv(seedWorkbook());
    env.lock.state.heldByOther = true;
    const before = snapshotValues(env);
    // Through the menu entry point, as a user would run it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { menuComputeRankings } = require('../../src/gas/main') as typeof import('../../src/gas/main');
    menuComputeRankings();
    expect(snapshotValues(env)).toEqual(before);
    expect(env.ss._sheetNames()).not.toContain('อันดับ');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toContain('ผู้ใช้อื่นกำลังปรับปรุงสมุดงานนี้อยู่');
    expect(env.ui.alerts[0].prompt).toContain('ยังไม่มีการเขียนข้อมูลใด ๆ');
    expect(env.calls.count('Spreadsheet.getSheets')).toBe(0); // gave up before reading
  });

  it('the same for setup', () => {
    env = fakeEnv();
    env.lock.state.heldByOther = true;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { menuSetupTemplate } = require('../../src/gas/main') as typeof import('../../src/gas/main');
    menuSetupTemplate();
    expect(env.ss._sheetNames()).toEqual(['ชีต1']);
    expect(env.ui.alerts[0].prompt).toContain('ผู้ใช้อื่นกำลังปรับปรุงสมุดงานนี้อยู่');
  });
});

describe('the endless progress toast never outlives a failed run', () => {
  const lastToast = () => env.ss.toasts[env.ss.toasts.length - 1];
  const failReads = () => Object.assign(env.ss, { getSheets: () => { throw new Error('Exception: Service Spreadsheets failed'); } });

  it('คำนวณอันดับ, ตรวจสอบข้อมูล and ตั้งค่าแม่แบบ replace their "กำลัง…" toast before the error shows', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { setupTemplate } = require('../../src/gas/setup') as typeof import('../../src/gas/setup');
    const runs: [string, () => unknown][] = [
      ['rankings', () => computeRankings(env.ss as never, 'th', NOW)],
      ['validate', () => validateWorkbook(env.ss as never, 'th')],
      ['setup', () => setupTemplate(env.ss as never, 'th')],
    ];
    for (const [name, run] of runs) {
      env = fakeEnv(seedWorkbook());
      failReads();
      expect(run).toThrow('Service Spreadsheets failed');
      expect(env.ss.toasts[0].timeout).toBe(-1); // the progress toast…
      expect({ name, ...lastToast() }).toEqual({ name, message: '', title: 'ITA Tracker', timeout: 1 }); // …replaced
      env.uninstall();
    }
    env = fakeEnv();
  });
});
