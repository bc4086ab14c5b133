/**
 * The workbook's Drive folder, public sharing and the PDF, through the report's and the plan's
 * entry points against the fakes (DocumentApp, the Docs API and the Drive API v3 with its
 * errors): the folder made once and reused, made again when trashed or deleted, documents filed
 * in it, the folder shared per แชร์รายงาน, สาธารณะ, the PDF saved and logged, and each failure
 * leaving the document whole where it is, logged and told.
 */
import type { WorkbookGrids } from '../../src/core/engine/types';
import { SHEETS } from '../../src/core/workbook/template';
import { generateAllReportsIn, generateReport } from '../../src/gas/report';
import { generatePlan } from '../../src/gas/plan';
import { FOLDER_PROPERTY } from '../../src/gas/drive-folder';
import { sidebarData, sidebarGenerateReport } from '../../src/gas/sidebar';
import * as main from '../../src/gas/main';
import { fakeEnv, type Env } from './helpers';
import { createFakeDocs, withPrompts, type FakeDocs, type FakeDocsOptions, type FakeHtmlOutput } from './fakes/document';
import { FOLDER_MIME, type DriveFile } from './fakes/drive';
import { seedWorkbook } from '../fixtures/seed000';

const UNIT = 'อบต.ทดสอบ'; // a period in the name: the PDF must still be "<document name>.pdf"
const OTHER = 'เทศบาลตำบลทดสอบ';
const NOW = () => new Date(Date.UTC(2023, 3, 10, 3));
const COLLEAGUE = 'colleague@example.go.th';
const DISTRICT = 'district@example.go.th';
const header = SHEETS.measures.columns.map((c) => c.th);
const measure = (unit: string, n: number) => [unit, 2566, String(n), `มาตรการที่ ${n}`, '7', 'วิธีการ', 'สำนักปลัด', 'ไตรมาส 2', '6, 12', 'อยู่ระหว่างดำเนินการ', '', '', '', '', ''];

function grids(settings: Record<string, unknown> = {}): WorkbookGrids {
  return seedWorkbook({
    units: [UNIT, OTHER],
    settings: { fiscal_year: 2566, ...settings },
    measures: [header, measure(UNIT, 1), measure(OTHER, 1)],
    scores: [SHEETS.scores.columns.map((c) => c.th), [UNIT, 2565, 1, 90], [OTHER, 2565, 1, 80]],
  });
}

let env: Env;
let docs: FakeDocs;
let undo = () => {};
function setUp(settings: Record<string, unknown> = {}, options: FakeDocsOptions = {}): void {
  env = fakeEnv(grids(settings));
  docs = createFakeDocs(options);
  undo = docs.install();
  env.ss.people.editors.push(COLLEAGUE);
  env.ss.people.viewers.push(DISTRICT);
}
afterEach(() => {
  undo();
  env.uninstall();
});

const store = () => docs.drive.store;
const logRows = () => env.ss._sheet(SHEETS.reportLog.th)._values().slice(1);
const col = (key: string) => SHEETS.reportLog.columns.findIndex((c) => c.key === key);
const folders = (): DriveFile[] => [...store().files.values()].filter((f) => f.mimeType === FOLDER_MIME && f.id !== store()._root());
const remembered = () => JSON.parse(String(env.properties.document.getProperty(FOLDER_PROPERTY))) as { id: string; name: string; by: string };
const parentOf = (id: string) => store().lookup(id)?.parents[0];
const report = (unit = UNIT) => generateReport({ unit }, { now: NOW });

