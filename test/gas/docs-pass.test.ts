/**
 * The Docs API pass: requests planned from the report model and the document's own Document
 * JSON, checked against the fake's emulation of the documented index rules and errors.
 */
import type { ReportDoc, TableBlock } from '../../src/core/documents';
import { buildReport, REPORT_STYLE, signatureBlock } from '../../src/core/documents';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { renderReportBody } from '../../src/gas/document-renderer';
import { applyDocsPass, headerMerges, LANDSCAPE_CONTENT_WIDTH_PT, planDocsPass, type DocsDocument, type DocsService } from '../../src/gas/docs-pass';
import { createFakeDocs, FakeBlob, type FakeDocs } from './fakes/document';
import { documentJson, nodesOfBody, paragraphText, sectionsOf, type TableNode } from './fakes/docs-api';
import { fakeEnv, type Env } from './helpers';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);

function workbook(n: number) {
  const statuses = ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการเรียบร้อยแล้ว'];
  const rows = Array.from({ length: n }, (_, i) => [
    SEED000_UNIT, 2566, String(i + 1), `มาตรการที่ ${i + 1}`, ['7', '9', '8', '10'][i % 4], `วิธีการ ${i + 1}`, 'สำนักปลัด',
    `ไตรมาส ${(i % 4) + 1}`, '6, 12', statuses[i % 3], '', '', '', '', '',
  ]);
  return seedWorkbook({ settings: { fiscal_year: 2566, weak_count: 5 }, measures: [header('measures'), ...rows] });
}

/** The report model of `n` measures; the measures section on landscape pages (as issue 9 lays it out). */
function model(n: number, memo = true): ReportDoc {
  const report = buildReport(analyse(workbook(n)), { unit: SEED000_UNIT, memo, asOf: { year: 2023, month: 4, day: 10 } });
  const measures = report.sections.find((s) => s.id === 'measures');
  if (!measures) throw new Error('test: no measures section');
  measures.orientation = 'landscape';
  return report;
}

let env: Env;
let docs: FakeDocs;
let undo = () => {};
beforeEach(() => {
  env = fakeEnv();
  docs = createFakeDocs();
  undo = docs.install();
});
afterEach(() => {
  undo();
  env.uninstall();
});

/** DocumentApp builds and saves the document, as delivery does; returns its id. */
function saved(report: ReportDoc): string {
  const doc = docs.documentApp.create(report.meta.name);
  renderReportBody(doc.getBody() as unknown as GoogleAppsScript.Document.Body, report);
  doc.saveAndClose();
  return doc.getId();
}

const service = (): DocsService => docs.docsApi as unknown as DocsService;
const get = (id: string): DocsDocument => docs.docsApi.Documents.get(id) as DocsDocument;

describe('the fake Docs API: the documented index rules', () => {
  it('a paragraph is its text plus a newline; a table one index at its start, one per row, one per cell, one at its end', () => {
    const json = documentJson('d', 't', nodesOfBody([]));
    expect((json.body as { content: unknown[] }).content).toEqual([
      { endIndex: 1, sectionBreak: { sectionStyle: { sectionType: 'CONTINUOUS' } } },
      expect.objectContaining({ startIndex: 1, endIndex: 2 }),
    ]);
    const doc = docs.documentApp.create('x');
    doc.getBody().appendParagraph('ab');
    doc.getBody().appendTable([['x', ''], ['', 'yz']]);
    doc.getBody().appendParagraph('สวัสดี');
    doc.saveAndClose();
    const content = (get(doc.getId()).body?.content ?? []) as { startIndex?: number; endIndex: number; table?: { tableRows: { startIndex: number; tableCells: { startIndex: number; endIndex: number }[] }[] } }[];
    // break 0–1 | the new document's empty paragraph 1–2 | 'ab⏎' 2–5 | table 5–20 | 'สวัสดี⏎' 20–27
    expect(content.map((e) => [e.startIndex, e.endIndex])).toEqual([[undefined, 1], [1, 2], [2, 5], [5, 20], [20, 27]]);
    // table 5; row 6: cell 7 + 'x⏎' 8–10, cell 10 + '⏎' 11–12; row 12: cell 13 + '⏎' 14–15, cell 15 + 'yz⏎' 16–19; end 19–20
    const rows = content[3].table?.tableRows ?? [];
    expect(rows.map((r) => r.startIndex)).toEqual([6, 12]);
    expect(rows.map((r) => r.tableCells.map((c) => [c.startIndex, c.endIndex]))).toEqual([[[7, 10], [10, 12]], [[13, 15], [15, 19]]]);
  });

  it('before saveAndClose the API still sees the new, empty document', () => {
    const doc = docs.documentApp.create('x');
    doc.getBody().appendParagraph('ยังไม่บันทึก');
    expect((get(doc.getId()).body?.content ?? []).length).toBe(2);
  });
});

