/**
 * The year-start document offline (issue 12): `ita plan` on the sample workbook, the .docx it
 * writes (the progress report's renderer), `ita init`'s การวิเคราะห์ sheet, and the offline
 * sidebar server's sidebarGeneratePlan.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/node/cli';
import { readWorkbook } from '../../src/node/workbook-io';
import { createNodeSidebarApi } from '../../src/node/sidebar-server';
import { writePlan } from '../../src/node/sidebar-main';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { readReportLog } from '../../src/core/workbook/report-log';
import { setClock } from '../../src/core/engine/clock';
import { readable } from './docx-text';

// Each run now also logs its document into the .xlsx (issue 20): a read and an atomic write more.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-plan-'));
const sample = join(dir, 'sample.xlsx');
const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
}

// The text a reader sees: the renderer's line-break marks (thai-breaks.ts) left out.
const textOf = (xml: string): string[] =>
  Array.from(xml.matchAll(/<w:p[ >].*?<\/w:p>/gs), (m) => readable(Array.from(m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (t) => t[1]).join('')));

beforeAll(async () => {
  expect((await run('sample', sample)).code).toBe(0);
}, 60_000);

/** The sample with หัวเรือ's note on indicator 6 removed, as a .json workbook: its plan lacks a note. */
function gapWorkbook(): string {
  const path = join(dir, 'gaps.json');
  const grids = buildSampleWorkbook();
  const sheet = grids.sheets[SHEETS.analysis.th];
  grids.sheets[SHEETS.analysis.th] = sheet.filter((r) => !(r[0] === HUARUEA && r[2] === '6'));
  expect(grids.sheets[SHEETS.analysis.th]).toHaveLength(sheet.length - 1);
  writeFileSync(path, JSON.stringify(grids));
  return path;
}

