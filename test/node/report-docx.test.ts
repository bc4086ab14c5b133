/**
 * The offline renderer: the .docx is a zip; its word/document.xml is checked for the text,
 * the tables, the fonts (Sarabun, complex-script sizes), the page and the chart image.
 * Also `ita report` end to end on the sample workbook.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { buildReport, signatureBlock } from '../../src/core/documents';
import { renderDocx } from '../../src/node/docx-renderer';
import { writeReportDocx } from '../../src/node/docx-files';
import { chartPng } from '../../src/node/chart-png';
import { main } from '../../src/node/cli';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';
import { readable } from './docx-text';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const ASOF = { year: 2023, month: 4, day: 10 };
// Each ita report run now also logs its document into the .xlsx (issue 20): a read and an atomic write more.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));

function seedAnalysis(n = 3) {
  const rows = Array.from({ length: n }, (_, i) => [
    SEED000_UNIT, 2566, String(i + 1), `มาตรการ ${i + 1} <&>`, '7', `วิธีการ ${i + 1}`, 'สำนักปลัด', 'ไตรมาส 1', '6, 12',
    i === 0 ? 'ดำเนินการเรียบร้อยแล้ว' : 'ยังไม่ดำเนินการ', '', '', '', '', '',
  ]);
  return analyse(seedWorkbook({ settings: { fiscal_year: 2566 }, measures: [header('measures'), ...rows] }));
}

async function documentXml(bytes: Buffer): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  return { xml: await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string'), zip };
}

/** The text of the document, paragraph by paragraph. */
// The text a reader sees: the renderer's line-break marks (thai-breaks.ts) left out.
// The text a reader sees: the renderer's line-break marks (thai-breaks.ts) left out.
const textOf = (xml: string): string[] =>
  Array.from(xml.matchAll(/<w:p[ >].*?<\/w:p>/gs), (m) => Array.from(m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (t) => t[1]).join(''))
    .map((s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).map(readable);

describe('renderDocx', () => {
  const analysis = seedAnalysis();
  const report = buildReport(analysis, { unit: SEED000_UNIT, memo: true, asOf: ASOF });
  let xml = '';
  let zip: JSZip;
  beforeAll(async () => {
    ({ xml, zip } = await documentXml(await renderDocx(report)));
  });

  it('numbers the report\'s pages "- ๒ -" at the top from its second page; the memo is numbered on its own, from 1, none on its first page', async () => {
    const sections = xml.match(/<w:sectPr[ >].*?<\/w:sectPr>/gs) ?? [];
    // memo | report (portrait) | the measures table, then the summary and signature on its last page (landscape)
    expect(sections).toHaveLength(3);
    // A routing that runs onto the memo's second page reads "- ๒ -" there; its first page has none.
    expect(sections[0]).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    expect(sections[1]).toContain('<w:titlePg/>');
    expect(sections[2]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sections.map((x) => /w:orient="(\w+)"/.exec(x)?.[1])).toEqual(['portrait', 'portrait', 'landscape']);
    // Numbers run on across the sections (no restart), in Thai digits, with the page-number header on each.
    for (const x of sections.slice(2)) {
      expect(x).toMatch(/<w:pgNumType w:fmt="thaiNumbers"\/>/);
      expect(x).toContain('<w:headerReference w:type="default"');
    }
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => (zip.file(f) as JSZip.JSZipObject).async('string')));
    expect(headers.some((h) => h.includes('PAGE') && textOf(h).join('').replace(/\s/g, '') === '--')).toBe(true);
  });

  it('the cover is not counted: the memo numbered on its own, the cover without a number, the report numbered from its title page', async () => {
    for (const thaiDigits of [true, false]) {
      const covered = buildReport(analysis, { unit: SEED000_UNIT, memo: true, cover: true, endorsement: true, asOf: ASOF, thaiDigits });
      const { xml: x } = await documentXml(await renderDocx(covered));
      const sections = x.match(/<w:sectPr[ >].*?<\/w:sectPr>/gs) ?? [];
      // memo | cover | report (portrait, from its title page) | the measures table, summary and signature (landscape)
      expect(sections).toHaveLength(4);
      const fmt = thaiDigits ? 'thaiNumbers' : 'decimal';
      // The memo: from 1, no number on its first page. The cover: an empty header (Word would carry the memo's on), no number.
      expect(sections[0]).toMatch(new RegExp(`<w:pgNumType w:start="1" w:fmt="${fmt}"/>`));
      expect(sections[0]).toContain('<w:titlePg/>');
      expect(sections[1]).not.toMatch(/<w:pgNumType w:/);
      expect(sections[1]).not.toContain('<w:titlePg/>');
      expect(sections[2]).toMatch(new RegExp(`<w:pgNumType w:start="1" w:fmt="${fmt}"/>`));
      expect(sections[2]).toContain('<w:titlePg/>');
      expect(sections[2]).toContain('<w:headerReference w:type="first"');
      for (const later of sections.slice(3)) {
        expect(later).toMatch(new RegExp(`<w:pgNumType w:fmt="${fmt}"/>`));
        expect(later).not.toContain('w:start=');
      }
      // The memo's and the cover's page breaks became their section breaks (no blank page).
      expect(x).not.toContain('<w:br w:type="page"/>');
      const text = textOf(x);
      expect(text.indexOf('บันทึกข้อความ')).toBe(0);
    }
  });

  it('a wrapped memo header value (เรื่อง…) runs on under its first line: a hanging indent of the label\'s width', () => {
    const subject = (xml.match(/<w:p>(?:(?!<\/w:p>).)*?เรื่อง(?:(?!<\/w:p>).)*?<\/w:p>/s) ?? [''])[0];
    expect(subject).toMatch(/<w:ind w:left="920" w:hanging="920"\/>/);
  });

  it('keeps the highest and the lowest score together: one paragraph', () => {
    const highest = (xml.match(/<w:p>(?:(?!<\/w:p>).)*?คะแนนสูงสุด(?:(?!<\/w:p>).)*?<\/w:p>/s) ?? [''])[0];
    expect(textOf(highest).join('')).toBe('คะแนนสูงสุด ๙๔.๙๗ คะแนน (ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่) คะแนนต่ำสุด ๗๙.๖๓ คะแนน (ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร)');
  });

  it('holds the report\'s text in order', () => {
    const text = textOf(xml);
    const at = (s: string) => text.findIndex((p) => p.includes(s));
    expect(at('บันทึกข้อความ')).toBe(0);
    expect(text.indexOf('รายงานผลการดำเนินการตามมาตรการ')).toBeGreaterThan(at('จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของ'));
    expect(at('รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)')).toBeGreaterThan(0);
    expect(at(`${SEED000_UNIT} ได้คะแนน ๘๗.๕๗`)).toBeGreaterThan(at('อำเภอนิคมน้ำอูน จังหวัดมุกดาหาร'));
    expect(at('ได้คะแนน ๘๗.๕๗ คะแนน อยู่ในระดับ “A”')).toBeGreaterThan(0);
    // Typed digits take the report's digits too ("มาตรการ 1" → "มาตรการ ๑"); <&> survives XML escaping.
    expect(text).toContain('๑. มาตรการ ๑ <&>');
    // The memo is signed, and so is the report, after its summary.
    expect(text.lastIndexOf('(ลงชื่อ)........................................ผู้รายงาน')).toBeGreaterThan(at('สรุปสถานะการดำเนินงาน'));
  });

  it('sets every signature block in a borderless one-row table whose row cannot break across pages', () => {
    const borderless = (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).filter((t) => t.includes('<w:top w:val="none"'));
    // The chart's caption and picture share a borderless row too (kept together); the rest are signatures.
    const signatures = borderless.filter((t) => !t.includes('<w:drawing>'));
    const charts = borderless.filter((t) => t.includes('<w:drawing>'));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toContain('<w:cantSplit/>');
    expect(textOf(charts[0])[0]).toMatch(/^แผนภูมิคะแนนรายตัวชี้วัด ITA /);
    // The memo's and the report's.
    expect(signatures).toHaveLength(report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'signature').length);
    expect(signatures).toHaveLength(2);
    for (const t of signatures) {
      expect(t.match(/<w:tr>/g)).toHaveLength(1);
      expect(t).toContain('<w:trPr><w:cantSplit/></w:trPr>');
      expect(t).not.toMatch(/w:val="single"/);
      // Every line also keeps its lines together and with the next (Word's own rule inside the row).
      const paragraphs = t.match(/<w:p>.*?<\/w:p>/gs) ?? [];
      expect(paragraphs.every((p) => p.includes('<w:keepNext/>') && p.includes('<w:keepLines/>'))).toBe(true);
    }
    expect(textOf(signatures[1])).toEqual(['(ลงชื่อ)........................................ผู้รายงาน', '(นางสาวทดสอบ ระบบ)', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน', expect.stringMatching(/^วันที่ /)]);
  });

  it('signature blocks kept with each other (the memo\'s routing) share one row that cannot split', async () => {
    const routed = buildReport(analysis, { unit: SEED000_UNIT, memo: true, asOf: ASOF });
    const memo = routed.sections[0].blocks;
    const at = memo.findIndex((b) => b.kind === 'signature');
    memo.splice(at + 1, 0,
      signatureBlock({ heading: 'ความเห็นของปลัด', writingLines: 2, lines: ['(ลงชื่อ)..........', '(..........)', 'ปลัด'], keepWithNext: true }),
      signatureBlock({ heading: 'คำสั่งของผู้บริหาร', writingLines: 2, lines: ['(ลงชื่อ)..........', '(..........)', 'นายก'] }));
    const { xml: x } = await documentXml(await renderDocx(routed));
    const signatures = (x.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).filter((t) => t.includes('<w:top w:val="none"') && !t.includes('<w:drawing>'));
    expect(signatures).toHaveLength(3);
    const routing = signatures.find((t) => t.includes('ความเห็นของปลัด')) ?? '';
    expect(routing.match(/<w:tr>/g)).toHaveLength(1);
    expect(routing).toContain('<w:cantSplit/>');
    expect(textOf(routing)[0]).toBe('ความเห็นของปลัด');
    expect(textOf(routing)).toContain('คำสั่งของผู้บริหาร');
  });

  it('has the four tables, the measures one with two repeated header rows and the status marks', () => {
    const tables = (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).filter((t) => !t.includes('<w:top w:val="none"'));
    expect(tables).toHaveLength(4);
    const measures = tables[2];
    expect((measures.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
    expect((measures.match(/<w:gridCol /g) ?? []).length).toBe(10);
    // Column widths measured on the landscape page: 26.7 cm of text (15,137 twips: 1.5 cm margins left and right).
    const grid = Array.from(measures.matchAll(/<w:gridCol w:w="(\d+)"\/>/g), (m) => Number(m[1]));
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - 15137)).toBeLessThan(10);
    // The landscape section's own margins: 1.5 cm (850 twips) left and right; the portrait ones keep 3 cm / 2 cm.
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"[^>]*\/><w:pgMar[^>]*w:right="850"[^>]*w:left="850"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:right="1134"[^>]*w:left="1701"/);
    expect(grid.filter((w) => w < 1134)).toHaveLength(3); // only the three status marks under 2 cm
    // A row that fits on a page is never split across two (cantSplit), like every header row.
    expect(((measures.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).filter((r) => r.includes('<w:cantSplit/>'))).length).toBe(2 + 3);
    expect(measures).toContain('<w:gridSpan w:val="3"/>');
    expect(measures).toContain('<w:vMerge w:val="restart"/>');
    const rows = measures.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(2 + 3);
    const cells = (row: string | undefined): string[] => (row?.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((c) => textOf(c).join('\n'));
    const marks = rows.slice(2).map((r) => cells(r).slice(5, 8).join('|'));
    expect(marks).toEqual(['||/', '/||', '/||']);
    expect(cells(rows[2])[3]).toBe('ไตรมาส ๑');
    expect(cells(rows[3])[3]).toBe('ไตรมาส ๑\n(เกินกำหนด)');
    expect(textOf(tables[0] ?? "").slice(0, 3)).toEqual(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
    expect(xml).toContain('<w:tblBorders>');
  });

  it('uses Sarabun for every script, 16 pt body with the complex-script size, bold as bCs too', async () => {
    const styles = await (zip.file('word/styles.xml') as JSZip.JSZipObject).async('string');
    expect(styles).toMatch(/<w:rFonts w:ascii="Sarabun" w:cs="Sarabun" w:eastAsia="Sarabun" w:hAnsi="Sarabun"\/>/);
    expect(styles).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    expect(styles).toContain('w:bidi="th-TH"');
    expect(xml).not.toMatch(/w:ascii="(?!Sarabun)/);
    expect(xml).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="58"\/><w:szCs w:val="58"\/><\/w:rPr><w:t[^>]*>บันทึกข้อความ/);
  });

  it('A4 with margins left 3 cm, right 2 cm', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:right="1134"/);
  });

  it('embeds the chart as a PNG', async () => {
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await (zip.file(media[0]) as JSZip.JSZipObject).async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(xml).toContain('<wp:docPr');
  });
});