describe('the workbook\'s folder', () => {
  it('the first document makes "ITA Tracker — <workbook>", remembered in the document properties; the next is filed there too', () => {
    setUp();
    expect(sidebarData(null, NOW()).folder).toBeUndefined();
    const first = report();
    expect(folders().map((f) => f.name)).toEqual(['ITA Tracker — ITA']);
    const folder = folders()[0];
    expect(remembered()).toMatchObject({ id: folder.id, name: 'ITA Tracker — ITA', by: 'staff@example.go.th' });
    expect(first.folder).toEqual({ url: `https://drive.google.com/drive/folders/${folder.id}`, name: 'ITA Tracker — ITA' });
    expect(first.notes.map((n) => n.th)).toContain('สร้างโฟลเดอร์ "ITA Tracker — ITA" สำหรับเอกสารทุกฉบับของสเปรดชีตนี้แล้ว (ดูลิงก์ได้ในแผงควบคุม)');
    expect(sidebarData(null, NOW()).folder).toEqual(first.folder); // the sidebar shows it with its link

    env.calls.reset();
    const second = report(OTHER);
    expect(folders()).toHaveLength(1);
    expect(docs.documentApp.documents.map((d) => parentOf(d.id))).toEqual([folder.id, folder.id]);
    expect(second.notes.some((n) => n.th.startsWith('สร้างโฟลเดอร์'))).toBe(false);
    // Reused: one files.get to see it is still there, no folder made.
    expect(env.calls.count('Drive.Files.get')).toBe(1);
    expect(env.calls.count('Drive.Files.create')).toBe(1); // the PDF only
  });

  it('the plan and the all-units run are filed in the same folder', () => {
    setUp();
    generatePlan({ unit: UNIT, draft: true }, { now: NOW }); // seed 000 has no analysis notes: a draft, filed as any document
    generateAllReportsIn(env.ss as never, 'th', {}, { now: NOW });
    expect(folders()).toHaveLength(1);
    expect(docs.documentApp.documents).toHaveLength(3);
    expect(docs.documentApp.documents.every((d) => parentOf(d.id) === folders()[0].id)).toBe(true);
  });

  it('a trashed folder is made again and remembered; the document goes into the new one', () => {
    setUp();
    report();
    const old = folders()[0];
    old.trashed = true;
    report(OTHER);
    const fresh = folders().find((f) => !f.trashed) as DriveFile;
    expect(fresh.id).not.toBe(old.id);
    expect(remembered().id).toBe(fresh.id);
    expect(parentOf(docs.documentApp.documents[1].id)).toBe(fresh.id);
  });

  it('a deleted folder (Drive: 404 File not found) is made again', () => {
    setUp();
    report();
    const old = folders()[0];
    store().files.delete(old.id);
    const r = report(OTHER);
    expect(folders()).toHaveLength(1);
    expect(folders()[0].id).not.toBe(old.id);
    expect(r.notes.some((n) => n.th.startsWith('สร้างโฟลเดอร์'))).toBe(true);
  });

  it('a colleague\'s folder this person cannot reach (drive.file: 404) is not replaced: the document stays in My Drive, shared itself, and both say why', () => {
    setUp();
    const theirs = store()._foreign('ITA Tracker — ITA');
    env.properties.document.setProperty(FOLDER_PROPERTY, JSON.stringify({ id: theirs.id, name: theirs.name, by: COLLEAGUE, shared: {}, refused: {}, anyone: false }));
    const r = report();
    const doc = docs.documentApp.documents[0];
    expect(parentOf(doc.id)).toBe(store()._root());
    expect(remembered().id).toBe(theirs.id);
    expect(doc.viewers).toEqual([COLLEAGUE, DISTRICT]);
    expect(r.notes.map((n) => n.th)).toContain(
      `เก็บเอกสารเข้าโฟลเดอร์ของสเปรดชีตไม่ได้ เพราะโฟลเดอร์ของสเปรดชีตนี้สร้างโดย ${COLLEAGUE} และบัญชีของคุณเข้าถึงผ่านส่วนเสริมไม่ได้ เอกสารยังครบและอยู่ใน My Drive ของคุณ`);
    expect(String(logRows()[0][col('note')])).toContain(`ไม่ได้เก็บในโฟลเดอร์: โฟลเดอร์ของสเปรดชีตนี้สร้างโดย ${COLLEAGUE}`);
  });

  it('a folder this person may only view (403 insufficientFilePermissions): the document stays where it is, whole, shared, logged', () => {
    setUp();
    report();
    folders()[0].readOnly = true;
    const r = report(OTHER);
    const doc = docs.documentApp.documents[1];
    expect(parentOf(doc.id)).toBe(store()._root());
    expect(doc.saved).toBe(true);
    expect(doc.viewers).toEqual([COLLEAGUE, DISTRICT]);
    expect(r.notes.map((n) => n.en)).toContain('The document could not be filed in the workbook\'s folder: Google Drive said: '
      + 'GoogleJsonResponseException: API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.. It is whole, in your My Drive');
    expect(logRows()[1][col('link')]).toBe(doc.getUrl());
    expect(logRows()[1][col('pdf')]).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//); // the PDF beside it, in My Drive
  });

  it('the Drive API off in the Cloud project: the document is made, shared itself and logged; the person is told', () => {
    setUp();
    store().broken = 'Google Drive API has not been used in project 123 before or it is disabled.';
    const r = report();
    expect(docs.documentApp.documents[0].viewers).toEqual([COLLEAGUE, DISTRICT]);
    expect(r.notes.some((n) => n.th.includes('Google Drive API has not been used in project 123'))).toBe(true);
    expect(logRows()).toHaveLength(1);
  });
});

