/**
 * The Google Doc renderer and the report entry points against the counting fakes.
 */
import type { WorkbookGrids } from '../../src/core/engine/types';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { buildReport, CONTENT_WIDTH_PT, REPORT_STYLE, type ChartBlock } from '../../src/core/documents';
import { chartsServiceImage, renderReportBody } from '../../src/gas/document-renderer';
import { generateAllReportsIn, generateReport, generateReportFromMenu, showAllReportsSummary } from '../../src/gas/report';
import * as main from '../../src/gas/main';
import { fakeEnv, installFakes, type Env } from './helpers';
import { createFakeDocs, setActiveCell, withPrompts, FakeBody, FakeHtmlOutput, FakeParagraph, FakeTable, type FakeDocs } from './fakes/document';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const OTHER = 'เทศบาลตำบลทดสอบ';
const THIRD = 'องค์การบริหารส่วนตำบลตัวอย่าง';

function measures(unit: string, n: number): unknown[][] {
  const statuses = ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการเรียบร้อยแล้ว'];
  return Array.from({ length: n }, (_, i) => [
    unit, 2566, String(i + 1), `มาตรการที่ ${i + 1}`, ['7', '9', '8', '10'][i % 4], `วิธีการ ${i + 1}`, 'สำนักปลัด',
    `ไตรมาส ${(i % 4) + 1}`, '6, 12', statuses[i % 3], i % 3 === 2 ? 'ดำเนินการแล้ว' : '', '', '', '', '',
  ]);
}

function grids(n = 4, units = [SEED000_UNIT]) {
  return seedWorkbook({
    units,
    settings: { fiscal_year: 2566, weak_count: 5 },
    measures: [header('measures'), ...units.flatMap((u) => measures(u, n))],
  });
}

const ASOF = { year: 2023, month: 4, day: 10 };