describe('planDocsPass + one batchUpdate: the Google Doc laid out as the model says', () => {
  it('puts the landscape section on its own flipped pages, portrait before it, the summary and signature on its last page', () => {
    const report = model(10);
    const id = saved(report);
    const outcome = applyDocsPass(id, report, service());
    expect(outcome).toMatchObject({ applied: true, leftOut: [], calls: 2 });
    const all = sectionsOf(docs.docsApi.Documents._model(id));
    // The memo is a section of its own (its pages are not numbered), then the report's.
    expect(all.map((s) => s.flipped)).toEqual([false, false, true]);
    expect(all[0].text.join('\n')).toContain('บันทึกข้อความ');
    const sections = all.slice(1);
    // The landscape section holds the measures heading, its intro, the measures table and the status summary.
    const textOf = (id: string) => report.sections.find((s) => s.id === id)?.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind === 'signature' ? b.lines[0] : '')) ?? [];
    expect(sections[1].text).toContain(textOf('measures')[0]);
    // Issue 19: the summary and the signature run on after the measures table, on its last landscape page.
    expect(sections[1].tables.map((t) => paragraphText(t.rows[0][0].paragraphs[0]))).toEqual(['มาตรการ/กิจกรรม', 'สถานะ']);
    expect(sections[0].text.join('\n')).toContain(textOf('title')[0]);
    expect(sections[1].text.join('\n')).toContain(textOf('signature')[0].split('\n')[0]);
    expect(sections[0].tables).toHaveLength(2); // ranking and section 2's table stay portrait
  });

  it('merges the header cells the model spans, and repeats header rows on each page', () => {
    const report = model(10);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const tables = sectionsOf(docs.docsApi.Documents._model(id)).flatMap((s) => s.tables);
    const measures = tables[2];
    const head = measures.rows[0];
    // Issue 9's ten columns: five spanning two rows, the status header over three marks, result and outcome.
    expect(head.map((c) => [c.rowSpan, c.columnSpan])).toEqual([[2, 1], [2, 1], [2, 1], [2, 1], [2, 1], [1, 3], [1, 1], [1, 1], [2, 1], [2, 1]]);
    expect(head.map((c) => c.covered)).toEqual([false, false, false, false, false, false, true, true, false, false]);
    expect(paragraphText(head[5].paragraphs[0])).toBe('สถานะการดำเนินงาน');
    expect(head[5].paragraphs).toHaveLength(1); // the covered cells were empty: nothing appended
    expect(measures.rows[1].map((c) => c.covered)).toEqual([true, true, true, true, true, false, false, false, true, true]);
    expect(tables.map((t: TableNode) => t.pinnedHeaderRows)).toEqual([1, 1, 2, 1]);
  });

  it('keeps the measures rows that fit on a page whole (preventOverflow), in one request whatever the number of rows', () => {
    const report = model(10);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const measures = sectionsOf(docs.docsApi.Documents._model(id)).flatMap((s) => s.tables)[2];
    const block = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.role === 'measures') as TableBlock;
    const expected = (block.keepRowsWhole ?? []).flatMap((k, r) => (k ? [2 + r] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(measures.preventOverflow).toEqual(expected);
    const requests = docs.docsApi.Documents.batches[docs.docsApi.Documents.batches.length - 1].requests;
    expect(requests.filter((q) => 'updateTableRowStyle' in q)).toHaveLength(1);
  });

  it('widens the landscape table to the landscape text width; other tables keep DocumentApp\'s widths', () => {
    const report = model(10);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const tables = sectionsOf(docs.docsApi.Documents._model(id)).flatMap((s) => s.tables);
    const widths = Object.values(tables[2].columnWidths);
    expect(widths).toHaveLength(10);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(LANDSCAPE_CONTENT_WIDTH_PT, 0);
    // 1.5 cm left and right on the landscape pages, set on that section only (the .docx's too).
    expect(LANDSCAPE_CONTENT_WIDTH_PT).toBeCloseTo(REPORT_STYLE.page.height - 42.52 - 42.52, 2);
    const sections = sectionsOf(docs.docsApi.Documents._model(id));
    expect(sections.filter((s) => s.flipped).map((s) => s.margins)).toEqual([{ left: 42.52, right: 42.52 }]);
    expect(sections.filter((s) => !s.flipped).map((s) => s.margins)).toEqual(sections.filter((s) => !s.flipped).map(() => ({})));
    expect(tables[0].columnWidths).toEqual({});
  });

  it('centres the status marks of the measures table (seed 001), which DocumentApp could only do row by row', () => {
    const report = model(6);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const measures = sectionsOf(docs.docsApi.Documents._model(id)).find((s) => s.flipped)?.tables[0] as TableNode;
    const body = measures.rows.slice(2);
    expect(body.map((row) => row.map((c) => c.paragraphs[0].style.alignment ?? null))).toEqual(
      body.map(() => [null, null, null, null, null, 'CENTER', 'CENTER', 'CENTER', null, null]));
    expect(body.map((row) => row.slice(5, 8).map((c) => paragraphText(c.paragraphs[0])).join(''))).toEqual(['/', '/', '/', '/', '/', '/']);
  });

  it('keeps every heading (and paragraphs marked so) with what follows', () => {
    const report = model(10);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const nodes = docs.docsApi.Documents._model(id);
    // (The empty paragraph a section break's newline splits off a heading keeps its style: harmless.)
    const kept = nodes.filter((n) => n.kind === 'paragraph' && n.style.keepWithNext).map((n) => paragraphText(n as never)).filter((t) => t !== '');
    const wanted = report.sections.flatMap((s) => s.blocks).flatMap((b) =>
      b.kind === 'heading' ? [b.text] : b.kind === 'paragraph' && b.keepWithNext ? [b.runs.map((r) => r.text).join('')] : []);
    expect(wanted.length).toBeGreaterThan(5);
    // A list block (the overdue measures) is one paragraph of lines (line breaks, \u000b, in the document).
    const flat = (t: string) => t.replace(/[\n\r\u000b]/g, '');
    expect(kept.map(flat)).toEqual(wanted.map(flat));
  });

  it('keeps every signature block whole: each of its paragraphs keeps its lines together and stays with the next', () => {
    const report = buildReport(analyse(workbook(6)), { unit: SEED000_UNIT, memo: true, endorsement: true, asOf: { year: 2023, month: 4, day: 10 } });
    const id = saved(report);
    expect(applyDocsPass(id, report, service())).toMatchObject({ applied: true, leftOut: [] });
    const paragraphs = docs.docsApi.Documents._model(id).filter((n) => n.kind === 'paragraph') as { style: { keepWithNext?: boolean; keepLinesTogether?: boolean }; parts: unknown[] }[];
    const texts = paragraphs.map((n) => paragraphText(n as never).replace(/\u000b/g, '\n'));
    const signatures = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'signature');
    // The memo's, its routing (issue 19: the chief's comment and the executive's order, each a heading,
    // two lines to write on and its signature; the first kept with the second), and the report's.
    expect(signatures).toHaveLength(4);
    for (const sig of signatures) {
      if (sig.kind !== 'signature') continue;
      const own = [...(sig.lead ?? []).map((l) => l.text), sig.lines.join('\n')];
      const at = texts.findIndex((t, i) => own.every((o, k) => texts[i + k] === o));
      expect(at).toBeGreaterThanOrEqual(0);
      const styles = paragraphs.slice(at, at + own.length).map((n) => n.style);
      expect(styles.every((st) => st.keepLinesTogether === true)).toBe(true);
      expect(styles.map((st) => st.keepWithNext)).toEqual(own.map((_, k) => k < own.length - 1 || sig.keepWithNext === true));
    }
    expect(signatures.map((b) => b.kind === 'signature' && (b.lead ?? []).length)).toEqual([0, 3, 3, 0]);
    expect(signatures.map((b) => b.kind === 'signature' && !!b.keepWithNext)).toEqual([false, true, false, false]);
  });

  it('a signature block kept with the next (the memo\'s routing) keeps its last paragraph with the next too', () => {
    const report = model(4);
    const memo = report.sections[0].blocks;
    const at = memo.findIndex((b) => b.kind === 'signature');
    memo.splice(at + 1, 0,
      signatureBlock({ heading: 'ความเห็นของปลัด', writingLines: 2, lines: ['(ลงชื่อ)..........', '(..........)', 'ปลัด'], keepWithNext: true }),
      signatureBlock({ heading: 'คำสั่งของผู้บริหาร', writingLines: 2, lines: ['(ลงชื่อ)..........', '(..........)', 'นายก'] }));
    const id = saved(report);
    expect(applyDocsPass(id, report, service())).toMatchObject({ applied: true, leftOut: [] });
    const paragraphs = docs.docsApi.Documents._model(id).filter((n) => n.kind === 'paragraph') as { style: { keepWithNext?: boolean; keepLinesTogether?: boolean } }[];
    const texts = paragraphs.map((n) => paragraphText(n as never));
    const chief = texts.indexOf('ความเห็นของปลัด');
    const order = texts.indexOf('คำสั่งของผู้บริหาร');
    expect(order).toBe(chief + 4);
    expect(paragraphs.slice(chief, order + 4).map((n) => n.style.keepWithNext)).toEqual([true, true, true, true, true, true, true, false]);
    expect(paragraphs.slice(chief, order + 4).every((n) => n.style.keepLinesTogether)).toBe(true);
  });

  it('prepares the page numbers: memo and cover on sections of their own, the memo from 1 (its own document), the cover not counted; the report from 1, no number on its first page', () => {
    const report = buildReport(analyse(workbook(6)), { unit: SEED000_UNIT, memo: true, cover: true, endorsement: true, asOf: { year: 2023, month: 4, day: 10 } });
    const id = saved(report);
    expect(applyDocsPass(id, report, service())).toMatchObject({ applied: true, leftOut: [] });
    const nodes = docs.docsApi.Documents._model(id);
    const sections = sectionsOf(nodes);
    // memo | cover | the report's portrait pages | the measures, summary and signature (landscape)
    expect(sections.map((s) => [s.flipped, s.firstPageDifferent ?? false, s.pageNumberStart ?? null])).toEqual([
      [false, true, 1], [false, true, null], [false, true, 1], [true, false, null],
    ]);
    expect(sections[0].text.join('\n')).toContain('บันทึกข้อความ');
    expect(sections[1].text.filter((t) => t !== '')[0]).toBe('รายงานผลการดำเนินการตามมาตรการ');
    expect(sections[2].text.join('\n')).toContain('๑. ผลการประเมิน');
    // The page breaks that ended the memo and the cover became those section breaks: no blank page.
    expect(nodes.some((n) => n.kind === 'paragraph' && n.parts.some((p) => p.kind === 'pageBreak'))).toBe(false);
  });

  it('a document that opens with its title (no memo, no cover) restarts at 1 in the body\'s first section', () => {
    const report = model(4, false);
    const id = saved(report);
    applyDocsPass(id, report, service());
    const sections = sectionsOf(docs.docsApi.Documents._model(id));
    expect(sections.map((s) => [s.flipped, s.firstPageDifferent ?? false, s.pageNumberStart ?? null])).toEqual([
      [false, true, 1], [true, false, null],
    ]);
  });

  it('sends its requests in descending index order, section style right after the break it creates', () => {
    const report = model(10);
    const plan = planDocsPass(report, get(saved(report)));
    const at = (r: Record<string, any>): number => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const v = Object.values(r)[0];
      return v.location?.index ?? v.range?.startIndex ?? v.tableStartLocation?.index ?? v.tableRange?.tableCellLocation?.tableStartLocation?.index;
    };
    const kinds = plan.requests.map((r) => Object.keys(r)[0]);
    const breaks = kinds.map((k, i) => (k === 'insertSectionBreak' ? i : -1)).filter((i) => i >= 0);
    // Before the landscape run, which ends the document (then its flip), after the memo (then the report's numbering).
    expect(breaks).toHaveLength(2);
    expect(breaks.map((i) => kinds[i + 1])).toEqual(['updateSectionStyle', 'updateSectionStyle']);
    expect(Object.values(plan.requests[breaks[1] + 1])[0]).toMatchObject({ sectionStyle: { useFirstPageHeaderFooter: true, pageNumberStart: 1 } });
    const positions = plan.requests.filter((r) => !('updateSectionStyle' in r)).map(at);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    expect(plan.unplaced).toEqual([]);
  });

  it('one get and one batchUpdate at every size; only the status cells\' alignment grows with the measures', () => {
    const small = model(10);
    const large = model(500);
    const a = planDocsPass(small, get(saved(small)));
    const b = planDocsPass(large, get(saved(large)));
    const aligns = (p: typeof a) => p.requests.filter((r) => (r as { updateParagraphStyle?: { fields: string } }).updateParagraphStyle?.fields === 'alignment');
    const others = (p: typeof a) => p.requests.filter((r) => !aligns(p).includes(r)).map((r) => Object.keys(r)[0]);
    expect(others(b)).toEqual(others(a));
    expect([aligns(a).length, aligns(b).length]).toEqual([10 * 3, 500 * 3]);
    env.calls.reset();
    const id = saved(large);
    env.calls.reset();
    applyDocsPass(id, large, service());
    expect(env.calls.snapshot()).toEqual({ 'Docs.Documents.batchUpdate': 1, 'Docs.Documents.get': 1 });
  });

  it('works without the memo and the chart (a section or block the document lacks is skipped in order)', () => {
    docs.charts.broken = true;
    const report = model(4, false);
    const id = saved(report);
    expect(applyDocsPass(id, report, service())).toMatchObject({ applied: true });
    expect(sectionsOf(docs.docsApi.Documents._model(id)).map((s) => s.flipped)).toEqual([false, true]);
  });

  it('a page break the model puts right before a section break is deleted (no blank page), the memo\'s too', () => {
    const report = model(4);
    const weak = report.sections.find((s) => s.id === 'weak');
    weak?.blocks.push({ kind: 'pageBreak' });
    const id = saved(report);
    expect(applyDocsPass(id, report, service())).toMatchObject({ applied: true });
    const nodes = docs.docsApi.Documents._model(id);
    const breaks = nodes.map((n, i) => (n.kind === 'paragraph' && n.parts.some((p) => p.kind === 'pageBreak') ? i : -1)).filter((i) => i >= 0);
    expect(breaks).toHaveLength(0); // the memo's became the section break before the title
    expect(sectionsOf(nodes).map((s) => s.flipped)).toEqual([false, false, true]);
  });

  it('a landscape section at the very start or end needs only one break', () => {
    const report = model(4, false);
    report.sections = report.sections.filter((s) => s.id !== 'signature' && s.id !== 'summary');
    const id = saved(report);
    applyDocsPass(id, report, service());
    expect(sectionsOf(docs.docsApi.Documents._model(id)).map((s) => s.flipped)).toEqual([false, true]);
    const first = model(4, false);
    first.sections.forEach((s) => { s.orientation = s.id === 'title' ? 'landscape' : undefined; });
    const id2 = saved(first);
    expect(applyDocsPass(id2, first, service())).toMatchObject({ applied: true });
    expect(sectionsOf(docs.docsApi.Documents._model(id2)).map((s) => s.flipped)).toEqual([true, false]);
  });
});

