/**
 * Documents an official signs as generated (issue 19, points 2, 3, 7 and 8), on the sample
 * workbook: the executive's and the chief's names under their signatures, the memo's routing,
 * the prose rules (no paragraph opens with ซึ่ง, no zero count in prose, one count of unfinished
 * measures in the memo and the report), and the demo's dates.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { blockText, blocksOf, buildPlan, buildReport, planWarnings, reportWarnings, type Block, type ReportDoc, type SignatureBlock } from '../../src/core/documents';
import { demoDates, workingDayFrom } from '../../src/node/commands/demo';
import type { WorkbookGrids } from '../../src/core/engine/types';

const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const UNITS = [NIKHOM, PONG, HUARUEA, NALIANG];
const TODAY = { year: 2025, month: 11, day: 20 };
const sample = analyse(buildSampleWorkbook());

const signatures = (doc: ReportDoc, id?: string): SignatureBlock[] =>
  (id ? doc.sections.filter((s) => s.id === id) : doc.sections).flatMap((s) => s.blocks).filter((b): b is SignatureBlock => b.kind === 'signature');
const paragraphs = (doc: ReportDoc): string[] =>
  blocksOf(doc).flatMap((b: Block): string[] => {
    if (b.kind === 'paragraph') return [blockText(b)];
    if (b.kind === 'signature') return [...(b.lead ?? []).map((l) => l.text), ...b.lines];
    if (b.kind === 'heading') return [b.text];
    return [];
  });
const text = (doc: ReportDoc, id: string): string => (doc.sections.find((s) => s.id === id)?.blocks ?? []).map(blockText).join('\n');

/** The sample with one unit's names blanked. */
function withoutNames(unit: string): WorkbookGrids {
  const g = buildSampleWorkbook();
  const rows = g.sheets[SHEETS.units.th];
  const col = (h: string) => rows[0].indexOf(h);
  for (const r of rows) if (r[0] === unit) { r[col('ชื่อผู้บริหาร')] = ''; r[col('ชื่อปลัด')] = ''; }
  return g;
}

describe('names under the signatures (point 2)', () => {
  it('the sample has both names for every unit', () => {
    for (const u of sample.workbook.units) {
      expect(u.executiveName).not.toBe('');
      expect(u.chiefName).not.toBe('');
    }
  });

  it('the plan\'s announcement: the executive\'s name in parentheses, the title from เรียน', () => {
    const plan = buildPlan(sample, { unit: NALIANG, date: { year: 2024, month: 10, day: 15 } });
    expect(signatures(plan)[0].lines).toEqual(['', '(นายสุรชัย บุญเรือง)', 'นายกองค์การบริหารส่วนตำบลนาเลียง']);
    expect(plan.meta.missingNames).toEqual([]);
  });

  it('the endorsement of a report without a memo: the executive\'s name and title', () => {
    const doc = buildReport(sample, { unit: HUARUEA, endorsement: true, today: TODAY });
    expect(signatures(doc, 'endorsement')[0].lines).toEqual([
      '(ลงชื่อ)........................................', '(นายบุญมี พลศรี)', 'นายกองค์การบริหารส่วนตำบลหัวเรือ', 'วันที่ ........../........................../..........',
    ]);
  });

  it('blank: the dotted line, and the person is told which column of which row to fill (never the document)', () => {
    const blank = analyse(withoutNames(PONG));
    const doc = buildReport(blank, { unit: PONG, memo: true, endorsement: true, today: TODAY });
    expect(signatures(doc, 'memo').slice(1).map((s) => s.lines[1])).toEqual(['(........................................)', '(........................................)']);
    expect(doc.meta.missingNames).toEqual(['chiefName', 'executiveName']);
    const told = reportWarnings(doc).map((w) => w.th).find((w) => w.includes('ชื่อ'));
    expect(told).toBe('ยังไม่มีชื่อปลัด และผู้บริหาร (เอกสารเว้นจุดไว้ใต้ลายมือชื่อ): กรอกคอลัมน์ "ชื่อปลัด" และคอลัมน์ "ชื่อผู้บริหาร"ในชีต "หน่วยงาน" แถว 3 แล้วสร้างใหม่');
    expect(reportWarnings(doc).map((w) => w.en).join(' ')).toContain('"ชื่อปลัด" (Chief administrator name)');
    expect(paragraphs(doc).join('\n')).not.toContain('ชื่อปลัด');
    // Only the names a document prints are asked for: no endorsement, no name needed.
    expect(buildReport(blank, { unit: PONG, memo: true, today: TODAY }).meta.missingNames).toEqual([]);
    expect(buildReport(blank, { unit: PONG, endorsement: true, today: TODAY }).meta.missingNames).toEqual(['executiveName']);
    const plan = buildPlan(blank, { unit: PONG, date: { year: 2024, month: 10, day: 15 } });
    expect(planWarnings(plan).map((w) => w.th).join(' ')).toContain('กรอกคอลัมน์ "ชื่อผู้บริหาร"ในชีต "หน่วยงาน" แถว 3');
  });
});

