/**
 * The year-start document in Apps Script (issue 12): the DocumentApp renderer on a plan, and
 * generatePlan / the menu / the sidebar against the counting fakes.
 */
import type { WorkbookGrids } from '../../src/core/engine/types';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { buildPlan } from '../../src/core/documents';
import { renderReportBody } from '../../src/gas/document-renderer';
import { generatePlan, generatePlanFromMenu, sidebarGeneratePlan } from '../../src/gas/plan';
import * as main from '../../src/gas/main';
import { setClock } from '../../src/core/engine/clock';
import { setupTemplate } from '../../src/gas/setup';
import { fakeEnv, installFakes, snapshotValues, type Env } from './helpers';
import { createFakeDocs, setActiveCell, withPrompts, FakeBody, FakeHtmlOutput, FakeParagraph, FakeTable, type FakeDocs } from './fakes/document';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const OTHER = 'เทศบาลตำบลทดสอบ';
const NOW = new Date(Date.UTC(2022, 9, 15, 3)); // 15 ตุลาคม 2565

function measures(unit: string, n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [
    unit, 2566, String(i + 1), `มาตรการที่ ${i + 1}`, ['7', '9', '8', '10'][i % 4], `วิธีการ ${i + 1}`, 'สำนักปลัด',
    `ไตรมาส ${(i % 4) + 1}`, '6, 12', 'ยังไม่ดำเนินการ', '', '', '', '', '',
  ]);
}

/** Notes for every indicator each unit's plan lists to develop (7, 9, 8, 10, 6): the plan can be made and signed. */
const fullNotes = (unit: string): unknown[][] => [
  [unit, 2565, '7', 'ช่องทางการสื่อสารยังไม่หลากหลาย', 'เพิ่มช่องทางการสื่อสาร'],
  [unit, 2565, '9', 'ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน', 'ปรับปรุงข้อมูลทุกเดือน'],
  [unit, 2565, '8', 'ผู้รับบริการมีส่วนร่วมน้อย', 'เปิดรับข้อเสนอแนะ'],
  [unit, 2565, '10', 'มาตรการป้องกันการทุจริตยังไม่ครบ', 'ประกาศมาตรการเพิ่มเติม'],
  [unit, 2565, '6', 'ขั้นตอนการให้บริการไม่ชัดเจน', 'จัดทำคู่มือการให้บริการ'],
];

/**
 * Seed 000's scores (ITA 2565) for each unit, `n` FY 2566 measures each; notes 'full' for every unit,
 * 'partial' (7 and 9 of the first unit only: 8, 10, 6 missing) or none.
 */
function grids(n = 4, units = [SEED000_UNIT], notes: 'full' | 'partial' | false = 'full'): WorkbookGrids {
  const g = seedWorkbook({
    units,
    settings: { fiscal_year: 2566, weak_count: 5 },
    measures: [header('measures'), ...units.flatMap((u) => measures(u, n))],
  });
  const scores = g.sheets[SHEETS.scores.th];
  for (const u of units.slice(1)) scores.push(...scores.slice(1, 11).map((r) => [u, ...r.slice(1)]));
  if (notes === 'full') g.sheets[SHEETS.analysis.th] = [header('analysis'), ...units.flatMap(fullNotes)];
  if (notes === 'partial') g.sheets[SHEETS.analysis.th] = [header('analysis'), ...fullNotes(SEED000_UNIT).slice(0, 2)];
  return g;
}


const textOf = (body: FakeBody): string => body._all().map((c) => (c instanceof FakeParagraph ? c._text() : '')).join('\n');