describe('shared once, through the folder (Settings แชร์รายงาน)', () => {
  it('ผู้ดู: the folder is shared with the workbook\'s people without e-mails; documents inherit it; the next document adds nobody', () => {
    setUp();
    report();
    const folder = folders()[0];
    expect(folder.permissions.map((p) => [p.emailAddress, p.role])).toEqual([[COLLEAGUE, 'reader'], [DISTRICT, 'reader']]);
    const doc = docs.documentApp.documents[0];
    expect(doc.viewers).toEqual([]); // nothing on the document itself
    expect(store()._access(doc.id).map((p) => p.emailAddress)).toEqual([COLLEAGUE, DISTRICT]);
    expect(logRows()[0][col('sharedWith')]).toBe(`ผ่านโฟลเดอร์ ผู้ดู: ${COLLEAGUE}, ${DISTRICT}`);

    env.calls.reset();
    report(OTHER);
    expect(env.calls.count('Drive.Permissions.create')).toBe(0);
    env.ss.people.viewers.push('new@example.go.th');
    env.calls.reset();
    generatePlan({ unit: UNIT, draft: true }, { now: NOW }); // seed 000 has no analysis notes: a draft, filed as any document
    expect(env.calls.count('Drive.Permissions.create')).toBe(1);
    expect(folder.permissions.map((p) => p.emailAddress)).toContain('new@example.go.th');
  });

  it('ผู้แก้ไข: editors are writers of the folder, viewers readers', () => {
    setUp({ share_reports: 'ผู้แก้ไข' });
    report();
    expect(folders()[0].permissions.map((p) => [p.emailAddress, p.role])).toEqual([[COLLEAGUE, 'writer'], [DISTRICT, 'reader']]);
    expect(logRows()[0][col('sharedWith')]).toBe(`ผ่านโฟลเดอร์ ผู้แก้ไข: ${COLLEAGUE}; ผู้ดู: ${DISTRICT}`);
  });

  it('an address the domain refuses is named once and not asked again', () => {
    setUp();
    env.ss.people.viewers.push('someone@gmail.com');
    store().refuse = (p) => (p.emailAddress?.endsWith('@gmail.com')
      ? { code: 403, reason: 'shareOutNotPermitted', message: 'Bad Request. User message: "You cannot share this item with someone@gmail.com."' } : null);
    const r = report();
    expect(r.notes.map((n) => n.th).some((n) => n.startsWith('เพิ่มสิทธิ์ให้ไม่ได้: someone@gmail.com'))).toBe(true);
    env.calls.reset();
    report(OTHER);
    expect(env.calls.count('Drive.Permissions.create')).toBe(0);
    expect(String(logRows()[1][col('note')])).toContain('แชร์ไม่ได้: someone@gmail.com');
  });
});

