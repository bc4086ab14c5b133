/** The ภาพรวม sheet in Sheets: สรุปภาพรวม and คำนวณอันดับ write it, against the fakes. */
import { computeOverview } from '../../src/gas/overview';
import { computeRankings } from '../../src/gas/rankings';
import { FLAG_COLOURS, OVERVIEW_HEADER_ROWS } from '../../src/core/views/overview-sheet';
import { COLOURS, SHEETS } from '../../src/core/workbook/template';
import { logRow } from '../../src/core/workbook/report-log';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';
import { fakeEnv, snapshotValues, type Env } from './helpers';

// 10 May 2023, 14:05 in Bangkok: FY 2566, the 6-month round (ended 31 March) is the one due.
const NOW = new Date('2023-05-10T07:05:00Z');
const bkk = (y: number, m: number, d: number, h = 0): Date => new Date(Date.UTC(y, m - 1, d, h - 7));
const head = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);

const OTHER = 'เทศบาลตำบลทดสอบ';
const EMPTY = 'อบต.ไม่มีมาตรการ';
const measure = (unit: string, no: number, timeline: string, status: string, doneOn: Date | '' = '', updated: Date | '' = ''): unknown[] =>
  [unit, 2566, no, `มาตรการที่ ${no}`, '7', 'วิธีการ', 'สำนักปลัด', timeline, '6, 12', status, '', '', doneOn, updated, ''];

function workbook() {
  const scores = [head('scores'),
    ...Object.entries(SEED000_SCORES).map(([code, s]) => [SEED000_UNIT, 2565, code, s]),
    ...Object.entries(SEED000_SCORES).map(([code, s]) => [OTHER, 2565, code, s - 10])];
  const measures = [head('measures'),
    measure(SEED000_UNIT, 1, 'ไตรมาส 1', 'อยู่ระหว่างดำเนินการ', '', bkk(2023, 3, 2, 9)), // overdue since 31 Dec
    measure(SEED000_UNIT, 2, 'ไตรมาส 2', 'ดำเนินการแล้ว', bkk(2023, 2, 1), bkk(2023, 2, 1, 10)),
    measure(SEED000_UNIT, 3, 'ไตรมาส 3', 'ยกเลิก'),
    measure(OTHER, 1, 'ไตรมาส 2', 'ดำเนินการเรียบร้อยแล้ว', bkk(2023, 1, 5), bkk(2023, 4, 1, 8)),
    measure(OTHER, 2, 'ไตรมาส 3', 'ดำเนินการเรียบร้อยแล้ว', bkk(2023, 4, 28), bkk(2023, 4, 28, 8)),
  ];
  const grids = seedWorkbook({ units: [SEED000_UNIT, OTHER, EMPTY], scores, measures, settings: { fiscal_year: 2566 } });
  const { header, row } = logRow([], {
    time: new Date('2023-04-05T03:00:00Z'), unit: OTHER, year: 2566, round: 6, link: 'https://docs.google.com/document/d/abc', by: 'a@example.com',
    kind: 'progress', asOf: { year: 2023, month: 3, day: 31 }, sharedWith: '', note: '',
  });
  const plan = logRow(header, {
    time: new Date('2023-04-06T03:00:00Z'), unit: SEED000_UNIT, year: 2566, round: null, link: 'https://docs.google.com/document/d/plan', by: 'a@example.com',
    kind: 'plan', asOf: null, sharedWith: '', note: '',
  }).row;
  grids.sheets[SHEETS.reportLog.th] = [header, row, plan];
  return grids;
}

let env: Env;
afterEach(() => env.uninstall());

