import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { fromThaiDigits } from '../../src/core/engine/thai';
import {
  reportWarnings,
  blockText, blocksOf, buildReport, contentWidthPt, memoValueIndentPt, barChartSvg, expandHeader, ReportError, reportText, resolveReportOptions, thaiDigitsInTypedText,
  type Block, type ReportDoc, type TableBlock,
} from '../../src/core/documents';
import { SEED000_ORDER, SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const ASOF = { year: 2023, month: 4, day: 10 }; // 10 เมษายน 2566

/** FY 2566 measures answering ITA 2565 (seed 000): 7, 9, 8, 10 addressed, 6 not. */
function measureRows(count = 4): unknown[][] {
  const base: unknown[][] = [
    [SEED000_UNIT, 2566, '1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '7, 9', 'จัดให้มีช่องทางเผยแพร่ข้อมูล', 'สำนักปลัด', 'ไตรมาส 2', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่แล้ว', '', '31/3/2566', '', ''],
    [SEED000_UNIT, 2566, '2', 'มาตรการปรับปรุงระบบการทำงาน', '8', 'ทบทวนขั้นตอนการให้บริการ', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ยังไม่ดำเนินการ', '', '', '', '', ''],
    [SEED000_UNIT, 2566, '3', 'มาตรการป้องกันการทุจริต', '10', 'ประเมินความเสี่ยงการทุจริต', 'ทุกส่วนราชการ', 'ไตรมาส 4', '6, 12', 'อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างจัดทำ', '', '', '', ''],
    [SEED000_UNIT, 2566, '4', 'ประกาศเจตจำนงสุจริต', '', 'ผู้บริหารประกาศเจตจำนง', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', '', '', '', '', ''],
  ];
  const rows = [...base];
  for (let i = base.length; i < count; i++) rows.push([SEED000_UNIT, 2566, String(i + 1), `มาตรการ ${i + 1}`, '', 'วิธีการ', 'สำนักปลัด', 'ไตรมาส 3', '6', 'อยู่ระหว่างดำเนินการ', '', '', '', '', '']);
  return rows.slice(0, Math.max(count, 0));
}

function workbook(options: { measures?: number; extraScores?: unknown[][]; settings?: Record<string, unknown> } = {}) {
  const grids = seedWorkbook({
    settings: { fiscal_year: 2566, weak_count: 5, ...options.settings },
    measures: [header('measures'), ...measureRows(options.measures ?? 4)],
  });
  if (options.extraScores) grids.sheets[SHEETS.scores.th].push(...options.extraScores);
  return analyse(grids);
}

const section = (doc: ReportDoc, id: string): Block[] => doc.sections.find((s) => s.id === id)?.blocks ?? [];
const table = (doc: ReportDoc, role: TableBlock['role']): TableBlock => blocksOf(doc).find((b): b is TableBlock => b.kind === 'table' && b.role === role) as TableBlock;
const sectionText = (doc: ReportDoc, id: string): string => section(doc, id).map(blockText).join('\n');

describe('buildReport on seed 000 (ITA 2565 → measures of FY 2566)', () => {
  const analysis = workbook();
  it('the workbook is valid', () => expect(analysis.problems).toEqual([]));

  const doc = buildReport(analysis, { unit: SEED000_UNIT, memo: true, today: ASOF });

  it('has the sections of issue 4 in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['memo', 'title', 'ita', 'weak', 'measures', 'summary', 'signature']);
    const kinds = blocksOf(doc).map((b) => b.kind);
    expect(kinds[0]).toBe('memoHeader');
    expect(kinds).toContain('chart');
    expect(kinds.indexOf('pageBreak')).toBeLessThan(kinds.indexOf('chart'));
    expect(kinds[kinds.length - 1]).toBe('signature');
  });

  it('without --memo there is no cover', () => {
    const plain = buildReport(analysis, { unit: SEED000_UNIT, today: ASOF });
    expect(plain.sections.map((s) => s.id)).toEqual(['title', 'ita', 'weak', 'measures', 'summary', 'signature']);
    expect(plain.meta.memo).toBe(false);
  });

  it('defaults from the workbook: FY from Settings, round 6, Thai digits, ITA year = latest before the FY', () => {
    expect(doc.meta).toMatchObject({ fiscalYear: 2566, round: 6, thaiDigits: true, itaYear: 2565, measureCount: 4 });
    expect(doc.meta.name).toBe(`${SEED000_UNIT} รายงานมาตรการ ITA 2566 รอบ 6 เดือน`);
  });

  it('title: round with its month range, unit, district and province', () => {
    const text = sectionText(doc, 'title');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖');
    expect(text).toContain('รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)');
    expect(text).toContain(SEED000_UNIT);
    expect(text).toContain('อำเภอนิคมน้ำอูน จังหวัดมุกดาหาร');
  });

  it('memo cover: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน and an opening citing the ITA result', () => {
    const memo = section(doc, 'memo');
    const head = memo[0];
    expect(head.kind).toBe('memoHeader');
    if (head.kind !== 'memoHeader') return;
    expect(head.title).toBe('บันทึกข้อความ');
    expect(head.lines.flat().map((p) => p.label)).toEqual(['ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง', 'เรียน']);
    expect(head.lines.flat().find((p) => p.label === 'เรียน')?.value).toBe('นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(head.lines.flat().find((p) => p.label === 'วันที่')?.value).toBe('๑๐ เมษายน ๒๕๖๖');
    const text = sectionText(doc, 'memo');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๕ ซึ่งได้คะแนน ๘๗.๕๗ คะแนน อยู่ในระดับ “A”');
    expect(text).toContain(`จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของ${SEED000_UNIT}`);
  });

  it('ITA result: 87.57, level A, the seed\'s ranking order, highest and lowest', () => {
    const text = sectionText(doc, 'ita');
    expect(text).toContain('ได้คะแนน ๘๗.๕๗ คะแนน อยู่ในระดับ “A”');
    const ranking = table(doc, 'ranking');
    expect(ranking.header[0].map((c) => c.text)).toEqual(['อันดับ', 'ตัวชี้วัด', 'คะแนน']);
    expect(ranking.rows.map((r) => fromThaiDigits(r[1].text).split('.')[0])).toEqual(SEED000_ORDER);
    expect(ranking.rows[0].map((c) => c.text)).toEqual(['๑', '๑. การปฏิบัติหน้าที่', '๙๔.๙๗']);
    expect(ranking.rows[9].map((c) => c.text)).toEqual(['๑๐', '๗. ประสิทธิภาพการสื่อสาร', '๗๙.๖๓']);
    expect(text).toContain('คะแนนสูงสุด ๙๔.๙๗ คะแนน (ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)');
    expect(text).toContain('คะแนนต่ำสุด ๗๙.๖๓ คะแนน (ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร)');
    expect(text).toContain('ไม่มีผลการประเมินของปีก่อนหน้าสำหรับเปรียบเทียบ');
  });

  it('the figures are bold runs, as seed 000 shows them', () => {
    const p = section(doc, 'ita').find((b) => b.kind === 'paragraph');
    expect(p?.kind === 'paragraph' && p.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['๘๗.๕๗', 'A']);
  });

  it('a bar chart of the ten indicator scores, in the ranking table\'s order (highest first), with the pass line and a legend', () => {
    const chart = blocksOf(doc).find((b) => b.kind === 'chart');
    expect(chart?.kind).toBe('chart');
    if (chart?.kind !== 'chart') return;
    expect(chart.values).toEqual([...Object.values(SEED000_SCORES)].sort((a, b) => b - a));
    expect(chart.labels.map((l) => fromThaiDigits(l).split('.')[0])).toEqual(['1', '5', '2', '4', '3', '6', '10', '8', '9', '7']);
    expect(chart.labels[0]).toBe('๑. การปฏิบัติหน้าที่');
    // Seed 000 has bars on both sides of 85: the two colours are explained.
    expect(chart.legend).toEqual({ pass: 'ผ่านเกณฑ์ (๘๕ คะแนนขึ้นไป)', below: 'ต่ำกว่าเกณฑ์ ๘๕ คะแนน' });
    expect(chart.svg).toContain('ต่ำกว่าเกณฑ์ ๘๕ คะแนน');
    expect(chart.threshold).toBe(85);
    expect(chart.svg).toContain('font-family="Sarabun"');
    expect(chart.svg).toContain('๗. ประสิทธิภาพการสื่อสาร');
    expect(chart.svg).toContain('เกณฑ์ ๘๕');
    expect(chart.width).toBeGreaterThan(0);
  });

  it('indicators to develop and the measures that address each; indicator 6 has none', () => {
    const coverage = table(doc, 'coverage');
    expect(coverage.rows.map((r) => fromThaiDigits(r[0].text).split('.')[0])).toEqual(['7', '9', '8', '10', '6']);
    expect(coverage.rows[0][2].text).toBe('๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ');
    expect(coverage.rows[1][2].text).toBe('๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ');
    expect(coverage.rows[4][2]).toEqual({ text: 'ยังไม่มีมาตรการรองรับ', bold: true });
    // The advice to add measures is for the person making the report (reportWarnings), not the published text.
    expect(sectionText(doc, 'weak')).not.toContain('ควรพิจารณากำหนดมาตรการเพิ่มเติม');
    expect(doc.meta.uncovered).toEqual(['6. คุณภาพการดำเนินงาน']);
    expect(reportWarnings(doc).map((w) => w.th).join('\n')).toContain('ตัวชี้วัดที่ยังไม่มีมาตรการรองรับ: 6. คุณภาพการดำเนินงาน ควรพิจารณากำหนดมาตรการเพิ่มเติม');
  });

  it('measures table: seed 004\'s columns with seed 003\'s follow-up and seed 001\'s status marks, on landscape pages', () => {
    const m = table(doc, 'measures');
    expect(m.bulk).toBe(true);
    expect(doc.sections.find((x) => x.id === 'measures')?.orientation).toBe('landscape');
    // Issue 19: the summary and the signature run on after the table on its last landscape page.
    expect(doc.sections.filter((x) => x.orientation === 'landscape').map((x) => x.id)).toEqual(['measures', 'summary', 'signature']);
    expect(m.columns).toHaveLength(10);
    expect(m.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(100, 6);
    // On a landscape page (26.7 cm of text: 1.5 cm margins) only the three status marks are under 2 cm.
    const cm = m.columns.map((c) => (contentWidthPt('landscape') * c.width) / 100 / 28.3465);
    expect(cm.map((w, i) => (w < 2 ? i : -1)).filter((i) => i >= 0)).toEqual([5, 6, 7]);
    // The marks are 1.45 cm: their header words at 8 pt, the only cells of the table under 9.5 pt.
    [5, 6, 7].forEach((i) => expect(cm[i]).toBeCloseTo(1.45, 1));
    expect(m.header[1].map((c) => c.size)).toEqual([8, 8, 8]);
    expect(m.header[0].every((c) => c.size === undefined)).toBe(true);
    expect(expandHeader(m.header, 10)[0]).toEqual([
      'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา\nดำเนินการ', 'การกำกับ\nติดตาม', 'สถานะการดำเนินงาน', '', '',
      'สรุปผล\nการดำเนินการ', 'ผลลัพธ์/\nความสำเร็จ',
    ]);
    // Header lines break between words only ("ดำเนิน / การ" never).
    expect(expandHeader(m.header, 10)[1].slice(5, 8)).toEqual(['ยังไม่\nดำเนินการ', 'อยู่ระหว่าง\nดำเนินการ', 'ดำเนินการ\nเรียบร้อย\nแล้ว']);
    const marks = m.rows.map((r) => r.slice(5, 8).map((c) => c.text).join('|'));
    expect(marks).toEqual(['||/', '/||', '|/|', '||/']);
    expect(m.rows[0][8].text).toBe('เผยแพร่แล้ว\nดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ มีนาคม ๒๕๖๖');
    // การกำกับติดตาม as words, one round a line.
    expect(m.rows[0][4].text).toBe('รอบ ๖ เดือน\nรอบ ๑๒ เดือน');
    // ไตรมาส 1 ends 31 Dec 2565: not started on 31 Mar 2566 (the round's last day) → overdue; done ones are not.
    expect(m.rows[1][3].text).toBe('ไตรมาส ๑\n(เกินกำหนด)');
    expect(m.rows[3][3].text).toBe('ไตรมาส ๑');
    expect(m.rows[2][3].text).toBe('ไตรมาส ๔');
    const summary = sectionText(doc, 'summary');
    expect(summary).toContain('มาตรการที่เกินกำหนดและยังไม่แล้วเสร็จ ณ วันที่ ๓๑ มีนาคม ๒๕๖๖ จำนวน ๑ มาตรการ ได้แก่');
    // The overdue measures as a list, one paragraph each, not a comma run.
    expect(section(doc, 'summary').find((b) => b.kind === 'paragraph' && b.list)).toMatchObject({ runs: [{ text: '๑) มาตรการที่ ๒ มาตรการปรับปรุงระบบการทำงาน (กำหนดแล้วเสร็จ ๓๑ ธันวาคม ๒๕๖๕)' }] });
  });

  it('ผลลัพธ์ in its own column, only for a measure done by the as-of day; never inside the result', () => {
    const a = workbook();
    const ms = a.workbook.measures.map((m, i) => (i < 3 ? { ...m, outcome: `ผลลัพธ์ ${i + 1}` } : m));
    const d = buildReport({ ...a, workbook: { ...a.workbook, measures: ms } }, { unit: SEED000_UNIT, today: ASOF });
    const m = table(d, 'measures');
    // Nothing written, nothing printed: blank, not a filler "-".
    expect(m.rows.map((r) => r[9].text)).toEqual(['ผลลัพธ์ ๑', '', '', '']);
    expect(m.rows.map((r) => r[8].text).join('\n')).not.toContain('ผลลัพธ์');
  });

  it('counts and percentages by status', () => {
    const s = table(doc, 'summary');
    // Across the landscape page: the statuses as columns, a row of counts and a row of shares.
    expect(s.header[0].map((c) => c.text)).toEqual(['สถานะ', 'ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการเรียบร้อยแล้ว', 'รวม']);
    expect(s.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['จำนวน (มาตรการ)', '๑', '๑', '๒', '๔'],
      ['ร้อยละ', '๒๕.๐๐', '๒๕.๐๐', '๕๐.๐๐', '๑๐๐.๐๐'],
    ]);
    expect(s.rows.map((r) => r[4].bold)).toEqual([true, true]);
    expect(s.columns.reduce((a, c) => a + c.width, 0)).toBe(100);
    expect(sectionText(doc, 'summary')).toContain('มาตรการทั้งหมด ๔ มาตรการ ดำเนินการเรียบร้อยแล้ว ๒ มาตรการ คิดเป็นร้อยละ ๕๐.๐๐');
  });

  it('memo signature: room to sign, (name), position — no (ลงชื่อ), no date under a dated memo', () => {
    const sig = section(doc, 'memo').find((b) => b.kind === 'signature');
    expect(sig).toEqual({ kind: 'signature', lines: ['', '(นางสาวทดสอบ ระบบ)', 'นักวิเคราะห์นโยบายและแผน'] });
  });

  it('a date typed as the timeline is written in full ("๓๑ มีนาคม ๒๕๖๖", never "๓๑ มี.ค. ๖๖"), not as the sheet hands it over', () => {
    const a = workbook();
    const m = a.workbook.measures[0];
    const dated = { ...a, workbook: { ...a.workbook, measures: [{ ...m, timeline: '2023-03-30T17:00:00.000Z', due: { year: 2023, month: 3, day: 31 } }, ...a.workbook.measures.slice(1)] } };
    expect(table(buildReport(dated, { unit: SEED000_UNIT, today: ASOF }), 'measures').rows[0][3].text).toBe('๓๑ มีนาคม ๒๕๖๖');
  });

  it('typed text takes Thai digits, except words with Latin letters (codes, addresses)', () => {
    expect(thaiDigitsInTypedText('ไตรมาส 1 ภายใน 31 มี.ค. 2568')).toBe('ไตรมาส ๑ ภายใน ๓๑ มี.ค. ๒๕๖๘');
    expect(thaiDigitsInTypedText('ข้อ O43 และ e6 ที่ www.nacc.go.th/2568 โทร. 0-3938-7038')).toBe('ข้อ O43 และ e6 ที่ www.nacc.go.th/2568 โทร. ๐-๓๙๓๘-๗๐๓๘');
  });

  it('signature block: reporter, position and the date', () => {
    expect(section(doc, 'signature')[0]).toEqual({
      kind: 'signature',
      lines: ['(ลงชื่อ)........................................ผู้รายงาน', '(นางสาวทดสอบ ระบบ)', 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน', 'วันที่ ๑๐ เมษายน ๒๕๖๖'],
    });
  });

  it('Arabic digits on request: no Thai digit anywhere (the fixture\'s own text has none)', () => {
    const arabic = buildReport(analysis, { unit: SEED000_UNIT, memo: true, today: ASOF, thaiDigits: false });
    const text = reportText(arabic);
    expect(text).not.toMatch(/[๐-๙]/);
    expect(text).toContain('รอบ 6 เดือน (ตุลาคม 2565 – มีนาคม 2566)');
    expect(text).toContain('ได้คะแนน 87.57 คะแนน อยู่ในระดับ “A”');
    expect(table(arabic, 'ranking').rows[0].map((c) => c.text)).toEqual(['1', '1. การปฏิบัติหน้าที่', '94.97']);
    expect(arabic.meta.thaiDigits).toBe(false);
  });

  it('the Settings sheet\'s ใช้เลขไทย = FALSE makes Arabic the default', () => {
    const a = workbook({ settings: { thai_digits: false } });
    expect(buildReport(a, { unit: SEED000_UNIT, today: ASOF }).meta.thaiDigits).toBe(false);
  });

  it('other rounds: รอบ ๓, ๙ and ๑๒ เดือน with their month ranges', () => {
    const label = (round: number) => sectionText(buildReport(analysis, { unit: SEED000_UNIT, round, today: ASOF }), 'title');
    expect(label(3)).toContain('รอบ ๓ เดือน (ตุลาคม ๒๕๖๕ – ธันวาคม ๒๕๖๕)');
    expect(label(9)).toContain('รอบ ๙ เดือน (ตุลาคม ๒๕๖๕ – มิถุนายน ๒๕๖๖)');
    expect(label(12)).toContain('รอบ ๑๒ เดือน (ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖)');
  });

  it('overdue is judged on the as-of day: the round\'s last day once it has passed, today before it', () => {
    // Round 3 made on 10 Apr 2566 describes 31 Dec 2565: ไตรมาส 1 is due that very day, not late yet.
    const r3 = buildReport(analysis, { unit: SEED000_UNIT, round: 3, today: ASOF });
    expect(r3.meta.asOf).toEqual({ year: 2022, month: 12, day: 31 });
    expect(table(r3, 'measures').rows[1][3].text).toBe('ไตรมาส ๑');
    const r6 = buildReport(analysis, { unit: SEED000_UNIT, round: 6, today: ASOF });
    expect(r6.meta.asOf).toEqual({ year: 2023, month: 3, day: 31 });
    expect(table(r6, 'measures').rows[1][3].text).toBe('ไตรมาส ๑\n(เกินกำหนด)');
    // Before the round's end the report describes today.
    const early = buildReport(analysis, { unit: SEED000_UNIT, round: 6, today: { year: 2022, month: 12, day: 31 } });
    expect(early.meta.asOf).toEqual({ year: 2022, month: 12, day: 31 });
    expect(table(early, 'measures').rows[1][3].text).toBe('ไตรมาส ๑');
  });

  it('unit names match leniently (spaces, case)', () => {
    expect(buildReport(analysis, { unit: ` ${SEED000_UNIT.slice(0, 10)} ${SEED000_UNIT.slice(10)} `, today: ASOF }).meta.unit).toBe(SEED000_UNIT);
  });
});

describe('change against the year before', () => {
  const prev = Object.entries(SEED000_SCORES).map(([code, score]) => [SEED000_UNIT, 2564, code, score - 1]);
  const analysis = workbook({ extraScores: prev });
  const doc = buildReport(analysis, { unit: SEED000_UNIT, today: ASOF });

  it('says how much the total rose and adds a column per indicator', () => {
    expect(sectionText(doc, 'ita')).toContain('เมื่อเทียบกับปีงบประมาณ พ.ศ.\u00a0๒๕๖๔ (๘๖.๕๗ คะแนน) คะแนนเพิ่มขึ้น ๑.๐๐ คะแนน');
    const ranking = table(doc, 'ranking');
    expect(ranking.header[0].map((c) => c.text)).toEqual(['อันดับ', 'ตัวชี้วัด', 'คะแนน', 'เทียบปี ๒๕๖๔']);
    expect(ranking.rows.every((r) => r[3].text === '+๑.๐๐')).toBe(true);
  });
});

describe('errors (typed, Thai message)', () => {
  const analysis = workbook();
  const fail = (fn: () => unknown): ReportError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ReportError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it('an unknown unit', () => {
    const e = fail(() => buildReport(analysis, { unit: 'เทศบาลไม่มีจริง' }));
    expect(e.code).toBe('unknownUnit');
    expect(e.message).toBe('ไม่พบหน่วยงาน "เทศบาลไม่มีจริง" ในชีตหน่วยงาน');
    expect(e.text.en).toContain('not in the Units sheet');
  });

  it('a unit without measures for the fiscal year', () => {
    const e = fail(() => buildReport(analysis, { unit: SEED000_UNIT, fiscalYear: 2567 }));
    expect(e.code).toBe('noMeasures');
    expect(e.message).toContain('ไม่มีมาตรการของ' + SEED000_UNIT + ' ปีงบประมาณ พ.ศ. 2567');
  });

  it('a round that is not 3, 6, 9 or 12', () => {
    expect(fail(() => resolveReportOptions(analysis, { unit: SEED000_UNIT, round: 4 })).code).toBe('badRound');
  });

  it('no ITA result before the fiscal year is not an error: the section says so', () => {
    const doc = buildReport(analysis, { unit: SEED000_UNIT, itaYear: 2560, today: ASOF });
    expect(doc.meta.itaYear).toBeNull();
    expect(sectionText(doc, 'ita')).toContain('ยังไม่มีผลการประเมิน ITA');
    expect(blocksOf(doc).some((b) => b.kind === 'chart')).toBe(false);
  });
});

describe('chart and header helpers', () => {
  it('barChartSvg: one bar per value, warning colour below the threshold', () => {
    const chart = barChartSvg({ labels: ['ก', 'ข'], values: [90, 80], valueLabels: ['90.00', '80.00'], threshold: 85, thresholdLabel: 'เกณฑ์ 85', thaiDigits: false });
    expect(chart.svg.match(/<rect x=/g)).toHaveLength(2);
    expect(chart.svg).toContain('fill="#e69138"');
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('barChartSvg escapes XML in labels', () => {
    expect(barChartSvg({ labels: ['a<b & "c"'], values: [50], valueLabels: ['50'], threshold: 85, thresholdLabel: 'x', thaiDigits: false }).svg)
      .toContain('a&lt;b &amp; &quot;c&quot;');
  });

  it('expandHeader fills spans so every row has every column', () => {
    const grid = expandHeader([[{ text: 'A', rowSpan: 2 }, { text: 'B', colSpan: 2 }, { text: 'C', rowSpan: 2 }], [{ text: 'b1' }, { text: 'b2' }]], 4);
    expect(grid).toEqual([['A', 'B', '', 'C'], ['', 'b1', 'b2', '']]);
  });
});

describe('memo header run-on indent', () => {
  it('puts a wrapped value under its first line: label width (Sarabun Bold 20 pt) and two spaces', () => {
    // เรื่อง in Sarabun Bold is 1.905 em → 38.1 pt at 20 pt; two 16 pt spaces 7.8 pt.
    expect(memoValueIndentPt('เรื่อง')).toBe(46);
    expect(memoValueIndentPt('ส่วนราชการ')).toBe(109);
    expect(memoValueIndentPt('เรียน')).toBeLessThan(memoValueIndentPt('ส่วนราชการ'));
  });
});
