/**
 * Document delivery (create → render → share → save → Docs pass → log) through the report's
 * entry points, against the counting fakes: sharing per Settings, refused addresses, the Docs
 * API off, a render that fails after the file exists (no orphans), and flat calls.
 */
import type { WorkbookGrids } from '../../src/core/engine/types';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { buildReport } from '../../src/core/documents';
import { deliverDocument, DeliveryError } from '../../src/gas/document-delivery';
import { generateAllReportsIn, generateReport, showReportLink } from '../../src/gas/report';
import { sheetsByName } from '../../src/gas/workbook';
import * as main from '../../src/gas/main';
import { sidebarGenerateReport } from '../../src/gas/sidebar';
import { errorOf } from '../sidebar/helpers';
import { fakeEnv, type Env } from './helpers';
import { createFakeDocs, withPrompts, type FakeDocs, type FakeDocsOptions, type FakeHtmlOutput } from './fakes/document';
import { sectionsOf } from './fakes/docs-api';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const OTHER = 'เทศบาลตำบลทดสอบ';
const NOW = () => new Date(Date.UTC(2023, 3, 10, 3));

function measures(unit: string, n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [
    unit, 2566, String(i + 1), `มาตรการที่ ${i + 1}`, '7', `วิธีการ ${i + 1}`, 'สำนักปลัด', 'ไตรมาส 2', '6, 12',
    ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการเรียบร้อยแล้ว'][i % 3], '', '', '', '', '',
  ]);
}

function grids(share: string | undefined, n = 4, units = [SEED000_UNIT, OTHER]): WorkbookGrids {
  return seedWorkbook({
    units,
    settings: { fiscal_year: 2566, weak_count: 5, ...(share === undefined ? {} : { share_reports: share }) },
    measures: [header('measures'), ...units.flatMap((u) => measures(u, n))],
  });
}

let env: Env;
let docs: FakeDocs;
let undo = () => {};
function setUp(workbook: WorkbookGrids, options: FakeDocsOptions = {}): void {
  env = fakeEnv(workbook);
  docs = createFakeDocs(options);
  undo = docs.install();
  // The maker (Session: staff@…) owns the workbook; a colleague edits it, the district views it.
  env.ss.people.editors.push('colleague@example.go.th');
  env.ss.people.viewers.push('district@example.go.th');
}
afterEach(() => {
  undo();
  env.uninstall();
});

const logRows = () => env.ss._sheet(SHEETS.reportLog.th)._values().slice(1);
const col = (key: string) => SHEETS.reportLog.columns.findIndex((c) => c.key === key);

// Without the Drive service (or when filing fails) the document itself is shared, as here;
// with it, the workbook's folder carries the sharing (test/gas/drive-folder.test.ts).
const NO_DRIVE: FakeDocsOptions = { advancedDrive: false };