describe('renderReportBody (DocumentApp)', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => undefined, (e, d) => { env = e; docs = d; });

  function render(n: number, memo = true): { body: FakeBody; calls: Record<string, number>; report: ReturnType<typeof buildReport> } {
    const report = buildReport(analyse(grids(n)), { unit: SEED000_UNIT, memo, asOf: ASOF });
    const doc = docs.documentApp.create(report.meta.name);
    env.calls.reset();
    renderReportBody(doc.getBody() as unknown as GoogleAppsScript.Document.Body, report);
    return { body: doc.body, calls: env.calls.snapshot(), report };
  }

  it('a wrapped memo header value (เรื่อง…) runs on under its first line (INDENT_START = the label\'s width)', () => {
    const { body } = render(10);
    const subject = body._all().find((c) => c instanceof FakeParagraph && c.getText().startsWith('เรื่อง')) as FakeParagraph;
    expect(subject.attrs).toMatchObject({ INDENT_FIRST_LINE: 0, INDENT_START: 46 });
    const dated = body._all().find((c) => c instanceof FakeParagraph && c.getText().startsWith('ที่')) as FakeParagraph;
    expect(dated.attrs.INDENT_START).toBe(0); // ที่ … วันที่ …: two parts on one line, never wraps
  });

  it('makes the same service calls for 10 and for 500 measures', () => {
    const small = render(10);
    const large = render(500);
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['Body.appendTable']).toBe(4);
    const total = Object.values(small.calls).reduce((a, b) => a + b, 0);
    // Recorded for the report: the count at 10 and at 500 measures.
    expect(total).toBe(Object.values(large.calls).reduce((a, b) => a + b, 0));
    expect(total).toBeLessThan(500);
  });

  it('the same content as the .docx: cover, follow-up and outcome columns, overdue list in one paragraph, endorsement', () => {
    const report = buildReport(analyse(grids(12)), { unit: SEED000_UNIT, memo: true, cover: true, endorsement: true, asOf: ASOF });
    const doc = docs.documentApp.create(report.meta.name);
    renderReportBody(doc.getBody() as unknown as GoogleAppsScript.Document.Body, report);
    const paragraphs = doc.body._all().filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const texts = paragraphs.map((p) => p.getText());
    // The cover's lines, large, before the title page.
    const cover = paragraphs.find((p) => p.getText() === 'รายงานผลการดำเนินการตามมาตรการ') as FakeParagraph;
    const coverBlock = report.sections.find((x) => x.id === 'cover')?.blocks[0];
    expect(cover.attrs.FONT_SIZE).toBe(coverBlock?.kind === 'heading' ? coverBlock.size : NaN);
    expect(cover.attrs.FONT_SIZE).toBeGreaterThan(REPORT_STYLE.titleSize);
    // The overdue measures: one paragraph whatever their number, each item on its own line at the 2.5 cm indent.
    const list = paragraphs.find((p) => p.getText().startsWith('๑) มาตรการที่')) as FakeParagraph;
    expect(list.getText().split('\n').length).toBeGreaterThan(1);
    expect(list.attrs).toMatchObject({ INDENT_START: list.attrs.INDENT_FIRST_LINE });
    // With a memo the endorsement is the memo's routing, under the sender's signature and before the cover (issue 19).
    const chief = texts.indexOf(`ความเห็นของปลัด${SEED000_UNIT}`);
    const executive = texts.indexOf(`ความเห็น/คำสั่งของนายก${SEED000_UNIT}`);
    expect(chief).toBeGreaterThan(texts.findIndex((t) => t.startsWith('จึงเรียนมาเพื่อโปรดทราบ')));
    expect(executive).toBeGreaterThan(chief);
    expect(executive).toBeLessThan(texts.indexOf('รายงานผลการดำเนินการตามมาตรการ'));
    expect(texts[chief + 3].split('\n')).toEqual(['........................................', '(........................................)', `ปลัด${SEED000_UNIT}`, 'วันที่ ........../........................../..........']);
    expect(texts).not.toContain('ความเห็นของผู้บริหาร');
    const table = doc.body._all().filter((c): c is FakeTable => c instanceof FakeTable)[2];
    expect(table._cells()[2][4]).toBe('รอบ ๖ เดือน\nรอบ ๑๒ เดือน');
    // Portrait pages (DocumentApp cannot turn one): the ten columns share the portrait width until the Docs API pass turns the section.
    expect([...table.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH_PT, 1);
    // A paragraph next to a table keeps its distance.
    const before = paragraphs.find((p) => p.getText().startsWith('มีตัวชี้วัดที่ต้องพัฒนา')) as FakeParagraph;
    expect(before.attrs.SPACING_AFTER).toBeGreaterThan(0);
  });

  it('each table is one appendTable call holding header and every row', () => {
    const { body } = render(500);
    const tables = body._all().filter((c): c is FakeTable => c instanceof FakeTable);
    expect(tables.map((t) => t._cells()[0][0])).toEqual(['อันดับ', 'ตัวชี้วัดที่ต้องพัฒนา', 'มาตรการ/กิจกรรม', 'สถานะ']);
    const measuresTable = tables[2];
    expect(measuresTable.getNumRows()).toBe(2 + 500);
    expect(measuresTable._cells()[0]).toEqual([
      'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา\nดำเนินการ', 'การกำกับ\nติดตาม', 'สถานะการดำเนินงาน', '', '',
      'สรุปผล\nการดำเนินการ', 'ผลลัพธ์/\nความสำเร็จ',
    ]);
    expect(measuresTable._cells()[2].slice(5, 8)).toEqual(['/', '', '']);
    expect(measuresTable._cells()[4].slice(5, 8)).toEqual(['', '', '/']);
  });

  it('styles: A4, margins 3 cm / 2 cm, Sarabun everywhere, 16 pt body, bold headings, shaded bold headers', () => {
    const { body } = render(10);
    expect(body.page).toEqual({ width: 595.28, height: 841.89, marginLeft: 85.04, marginRight: 56.69, marginTop: 70.87, marginBottom: 56.69 });
    expect(body.attrs.FONT_FAMILY).toBe('Sarabun');
    expect(body.fontFamily).toBe('Sarabun');
    const paragraphs = body._all().filter((c): c is FakeParagraph => c instanceof FakeParagraph);
    const title = paragraphs.find((p) => p._text() === 'บันทึกข้อความ');
    expect(title?.attrs).toMatchObject({ BOLD: true, FONT_SIZE: REPORT_STYLE.memoTitleSize, HORIZONTAL_ALIGNMENT: 'CENTER' });
    const heading = paragraphs.find((p) => p._text().startsWith('๑. ผลการประเมิน'));
    expect(heading?.attrs).toMatchObject({ BOLD: true, FONT_SIZE: 16 });
    const body16 = paragraphs.find((p) => p._text().startsWith(SEED000_UNIT + ' ได้คะแนน'));
    expect(body16?.attrs).toMatchObject({ BOLD: false, FONT_SIZE: 16, INDENT_FIRST_LINE: 70.87 });
    // The total and the level are bold runs.
    const text = body16?._text() ?? '';
    expect(body16?.styles.map((s) => text.slice(s.start, s.end + 1))).toEqual(['๘๗.๕๗', 'A']);
    const [ranking, , measuresTable, summary] = body.getTables();
    expect(ranking.attrs).toMatchObject({ FONT_SIZE: 14, BORDER_WIDTH: 0.5 });
    expect(ranking.rows[0].attrs).toMatchObject({ BOLD: true });
    expect(ranking.rows[0].cells.every((c) => c.background === REPORT_STYLE.headerFill)).toBe(true);
    expect(ranking.rows[1].cells[2].paragraph.attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(measuresTable.attrs.FONT_SIZE).toBe(REPORT_STYLE.measuresTableSize);
    expect(measuresTable.rows[1].attrs.FONT_SIZE).toBe(REPORT_STYLE.measuresHeaderSize);
    // Only the three status marks' header cells are smaller (8 pt): the mark columns stay narrow.
    expect(measuresTable.rows[1].cells.map((c) => c.attrs.FONT_SIZE)).toEqual([...Array(5).fill(undefined), 8, 8, 8, undefined, undefined]);
    expect(measuresTable.rows[0].cells.every((c) => c.attrs.FONT_SIZE === undefined)).toBe(true);
    expect([...measuresTable.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(595.28 - 85.04 - 56.69, 1);
    // The summary's total column is bold, each of its cells (the statuses are columns).
    expect(summary.rows.slice(1).map((r) => r.cells[4].attrs.BOLD)).toEqual([true, true]);
    expect(summary.rows.slice(1).map((r) => r.cells[1].attrs.BOLD)).toEqual([undefined, undefined]);
    // The first, empty paragraph of a new document is gone.
    expect(body._all()[0]).toBeInstanceOf(FakeParagraph);
    expect((body._all()[0] as FakeParagraph)._text()).toBe('บันทึกข้อความ');
  });

  it('the chart is an image from the Charts service, sized to the text width', () => {
    const { body } = render(10);
    const holder = body._all().find((c): c is FakeParagraph => c instanceof FakeParagraph && c.image !== null);
    expect(holder?.image?.width).toBeGreaterThan(500);
    expect(holder?.image?.width).toBeLessThanOrEqual(640);
    expect(holder?.attrs.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(docs.charts.charts[0].options).toMatchObject({ stacked: true, range: [0, 100], fontName: 'Sarabun' });
  });

  it('the Charts service draws what the SVG draws: bars in the ranking order, series named by the legend, no legend for one colour', () => {
    const { report } = render(10);
    const chart = report.sections.flatMap((s) => s.blocks).find((b): b is ChartBlock => b.kind === 'chart') as ChartBlock;
    const builder = docs.charts.charts[0];
    const table = builder._table();
    expect(table?.rows.map((r) => r[0])).toEqual(chart.labels); // highest first, as the ranking table above it
    expect(table?.columns.slice(1).map((c) => c.label)).toEqual([chart.legend?.pass, chart.legend?.below]);
    expect(builder.options.legend).toBe('BOTTOM');
    chartsServiceImage({ ...chart, legend: null });
    expect(docs.charts.charts[1].options.legend).toBe('NONE');
  });

  it('without the Charts service the report is still made (the ranking table has the figures)', () => {
    docs.charts.broken = true;
    const { body } = render(10);
    expect(body._all().some((c) => c instanceof FakeParagraph && c.image !== null)).toBe(false);
    expect(body.getTables()).toHaveLength(4);
  });
});

describe('generateReport and the report log', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(4, [SEED000_UNIT, OTHER]), (e, d) => { env = e; docs = d; });

  it('creates the Google Doc named as issue 4 says and returns {url, name}', () => {
    const r = generateReport({ unit: OTHER, round: 6, memo: true }, { now: () => new Date(Date.UTC(2023, 3, 10, 3)) });
    expect(r.name).toBe(`${OTHER} รายงานมาตรการ ITA 2566 รอบ 6 เดือน`);
    expect(r.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(docs.documentApp.documents).toHaveLength(1);
    expect(docs.documentApp.documents[0].saved).toBe(true);
  });

  it('missing options come from the workbook: first unit, Settings year, round 6', () => {
    expect(generateReport().name).toBe(`${SEED000_UNIT} รายงานมาตรการ ITA 2566 รอบ 6 เดือน`);
  });

  it('appends time, unit, year, round, link and by whom to ประวัติรายงาน under the document lock', () => {
    const when = new Date(Date.UTC(2023, 3, 10, 3));
    env.ss.people.editors.push('district@example.go.th');
    const r = generateReport({ unit: SEED000_UNIT }, { now: () => when });
    env.session.email = '';
    const r2 = generateReport({ unit: OTHER, round: 3 }, { now: () => when });
    const log = env.ss._sheet(SHEETS.reportLog.th)._values();
    expect(log[0]).toEqual(SHEETS.reportLog.columns.map((c) => c.th));
    expect(log.slice(1)).toEqual([
      // ข้อมูล ณ วันที่: each round's last day (31 Mar 2566, 31 Dec 2565), both passed on 10 Apr 2566.
      // Shared through the workbook's folder (test/gas/drive-folder.test.ts); the PDF beside it.
      [when, SEED000_UNIT, 2566, 6, r.url, 'staff@example.go.th', 'รายงานผล', new Date('2023-03-30T17:00:00Z'), 'ผ่านโฟลเดอร์ ผู้ดู: district@example.go.th', '', r.pdfUrl],
      // Who made it is unknown (no e-mail): the folder's maker (its owner) is still not added.
      [when, OTHER, 2566, 3, r2.url, '', 'รายงานผล', new Date('2022-12-30T17:00:00Z'), 'ผ่านโฟลเดอร์ ผู้ดู: district@example.go.th', '', r2.pdfUrl],
    ]);
    expect(r.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(env.lock.state.waits).toHaveLength(3); // the folder made under the lock, then each log row
    expect(env.lock.state.held).toBe(false);
  });

  it('takes as-of, date, document number, cover and endorsement; the as-of day goes to the log, the warning to the caller', () => {
    const when = new Date(Date.UTC(2023, 3, 10, 3));
    const r = generateReport({
      unit: SEED000_UNIT, asOf: '2023-02-15', date: '2566-04-12', docNo: 'มห 123/45', memo: true, cover: true, endorsement: true,
    }, { now: () => when });
    const log = env.ss._sheet(SHEETS.reportLog.th)._values();
    expect(log[log.length - 1][7]).toEqual(new Date('2023-02-14T17:00:00Z'));
    const body = docs.documentApp.documents[docs.documentApp.documents.length - 1].body; // closed: read the fake's own
    const text = body._all().map((c) => (c instanceof FakeParagraph ? c.getText() : '')).join('\n');
    expect(text).toContain('ข้อมูล ณ วันที่ ๑๕ กุมภาพันธ์ ๒๕๖๖');
    expect(text).toContain('มห ๑๒๓/๔๕');
    expect(text).toContain('วันที่ ๑๒ เมษายน ๒๕๖๖');
    expect(text).toContain(`ความเห็น/คำสั่งของนายก${SEED000_UNIT}`);
    // The names the หน่วยงาน sheet leaves blank: the caller is told which columns to fill.
    expect(r.warning?.th).toContain('ยังไม่มีชื่อปลัด และผู้บริหาร');
    // A done measure with no date, before today: the caller is told, the document is not.
    expect(r.warning?.th).toContain('โปรดตรวจสอบ: มาตรการ 1 รายการ');
    expect(text).not.toContain('โปรดตรวจสอบ');
    expect(() => generateReport({ unit: SEED000_UNIT, asOf: '15/2/2566' }, { now: () => when })).toThrow('YYYY-MM-DD');
  });

  it('an unknown unit throws the Thai message and makes no document', () => {
    expect(() => generateReport({ unit: 'ไม่มี' })).toThrow('ไม่พบหน่วยงาน "ไม่มี" ในชีตหน่วยงาน');
    expect(docs.documentApp.documents).toHaveLength(0);
  });
});

describe('menu สร้างรายงาน', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(4, [SEED000_UNIT, OTHER]), (e, d) => { env = e; docs = d; });

  it('asks the unit (by number) and the round, then shows the link in a dialog', () => {
    const asked = withPrompts(env.ui, ['2', '']);
    main.menuGenerateReport();
    expect(asked.map((a) => a.title)).toEqual(['สร้างรายงานของหน่วยงานใด', 'รอบรายงาน']);
    expect(asked[0].prompt).toContain(`2. ${OTHER}`);
    expect(docs.documentApp.documents[0].name).toBe(`${OTHER} รายงานมาตรการ ITA 2566 รอบ 6 เดือน`);
    const dialog = env.ui.dialogs[0];
    const html = (dialog.html as { getContent(): string }).getContent();
    expect(html).toContain(`<a href="${docs.documentApp.documents[0].getUrl()}" target="_blank"`);
    // Done measures with no date, reported for a round long closed: the person is told in the dialog.
    expect(html).toContain('โปรดตรวจสอบ: มาตรการ');
  });

  it('takes the active row\'s unit in มาตรการ and asks only the round', () => {
    setActiveCell(env.ss as never, SHEETS.measures.th, 6); // rows 2–5: first unit, 6–9: the other
    const asked = withPrompts(env.ui, ['3']);
    main.menuGenerateReport();
    expect(asked).toHaveLength(1);
    expect(docs.documentApp.documents[0].name).toBe(`${OTHER} รายงานมาตรการ ITA 2566 รอบ 3 เดือน`);
  });

  it('cancel makes nothing; a wrong answer is explained and asked again', () => {
    withPrompts(env.ui, [null]);
    main.menuGenerateReport();
    expect(docs.documentApp.documents).toHaveLength(0);
    const asked = withPrompts(env.ui, ['เทศบาลอื่น', SEED000_UNIT, '5', '12']);
    const r = generateReportFromMenu(env.ss as never, 'th');
    expect(asked).toHaveLength(4);
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      'ไม่พบหน่วยงาน "เทศบาลอื่น" ในชีตหน่วยงาน',
      'รอบรายงานต้องเป็น ๓, ๖, ๙ หรือ ๑๒ เดือน (ได้ "5")',
    ]);
    expect(r?.name).toBe(`${SEED000_UNIT} รายงานมาตรการ ITA 2566 รอบ 12 เดือน`);
  });
});