describe('สรุปภาพรวม writes ภาพรวม: one row per unit, attention first', () => {
  let values: unknown[][];
  let formulas: string[][];
  let backgrounds: string[][];
  let formats: string[][];

  beforeAll(() => {
    env = fakeEnv(workbook());
    const outcome = computeOverview(env.ss as never, 'th', NOW);
    expect(outcome.written).toBe(true);
    const sheet = env.ss._sheet('ภาพรวม');
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), 16);
    [values, formulas, backgrounds, formats] = [range.getValues(), range.getFormulas(), range.getBackgrounds(), range.getNumberFormats()];
  });
  afterAll(() => env.uninstall());

  it('exactly the layout\'s rows; title and subtitle say the year, the day, the round', () => {
    expect(values).toHaveLength(OVERVIEW_HEADER_ROWS + 3);
    expect(values[0][0]).toBe('ภาพรวมหน่วยงาน ปีงบประมาณ 2566 ข้อมูล ณ วันที่ 10 พฤษภาคม 2566');
    expect(values[1][0]).toBe('ต้องติดตาม 2 จาก 3 หน่วยงาน · รายงานรอบ 6 เดือน (สิ้นสุดรอบแล้ว) · คำนวณเมื่อ 10 พฤษภาคม 2566 14:05 น.');
    expect(values[3]).toEqual([
      'หน่วยงาน', 'สิ่งที่ต้องติดตาม', 'ร้อยละที่ดำเนินการแล้ว', 'ความคืบหน้า', 'มาตรการ', 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ',
      'ยกเลิก', 'เกินกำหนด', 'รายงานรอบ 6 เดือน', 'ลิงก์รายงาน', 'แก้ไขล่าสุด', 'ITA ปี', 'คะแนนรวม', 'ระดับ',
    ]);
    expect(backgrounds[3][5]).toBe(COLOURS.status.done);
  });

  it('the unit with nothing first, then the overdue one, the one on track last', () => {
    expect(values.slice(4).map((r) => r[0])).toEqual([EMPTY, SEED000_UNIT, OTHER]);
    expect(values[4].slice(0, 2)).toEqual([EMPTY, 'ยังไม่กรอกมาตรการ, ยังไม่มีรายงานรอบ 6 เดือน, ไม่มีคะแนน ITA']);
    expect(backgrounds[4][1]).toBe(FLAG_COLOURS.noMeasures);
    expect(values[4].slice(2, 5)).toEqual(['–', '', 0]);
    expect(backgrounds[4][4]).toBe(FLAG_COLOURS.noMeasures);
    expect(values[4].slice(13)).toEqual(['–', '–', '–']);
    expect(backgrounds[4][14]).toBe(FLAG_COLOURS.noScores);
  });

  it('counts on the day, cancelled apart; % done of the active ones with its bar in the cell', () => {
    const mine = values[5];
    expect(mine.slice(0, 2)).toEqual([SEED000_UNIT, 'มีมาตรการเกินกำหนด, ยังไม่มีรายงานรอบ 6 เดือน']); // a plan is not a round report
    expect(mine.slice(2, 10)).toEqual([50, '', 3, 1, 1, 0, 1, 1]);
    expect(formulas[5][3]).toBe('=SPARKLINE(50,{"charttype","bar";"max",100;"color1","#cc0000"})');
    expect(formats[5][3]).not.toBe('@'); // under '@' Sheets would keep the formula as text
    expect(backgrounds[5][9]).toBe(COLOURS.overdue);
    expect(backgrounds[5][1]).toBe(FLAG_COLOURS.overdue);
    expect(mine.slice(10, 13)).toEqual(['ยังไม่มี', '', '2 มี.ค. 2566']);
    expect(backgrounds[5][10]).toBe(FLAG_COLOURS.noReport);
    expect(mine.slice(13)).toEqual([2565, 87.57, 'A']);
    expect(backgrounds[5][15]).toBe(COLOURS.level.good);
  });

  it('the unit on track: no flag, its report and link from ประวัติรายงาน, a green bar', () => {
    const other = values[6];
    expect(other.slice(1, 10)).toEqual(['', 100, '', 2, 2, 0, 0, 0, 0]);
    expect(formulas[6][3]).toBe('=SPARKLINE(100,{"charttype","bar";"max",100;"color1","#6aa84f"})');
    expect(other.slice(10, 13)).toEqual(['✓ 5 เม.ย. 2566', 'https://docs.google.com/document/d/abc', '28 เม.ย. 2566']);
    expect(backgrounds[6][1]).toBe('#ffffff');
    expect(formats[6][0]).toBe('@');
  });

  it('is protected (warning only), keeps its header in view, and the toast says how many need attention', () => {
    const sheet = env.ss._sheet('ภาพรวม');
    expect(sheet._protections()[0].isWarningOnly()).toBe(true);
    expect(sheet.getFrozenRows()).toBe(OVERVIEW_HEADER_ROWS);
    expect(env.ss.toasts[env.ss.toasts.length - 1].message).toBe('เขียนชีต "ภาพรวม" เรียบร้อย: ต้องติดตาม 2 จาก 3 หน่วยงาน');
  });
});