describe('the fake refuses what the Docs API refuses, and nothing is applied', () => {
  it('a section break at a table\'s start index', () => {
    const report = model(4);
    const id = saved(report);
    const table = (get(id).body?.content ?? []).find((e) => e.table);
    expect(() => docs.docsApi.Documents.batchUpdate({ requests: [
      { updatePararaphStyle: {} },
    ] }, id)).toThrow('Invalid requests[0].updatePararaphStyle');
    expect(() => docs.docsApi.Documents.batchUpdate({ requests: [
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 3 }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
      { insertSectionBreak: { location: { index: table?.startIndex }, sectionType: 'NEXT_PAGE' } },
    ] }, id)).toThrow(/^GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests\[1\]\.insertSectionBreak: The insertion index \(\d+\) must be inside the bounds of an existing paragraph/);
    // Atomic: the first request was not applied either.
    expect(docs.docsApi.Documents._model(id).some((n) => n.kind === 'paragraph' && n.style.keepWithNext)).toBe(false);
  });

  const tableStart = (id: string): number => (get(id).body?.content ?? []).find((e) => e.table)?.startIndex ?? -1;

  it('a merge whose table start is not a table, a range past the end, a flip without a value, bad row styles', () => {
    const report = model(4);
    const id = saved(report);
    const end = (get(id).body?.content ?? []).slice(-1)[0].endIndex ?? 0;
    const bad = [
      { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: { index: 1 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 } } },
      { updateParagraphStyle: { range: { startIndex: end - 1, endIndex: end + 5 }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: {}, fields: 'flipPageOrientation' } },
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: { marginLeft: { magnitude: -1, unit: 'PT' } }, fields: 'marginLeft' } },
      { insertSectionBreak: { location: { index: 2 }, sectionType: 'SECTION_TYPE_UNSPECIFIED' } },
      // A row style on a start that is not a table's, a row past the table's end, the field named but not set.
      { updateTableRowStyle: { tableStartLocation: { index: 1 }, rowIndices: [0], tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      { updateTableRowStyle: { tableStartLocation: { index: tableStart(id) }, rowIndices: [99], tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } },
      { updateTableRowStyle: { tableStartLocation: { index: tableStart(id) }, rowIndices: [0], tableRowStyle: {}, fields: 'preventOverflow' } },
      // keepLinesTogether is a boolean, set for the field named; tabStops and headingId are read-only.
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { keepLinesTogether: 'yes' }, fields: 'keepLinesTogether' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {}, fields: 'keepLinesTogether' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { tabStops: [] }, fields: 'tabStops' } },
      // A section's type is output only; pageNumberStart an integer; useFirstPageHeaderFooter a boolean.
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: { sectionType: 'NEXT_PAGE' }, fields: 'sectionType' } },
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: { pageNumberStart: 1.5 }, fields: 'pageNumberStart' } },
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: { useFirstPageHeaderFooter: 'yes' }, fields: 'useFirstPageHeaderFooter' } },
      { updateSectionStyle: { range: { startIndex: 1, endIndex: 2 }, sectionStyle: { firstPageHeaderId: 'kix.1' }, fields: 'firstPageHeaderId' } },
    ];
    for (const request of bad) expect(() => docs.docsApi.Documents.batchUpdate({ requests: [request] }, id)).toThrow(/Invalid requests\[0\]/);
  });

  it('a plan made from a stale get (before saveAndClose) does not fit: the pass reports it and leaves the document as made', () => {
    const report = model(4);
    const doc = docs.documentApp.create(report.meta.name);
    const stale = get(doc.getId());
    renderReportBody(doc.getBody() as unknown as GoogleAppsScript.Document.Body, report);
    doc.saveAndClose();
    const plan = planDocsPass(report, stale);
    expect(plan.unplaced.length).toBeGreaterThan(0);
  });
});