describe('สร้างรายงานทุกหน่วยงาน', () => {
  let env: Env;
  let docs: FakeDocs;
  installFakes(() => grids(3, [SEED000_UNIT, OTHER, THIRD]), (e, d) => { env = e; docs = d; });

  /** Each reading of the clock is one minute later. */
  const clock = () => {
    let t = Date.UTC(2023, 3, 10, 2);
    return () => new Date((t += 60_000));
  };

  it('stops before the time limit, says what remains, and a second run skips the units done', () => {
    const first = generateAllReportsIn(env.ss as never, 'th', {}, { now: clock() });
    expect(first?.made.map((m) => m.name.split(' รายงาน')[0])).toEqual([SEED000_UNIT, OTHER]);
    expect(first?.remaining).toEqual([THIRD]);
    expect(env.ss.toasts.map((t) => t.message)).toEqual([
      `กำลังสร้างรายงาน 1/3: ${SEED000_UNIT}`,
      `กำลังสร้างรายงาน 2/3: ${OTHER}`,
    ]);
    showAllReportsSummary(env.ss as never, first as never, 'th');
    expect(summaryText(env)).toContain('เหลืออีก 1 หน่วยงาน: ' + THIRD);

    const second = generateAllReportsIn(env.ss as never, 'th', {}, { now: clock() });
    expect(second?.skipped).toEqual([SEED000_UNIT, OTHER]);
    expect(second?.made.map((m) => m.name.split(' รายงาน')[0])).toEqual([THIRD]);
    expect(second?.remaining).toEqual([]);
    expect(docs.documentApp.documents).toHaveLength(3);
    expect(env.ss._sheet(SHEETS.reportLog.th)._values()).toHaveLength(4);
  });

  it('a service error (the daily quota of documents) stops the run, keeps what was made and says what remains', () => {
    const create = docs.documentApp.create.bind(docs.documentApp);
    let made = 0;
    docs.documentApp.create = (name: string) => {
      if (++made > 1) throw new Error('Service invoked too many times for one day: docs create.');
      return create(name);
    };
    const first = generateAllReportsIn(env.ss as never, 'th', {}, { now: () => new Date() });
    expect(first?.made).toHaveLength(1);
    expect(first?.stopped).toEqual({ unit: OTHER, message: 'Service invoked too many times for one day: docs create.' });
    expect(first?.remaining).toEqual([OTHER, THIRD]);
    showAllReportsSummary(env.ss as never, first as never, 'th');
    expect(summaryText(env)).toContain(`หยุดที่ ${OTHER}`);
    expect(summaryText(env)).toContain('เหลืออีก 2 หน่วยงาน');
    docs.documentApp.create = create;
    const second = generateAllReportsIn(env.ss as never, 'th', {}, { now: () => new Date() });
    expect(second?.skipped).toEqual([SEED000_UNIT]);
    expect(second?.made).toHaveLength(2);
  });

  it('a different round is a different report: nothing skipped', () => {
    generateAllReportsIn(env.ss as never, 'th', {}, { now: () => new Date() });
    const again = generateAllReportsIn(env.ss as never, 'th', { round: 12 }, { now: () => new Date() });
    expect(again?.skipped).toEqual([]);
    expect(again?.made).toHaveLength(3);
  });

  it('the menu wrapper shows the summary', () => {
    main.generateAllReports();
    expect(env.ui.dialogs[0].title).toBe('สร้างรายงานทุกหน่วยงาน');
    expect(summaryText(env)).toContain('สร้างแล้ว 3 ฉบับ');
    expect(summaryText(env)).toContain('ครบทุกหน่วยงานแล้ว');
    // Each new document is a link (an alert could not hold one).
    const html = (env.ui.dialogs[0].html as FakeHtmlOutput).getContent();
    expect(html.match(/<a href="https:\/\/docs\.google\.com\/document\/d\/[^"]+" target="_blank"/g)).toHaveLength(3);
  });
});

/** The summary dialog's text, tags removed. */
function summaryText(env: Env): string {
  const html = (env.ui.dialogs[env.ui.dialogs.length - 1].html as FakeHtmlOutput).getContent();
  return html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
}

describe('the report log grows past the sheet\'s rows', () => {
  it('appends below a full 1,000-row log instead of throwing', () => {
    const env = fakeEnv(grids(4, [SEED000_UNIT, OTHER]));
    const docs = createFakeDocs();
    const undo = docs.install();
    try {
      const first = generateReport({ unit: SEED000_UNIT });
      const log = env.ss._sheet(SHEETS.reportLog.th);
      const filler = Array.from({ length: log.getMaxRows() - log.getLastRow() }, (_, i) => [new Date(0), OTHER, 2560, 6, `https://example.com/${i}`, '']);
      log.getRange(log.getLastRow() + 1, 1, filler.length, 6).setValues(filler);
      expect(log.getLastRow()).toBe(log.getMaxRows());
      const second = generateReport({ unit: OTHER });
      expect(log.getLastRow()).toBe(log.getMaxRows());
      expect(log._values().slice(-1)[0][4]).toBe(second.url);
      expect(first.url).not.toBe(second.url);
    } finally {
      undo();
      env.uninstall();
    }
  });
});