describe('ภาพรวม from the other paths', () => {
  it('คำนวณอันดับ writes it too, from the same read; a second run replaces it', () => {
    env = fakeEnv(workbook());
    computeRankings(env.ss as never, 'th', NOW);
    expect(env.ss._sheetNames()).toEqual(expect.arrayContaining(['อันดับ', 'ภาพรวม']));
    const sheet = env.ss._sheet('ภาพรวม');
    expect(sheet._values().slice(4).map((r) => r[0])).toEqual([EMPTY, SEED000_UNIT, OTHER]);
    sheet.getRange(7, 2).setValue('พิมพ์ผิดที่');
    computeRankings(env.ss as never, 'th', NOW);
    expect(env.ss._sheet('ภาพรวม').getSheetId()).toBe(sheet.getSheetId());
    expect(env.ss._sheet('ภาพรวม')._values().flat()).not.toContain('พิมพ์ผิดที่');
    expect(env.ss._sheet('ภาพรวม').getMaxRows()).toBe(OVERVIEW_HEADER_ROWS + 3);
  });

  it('in English for an English-speaking user', () => {
    env = fakeEnv(workbook());
    computeOverview(env.ss as never, 'en', NOW);
    const values = env.ss._sheet('ภาพรวม')._values();
    expect(values[0][0]).toBe('District overview, fiscal year 2566, as of 2023-05-10');
    expect(values[4][1]).toBe('No measures entered, No 6-month report, No ITA scores');
  });

  it('invalid data: nothing written, the problems in a dialog', () => {
    const grids = workbook();
    grids.sheets['มาตรการ'][1][9] = 'เสร็จบางส่วนมั้ง';
    env = fakeEnv(grids);
    const before = snapshotValues(env);
    const outcome = computeOverview(env.ss as never, 'th', NOW);
    expect(outcome.written).toBe(false);
    expect(snapshotValues(env)).toEqual(before);
    expect(env.ss._sheetNames()).not.toContain('ภาพรวม');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toContain('มาตรการ!J2');
  });

  it('the menu item สรุปภาพรวม is in the add-on menu and runs through its entry point', () => {
    env = fakeEnv(workbook());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const main = require('../../src/gas/main') as typeof import('../../src/gas/main');
    main.onOpen();
    const items = env.ui.menus[0].items.filter((i): i is { caption: string; functionName: string } => i !== 'separator');
    expect(items).toContainEqual({ caption: 'สรุปภาพรวม', functionName: 'menuOverview' });
    main.menuOverview();
    expect(env.ss._sheetNames()).toContain('ภาพรวม');
    expect(env.ui.alerts).toEqual([]);
  });
});

describe('the sidebar\'s district card data, in Apps Script', () => {
  it('sidebarData carries the overview of every unit (today\'s picture, the report log read once)', () => {
    env = fakeEnv(workbook());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { sidebarData } = require('../../src/gas/sidebar') as typeof import('../../src/gas/sidebar');
    const state = sidebarData(null, NOW);
    expect(state.overview).toMatchObject({ fiscalYear: 2566, round: 6, asOf: '2023-05-10', roundEnded: true, needingAttention: 2 });
    expect(state.overview?.units.map((u) => [u.unit, u.flags])).toEqual([
      [EMPTY, ['noMeasures', 'noReport', 'noScores']],
      [SEED000_UNIT, ['overdue', 'noReport']],
      [OTHER, []],
    ]);
    expect(state.overview?.units[1]).toMatchObject({ measures: 3, active: 2, done: 1, overdue: 1, percentDone: 50, reported: false });
    expect(state.overview?.units[2].reported).toBe(true);
    expect(env.calls.count('Range.getValues')).toBe(6); // five input sheets and the log
  });
});