describe('`ita plan`', () => {
  it('writes one unit\'s year-start document: seed 000\'s layout, ITA 2567 → the measures of 2568', async () => {
    const file = join(dir, 'nikhom.docx');
    // Announced on 20 September 2567 (CE given; the days before FY 2568 when plans are adopted): no warning.
    const r = await run('plan', sample, '--unit', NIKHOM, '--out', file, '--date', '2024-09-20');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain(file);
    const xml = await documentXml(file);
    const text = textOf(xml);
    const at = (s: string) => text.findIndex((p) => p.includes(s));
    expect(text.slice(0, 4)).toEqual(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘', NIKHOM, 'อำเภอนิคมน้ำอูน จังหวัดมุกดาหาร']);
    expect(at('๑. วิเคราะห์ผลการประเมิน')).toBeLessThan(at('ได้คะแนน'));
    expect(at('มีประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่')).toBeLessThan(at('จึงมีแนวทางการพัฒนา'));
    expect(at('จึงมีแนวทางการพัฒนา')).toBeLessThan(at('๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘'));
    expect(at('ประกาศ ณ วันที่')).toBeGreaterThan(at('๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘'));
    expect(at('ตัวชี้วัดที่ต้องพัฒนาและมาตรการที่รองรับ')).toBe(-1);
    expect(text[at('ประกาศ ณ วันที่')]).toBe('ประกาศ ณ วันที่ ๒๐ กันยายน พ.ศ.\u00a0๒๕๖๗');
    // seed 000's approach, from the การวิเคราะห์ sheet of the sample.
    expect(text.join('\n')).toContain('มาตรา ๙ ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐');
    const all = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    // The ranking, analysis and measures tables, then the signature: one row that cannot split.
    const tables = all.filter((t) => !t.includes('<w:top w:val="none"'));
    expect(tables).toHaveLength(3);
    const signature = all.filter((t) => t.includes('<w:top w:val="none"'));
    expect(signature).toHaveLength(1);
    expect(signature[0]).toContain('<w:cantSplit/>');
    expect(textOf(signature[0]).slice(0, 2)).toEqual(['จึงประกาศให้ทราบโดยทั่วกัน', 'ประกาศ ณ วันที่ ๒๐ กันยายน พ.ศ.\u00a0๒๕๖๗']);
    expect((tables[2].match(/<w:gridCol /g) ?? []).length).toBe(6);
    // The measures table's last row keeps with the signature after it (every paragraph of the row and
    // the gap paragraph between them keep with the next), so the signature is never alone on a page
    // in Word (LibreOffice does not honour keep-with-next inside a table: README).
    const rows = tables[2].match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect((rows[rows.length - 1].match(/<w:p>.*?<\/w:p>/gs) ?? []).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect((rows[rows.length - 2].match(/<w:p>.*?<\/w:p>/gs) ?? []).some((p) => p.includes('<w:keepNext/>'))).toBe(false);
    const between = xml.slice(xml.indexOf(tables[2]) + tables[2].length, xml.indexOf(signature[0]));
    expect(between).toMatch(/^<w:p><w:pPr><w:keepNext\/>/);
    expect(xml).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    // The figures on portrait pages, then the analysis, the measures and the signature on landscape ones.
    const sections = xml.match(/<w:sectPr[ >].*?<\/w:sectPr>/gs) ?? [];
    expect(sections.map((x) => /w:orient="landscape"/.test(x))).toEqual([false, true]);
  });

  it('refuses a plan whose analysis notes are missing: exit 1, the rows to fill listed, nothing written (issue 19)', async () => {
    const file = join(dir, 'huaruea-refused.docx');
    const r = await run('plan', gapWorkbook(), '--unit', HUARUEA, '--out', file, '--date', '2024-10-01');
    expect(r.code).toBe(1);
    expect(r.err).toContain('สร้างเอกสารมาตรการประจำปีไม่ได้: ชีต "การวิเคราะห์" ยังไม่มีประเด็นที่ต้องพัฒนาหรือแนวทางการพัฒนา');
    expect(r.err).toContain(`- การวิเคราะห์ (เพิ่มแถว): หน่วยงาน ${HUARUEA} ปีงบประมาณ 2567 ตัวชี้วัด 6 คุณภาพการดำเนินงาน`);
    expect(r.err).toContain('--draft');
    expect(readdirSync(dir)).not.toContain('huaruea-refused.docx');
  });

  it('--draft makes it anyway: ร่าง in the header of every page, the gap a bracketed prompt, the person told', async () => {
    const file = join(dir, 'huaruea-draft.docx');
    const r = await run('plan', gapWorkbook(), '--unit', HUARUEA, '--out', file, '--arabic-digits', '--date', '2024-10-01', '--draft');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`คำเตือน (${HUARUEA}): ฉบับร่าง: ยังขาดบทวิเคราะห์ 1 รายการ`);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const text = textOf(await documentXml(file)).join('\n');
    expect(text).toContain('[กรอกประเด็นที่ต้องพัฒนา]');
    expect(text).toContain('[กรอกแนวทางการพัฒนา]');
    expect(text).not.toContain('ต่ำกว่าเกณฑ์ 85 คะแนน อยู่');
    expect(text).not.toMatch(/[๐-๙]/);
    // Every header of every section, the first page's included, says ร่าง.
    const document = await documentXml(file);
    const refs = Array.from(document.matchAll(/<w:headerReference [^>]*r:id="([^"]+)"/g), (m) => m[1]);
    const rels = await (zip.file('word/_rels/document.xml.rels') as JSZip.JSZipObject).async('string');
    // The portrait section's first and later pages, and the landscape section's.
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const id of refs) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      const header = await (zip.file(`word/${target}`) as JSZip.JSZipObject).async('string');
      expect(header).toContain('>ร่าง<');
    }
    // The adopted plan has no header mark.
    const adopted = join(dir, 'nikhom-adopted.docx');
    expect((await run('plan', sample, '--unit', NIKHOM, '--out', adopted, '--date', '2024-10-01')).code).toBe(0);
    const headers = Object.keys((await JSZip.loadAsync(readFileSync(adopted))).files).filter((f) => f.startsWith('word/header'));
    for (const h of headers) expect(await ((await JSZip.loadAsync(readFileSync(adopted))).file(h) as JSZip.JSZipObject).async('string')).not.toContain('ร่าง');
  });

  it('--all: a unit refused for its notes is listed, the others written, and the run exits 1', async () => {
    const out = join(dir, 'all-gaps');
    const r = await run('plan', gapWorkbook(), '--all', '--out-dir', out, '--date', '2024-10-01');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`ข้าม ${HUARUEA}: สร้างเอกสารมาตรการประจำปีไม่ได้`);
    const files = readdirSync(out);
    expect(files).toHaveLength(3);
    expect(files.some((f) => f.startsWith(HUARUEA))).toBe(false);
  });

  it('--date takes a BE year too; a bad one is a usage mistake (exit 2, nothing written)', async () => {
    const file = join(dir, 'nikhom-be.docx');
    expect((await run('plan', sample, '--unit', NIKHOM, '--out', file, '--date', '2567-10-01')).code).toBe(0);
    expect(textOf(await documentXml(file))).toContain('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ.\u00a0๒๕๖๗');
    const bad = await run('plan', sample, '--unit', NIKHOM, '--out', join(dir, 'bad-date.docx'), '--date', '2567-13-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--date ต้องเป็นวันที่แบบ YYYY-MM-DD');
    expect(readdirSync(dir)).not.toContain('bad-date.docx');
  });

  it('without --date, today outside FY 2568 and the months before it leaves the date to fill by hand, with a warning', async () => {
    // The sample's plans are of FY 2568 (Oct 2024 – Sep 2025); the clock is set after it.
    setClock(new Date('2025-11-10T03:00:00Z'));
    const file = join(dir, 'nikhom-undated.docx');
    const r = await run('plan', sample, '--unit', NIKHOM, '--out', file).finally(() => setClock(null));
    expect(r.code).toBe(0);
    expect(r.err).toContain(`คำเตือน (${NIKHOM}): วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. 2568`);
    expect(textOf(await documentXml(file))).toContain('ประกาศ ณ วันที่ ........ เดือน .................... พ.ศ. ........');
  });

  it('--all --out-dir writes one per unit, named by unit and year', async () => {
    const out = join(dir, 'all');
    const r = await run('plan', sample, '--all', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('เขียนเอกสารมาตรการประจำปี 4 ฉบับ');
    expect(readdirSync(out).sort()).toEqual([
      'องค์การบริหารส่วนตำบลนาเลียง มาตรการ ITA ประจำปี 2568.docx', `${NIKHOM} มาตรการ ITA ประจำปี 2568.docx`,
      `${HUARUEA} มาตรการ ITA ประจำปี 2568.docx`, 'เทศบาลตำบลโป่งน้ำร้อน มาตรการ ITA ประจำปี 2568.docx',
    ].sort());
  });

  it('never writes over a workbook: --out may not be a .xlsx/.json or the input (exit 2, the workbook unchanged)', async () => {
    const before = readFileSync(sample);
    for (const target of [sample, join(dir, 'other.xlsx'), join(dir, 'grid.json')]) {
      const r = await run('plan', sample, '--unit', NIKHOM, '--out', target);
      expect(r.code).toBe(2);
      expect(r.err).toContain('รายงานจะไม่เขียนทับสมุดงาน');
    }
    expect(readFileSync(sample).equals(before)).toBe(true);
    expect(readdirSync(dir)).not.toContain('other.xlsx');
  });

  it('bad input: exit 1 with what is missing and where it goes, no file; usage mistakes exit 2', async () => {
    const unknown = await run('plan', sample, '--unit', 'ไม่มี', '--out', join(dir, 'x.docx'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('ไม่พบหน่วยงาน "ไม่มี" ในชีตหน่วยงาน');
    expect(unknown.err).toContain(`หน่วยงานในสมุดงาน: ${NIKHOM}`);
    const noMeasures = await run('plan', sample, '--unit', NIKHOM, '--year', '2569', '--out', join(dir, 'y.docx'));
    expect(noMeasures.code).toBe(1);
    expect(noMeasures.err).toContain('เพิ่มมาตรการ (ปีงบประมาณ 2569) ในชีต "มาตรการ"');
    expect(readdirSync(dir)).not.toContain('x.docx');
    expect(readdirSync(dir)).not.toContain('y.docx');
    expect((await run('plan', sample, '--unit', NIKHOM)).code).toBe(2);
    expect((await run('plan', sample, '--unit', NIKHOM, '--out', 'x.pdf')).code).toBe(2);
    expect((await run('plan', sample, '--unit', NIKHOM, '--round', '6', '--out', 'x.docx')).code).toBe(2);
  });

  it('`ita init` creates the การวิเคราะห์ sheet with its headers', async () => {
    const file = join(dir, 'empty.xlsx');
    expect((await run('init', file)).code).toBe(0);
    const grids = await readWorkbook(file);
    expect(Object.keys(grids.sheets)).toContain('การวิเคราะห์');
    expect(grids.sheets['การวิเคราะห์'][0]).toEqual(SHEETS.analysis.columns.map((c) => c.th));
  });
});

describe('the offline sidebar server: sidebarGeneratePlan', () => {
  it('writes the .docx, logs it as a plan and returns the warning (an indicator no measure addresses)', async () => {
    const api = createNodeSidebarApi({ grids: buildSampleWorkbook(), writePlan, reportsDir: join(dir, 'sidebar'), now: () => new Date('2024-10-15T03:00:00Z') });
    const r = await api.sidebarGeneratePlan({ unit: HUARUEA, year: 2568, thaiDigits: true });
    expect(r.url).toMatch(/\/reports\/.+\.docx$/);
    expect(r.name).toBe(`${HUARUEA} มาตรการ ITA ประจำปี 2568`);
    expect(r.warning?.th).toContain('6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ');
    // Today (15 Oct 2024) is in FY 2568: dated, no date warning.
    expect(r.warning?.th).not.toContain('วันนี้ไม่อยู่ในช่วงประกาศ');
    const log = readReportLog(api.grids);
    expect(log[log.length - 1]).toMatchObject({ unit: HUARUEA, year: 2568, round: null, kind: 'plan', asOf: '', note: r.warning?.th });
    const state = await api.sidebarData(HUARUEA);
    expect(state.dashboard?.reports[0]).toMatchObject({ kind: 'plan' });
    await expect(api.sidebarGeneratePlan({ unit: NIKHOM, year: 2569, thaiDigits: true })).rejects.toThrow(/ITA_ERROR:.*ชีต \\"มาตรการ\\"/);
  });

  it('a date chosen in the card is the announcement date; out of the adoption time without one, the warning says so', async () => {
    const api = createNodeSidebarApi({ grids: buildSampleWorkbook(), writePlan, reportsDir: join(dir, 'sidebar3'), now: () => new Date('2026-12-01T03:00:00Z') });
    const undated = await api.sidebarGeneratePlan({ unit: NIKHOM, year: 2568, thaiDigits: true });
    expect(undated.warning?.th).toContain('วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. 2568');
    const dated = await api.sidebarGeneratePlan({ unit: NIKHOM, year: 2568, thaiDigits: true, date: '2024-09-25' });
    expect(dated.warning?.th ?? '').not.toContain('วันนี้ไม่อยู่ในช่วงประกาศ');
    const file = join(dir, 'sidebar3', decodeURIComponent(dated.url.split('/').pop() as string));
    expect(textOf(await documentXml(file))).toContain('ประกาศ ณ วันที่ ๒๕ กันยายน พ.ศ.\u00a0๒๕๖๗');
    await expect(api.sidebarGeneratePlan({ unit: NIKHOM, year: 2568, thaiDigits: true, date: '25/09/2024' })).rejects.toThrow(/ITA_ERROR/);
  });

  it('a missing note refuses the plan (the cells to fill in the error), the draft checkbox makes it anyway', async () => {
    const grids = JSON.parse(readFileSync(gapWorkbook(), 'utf8'));
    const api = createNodeSidebarApi({ grids, writePlan, reportsDir: join(dir, 'sidebar4'), now: () => new Date('2024-10-15T03:00:00Z') });
    await expect(api.sidebarGeneratePlan({ unit: HUARUEA, year: 2568, thaiDigits: true })).rejects.toThrow(/ITA_ERROR:.*การวิเคราะห์ \(เพิ่มแถว\).*ตัวชี้วัด 6/);
    expect(() => readdirSync(join(dir, 'sidebar4'))).not.toThrow();
    expect(readdirSync(join(dir, 'sidebar4'))).toEqual([]);
    const draft = await api.sidebarGeneratePlan({ unit: HUARUEA, year: 2568, thaiDigits: true, draft: true });
    expect(draft.warning?.th).toContain('ฉบับร่าง: ยังขาดบทวิเคราะห์ 1 รายการ');
    const file = join(dir, 'sidebar4', decodeURIComponent(draft.url.split('/').pop() as string));
    expect(textOf(await documentXml(file)).join('\n')).toContain('[กรอกประเด็นที่ต้องพัฒนา]');
    await expect(api.sidebarGeneratePlan({ unit: HUARUEA, year: 2568, thaiDigits: true, draft: 'yes' } as never)).rejects.toThrow(/ITA_ERROR/);
  });

  it('a workbook without การวิเคราะห์ is not told to set up the template again', async () => {
    const grids = buildSampleWorkbook();
    delete grids.sheets[SHEETS.analysis.th];
    const api = createNodeSidebarApi({ grids, writePlan, reportsDir: join(dir, 'sidebar2') });
    expect((await api.sidebarData(null)).missingSheets).toEqual([]);
    expect((await api.sidebarData(null)).problemCount).toBe(0);
  });
});