describe('สาธารณะ: anyone with the link may view', () => {
  it('the folder opens to anyone with the link (type anyone, role reader, no e-mail option); documents and PDFs inherit it; the log says so', () => {
    setUp({ share_reports: 'สาธารณะ' });
    const r = report();
    const folder = folders()[0];
    expect(folder.permissions.find((p) => p.type === 'anyone')).toEqual({ id: 'anyoneWithLink', type: 'anyone', role: 'reader' });
    const doc = docs.documentApp.documents[0];
    expect(store()._access(doc.id).some((p) => p.type === 'anyone')).toBe(true);
    const pdf = store()._children(folder.id).find((f) => f.mimeType === 'application/pdf') as DriveFile;
    expect(store()._access(pdf.id).some((p) => p.type === 'anyone')).toBe(true);
    expect(logRows()[0][col('link')]).toBe(r.url);
    expect(logRows()[0][col('sharedWith')]).toBe(`ทุกคนที่มีลิงก์; ผ่านโฟลเดอร์ ผู้ดู: ${COLLEAGUE}, ${DISTRICT}`);
    expect(r.notes.map((n) => n.th)).toContain('ทุกคนที่มีลิงก์เปิดดูได้ (ใช้ลิงก์นี้เผยแพร่บนเว็บไซต์ได้)');
  });

  it('a domain policy that forbids it (publishOutNotPermitted): the document is made and shared as before, the person and the log are told', () => {
    setUp({ share_reports: 'สาธารณะ' });
    store().refuse = (p) => (p.type === 'anyone' ? { code: 403, reason: 'publishOutNotPermitted', message: 'Bad Request. User message: ""' } : null);
    const r = report();
    expect(folders()[0].permissions.map((p) => p.emailAddress)).toEqual([COLLEAGUE, DISTRICT]);
    expect(r.notes.map((n) => n.en).find((n) => n.startsWith('Could not let anyone'))).toContain('API call to drive.permissions.create failed with error: Bad Request.');
    expect(String(logRows()[0][col('note')])).toContain('เปิดสาธารณะไม่ได้: GoogleJsonResponseException');
    expect(logRows()[0][col('sharedWith')]).toBe(`ผ่านโฟลเดอร์ ผู้ดู: ${COLLEAGUE}, ${DISTRICT}`);
  });

  it('back to ผู้ดู: the folder stays public (published links keep working) and the person is told', () => {
    setUp({ share_reports: 'สาธารณะ' });
    report();
    env.ss._sheet(SHEETS.settings.th).getRange(2, 1, 20, 2).getValues().forEach((row, i) => {
      if (row[0] === 'แชร์รายงาน') env.ss._sheet(SHEETS.settings.th).getRange(i + 2, 2).setValue('ผู้ดู');
    });
    const r = report(OTHER);
    expect(r.notes.map((n) => n.th).some((n) => n.startsWith('โฟลเดอร์ยังเปิดให้ทุกคนที่มีลิงก์ดูได้'))).toBe(true);
  });

  it('not filed (no Drive service): the document itself cannot be opened to anyone; told', () => {
    setUp({ share_reports: 'สาธารณะ' }, { advancedDrive: false });
    const r = report();
    expect(docs.documentApp.documents[0].viewers).toEqual([COLLEAGUE, DISTRICT]);
    expect(r.notes.map((n) => n.th)).toContain('เปิดให้ทุกคนที่มีลิงก์ดูไม่ได้ (สคริปต์ยังไม่ได้เปิดบริการ Google Drive API) ผู้ดูแลโดเมนอาจไม่อนุญาต เอกสารยังแชร์ตามเดิม');
  });
});