describe('shared with the workbook\'s people (Settings แชร์รายงาน) on the document, when it is not filed in the folder', () => {
  it('ผู้ดู (the default): editors and viewers of the workbook may view; the maker is not added; the log says with whom', () => {
    setUp(grids(undefined), NO_DRIVE);
    const r = generateReport({ unit: SEED000_UNIT }, { now: NOW });
    const doc = docs.documentApp.documents[0];
    expect(doc.viewers).toEqual(['colleague@example.go.th', 'district@example.go.th']);
    expect(doc.editors).toEqual([]);
    expect(logRows()[0][col('sharedWith')]).toBe('ผู้ดู: colleague@example.go.th, district@example.go.th');
    expect(logRows()[0][col('note')]).toBe('ไม่ได้เก็บในโฟลเดอร์: สคริปต์ยังไม่ได้เปิดบริการ Google Drive API; ไม่มี PDF: สคริปต์ยังไม่ได้เปิดบริการ Google Drive API');
    expect(logRows()[0][col('pdf')]).toBe('');
    expect(r.notes.map((n) => n.th)).toEqual([
      'แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้ดูได้แล้ว 2 คน',
      'เก็บเอกสารเข้าโฟลเดอร์ของสเปรดชีตไม่ได้ เพราะสคริปต์ยังไม่ได้เปิดบริการ Google Drive API เอกสารยังครบและอยู่ใน My Drive ของคุณ',
      'บันทึก PDF ไม่ได้ (สคริปต์ยังไม่ได้เปิดบริการ Google Drive API) เอกสารยังครบถ้วน: เปิดเอกสารแล้วเลือก ไฟล์ → ดาวน์โหลด → PDF',
      expect.stringMatching(/^ใส่เลขหน้า: เปิดเอกสาร แล้วเลือก แทรก → เลขหน้า แบบที่ไม่แสดงในหน้าแรก/),
    ]);
  });

  it('ผู้แก้ไข: the workbook\'s editors may edit, its viewers view', () => {
    setUp(grids('ผู้แก้ไข'), NO_DRIVE);
    generateReport({ unit: SEED000_UNIT }, { now: NOW });
    const doc = docs.documentApp.documents[0];
    expect(doc.editors).toEqual(['colleague@example.go.th']);
    expect(doc.viewers).toEqual(['district@example.go.th']);
    expect(logRows()[0][col('sharedWith')]).toBe('ผู้แก้ไข: colleague@example.go.th; ผู้ดู: district@example.go.th');
  });

  it('ไม่แชร์: nobody is added and no sharing call is made', () => {
    setUp(grids('ไม่แชร์'));
    env.calls.reset();
    const r = generateReport({ unit: SEED000_UNIT }, { now: NOW });
    expect(env.calls.count('Spreadsheet.getEditors') + env.calls.count('Document.addViewers') + env.calls.count('Document.addEditors')).toBe(0);
    expect(logRows()[0][col('sharedWith')]).toBe('');
    expect(r.notes[0].th).toBe('ไม่ได้แชร์ (ตั้งค่า แชร์รายงาน = ไม่แชร์)');
  });

  it('an unknown value is a Settings problem naming its cell; nothing is made', () => {
    setUp(grids('ทุกคน'));
    expect(() => generateReport({ unit: SEED000_UNIT })).toThrow(/ตั้งค่า!B\d+/);
    expect(docs.documentApp.documents).toHaveLength(0);
  });

  it('an address Drive refuses: the document is still made and logged, the others are added, the user is told who', () => {
    setUp(grids(undefined), NO_DRIVE);
    env.ss.people.viewers.push('someone@gmail.com');
    docs.documentApp.sharingRefuses = (email) => (email.endsWith('@gmail.com') ? 'Exception: Sharing outside of example.go.th is not allowed by your administrator.' : null);
    const r = generateReport({ unit: SEED000_UNIT }, { now: NOW });
    expect(docs.documentApp.documents[0].viewers).toEqual(['colleague@example.go.th', 'district@example.go.th']);
    expect(logRows()[0][col('sharedWith')]).toBe('ผู้ดู: colleague@example.go.th, district@example.go.th');
    expect(String(logRows()[0][col('note')])).toMatch(/^แชร์ไม่ได้: someone@gmail\.com; ไม่ได้เก็บในโฟลเดอร์/);
    expect(r.notes.map((n) => n.th)).toContain('เพิ่มสิทธิ์ให้ไม่ได้: someone@gmail.com — เปิดเอกสารแล้วกด "แชร์" เพื่อเพิ่มเอง');
    expect(r.notes.map((n) => n.en)).toContain('Could not add: someone@gmail.com — open the document and use "Share" to add them yourself');
  });

  it('the menu\'s dialog shows the link, the sharing and how to add page numbers', () => {
    setUp(grids(undefined));
    withPrompts(env.ui, ['1', '']);
    main.menuGenerateReport();
    const html = (env.ui.dialogs[0].html as FakeHtmlOutput).getContent();
    expect(html).toContain('แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้ดูได้แล้ว 2 คน');
    expect(html).toContain('แทรก → เลขหน้า');
  });
});