describe('the memo carries its routing (point 3)', () => {
  const doc = buildReport(sample, { unit: PONG, memo: true, endorsement: true, today: TODAY });
  const memo = doc.sections[0].blocks;

  it('after the sender\'s signature: ความเห็นของปลัด… then ความเห็น/คำสั่งของผู้บริหาร, each lines, a whole signature block, name, title, date', () => {
    const sigs = memo.filter((b): b is SignatureBlock => b.kind === 'signature');
    expect(sigs).toHaveLength(3);
    const [sender, chief, executive] = sigs;
    expect(sender.lines[1]).toBe('(นายวีระ สุจริตธรรม)');
    expect(memo.indexOf(chief)).toBe(memo.indexOf(sender) + 1);
    expect(chief.lead?.map((l) => l.text)[0]).toBe('ความเห็นของปลัดเทศบาลตำบลโป่งน้ำร้อน');
    expect(chief.lead?.slice(1).every((l) => /^\.{50,}$/.test(l.text))).toBe(true);
    expect(chief.lines).toEqual(['........................................', '(นายธนพล วงศ์ใหญ่)', 'ปลัดเทศบาลตำบลโป่งน้ำร้อน', 'วันที่ ........../........................../..........']);
    expect(executive.lead?.[0]).toEqual({ text: 'ความเห็น/คำสั่งของนายกเทศมนตรีตำบลโป่งน้ำร้อน', bold: true, align: 'left' });
    expect(executive.lines).toEqual(['........................................', '(นายประเสริฐ ทองดี)', 'นายกเทศมนตรีตำบลโป่งน้ำร้อน', 'วันที่ ........../........................../..........']);
    // Together: the chief's block keeps with the executive's (on the memo page, or both on the next).
    expect(chief.keepWithNext).toBe(true);
    expect(executive.keepWithNext).toBeUndefined();
    expect(memo[memo.length - 1].kind).toBe('pageBreak');
  });

  it('with a memo the endorsement is the routing, not a block at the end; without a memo it ends the report, named', () => {
    expect(doc.sections.map((s) => s.id)).not.toContain('endorsement');
    expect(doc.sections[doc.sections.length - 1].id).toBe('signature');
    const noMemo = buildReport(sample, { unit: PONG, endorsement: true, today: TODAY });
    expect(noMemo.sections[noMemo.sections.length - 1].id).toBe('endorsement');
    expect(signatures(noMemo, 'endorsement')[0].lines[1]).toBe('(นายประเสริฐ ทองดี)');
    // A memo without the endorsement option: no routing.
    expect(signatures(buildReport(sample, { unit: PONG, memo: true, today: TODAY }), 'memo')).toHaveLength(1);
  });

  it('Arabic digits and English: the routing follows the report\'s language', () => {
    const en = buildReport(sample, { unit: PONG, memo: true, endorsement: true, today: TODAY, lang: 'en' });
    const routing = signatures(en, 'memo').slice(1);
    expect(routing.map((s) => s.lead?.[0].text)).toEqual(['Comment of the Chief administrator, เทศบาลตำบลโป่งน้ำร้อน', 'Comment / order of the นายกเทศมนตรีตำบลโป่งน้ำร้อน']);
  });
});

