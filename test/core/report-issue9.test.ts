/**
 * Issue 9 — the progress report as officials sign and publish it: the round it names (as-of),
 * the memo's fields, cover and endorsement, cancelled measures, section 2 against its table,
 * the signature block. On the sample workbook (seeds 000/001/003/004) where the figures fit.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { fromThaiDigits, toThaiDigits } from '../../src/core/engine/thai';
import {
  blockText, blocksOf, boldLabelWidthPt, buildReport, CONTENT_WIDTH_PT, parseReportDate, signatureIndentPt, uncertainWarning,
  type ReportDoc, type TableBlock,
} from '../../src/core/documents';

const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const TODAY = { year: 2025, month: 6, day: 20 }; // after the 6-month round of FY 2568 closed (31 Mar 2025)

const sample = analyse(buildSampleWorkbook());
const table = (doc: ReportDoc, role: TableBlock['role']): TableBlock =>
  blocksOf(doc).find((b): b is TableBlock => b.kind === 'table' && b.role === role) as TableBlock;
const text = (doc: ReportDoc, id: string): string => (doc.sections.find((s) => s.id === id)?.blocks ?? []).map(blockText).join('\n');
const marks = (doc: ReportDoc): string[] => table(doc, 'measures').rows.map((r) => r.slice(5, 8).map((c) => c.text).join('|'));

describe('a report describes the round it names (as-of.ts)', () => {
  it('the sample is valid', () => expect(sample.problems).toEqual([]));

  it('round 3 made in June: ข้อมูล ณ วันที่ 31 Dec 2567; a measure done on 3 Apr 2568 (seed 003) was in progress then', () => {
    const r3 = buildReport(sample, { unit: HUARUEA, round: 3, today: TODAY });
    expect(r3.meta.asOf).toEqual({ year: 2024, month: 12, day: 31 });
    expect(text(r3, 'measures')).toContain('ข้อมูล ณ วันที่ ๓๑ ธันวาคม ๒๕๖๗');
    const r12 = buildReport(sample, { unit: HUARUEA, round: 12, today: TODAY });
    expect(r12.meta.asOf).toEqual(TODAY); // the round is still running: today
    const done = (d: ReportDoc) => marks(d).filter((m) => m === '||/').length;
    expect(done(r3)).toBeLessThan(done(r12));
    // The seed-003 measure "ดำเนินการเมื่อวันที่ ๓ เดือน เมษายน พ.ศ.๒๕๖๖"-style: done in April counts as in progress in December.
    const row = table(r12, 'measures').rows.findIndex((r) => r[8].text.includes('รายงานผลรอบ ๖ เดือนแล้ว'));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(marks(r12)[row]).toBe('||/');
    expect(marks(r3)[row]).toBe('|/|');
    // What it says now describes later work: not printed as the December result.
    expect(table(r3, 'measures').rows[row][8].text).toBe('');
  });

  it('--as-of wins; the memo and signature carry --date (default today), never the as-of day', () => {
    const d = buildReport(sample, { unit: NALIANG, memo: true, today: TODAY, asOf: { year: 2025, month: 1, day: 15 }, date: { year: 2025, month: 4, day: 2 } });
    expect(d.meta.asOf).toEqual({ year: 2025, month: 1, day: 15 });
    expect(text(d, 'signature')).toContain('วันที่ ๒ เมษายน ๒๕๖๘');
    const head = d.sections[0].blocks[0];
    expect(head.kind === 'memoHeader' && head.lines[1][1].value).toBe('๒ เมษายน ๒๕๖๘');
    expect(text(d, 'memo')).toContain('ข้อมูล ณ วันที่ ๑๕ มกราคม ๒๕๖๘');
    const plain = buildReport(sample, { unit: NALIANG, today: TODAY });
    expect(text(plain, 'signature')).toContain('วันที่ ๒๐ มิถุนายน ๒๕๖๘');
  });

  it('a done measure with no date and no earlier stamp stands as done, and the person is told (not the document)', () => {
    const a = analyse(buildSampleWorkbook());
    const m = a.workbook.measures.find((x) => x.unit === NALIANG && x.status === 'done') as (typeof a.workbook.measures)[number];
    const measures = a.workbook.measures.map((x) => (x === m ? { ...x, doneOn: null, updated: null } : x));
    const d = buildReport({ ...a, workbook: { ...a.workbook, measures } }, { unit: NALIANG, round: 3, today: TODAY });
    expect(d.meta.uncertain).toEqual([`${m.no.replace(/[.)\s]+$/, '')}. ${m.title}`]);
    const warning = uncertainWarning(d);
    expect(warning?.th).toContain('31/12/2567');
    expect(warning?.en).toContain('no completion date');
    expect(blocksOf(d).map(blockText).join('\n')).not.toContain('โปรดตรวจสอบ');
    expect(uncertainWarning(buildReport(sample, { unit: NALIANG, today: TODAY }))).toBeNull();
  });

  it('dates are typed YYYY-MM-DD, CE or BE', () => {
    expect(parseReportDate('2025-03-31')).toEqual({ year: 2025, month: 3, day: 31 });
    expect(parseReportDate('2568-03-31')).toEqual({ year: 2025, month: 3, day: 31 });
    expect(parseReportDate('2025-02-30')).toBeNull();
    expect(parseReportDate('31/3/2568')).toBeNull();
  });
});

describe('memo (seed 001), cover (seed 004) and endorsement', () => {
  const doc = buildReport(sample, { unit: PONG, memo: true, cover: true, endorsement: true, docNo: 'จบ 52301/125', today: TODAY });
  const head = doc.sections[0].blocks[0];

  it('ส่วนราชการ names the owning division and phone; ที่ carries the document number', () => {
    if (head.kind !== 'memoHeader') throw new Error('no memo header');
    // The phone is held together by no-break spaces.
    expect(head.lines[0][0].value).toBe('สำนักปลัดเทศบาล ฝ่ายอำนวยการ งานนิติการ เทศบาลตำบลโป่งน้ำร้อน โทร.\u00a0๐\u00a0๓๙๓๘\u00a0๗๐๓๘');
    expect(head.lines[1][0]).toEqual({ label: 'ที่', value: 'จบ ๕๒๓๐๑/๑๒๕' });
    const blank = buildReport(sample, { unit: PONG, memo: true, today: TODAY }).sections[0].blocks[0];
    expect(blank.kind === 'memoHeader' && blank.lines[1][0].value).toMatch(/^\.+$/);
  });

  it('reads as an official writes it: no "แล้ว โดยจาก"', () => {
    const memo = text(doc, 'memo');
    expect(memo).not.toContain('แล้ว โดยจาก');
    expect(memo).toContain('บัดนี้ ได้สรุปผลการดำเนินการตามมาตรการดังกล่าว รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘) ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ ปรากฏว่า มีมาตรการทั้งหมด ๑๐ มาตรการ');
  });

  it('the cover is alone on page 1: title, fiscal year, round, unit, district and province', () => {
    // With a memo, the endorsement travels on the memo as its routing (issue 19): no endorsement section at the end.
    expect(doc.sections.map((s) => s.id)).toEqual(['memo', 'cover', 'title', 'ita', 'weak', 'measures', 'summary', 'signature']);
    const cover = doc.sections[1].blocks;
    expect(cover.map(blockText)).toEqual([
      'รายงานผลการดำเนินการตามมาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘',
      'รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘)', PONG, 'อำเภอโป่งน้ำร้อน จังหวัดจันทบุรี', '\f',
    ]);
    // Every line on one line: the size is what the longest line allows.
    for (const b of cover) if (b.kind === 'heading') expect(boldLabelWidthPt(b.text, b.size as number)).toBeLessThanOrEqual(CONTENT_WIDTH_PT * 0.95);
  });

  it('the endorsement (no memo): heading, lines to write on, sign, the executive\'s name and title from เรียน, a date — one block, kept whole', () => {
    const noMemo = buildReport(sample, { unit: PONG, cover: true, endorsement: true, today: TODAY });
    const e = noMemo.sections[noMemo.sections.length - 1].blocks;
    expect(e).toHaveLength(1);
    const sig = e[0];
    if (sig.kind !== 'signature') throw new Error('not a signature block');
    expect(sig.lead?.[0]).toEqual({ text: 'ความเห็นของผู้บริหาร', bold: true, align: 'left' });
    expect(sig.lead?.slice(1).map((l) => l.text).every((t) => /^\.{50,}$/.test(t))).toBe(true);
    expect(sig.lead).toHaveLength(4);
    expect(sig.lines).toEqual([
      '(ลงชื่อ)........................................', '(นายประเสริฐ ทองดี)', 'นายกเทศมนตรีตำบลโป่งน้ำร้อน', 'วันที่ ........../........................../..........',
    ]);
  });
});

describe('cancelled measures (ยกเลิก) and section 2', () => {
  const grids = buildSampleWorkbook();
  const sheet = grids.sheets[SHEETS.measures.th];
  const col = (name: string) => sheet[0].indexOf(name);
  // Cancel Na Liang's measure 1.
  const row = sheet.findIndex((r) => r[col('หน่วยงาน')] === NALIANG);
  sheet[row][col('สถานะ')] = 'ยกเลิก';
  const a = analyse(grids);
  const doc = buildReport(a, { unit: NALIANG, today: TODAY, memo: true });

  it('is valid', () => expect(a.problems).toEqual([]));

  it('shows no status mark, says ยกเลิก in the result, and leaves the % done denominator', () => {
    const m = table(doc, 'measures');
    expect(m.rows[0].slice(5, 8).map((c) => c.text)).toEqual(['', '', '']);
    expect(m.rows[0][8].text.split('\n')[0]).toBe('ยกเลิกการดำเนินการ');
    const s = table(doc, 'summary');
    expect(s.header[0][4].text).toBe('รวม (ไม่นับมาตรการที่ยกเลิก)');
    expect(s.rows.map((r) => r[4].text)).toEqual(['๖', '๑๐๐.๐๐']);
    expect(text(doc, 'summary')).toContain('มาตรการทั้งหมด ๗ มาตรการ ยกเลิก ๑ มาตรการ (ไม่นับรวมในการคิดร้อยละ) คงเหลือมาตรการที่ต้องดำเนินการ ๖ มาตรการ ดำเนินการเรียบร้อยแล้ว');
    expect(text(doc, 'memo')).toContain('ยกเลิก ๑ มาตรการ (ไม่นับรวมในการคิดร้อยละ) คงเหลือมาตรการที่ต้องดำเนินการ ๖ มาตรการ');
  });

  it('every indicator to develop has a row in section 2; a gap says ยังไม่มีมาตรการรองรับ', () => {
    for (const unit of a.workbook.units) {
      const d = buildReport(a, { unit: unit.name, today: TODAY });
      const assessment = a.assessments.find((x) => x.unit === unit.name && x.year === d.meta.itaYear);
      const weak = assessment?.weak ?? [];
      const cov = table(d, 'coverage');
      if (weak.length === 0) {
        // None below the threshold: the lowest-scoring indicator is named, with its measures (seed 001).
        const lowest = assessment?.lowest as { code: string; name: string };
        expect(cov.rows.map((r) => fromThaiDigits(r[0].text))).toEqual([`${lowest.code}. ${lowest.name}`]);
        expect(text(d, 'weak')).toContain(`ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ ${toThaiDigits(lowest.code)} ${lowest.name}`);
        continue;
      }
      expect(cov.rows).toHaveLength(weak.length);
      expect(text(d, 'weak')).toContain(`ตัวชี้วัดที่ต้องพัฒนา ${weak.length.toString().replace(/\d/g, (x) => '๐๑๒๓๔๕๖๗๘๙'[+x])} ตัวชี้วัด`);
      // A gap is told to the person making the report (meta.uncovered → reportWarnings), not advised in the document.
      expect(d.meta.uncovered).toHaveLength(cov.rows.filter((r) => r[2].text === 'ยังไม่มีมาตรการรองรับ').length);
      expect(text(d, 'weak')).not.toContain('ควรพิจารณา');
    }
    // หัวเรือ 2567: indicator 6 has no measure (sample data).
    const h = table(buildReport(a, { unit: HUARUEA, today: TODAY }), 'coverage');
    expect(h.rows.some((r) => r[2].text === 'ยังไม่มีมาตรการรองรับ')).toBe(true);
  });
});

describe('signature block', () => {
  it('never splits a position title: indented less when the widest line would not fit', () => {
    const long = ['(ลงชื่อ)........................................ผู้รายงาน', 'ตำแหน่ง นักวิชาการคอมพิวเตอร์ปฏิบัติการ'];
    const indent = signatureIndentPt(long);
    expect(indent).toBeLessThan(CONTENT_WIDTH_PT * 0.4);
    expect(CONTENT_WIDTH_PT - indent).toBeGreaterThan(Math.max(...long.map((l) => boldLabelWidthPt(l, 16))));
    expect(signatureIndentPt(['(นางมาลี ธรรมดี)', 'หัวหน้าสำนักปลัด'])).toBeCloseTo(CONTENT_WIDTH_PT * 0.4, 6);
  });
});