describe('renderReportBody on a plan (DocumentApp)', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => undefined, (e, d) => { env = e; docs = d; });

  function render(n: number): { body: FakeBody; calls: Record<string, number> } {
    const plan = buildPlan(analyse(grids(n)), { unit: SEED000_UNIT, date: { year: 2022, month: 10, day: 15 } });
    const doc = docs.documentApp.create(plan.meta.name);
    env.calls.reset();
    renderReportBody(doc.getBody() as unknown as GoogleAppsScript.Document.Body, plan);
    return { body: doc.body, calls: env.calls.snapshot() };
  }

  it('the same renderer lays out the plan: its three tables, each one appendTable', () => {
    const { body } = render(10);
    const tables = body._all().filter((c): c is FakeTable => c instanceof FakeTable);
    expect(tables.map((t) => t._cells()[0][0])).toEqual(['อันดับ', 'ตัวชี้วัด (คะแนน)', 'มาตรการ']);
    expect(tables[2]._cells()[0]).toEqual(['มาตรการ', 'ตัวชี้วัด', 'ขั้นตอน/วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม']);
    expect(tables[2].getNumRows()).toBe(1 + 10);
    expect(tables[2]._cells()[1]).toEqual(['๑. มาตรการที่ ๑', '๗. ประสิทธิภาพการสื่อสาร', 'วิธีการ ๑', 'สำนักปลัด', 'ไตรมาส ๑', 'รายงานผลการดำเนินงานตามมาตรการ\nรอบ ๖ เดือน\nรอบ ๑๒ เดือน']);
    expect(tables[0].rows[0].cells.every((c) => c.background === '#cfe2f3')).toBe(true);
    const text = textOf(body);
    expect(text.startsWith('มาตรการส่งเสริมคุณธรรมและความโปร่งใส')).toBe(true);
    expect(text).toContain('ได้คะแนน ๘๗.๕๗ คะแนน อยู่ในระดับ “A”');
    expect(text).toContain('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ.\u00a0๒๕๖๕');
    expect(text).toContain('นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย');
    // The closing formula leads the signature, indented as official prose (2.5 cm), the date centred under it.
    const paragraphs = body._all().filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const closing = paragraphs.findIndex((p) => p._text() === 'จึงประกาศให้ทราบโดยทั่วกัน');
    expect(paragraphs[closing].attrs).toMatchObject({ INDENT_FIRST_LINE: 70.87, HORIZONTAL_ALIGNMENT: 'LEFT' });
    expect(paragraphs[closing + 1]._text()).toBe('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ.\u00a0๒๕๖๕');
    expect(body.fontFamily).toBe('Sarabun');
  });

  it('makes the same service calls for 10 and for 300 measures', () => {
    const small = render(10);
    const large = render(300);
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['Body.appendTable']).toBe(3);
  });
});

describe('generatePlan', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(4, [SEED000_UNIT, OTHER]), (e, d) => { env = e; docs = d; });

  it('creates the Google Doc and logs it as มาตรการประจำปี, no round, no as-of day', () => {
    const r = generatePlan({ unit: SEED000_UNIT }, { now: () => NOW });
    expect(r.name).toBe(`${SEED000_UNIT} มาตรการ ITA ประจำปี 2566`);
    expect(r.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(docs.documentApp.documents).toHaveLength(1);
    expect(docs.documentApp.documents[0].saved).toBe(true);
    // Every note is there: a plan to sign, no draft mark.
    expect(r.missingNotes).toEqual([]);
    expect(docs.documentApp.documents[0].header).toBeNull();
    // 15 October 2565 is in FY 2566: the plan is dated today, no date warning.
    expect(textOf(docs.documentApp.documents[0].body)).toContain('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ.\u00a0๒๕๖๕');
    expect(r.warning?.th).not.toContain('วันนี้ไม่อยู่ในช่วงประกาศ');
    // No measure addresses 6; the executive's name is blank: the person is told both, the document says neither.
    expect(r.warning?.th).toContain('6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ');
    expect(r.warning?.th).toContain('คอลัมน์ "ชื่อผู้บริหาร"');
    expect(textOf(docs.documentApp.documents[0].body)).not.toContain('ยังไม่มีมาตรการรองรับ');
    const log = env.ss._sheet(SHEETS.reportLog.th)._values();
    expect(log[0]).toEqual(SHEETS.reportLog.columns.map((c) => c.th));
    expect(log[1]).toEqual([NOW, SEED000_UNIT, 2566, '', r.url, 'staff@example.go.th', 'มาตรการประจำปี', '', '', r.warning?.th, r.pdfUrl]);
    expect(r.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(env.lock.state.held).toBe(false);
  });

  it('today outside FY 2566 and the months before it: dotted spaces and a warning; `date` sets it (CE or BE)', () => {
    const later = () => new Date(Date.UTC(2026, 11, 1, 3));
    const undated = generatePlan({ unit: SEED000_UNIT }, { now: later });
    expect(textOf(docs.documentApp.documents[0].body)).toContain('ประกาศ ณ วันที่ ........ เดือน .................... พ.ศ. ........');
    expect(undated.warning?.th).toMatch(/^วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. 2566.* ยังไม่มีมาตรการรองรับ/);
    const log = env.ss._sheet(SHEETS.reportLog.th)._values();
    expect(log[1][9]).toBe(undated.warning?.th);
    const dated = generatePlan({ unit: SEED000_UNIT, date: '2565-09-01' }, { now: later });
    expect(textOf(docs.documentApp.documents[1].body)).toContain('ประกาศ ณ วันที่ ๑ กันยายน พ.ศ.\u00a0๒๕๖๕');
    expect(dated.warning?.th).not.toContain('วันนี้ไม่อยู่ในช่วงประกาศ');
    expect(() => generatePlan({ unit: SEED000_UNIT, date: '1/9/2565' }, { now: later })).toThrow('วันที่ "1/9/2565" (date) ต้องเป็นแบบ YYYY-MM-DD');
    expect(docs.documentApp.documents).toHaveLength(2);
  });

  it('missing options come from the workbook: the first unit, Settings\' year and digits', () => {
    const r = main.generatePlan();
    expect(r.name).toBe(`${SEED000_UNIT} มาตรการ ITA ประจำปี 2566`);
    expect(textOf(docs.documentApp.documents[0].body)).toContain('๘๗.๕๗');
  });

  it('bad input: a Thai error naming what is missing and where it goes; no document, nothing written', () => {
    const before = snapshotValues(env);
    expect(() => generatePlan({ unit: 'ไม่มี' })).toThrow('ไม่พบหน่วยงาน "ไม่มี" ในชีตหน่วยงาน');
    expect(() => generatePlan({ unit: OTHER, year: 2567 })).toThrow(`ยังไม่มีมาตรการของ${OTHER} ปีงบประมาณ พ.ศ. 2567`);
    expect(() => generatePlan({ unit: OTHER, year: 2565 })).toThrow('กรอกคะแนนรายตัวชี้วัดของปี 2564 ในชีต "คะแนน"');
    expect(docs.documentApp.documents).toHaveLength(0);
    expect(snapshotValues(env)).toEqual(before);
  });
});

