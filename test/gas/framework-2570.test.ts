/**
 * The add-on reads the framework from the workbook's ตัวชี้วัด sheet (src/gas/workbook.ts reads
 * every input sheet as grids; core/workbook.ts parses it), so the made-up ITA 2570 framework of
 * four tools, typed as rows into a set-up template, gives คำนวณอันดับ, the dashboard and the
 * Google Doc report from those rows, against the fakes.
 */
import { setupTemplate } from '../../src/gas/setup';
import { computeRankings } from '../../src/gas/rankings';
import { generateReport } from '../../src/gas/report';
import { sidebarData } from '../../src/gas/sidebar';
import { ITA_LEVEL } from '../../src/gas/main';
import { SHEETS } from '../../src/core/workbook/template';
import { fakeEnv, installFakes, type Env } from './helpers';
import type { FakeDocs } from './fakes/document';
import { ALPHA, BETA, GAMMA, XIT_NAME, framework2570Workbook } from '../fixtures/framework2570';

const NOW = new Date('2028-04-10T03:00:00Z'); // 10 เมษายน 2571, 10:00 in Bangkok
const MEASURES = [
  [ALPHA, 2571, '1', 'มาตรการเปิดเวทีประชาคม', 'X1, X2', 'จัดเวทีรับฟังความคิดเห็น', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว'],
];

/** A set-up template, then the rows typed in: units, the framework sheet (its 2570 rows and tool names), scores, a measure. */
function typedIn(env: Env): void {
  setupTemplate(env.ss as never, 'th');
  const rows = framework2570Workbook().sheets;
  const type = (sheet: string, grid: unknown[][]) => {
    const width = grid[0].length;
    env.ss._sheet(sheet).getRange(1, 1, grid.length, width).setValues(grid.map((r) => [...r, ...Array(width - r.length).fill('')]));
  };
  for (const key of ['units', 'indicators', 'scores'] as const) type(SHEETS[key].th, rows[SHEETS[key].th]);
  env.ss._sheet(SHEETS.measures.th).getRange(2, 1, MEASURES.length, MEASURES[0].length).setValues(MEASURES);
  env.ss._sheet(SHEETS.settings.th).getRange(2, 2).setValue(2571); // ปีงบประมาณ
}

describe('a 2570 framework of four tools in the add-on', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => undefined, (e, d) => { env = e; docs = d; });
  beforeEach(() => typedIn(env));

  it('the template\'s tool column offers IIT, EIT, OIT but lets a new code through (a warning, not a stop)', () => {
    const rule = env.ss._sheet(SHEETS.indicators.th).getRange(2, 4).getDataValidation()?._describe();
    expect(rule).toMatchObject({ type: 'VALUE_IN_LIST', values: [['IIT', 'EIT', 'OIT'], true], allowInvalid: true });
  });

  it('คำนวณอันดับ writes the four tools in the framework\'s order, GAMMA\'s missing XIT and the 2570 ranking', () => {
    expect(computeRankings(env.ss as never, 'th', NOW)).toMatchObject({ written: true, problems: [] });
    const values = env.ss._sheet(SHEETS.rankings.th)._values();
    const block = values.findIndex((r) => r[0] === `${ALPHA} — ITA ปี 2570`);
    expect(values[block + 1].slice(0, 4)).toEqual(['คะแนนรวม', 91.2, 'ระดับ', 'ผ่าน']);
    expect(values[block + 2]).toEqual(['IIT', 95, 'EIT', 91, 'XIT', 82]);
    expect(values[block + 3]).toEqual(['OIT', 98, '', '', '', '']);
    expect(values.some((r) => String(r[1]).includes('ไม่มีคะแนนเครื่องมือ XIT (ตัวชี้วัด!D16)'))).toBe(true);
    const units = values.findIndex((r) => String(r[0]).includes('2570') && r[0] !== `${ALPHA} — ITA ปี 2570` && !String(r[0]).includes('—'));
    expect(values.slice(units + 2, units + 5).map((r) => [r[0], r[1], r[3]])).toEqual([[1, BETA, 96], [2, ALPHA, 91.2], [3, GAMMA, 90]]);
  });

  it('the dashboard gives ALPHA\'s four tools in order and XIT as what holds the level', () => {
    const state = sidebarData(ALPHA, NOW);
    expect(state.dashboard?.latest).toMatchObject({ year: 2570, total: 91.2, level: 'ผ่าน', heldBy: { tools: ['XIT'], mark: 85 } });
    expect(Object.entries(state.dashboard?.latest?.tools ?? {})).toEqual([['IIT', 95], ['EIT', 91], ['XIT', 82], ['OIT', 98]]);
    expect(state.dashboard?.latest?.indicators.find((i) => i.code === 'X1')).toMatchObject({ tool: 'XIT', score: 80, weak: true });
  });

  it('สร้างรายงาน makes the Google Doc whose tools sentence names the four tools in order', () => {
    const made = generateReport({ unit: ALPHA, round: 6, thaiDigits: false }, { now: () => NOW });
    expect(made.name).toBe(`${ALPHA} รายงานมาตรการ ITA 2571 รอบ 6 เดือน`);
    const text = docs.documentApp.documents[0].body._all().map((c) => ('getText' in c ? (c as { getText: () => string }).getText() : '')).join('\n');
    expect(text).toContain('คะแนนรายเครื่องมือ ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 95.00 คะแนน'
      + ' แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 91.00 คะแนน'
      + ` ${XIT_NAME} (XIT) 82.00 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 98.00 คะแนน ซึ่งคะแนนของ XIT ต่ำกว่า 85 คะแนน`);
  });
});

describe('a workbook made with the rows already in it', () => {
  let env: Env;
  afterEach(() => env.uninstall());
  it('gives the same figures without the template step', () => {
    env = fakeEnv(framework2570Workbook());
    expect(computeRankings(env.ss as never, 'th', NOW)).toMatchObject({ written: true, problems: [], years: 2 });
  });
});

describe('=ITA_LEVEL with a fourth tool', () => {
  it('IIT, EIT, OIT, then the framework\'s further tools: each must meet the mark', () => {
    expect(ITA_LEVEL(91.2, 2570, 95, 91, 98, 82)).toBe('ผ่าน');
    expect(ITA_LEVEL(91.2, 2570, 95, 91, 98, 88)).toBe('ผ่านดี');
    expect(ITA_LEVEL(96, 2570, 96, 96, 96, [[96]])).toBe('ผ่านดีเยี่ยม');
    expect(ITA_LEVEL(90, 2570, 90, 90, 90, '')).toBe('ผ่าน'); // the fourth tool left blank: not scored
  });
});