describe('the PDF beside each document (Settings บันทึก PDF)', () => {
  it('saved in the folder as "<document name>.pdf" after the Docs pass, linked in the log\'s PDF column, the dialog and the sidebar', () => {
    setUp();
    const r = report();
    const folder = folders()[0];
    const pdf = store()._children(folder.id).find((f) => f.mimeType === 'application/pdf') as DriveFile;
    expect(pdf.name).toBe(`${r.name}.pdf`);
    expect(Buffer.from(pdf.bytes ?? []).toString('utf8')).toMatch(/^%PDF-1\.4\n/);
    expect(Buffer.from(pdf.bytes ?? []).toString('utf8')).toContain(UNIT);
    expect(r.pdfUrl).toBe(`https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`);
    expect(logRows()[0][col('pdf')]).toBe(r.pdfUrl);
    // The conversion reads what was saved, after the Docs pass.
    const log = env.calls.log;
    expect(log.lastIndexOf('Docs.Documents.batchUpdate')).toBeLessThan(log.indexOf('DocumentApp.openById'));

    const ok = sidebarGenerateReport({ unit: OTHER, year: 2566, round: 6, memo: false, thaiDigits: true });
    expect(ok.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    withPrompts(env.ui, ['1', '']);
    main.menuGenerateReport();
    const html = (env.ui.dialogs[0].html as FakeHtmlOutput).getContent();
    expect(html).toContain('เปิดไฟล์ PDF');
    expect(html).toContain(`drive/folders/${folder.id}`);
  });

  it('a conversion that fails: the document is whole, filed and logged without a PDF; the person is told how to download one', () => {
    setUp();
    docs.documentApp.pdfRefuses = 'Exception: Service Documents failed while accessing document.';
    const r = report();
    expect(docs.documentApp.documents[0].saved).toBe(true);
    expect(r.pdfUrl).toBeUndefined();
    expect(logRows()[0][col('pdf')]).toBe('');
    expect(logRows()[0][col('note')]).toBe('ไม่มี PDF: Exception: Service Documents failed while accessing document.');
    expect(r.notes.map((n) => n.th)).toContain('บันทึก PDF ไม่ได้ (Exception: Service Documents failed while accessing document.) เอกสารยังครบถ้วน: เปิดเอกสารแล้วเลือก ไฟล์ → ดาวน์โหลด → PDF');
  });

  it('บันทึก PDF = FALSE: no conversion, no PDF', () => {
    setUp({ save_pdf: false });
    const r = report();
    expect(env.calls.count('DocumentApp.openById')).toBe(0);
    expect(r.pdfUrl).toBeUndefined();
    expect(store()._children(folders()[0].id).map((f) => f.mimeType)).toEqual(['application/vnd.google-apps.document']);
  });

  it('an older log without the PDF column keeps working: the column is added at its end', () => {
    setUp();
    const old = SHEETS.reportLog.columns.filter((c) => c.key !== 'pdf').map((c) => c.th);
    env.ss._addSheet(SHEETS.reportLog.th, [old, [NOW(), OTHER, 2566, 6, 'https://docs.google.com/document/d/x/edit', '', 'รายงานผล', '', '', '']]);
    const r = report();
    const values = env.ss._sheet(SHEETS.reportLog.th)._values();
    expect(values[0][values[0].length - 1]).toBe('PDF');
    expect(values[2][values[0].length - 1]).toBe(r.pdfUrl);
    expect(values[1][4]).toBe('https://docs.google.com/document/d/x/edit');
  });
});

describe('calls stay flat', () => {
  it('a second document: the same Drive calls whatever the report (one get, one update, one create; no sharing)', () => {
    setUp();
    report();
    env.calls.reset();
    report(OTHER);
    const drive = Object.fromEntries(Object.entries(env.calls.snapshot()).filter(([k]) => /^(Drive\.|Properties|DocumentApp\.openById|Document\.getAs)/.test(k)));
    expect(drive).toEqual({
      'DocumentApp.openById': 1, 'Document.getAs': 1, 'Drive.Files.create': 1, 'Drive.Files.get': 1, 'Drive.Files.update': 1,
      'Properties.getProperty': 1, 'PropertiesService.getDocumentProperties': 1,
    });
  });
});