describe('without the Docs API the document is still made, and the pass says what it lacks', () => {
  it('the service not enabled (no Docs global): nothing called, every feature listed', () => {
    const report = model(4);
    const id = saved(report);
    delete (globalThis as { Docs?: unknown }).Docs; // as in a project whose manifest does not enable it
    env.calls.reset();
    expect(applyDocsPass(id, report)).toEqual({ applied: false, leftOut: ['landscape', 'merge', 'repeatHeader', 'align', 'keepWithNext', 'keepTogether'], reason: 'unavailable', calls: 0 });
    expect(env.calls.total).toBe(0);
  });

  it('the service failing (quota): the error is kept for the note', () => {
    const report = model(4);
    const id = saved(report);
    docs.docsApi.Documents.broken = 'Quota exceeded for quota metric \'Write requests\'';
    const outcome = applyDocsPass(id, report, service());
    expect(outcome).toMatchObject({ applied: false, reason: 'failed', calls: 1 });
    expect(outcome.detail).toContain('Quota exceeded');
  });

  it('headerMerges reads spans as the .docx does', () => {
    const merges = headerMerges([[{ text: 'a', rowSpan: 2 }, { text: 'b', colSpan: 2 }], [{ text: 'c' }, { text: 'd' }]], 3);
    expect(merges).toEqual([{ row: 0, column: 0, rowSpan: 2, columnSpan: 1 }, { row: 0, column: 1, rowSpan: 1, columnSpan: 2 }]);
  });
});

void FakeBlob;