describe('the prose an official would otherwise correct by hand (point 7)', () => {
  const all: ReportDoc[] = UNITS.flatMap((unit) => [3, 6, 9, 12].flatMap((round) => [
    buildReport(sample, { unit, round, memo: true, cover: true, endorsement: true, today: TODAY }),
    buildReport(sample, { unit, round, endorsement: true, thaiDigits: false, today: { year: 2025, month: 7, day: 1 } }),
  ]));
  const plans = UNITS.map((unit) => buildPlan(sample, { unit, date: { year: 2024, month: 10, day: 15 } }));

  it('no paragraph opens with ซึ่ง, in any sample report (rounds 3–12, before and after the year\'s end) or plan', () => {
    for (const doc of [...all, ...plans]) for (const p of paragraphs(doc)) expect(p.trimStart().startsWith('ซึ่ง')).toBe(false);
  });

  it('no zero count in prose: no "๐ มาตรการ" / "0 มาตรการ", no "ร้อยละ ๐.๐๐"', () => {
    for (const doc of all) {
      const prose = blocksOf(doc).filter((b) => b.kind === 'paragraph').map(blockText).join('\n');
      expect(prose).not.toMatch(/(^|[^0-9๐-๙.])[0๐] มาตรการ/);
      expect(prose).not.toMatch(/ร้อยละ [0๐]\.[0๐][0๐]/);
    }
  });

  it('a memo with every status: done with its percentage, then in progress, then not started; a zero is left out', () => {
    const d = buildReport(sample, { unit: NALIANG, round: 6, memo: true, today: TODAY });
    expect(text(d, 'memo')).toMatch(/ดำเนินการเรียบร้อยแล้ว [๐-๙]+ มาตรการ คิดเป็นร้อยละ [๐-๙.]+ อยู่ระหว่างดำเนินการ [๐-๙]+ มาตรการ และยังไม่ดำเนินการ [๐-๙]+ มาตรการ รายละเอียด/);
    // Round 3 of หัวเรือ: nothing done yet on 31 Dec 2567 — said in words, not as ๐ มาตรการ ร้อยละ ๐.๐๐.
    const r3 = buildReport(sample, { unit: HUARUEA, round: 3, memo: true, today: TODAY });
    const s = r3.sections.find((x) => x.id === 'summary');
    const summary = (s?.blocks ?? []).filter((b) => b.kind === 'paragraph').map(blockText).join('\n');
    if (/ยังไม่มีมาตรการที่ดำเนินการเรียบร้อยแล้ว/.test(summary)) expect(text(r3, 'memo')).not.toContain('ดำเนินการเรียบร้อยแล้ว ๐');
  });

  it('the memo and the report count unfinished measures the same way at the year\'s end', () => {
    for (const unit of UNITS) {
      const d = buildReport(sample, { unit, round: 12, memo: true, today: TODAY });
      const report = /มาตรการที่ยังไม่แล้วเสร็จ ([๐-๙]+) มาตรการ/.exec(text(d, 'summary'));
      const memo = /มาตรการที่ยังไม่แล้วเสร็จ ณ วันที่ [^จ]+ จำนวน ([๐-๙]+) มาตรการ จะดำเนินการต่อในปีงบประมาณ พ.ศ.\u00a0๒๕๖๙/.exec(text(d, 'memo'));
      expect(memo?.[1]).toBe(report?.[1]);
      const counts = d.sections.flatMap((x) => x.blocks).find((b) => b.kind === 'table' && b.role === 'summary');
      if (counts?.kind !== 'table') throw new Error('no summary table');
      // The counts row: ยังไม่ดำเนินการ, then อยู่ระหว่างดำเนินการ.
      const unfinished = Number(counts.rows[0][1].text.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50)))
        + Number(counts.rows[0][2].text.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50)));
      if (unfinished === 0) expect(report).toBeNull();
      else expect(report?.[1]).toBe(String(unfinished).replace(/\d/g, (c) => String.fromCharCode(0x0e50 + Number(c))));
    }
  });

  it('the adopted plans of the sample are signable: no prompt, no ร่าง, no ยังไม่มีมาตรการรองรับ, no sentence made up from the scores', () => {
    for (const plan of plans) {
      const words = blocksOf(plan).map(blockText).join('\n');
      expect(plan.meta.draft).toBeUndefined();
      expect(plan.missingNotes).toEqual([]);
      for (const filler of ['[กรอก', '[กำหนด', 'ยังไม่มีมาตรการรองรับ', 'ต่ำกว่าเกณฑ์ ๘๕ คะแนน อยู่', 'เป็นลำดับที่']) expect(words).not.toContain(filler);
    }
  });
});

describe('the demo reads as a real round (point 8)', () => {
  it('the report is signed a few days after the round it reports, on a working day; the plan in the year\'s second week', () => {
    // Round 6 of FY 2568 ends Monday 31 March 2025: signed Thursday 3 April 2025.
    expect(demoDates(2568)).toEqual({ report: { year: 2025, month: 4, day: 3 }, plan: { year: 2024, month: 10, day: 15 } });
    // Round 12 of FY 2568 ends Tuesday 30 September 2025: Friday 3 October.
    expect(demoDates(2568, 12).report).toEqual({ year: 2025, month: 10, day: 3 });
    // A Saturday or Sunday moves to the Monday.
    expect(workingDayFrom({ year: 2025, month: 4, day: 5 })).toEqual({ year: 2025, month: 4, day: 7 });
    expect(workingDayFrom({ year: 2025, month: 4, day: 6 })).toEqual({ year: 2025, month: 4, day: 7 });
  });

  it('so the demo\'s memo is dated in ๒๕๖๘, after the round, and no late-signing warning is raised', () => {
    const d = buildReport(sample, { unit: NIKHOM, memo: true, endorsement: true, date: demoDates(2568).report, today: { year: 2026, month: 12, day: 7 } });
    const head = d.sections[0].blocks[0];
    expect(head.kind === 'memoHeader' && head.lines[1][1].value).toBe('๓ เมษายน ๒๕๖๘');
    expect(reportWarnings(d).map((w) => w.th).join(' ')).not.toContain('วันที่ลงนาม');
  });
});