describe('the Docs API pass in delivery', () => {
  it('a landscape section through deliverDocument: flipped in the Doc, shared, logged; any ReportDoc (the plan too) goes this way', () => {
    setUp(grids(undefined));
    const analysis = analyse(grids(undefined));
    const report = buildReport(analysis, { unit: SEED000_UNIT, asOf: { year: 2023, month: 4, day: 10 } });
    (report.sections.find((s) => s.id === 'measures') ?? { orientation: '' }).orientation = 'landscape';
    const ss = env.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const made = deliverDocument(ss, sheetsByName(ss), report, {
      lang: 'th', now: NOW(), share: 'view', savePdf: true, by: 'staff@example.go.th',
      log: { kind: 'plan', unit: SEED000_UNIT, year: 2567, round: null, asOf: null },
    });
    expect(made.docs).toMatchObject({ applied: true, leftOut: [] });
    expect(sectionsOf(docs.docsApi.Documents._model(docs.documentApp.documents[0].id)).map((s) => s.flipped)).toEqual([false, true]);
    expect(logRows()[0].slice(1, 5)).toEqual([SEED000_UNIT, 2567, '', made.url]);
    expect(logRows()[0][col('kind')]).toBe('มาตรการประจำปี');
  });

  it('the service not enabled in the manifest: the document is made in one orientation, the user and the log say what it lacks', () => {
    setUp(grids(undefined), { advancedDocs: false });
    const r = generateReport({ unit: SEED000_UNIT }, { now: NOW });
    expect(docs.documentApp.documents[0].saved).toBe(true);
    expect(docs.docsApi.Documents.batches).toHaveLength(0);
    const lacks = r.notes.find((n) => n.th.startsWith('เอกสารครบถ้วน'));
    expect(lacks?.th).toBe('เอกสารครบถ้วน แต่ยังไม่มีหน้าแนวนอนของตารางมาตรการ การผสานเซลล์หัวตาราง หัวตารางซ้ำทุกหน้า การจัดกึ่งกลางช่องสถานะในตารางมาตรการ การจัดหัวข้อให้อยู่หน้าเดียวกับเนื้อหา และการจัดส่วนลงชื่อให้อยู่หน้าเดียวกันทั้งส่วน '
      + 'เพราะสคริปต์ยังไม่ได้เปิดบริการ Google Docs API');
    expect(lacks?.en).toContain('lacks landscape pages for the measures table, merged header cells, header rows repeated on each page, centred status cells in the measures table, headings kept with what follows and signature blocks kept whole on one page');
    expect(String(logRows()[0][col('note')])).toMatch(/^ไม่มีหน้าแนวนอนของตารางมาตรการ .* \(สคริปต์ยังไม่ได้เปิดบริการ Google Docs API\)$/);
  });

  it('the service failing (quota): same, with Google\'s message', () => {
    setUp(grids(undefined));
    docs.docsApi.Documents.broken = 'Quota exceeded for quota metric \'Write requests\'';
    const r = generateReport({ unit: SEED000_UNIT }, { now: NOW });
    expect(r.notes.some((n) => n.th.includes('Google Docs API ตอบว่า: GoogleJsonResponseException: API call to docs.documents.get failed with error: Quota exceeded'))).toBe(true);
    expect(logRows()).toHaveLength(1);
  });
});

describe('no orphans', () => {
  /** DocumentApp fails in the middle of rendering the `which`-th document. */
  function failRender(which: number): void {
    const create = docs.documentApp.create.bind(docs.documentApp);
    let made = 0;
    docs.documentApp.create = (name: string) => {
      const doc = create(name);
      if (++made === which) {
        const body = doc.body as unknown as { appendTable: () => never };
        body.appendTable = () => { throw new Error('Service Documents failed while accessing document.'); };
      }
      return doc;
    };
  }

  it('a render that fails after the file exists: renamed (ไม่สมบูรณ์), saved, logged with a note, the user told; not shared', () => {
    setUp(grids(undefined));
    failRender(1);
    let error: unknown;
    try {
      generateReport({ unit: SEED000_UNIT }, { now: NOW });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DeliveryError);
    const doc = docs.documentApp.documents[0];
    expect(doc.name).toBe(`${SEED000_UNIT} รายงานมาตรการ ITA 2566 รอบ 6 เดือน (ไม่สมบูรณ์)`);
    expect(doc.saved).toBe(true);
    expect(doc.viewers).toEqual([]);
    expect((error as DeliveryError).text.th).toContain(`"${doc.name}"`);
    expect((error as DeliveryError).text.th).toContain(doc.getUrl());
    expect(logRows()).toHaveLength(1);
    expect(logRows()[0][col('link')]).toBe(doc.getUrl());
    expect(logRows()[0][col('note')]).toBe('ไม่สมบูรณ์: Service Documents failed while accessing document.');
  });

  it('สร้างรายงานทุกหน่วยงาน stops at it; the rerun does not count it as done and logs the complete copy', () => {
    setUp(grids(undefined));
    failRender(2);
    const first = generateAllReportsIn(env.ss as never, 'th', {}, { now: NOW });
    expect(first?.made.map((m) => m.name.split(' รายงาน')[0])).toEqual([SEED000_UNIT]);
    expect(first?.stopped?.unit).toBe(OTHER);
    expect(first?.remaining).toEqual([OTHER]);
    const second = generateAllReportsIn(env.ss as never, 'th', {}, { now: NOW });
    expect(second?.skipped).toEqual([SEED000_UNIT]);
    expect(second?.made.map((m) => m.name)).toEqual([`${OTHER} รายงานมาตรการ ITA 2566 รอบ 6 เดือน`]);
    // Every file made is in the log: the first, the incomplete one, and its complete copy.
    expect(logRows().map((r) => r[col('link')])).toEqual(docs.documentApp.documents.map((d) => d.getUrl()));
    expect(logRows().map((r) => r[col('note')])).toEqual(['', 'ไม่สมบูรณ์: Service Documents failed while accessing document.', '']);
    const third = generateAllReportsIn(env.ss as never, 'th', {}, { now: NOW });
    expect(third?.skipped).toEqual([SEED000_UNIT, OTHER]);
  });

  it('the sidebar gets the notes; an incomplete document\'s message reaches the page in both languages', () => {
    setUp(grids(undefined));
    const ok = sidebarGenerateReport({ unit: SEED000_UNIT, year: 2566, round: 6, memo: false, thaiDigits: true });
    expect(ok.notes?.map((n) => n.en)).toContain('Shared with 2 people of this workbook (view)');
    failRender(1); // the next document made
    const bad = errorOf(() => sidebarGenerateReport({ unit: OTHER, year: 2566, round: 6, memo: false, thaiDigits: true }));
    expect(bad?.th).toContain('(ไม่สมบูรณ์)');
    expect(bad?.en).toContain('The unfinished one, "');
  });

  it('a log the lock keeps busy: waited for 30 s, then the user gets the made document\'s link', () => {
    setUp(grids(undefined));
    env.lock.state.heldByOther = true;
    let error: unknown;
    // The folder is made under the lock too (10 s): not made, so the document stays in My Drive.
    try {
      generateReport({ unit: SEED000_UNIT }, { now: NOW });
    } catch (err) {
      error = err;
    }
    expect(env.lock.state.waits).toEqual([10_000, 30_000]);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).text.th).toContain(docs.documentApp.documents[0].getUrl());
  });

  it('the menu shows the incomplete document\'s message instead of a crash', () => {
    setUp(grids(undefined));
    failRender(1);
    withPrompts(env.ui, ['1', '']);
    main.menuGenerateReport();
    expect(env.ui.alerts[0].prompt).toContain('(ไม่สมบูรณ์)');
    expect(env.ui.alerts[0].prompt).toContain('สั่งสร้างใหม่ได้เลย');
  });
});