describe('menu สร้างเอกสารมาตรการประจำปี', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(4, [SEED000_UNIT, OTHER]), (e, d) => { env = e; docs = d; });

  it('asks the unit, then shows the link and the warning in a dialog', () => {
    const asked = withPrompts(env.ui, ['2']);
    setClock(new Date('2025-11-10T03:00:00Z')); // after FY 2566 and the months before it
    try { main.menuGeneratePlan(); } finally { setClock(null); }
    expect(asked.map((a) => a.title)).toEqual(['สร้างเอกสารมาตรการประจำปีของหน่วยงานใด']);
    expect(docs.documentApp.documents[0].name).toBe(`${OTHER} มาตรการ ITA ประจำปี 2566`);
    const html = (env.ui.dialogs[0].html as FakeHtmlOutput).getContent();
    expect(html).toContain('สร้างเอกสารมาตรการประจำปีแล้ว');
    expect(html).toContain(`<a href="${docs.documentApp.documents[0].getUrl()}" target="_blank"`);
    expect(html).toContain('ตัวชี้วัดที่ต้องพัฒนา 6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ');
    // The clock is after FY 2566: the date warning comes first in the same dialog.
    expect(html).toContain('วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. 2566');
  });

  it('takes the active row\'s unit in มาตรการ; an error is an alert and makes nothing', () => {
    setActiveCell(env.ss as never, SHEETS.measures.th, 2);
    const asked = withPrompts(env.ui, []);
    const made = generatePlanFromMenu(env.ss as never, 'th', { now: () => NOW });
    expect(asked).toHaveLength(0);
    expect(made?.name).toBe(`${SEED000_UNIT} มาตรการ ITA ประจำปี 2566`);

    env.ss._sheet(SHEETS.measures.th).getRange(2, 2, 8, 1).setValues(Array.from({ length: 8 }, () => [2570]));
    const none = generatePlanFromMenu(env.ss as never, 'th', { now: () => NOW });
    expect(none).toBeNull();
    expect(env.ui.alerts[0].prompt).toContain(`ยังไม่มีมาตรการของ${SEED000_UNIT} ปีงบประมาณ พ.ศ. 2566`);
    expect(docs.documentApp.documents).toHaveLength(1);
  });
});

describe('sidebarGeneratePlan', () => {
  let docs: FakeDocs;
  installFakes(() => grids(2), (_e, d) => { docs = d; });

  it('the card\'s date is the announcement date', () => {
    sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: true, date: '2022-09-28' }, { now: () => new Date(Date.UTC(2026, 11, 1, 3)) });
    expect(textOf(docs.documentApp.documents[0].body)).toContain('ประกาศ ณ วันที่ ๒๘ กันยายน พ.ศ.\u00a0๒๕๖๕');
  });

  it('returns the link and the warning; bad options are refused in both languages', () => {
    const r = sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: false }, { now: () => NOW });
    expect(r.name).toBe(`${SEED000_UNIT} มาตรการ ITA ประจำปี 2566`);
    expect(r.warning?.en).toContain('have no measure');
    expect(textOf(docs.documentApp.documents[0].body)).toContain('87.57');
    expect(() => sidebarGeneratePlan({ unit: SEED000_UNIT, year: 66, thaiDigits: true } as never)).toThrow(/ITA_ERROR:.*ปีงบประมาณ/);
    expect(() => sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: true, date: 'พรุ่งนี้' })).toThrow(/ITA_ERROR:/);
    expect(() => sidebarGeneratePlan({ unit: 'ไม่มี', year: 2566, thaiDigits: true })).toThrow(/ITA_ERROR:.*ไม่พบหน่วยงาน/);
    expect(() => sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: true, draft: 'yes' } as never)).toThrow(/ITA_ERROR:.*สร้างเป็นฉบับร่าง/);
  });
});