describe('chartPng', () => {
  it('draws the SVG with the Sarabun TTFs (Thai glyphs are ink, not boxes: the PNG is not blank)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="30" font-family="Sarabun" font-size="24">การปฏิบัติหน้าที่</text></svg>';
    const empty = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"></svg>';
    expect(chartPng(svg, 1).length).toBeGreaterThan(chartPng(empty, 1).length + 200);
  });
});

describe('writeReportDocx and `ita report`', () => {
  const sample = join(dir, 'sample.xlsx');
  beforeAll(async () => {
    const out = { out: () => undefined, err: () => undefined };
    expect(await main(['sample', sample], out)).toBe(0);
  });

  async function run(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
    return { code, out, err };
  }

  it('writeReportDocx writes the sample\'s first unit', async () => {
    const analysis = analyse(buildSampleWorkbook());
    const file = join(dir, 'first.docx');
    const { doc } = await writeReportDocx(analysis, { unit: analysis.workbook.units[0].name }, file);
    expect(doc.meta.fiscalYear).toBe(2568);
    const { xml } = await documentXml(readFileSync(file));
    expect(textOf(xml).join('\n')).toContain(analysis.workbook.units[0].name);
  });

  it('--unit --out with --memo, --round and --arabic-digits', async () => {
    const file = join(dir, 'one.docx');
    const r = await run('report', sample, '--unit', 'องค์การบริหารส่วนตำบลหัวเรือ', '--round', '9', '--memo', '--arabic-digits', '--out', file);
    // What the person must check comes as warning lines on stderr, one each: here indicator 6 has no measure.
    const warnings = r.err.split('\n').filter(Boolean);
    expect(warnings.every((l) => l.startsWith('คำเตือน (องค์การบริหารส่วนตำบลหัวเรือ): '))).toBe(true);
    expect(warnings.some((l) => l.includes('ตัวชี้วัดที่ยังไม่มีมาตรการรองรับ: 6. คุณภาพการดำเนินงาน ควรพิจารณากำหนดมาตรการเพิ่มเติม'))).toBe(true);
    expect(r.code).toBe(0);
    expect(r.out).toContain(file);
    const text = textOf((await documentXml(readFileSync(file))).xml).join('\n');
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain('รอบ 9 เดือน (ตุลาคม 2567 – มิถุนายน 2568)');
    // Arabic chosen: the users' own Thai digits (ไตรมาส ๔, ๓๑ มีนาคม) are converted too.
    expect(text).not.toMatch(/[๐-๙]/);
  });

  it('--all --out-dir writes one file per unit', async () => {
    const out = join(dir, 'all');
    const r = await run('report', sample, '--all', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toHaveLength(4);
    expect(readdirSync(out).every((f) => / รายงานมาตรการ ITA 2568 รอบ 6 เดือน\.docx$/.test(f))).toBe(true);
  });

  it('an unknown unit exits 1 with the Thai message; a bad round is a usage error', async () => {
    const r = await run('report', sample, '--unit', 'ไม่มี', '--out', join(dir, 'x.docx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ไม่พบหน่วยงาน "ไม่มี" ในชีตหน่วยงาน');
    expect((await run('report', sample, '--unit', 'x', '--round', '4', '--out', 'x.docx')).code).toBe(2);
    expect((await run('report', sample, '--unit', 'x')).code).toBe(2);
  });
});