describe('calls stay flat', () => {
  it('DocumentApp and Drive calls are the same for 10 and 500 measures; the Docs API is one get and one batchUpdate', () => {
    const run = (n: number) => {
      setUp(grids(undefined, n, [SEED000_UNIT]));
      env.calls.reset();
      generateReport({ unit: SEED000_UNIT }, { now: NOW });
      const calls = env.calls.snapshot();
      undo();
      env.uninstall();
      return calls;
    };
    const small = run(10);
    const large = run(500);
    setUp(grids(undefined)); // for afterEach
    expect(large).toEqual(small);
    expect(small['Docs.Documents.get']).toBe(1);
    expect(small['Docs.Documents.batchUpdate']).toBe(1);
    // Filed in the workbook's folder (made for this first document), shared through it, PDF beside it.
    expect(small['Document.addViewers']).toBeUndefined();
    expect(small['Drive.Files.update']).toBe(1);
    expect(small['Drive.Files.create']).toBe(2); // the folder, the PDF
    expect(small['Drive.Permissions.create']).toBe(2); // colleague and district, once
  });

  it('สร้างรายงานทุกหน่วยงาน: the summary gives each note once, under the links', () => {
    setUp(grids(undefined));
    main.generateAllReports();
    const html = (env.ui.dialogs[0].html as FakeHtmlOutput).getContent();
    expect(html.split('แทรก → เลขหน้า')).toHaveLength(2);
    expect(html.split('แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้ดูได้แล้ว 2 คน')).toHaveLength(2);
    // Both documents in the one folder, which carries the sharing; each with its PDF link; the folder's link once.
    const folder = docs.drive.store._children(docs.drive.store._root()).filter((f) => f.mimeType === 'application/vnd.google-apps.folder');
    expect(folder).toHaveLength(1);
    const inFolder = docs.drive.store._children(folder[0].id);
    expect(inFolder.map((f) => f.id)).toEqual(expect.arrayContaining(docs.documentApp.documents.map((d) => d.id)));
    expect(docs.documentApp.documents.map((d) => docs.drive.store._access(d.id).map((p) => p.emailAddress))).toEqual([
      ['colleague@example.go.th', 'district@example.go.th'], ['colleague@example.go.th', 'district@example.go.th'],
    ]);
    expect(html.split('>PDF</a>')).toHaveLength(3);
    expect(html.split(`drive/folders/${folder[0].id}`)).toHaveLength(2);
  });

  it('showReportLink escapes every note', () => {
    setUp(grids(undefined));
    showReportLink(env.ui as never, { url: 'https://docs.google.com/document/d/x/edit', name: 'a', notes: [{ th: '<b>x</b>', en: '<b>x</b>' }] }, 'th');
    expect((env.ui.dialogs[0].html as FakeHtmlOutput).getContent()).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