describe('ตั้งค่าแม่แบบ and the การวิเคราะห์ sheet', () => {
  let env: Env;
  afterEach(() => env.uninstall());

  it('adds the sheet to a workbook made before it existed, with unit and indicator dropdowns, once', () => {
    const old = grids(2, [SEED000_UNIT], false);
    env = fakeEnv(old);
    const first = setupTemplate(env.ss as never, 'th');
    expect(first.createdSheets).toContain('การวิเคราะห์');
    const sheet = env.ss._sheet('การวิเคราะห์');
    expect(sheet._values()[0]).toEqual(header('analysis'));
    expect(sheet.getRange(2, 1).getDataValidation()?._describe().values[0]).toBe('หน่วยงาน!A2:A1000');
    expect(sheet.getRange(2, 3).getDataValidation()?._describe().values[0]).toBe('ตัวชี้วัด!B2:B1000');
    sheet.getRange(2, 1, 1, 5).setValues([[SEED000_UNIT, 2565, '7', 'ประเด็น', 'แนวทาง']]);
    const second = setupTemplate(env.ss as never, 'th');
    expect(second.createdSheets).toEqual([]);
    expect(second.addedColumns).toBe(0);
    // The template's ทบทวน column (issue 20) is added to the header; the row gets its blank cell.
    expect(env.ss._sheet('การวิเคราะห์')._values()[1]).toEqual([SEED000_UNIT, 2565, '7', 'ประเด็น', 'แนวทาง', '']);
  });
});

describe('the menu and the sidebar on a plan with a missing note (issue 19)', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(2, [SEED000_UNIT], 'partial'), (e, d) => { env = e; docs = d; });

  it('generatePlan: a missing analysis note refuses it: the cells to fill named, no document, nothing written; draft makes it marked ร่าง (issue 19)', () => {
    const before = snapshotValues(env);
    expect(() => generatePlan({ unit: SEED000_UNIT }, { now: () => NOW })).toThrow(/สร้างเอกสารมาตรการประจำปีไม่ได้: ชีต "การวิเคราะห์"[^]*- การวิเคราะห์ \(เพิ่มแถว\): หน่วยงาน องค์การบริหารส่วนตำบลนิคมคำสร้อย ปีงบประมาณ 2565 ตัวชี้วัด 8/);
    expect(docs.documentApp.documents).toHaveLength(0);
    expect(snapshotValues(env)).toEqual(before);
    const draft = generatePlan({ unit: SEED000_UNIT, draft: true }, { now: () => NOW });
    expect(draft.missingNotes).toEqual(['8', '10', '6']);
    expect(draft.warning?.th).toContain('ฉบับร่าง: ยังขาดบทวิเคราะห์ 3 รายการ');
    const doc = docs.documentApp.documents[0];
    expect(doc.header?.getText()).toBe('ร่าง');
    expect(doc.header?.getParagraphs()[0].attrs).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'RIGHT' });
    expect(doc.body.getText()).toContain('[กรอกประเด็นที่ต้องพัฒนา]');
    expect(textOf(doc.body)).not.toContain('ร่าง\n');
  });

  it('the menu says the same as ita plan and makes nothing', () => {
    const made = generatePlanFromMenu(env.ss as never, 'th', { now: () => NOW });
    expect(made).toBeNull();
    expect(env.ui.alerts[0].prompt).toContain('ชีต "การวิเคราะห์" ยังไม่มีประเด็นที่ต้องพัฒนาหรือแนวทางการพัฒนา');
    expect(env.ui.alerts[0].prompt).toContain('ตัวชี้วัด 10 การป้องกันการทุจริต');
    expect(docs.documentApp.documents).toHaveLength(0);
  });

  it('the sidebar says it in both languages and makes nothing; its draft checkbox makes the draft', () => {
    expect(() => sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: true }, { now: () => NOW })).toThrow(/ITA_ERROR:.*การวิเคราะห์/);
    expect(docs.documentApp.documents).toHaveLength(0);
    const r = sidebarGeneratePlan({ unit: SEED000_UNIT, year: 2566, thaiDigits: true, draft: true }, { now: () => NOW });
    expect(r.warning?.th).toContain('ฉบับร่าง');
    expect(docs.documentApp.documents[0].header?.getText()).toBe('ร่าง');
  });
});
