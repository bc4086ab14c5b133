/**
 * The year-start document (issue 12) on seed 000: ITA 2565 of อบต.นิคมคำสร้อย (87.57, A, the
 * ranking 1,5,2,4,3,6,10,8,9,7), its five indicators to develop (6–10, as the seed lists them)
 * and its three measures, adopted here for FY 2566; and the การวิเคราะห์ sheet it reads.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import {
  announcementDate, blockText, blocksOf, buildPlan, missingNotesMessage, PlanError, planName, planWarning, planWarnings, undatedMessage, ReportError, reportText, type Block, type PlanDoc, type TableBlock,
} from '../../src/core/documents';
import { SEED000_ORDER, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const DATE = { year: 2022, month: 10, day: 15 }; // 15 ตุลาคม 2565, the start of FY 2566

/** Seed 000's three measures (title, approach as the method, สำนักปลัด, its follow-up rounds). */
const SEED_MEASURES: unknown[][] = [
  [SEED000_UNIT, 2566, '1', 'มาตรการตรวจสอบการใช้ดุลพินิจ', '3', '๑. ผู้รับผิดชอบดำเนินการจัดทำ มาตรการตรวจสอบการใช้ดุลพินิจ\n๒. ผู้บริหารประกาศหลักเกณฑ์ หรือ มาตรการ เพื่อให้เจ้าหน้าที่ และบุคคลภายนอกรับทราบ', 'สำนักปลัด', 'ไตรมาส 2', 'รอบ ๖ เดือน / รอบ ๑๒ เดือน', 'ยังไม่ดำเนินการ', '', '', '', '', ''],
  [SEED000_UNIT, 2566, '2', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '7, 9', '๑. ผู้รับผิดชอบจัดให้มีข้อมูลเผยแพร่ต่อสาธารณชนบนเว็บไซต์หลักของหน่วยงาน\n๒. ติดตามและตรวจสอบสถานะของข้อมูลข่าวสารให้เป็นปัจจุบัน', 'สำนักปลัด', 'ทุกไตรมาส', '3, 6, 9, 12', 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่แล้ว', '', '', '', ''],
  [SEED000_UNIT, 2566, '3', 'ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส', '10', 'ผู้บริหารประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส ประจำปี ๒๕๖๖', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'อยู่ระหว่างดำเนินการ', '', '', '', '', ''],
];

/** Notes for 7 and 9 (to develop, one typed by name) and for 3 (not to develop); none for 6, 8 (a blank row), 10. */
const PARTIAL_NOTES: unknown[][] = [
  [SEED000_UNIT, 2565, 'ประสิทธิภาพการสื่อสาร', 'ช่องทางการสื่อสารยังไม่หลากหลาย', 'จัดให้มีช่องทางที่หลากหลาย เช่น Website, Facebook'],
  [SEED000_UNIT, 2565, '9', 'ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน', 'จัดให้มีช่องทางในการบริการข้อมูลข่าวสารตามมาตรา 9 ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.\u00a02540'],
  [SEED000_UNIT, 2565, '3', 'การใช้ดุลพินิจยังไม่มีหลักเกณฑ์', 'จัดทำมาตรการตรวจสอบการใช้ดุลพินิจ'],
  [SEED000_UNIT, 2565, '8', '', ''],
];

/** Every indicator the plan lists has its note: the adopted plan can be made. */
const NOTES: unknown[][] = [
  ...PARTIAL_NOTES.slice(0, 3),
  [SEED000_UNIT, 2565, '8', 'ผู้รับบริการมีส่วนร่วมในการปรับปรุงการทำงานน้อย', 'เปิดช่องทางรับฟังข้อเสนอแนะจากผู้รับบริการ'],
  [SEED000_UNIT, 2565, '10', 'มาตรการป้องกันการทุจริตยังไม่ครบถ้วน', 'ประกาศเจตจำนงและมาตรการป้องกันการทุจริต'],
  [SEED000_UNIT, 2565, '6', 'ขั้นตอนการให้บริการยังไม่ชัดเจน', 'จัดทำคู่มือและแผนผังขั้นตอนการให้บริการ'],
];

function grids(options: { measures?: unknown[][]; notes?: unknown[][] | null; settings?: Record<string, unknown> } = {}) {
  const g = seedWorkbook({
    settings: { fiscal_year: 2566, weak_count: 5, ...options.settings },
    measures: [header('measures'), ...(options.measures ?? SEED_MEASURES)],
  });
  if (options.notes !== null) g.sheets[SHEETS.analysis.th] = [header('analysis'), ...(options.notes ?? NOTES)];
  return g;
}

const plan = (options: Parameters<typeof grids>[0] = {}, extra: Partial<Parameters<typeof buildPlan>[1]> = {}): PlanDoc =>
  buildPlan(analyse(grids(options)), { unit: SEED000_UNIT, date: DATE, ...extra });
const section = (doc: PlanDoc, id: string): Block[] => doc.sections.find((s) => s.id === id)?.blocks ?? [];
const sectionText = (doc: PlanDoc, id: string): string => section(doc, id).map(blockText).join('\n');
const table = (doc: PlanDoc, role: TableBlock['role']): TableBlock => blocksOf(doc).find((b): b is TableBlock => b.kind === 'table' && b.role === role) as TableBlock;

describe('buildPlan on seed 000 (ITA 2565 → the measures of FY 2566)', () => {
  const analysis = analyse(grids());
  it('the workbook, การวิเคราะห์ included, is valid', () => expect(analysis.problems).toEqual([]));
  const doc = buildPlan(analysis, { unit: SEED000_UNIT, date: DATE });

  it('is a plan of the report model: its sections in order, its kind, no round', () => {
    // No coverage table (issue 19: length; seed 000 has none): the measures table's ตัวชี้วัด column says the same.
    expect(doc.sections.map((s) => s.id)).toEqual(['title', 'ita', 'analysis', 'measures', 'signature']);
    expect(doc.meta).toMatchObject({ kind: 'plan', round: null, fiscalYear: 2566, itaYear: 2565, thaiDigits: true, measureCount: 3, memo: false });
    expect(doc.meta.name).toBe(`${SEED000_UNIT} มาตรการ ITA ประจำปี 2566`);
    expect(planName('x', 2568, 'en')).toBe('x ITA measures 2568');
  });

  it('title: the document, the fiscal year, unit, district and province', () => {
    expect(section(doc, 'title').map(blockText)).toEqual([
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖', SEED000_UNIT, 'อำเภอนิคมน้ำอูน จังหวัดมุกดาหาร',
    ]);
  });

  it('๑: the analysis heading over the progress report\'s own ITA blocks: 87.57, A, ranking, highest, lowest, chart', () => {
    const blocks = section(doc, 'ita');
    expect(blockText(blocks[0])).toBe('๑. วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๕');
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(1);
    const text = sectionText(doc, 'ita');
    expect(text).toContain(`${SEED000_UNIT} ได้คะแนน ๘๗.๕๗ คะแนน อยู่ในระดับ “A”`);
    expect(text).toContain('คะแนนสูงสุด ๙๔.๙๗ คะแนน (ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)');
    expect(text).toContain('คะแนนต่ำสุด ๗๙.๖๓ คะแนน (ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร)');
    expect(text).toContain('ไม่มีผลการประเมินของปีก่อนหน้าสำหรับเปรียบเทียบ');
    const ranking = table(doc, 'ranking');
    expect(ranking.rows.map((r) => r[1].text.split('.')[0])).toEqual(SEED000_ORDER.map((c) => c.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))));
    // No chart: the ranking table says the same (seed 000 has the table only; issue 19: length).
    expect(blocks.some((b) => b.kind === 'chart')).toBe(false);
  });

  it('the analysis: seed 000\'s prose, its five indicators to develop lowest first, then seed 002\'s table', () => {
    const text = sectionText(doc, 'analysis');
    expect(text).toContain(`${SEED000_UNIT} อำเภอนิคมน้ำอูน จังหวัดมุกดาหาร ได้ดำเนินการวิเคราะห์ผลการประเมิน`);
    expect(text).toContain('ซึ่งจากการวิเคราะห์สามารถสรุปได้ว่า มีประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่');
    const items = section(doc, 'analysis').map(blockText).filter((l) => /^[๑-๙]\)/.test(l));
    // Lowest first, as the engine's weak and the coverage table at the end.
    expect(items).toEqual([
      '๑) ตัวชี้วัดประสิทธิภาพการสื่อสาร (๗๙.๖๓ คะแนน)', '๒) ตัวชี้วัดการเปิดเผยข้อมูล (๘๕.๒๘ คะแนน)',
      '๓) ตัวชี้วัดการปรับปรุงการทำงาน (๘๖.๙๗ คะแนน)', '๔) ตัวชี้วัดการป้องกันการทุจริต (๘๗.๕๐ คะแนน)', '๕) ตัวชี้วัดคุณภาพการดำเนินงาน (๘๗.๕๒ คะแนน)',
    ]);
    // The table also has a row for ๓ (a note, not to develop): the prose names it, so the two agree.
    expect(text).toContain('นอกจากนี้ ยังได้วิเคราะห์ตัวชี้วัดอื่นเพิ่มเติม ได้แก่ ตัวชี้วัดการใช้อำนาจ (๙๐.๕๕ คะแนน) จึงมีแนวทางการพัฒนาของตัวชี้วัดข้างต้นทั้งหมด ดังนี้');
    const t = table(doc, 'analysis');
    expect(t.header[0].map((c) => c.text)).toEqual(['ตัวชี้วัด (คะแนน)', 'ประเด็นที่ต้องแก้ไข/พัฒนา', 'แนวทางการพัฒนา']);
    const byCode = new Map(t.rows.map((r) => [r[0].text.split('.')[0], r]));
    expect([...byCode.keys()]).toEqual(['๗', '๙', '๘', '๑๐', '๖', '๓']);
    expect(byCode.get('๗')?.map((c) => c.text)).toEqual(['๗. ประสิทธิภาพการสื่อสาร\n(๗๙.๖๓ คะแนน)', 'ช่องทางการสื่อสารยังไม่หลากหลาย', 'จัดให้มีช่องทางที่หลากหลาย เช่น Website, Facebook']);
    // Typed digits take the document's digits: มาตรา 9 … พ.ศ.\u00a02540 → ๙, ๒๕๔๐.
    expect(byCode.get('๙')?.[2].text).toContain('มาตรา ๙ ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.\u00a0๒๕๔๐');
    expect(byCode.get('๓')?.[1].text).toBe('การใช้ดุลพินิจยังไม่มีหลักเกณฑ์');
  });

  it('๒: seed 000\'s measures table — measure, indicators, steps, responsible, timeline, follow-up — and no statuses', () => {
    const text = sectionText(doc, 'measures');
    expect(text).toContain('๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖');
    expect(text).toContain(`เพื่อพัฒนาประเด็นที่ได้จากการวิเคราะห์ข้างต้น ${SEED000_UNIT}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖ จำนวน ๓ มาตรการ ดังนี้`);
    const t = table(doc, 'plan');
    expect(t.header[0].map((c) => c.text)).toEqual(['มาตรการ', 'ตัวชี้วัด', 'ขั้นตอน/วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม']);
    // Landscape from the analysis on (its long prose takes less height across the page), the
    // signature after the measures table on its last page, as in seed 000.
    expect(doc.sections.map((s) => s.orientation ?? 'portrait')).toEqual(['portrait', 'portrait', 'landscape', 'landscape', 'landscape']);
    // A measure's row is kept whole (the sample's rows fit a page).
    expect(t.keepRowsWhole).toEqual(t.rows.map(() => true));
    expect(t.columns.reduce((a, c) => a + c.width, 0)).toBe(100);
    expect(t.bulk).toBe(true);
    expect(t.rows[1].map((c) => c.text)).toEqual([
      '๒. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๗. ประสิทธิภาพการสื่อสาร\n๙. การเปิดเผยข้อมูล',
      '๑. ผู้รับผิดชอบจัดให้มีข้อมูลเผยแพร่ต่อสาธารณชนบนเว็บไซต์หลักของหน่วยงาน\n๒. ติดตามและตรวจสอบสถานะของข้อมูลข่าวสารให้เป็นปัจจุบัน',
      'สำนักปลัด', 'ทุกไตรมาส', 'รายงานผลการดำเนินงานตามมาตรการ\nรอบ ๓ เดือน\nรอบ ๖ เดือน\nรอบ ๙ เดือน\nรอบ ๑๒ เดือน',
    ]);
    expect(t.rows[0][5].text).toBe('รายงานผลการดำเนินงานตามมาตรการ\nรอบ ๖ เดือน\nรอบ ๑๒ เดือน');
    const all = reportText(doc);
    for (const word of ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการเรียบร้อยแล้ว', 'เผยแพร่แล้ว', 'สถานะการดำเนินงาน', 'เกินกำหนด']) expect(all).not.toContain(word);
  });

  it('an indicator to develop that no measure addresses: the person is told, the plan prints nothing of it', () => {
    const t = table(doc, 'plan');
    const addressed = new Set(t.rows.flatMap((r) => r[1].text.split('\n').map((l) => l.split('.')[0])));
    expect([...addressed].sort()).toEqual(['๑๐', '๓', '๗', '๙']);
    expect(doc.uncovered).toEqual(['๘. การปรับปรุงการทำงาน', '๖. คุณภาพการดำเนินงาน']);
    const all = reportText(doc);
    for (const words of ['ยังไม่มีมาตรการรองรับ', 'ควรพิจารณา', 'ดำเนินการตามแนวทางการพัฒนาในข้อ ๑']) expect(all).not.toContain(words);
    expect(planWarnings(doc).map((m) => m.th)).toContain('ตัวชี้วัดที่ต้องพัฒนา 8. การปรับปรุงการทำงาน, 6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ" (เอกสารมีเพียงแนวทางการพัฒนาในตารางการวิเคราะห์)');
  });

  it('the executive signs: ประกาศ ณ วันที่, room to sign, the name (a dotted line when ชื่อผู้บริหาร is blank, and the person told), the title from เรียน — one block, kept whole', () => {
    const blocks = section(doc, 'signature');
    expect(blocks).toHaveLength(1);
    const sig = blocks[0];
    if (sig.kind !== 'signature') throw new Error('not a signature block');
    // The closing formula and the date are read with the signature: the block's own lead lines
    // (never a signature alone on the last page); the formula indented as prose, the date centred.
    expect(sig.lead).toEqual([
      { text: 'จึงประกาศให้ทราบโดยทั่วกัน', align: 'left', indent: true },
      { text: 'ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ.\u00a0๒๕๖๕', align: 'center' },
    ]);
    expect(sig.lines).toEqual(['', '(........................................)', 'นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย']);
    expect(doc.meta.missingNames).toEqual(['executiveName']);
    expect(planWarnings(doc).map((m) => m.th)).toContain('ยังไม่มีชื่อผู้บริหาร (เอกสารเว้นจุดไว้ใต้ลายมือชื่อ): กรอกคอลัมน์ "ชื่อผู้บริหาร"ในชีต "หน่วยงาน" แถว 2 แล้วสร้างใหม่');
    const g = grids();
    const units = g.sheets[SHEETS.units.th];
    units[1][units[0].indexOf('ชื่อผู้บริหาร')] = 'นายสมพงษ์ ศรีสุข';
    const named = buildPlan(analyse(g), { unit: SEED000_UNIT, date: DATE });
    const signed = section(named, 'signature')[0];
    expect(signed.kind === 'signature' && signed.lines).toEqual(['', '(นายสมพงษ์ ศรีสุข)', 'นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย']);
    expect(named.meta.missingNames).toEqual([]);
    expect(planWarnings(named).map((m) => m.th).join(' ')).not.toContain('ชื่อผู้บริหาร');
  });

  it('Arabic digits when asked: no Thai digit anywhere, typed ones converted too', () => {
    const arabic = plan({}, { thaiDigits: false });
    expect(arabic.meta.thaiDigits).toBe(false);
    expect(reportText(arabic)).not.toMatch(/[๐-๙]/);
    expect(reportText(arabic)).toContain('ได้คะแนน 87.57 คะแนน');
  });

  it('a measure cancelled later is still in the plan as adopted: no gap in the numbers, the count matches the table', () => {
    const rows = SEED_MEASURES.map((r, i) => (i === 1 ? [...r.slice(0, 9), 'ยกเลิก', ...r.slice(10)] : r));
    const p = plan({ measures: rows });
    expect(table(p, 'plan').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๑', '๒', '๓']);
    expect(p.meta.measureCount).toBe(3);
    expect(sectionText(p, 'measures')).toContain('จำนวน ๓ มาตรการ');
    // It still addresses ๗ and ๙ (no warning names them), and no status is printed.
    expect(table(p, 'plan').rows[1][1].text).toBe('๗. ประสิทธิภาพการสื่อสาร\n๙. การเปิดเผยข้อมูล');
    expect(p.uncovered).toEqual(['๘. การปรับปรุงการทำงาน', '๖. คุณภาพการดำเนินงาน']);
    expect(reportText(p)).not.toContain('ยกเลิก');
  });

  it('a timeline typed as a date is written in full (build.ts\'s shared timeline writer), never ๒๘ ก.พ. ๖๖', () => {
    const rows = SEED_MEASURES.map((r, i) => (i === 0 ? [...r.slice(0, 7), '2023-02-28', ...r.slice(8)] : r));
    const cell = table(plan({ measures: rows }), 'plan').rows[0][4].text;
    expect(cell).toContain('๒๘ กุมภาพันธ์ ๒๕๖๖');
    expect(cell).not.toContain('ก.พ.');
  });

  it('nothing below the threshold: the lowest three are the points to keep improving, and section ๒ follows from it', () => {
    const none = buildPlan(analyse(grids({ notes: [], settings: { weak_count: '', pass_threshold: 70 } })), { unit: SEED000_UNIT, date: DATE, draft: true });
    const text = sectionText(none, 'analysis');
    expect(text).toContain('พบว่าทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเกณฑ์ ๗๐ คะแนน แต่ยังมีประเด็นที่ควรพัฒนาให้ดีขึ้นอย่างต่อเนื่อง ได้แก่');
    const items = section(none, 'analysis').map(blockText).filter((l) => /^[๑-๙]\)/.test(l));
    expect(items).toEqual(['๑) ตัวชี้วัดประสิทธิภาพการสื่อสาร (๗๙.๖๓ คะแนน)', '๒) ตัวชี้วัดการเปิดเผยข้อมูล (๘๕.๒๘ คะแนน)', '๓) ตัวชี้วัดการปรับปรุงการทำงาน (๘๖.๙๗ คะแนน)']);
    expect(table(none, 'analysis').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๗', '๙', '๘']);
    expect(sectionText(none, 'measures')).toContain(`เพื่อรักษาผลการประเมินและพัฒนาประเด็นข้างต้นให้ดีขึ้นอย่างต่อเนื่อง ${SEED000_UNIT}จึงได้กำหนดมาตรการ`);
    expect(sectionText(none, 'measures')).not.toContain('เพื่อพัฒนาประเด็นที่ได้จากการวิเคราะห์');
    // The signature follows the measures table on its landscape page rather than alone on a portrait page.
    expect(none.sections.map((s) => [s.id, s.orientation])).toEqual([['title', undefined], ['ita', undefined], ['analysis', 'landscape'], ['measures', 'landscape'], ['signature', 'landscape']]);
    expect(section(none, 'measures').map((b) => b.kind).slice(-1)).toEqual(['table']);
    // Their notes are missing: only a draft can be made, with the gaps as prompts.
    expect(none.missingNotes.map((i) => i.code)).toEqual(['7', '9', '8']);
    expect(none.meta.draft).toBe('ร่าง');
  });

  it('nothing below the threshold, but the การวิเคราะห์ sheet has notes: those are the points named', () => {
    const p = buildPlan(analyse(grids({ notes: PARTIAL_NOTES.slice(0, 3), settings: { weak_count: '', pass_threshold: 70 } })), { unit: SEED000_UNIT, date: DATE });
    const items = section(p, 'analysis').map(blockText).filter((l) => /^[๑-๙]\)/.test(l));
    expect(items).toEqual(['๑) ตัวชี้วัดประสิทธิภาพการสื่อสาร (๗๙.๖๓ คะแนน)', '๒) ตัวชี้วัดการเปิดเผยข้อมูล (๘๕.๒๘ คะแนน)', '๓) ตัวชี้วัดการใช้อำนาจ (๙๐.๕๕ คะแนน)']);
    expect(table(p, 'analysis').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๗', '๙', '๓']);
    expect(sectionText(p, 'analysis')).not.toContain('นอกจากนี้');
    expect(p.missingNotes).toEqual([]);
  });
});

describe('ประกาศ ณ วันที่: today only when today is a day the plan is adopted', () => {
  // The line after the closing formula จึงประกาศให้ทราบโดยทั่วกัน.
  const signed = (p: PlanDoc) => blockText(section(p, 'signature')[0]).split('\n')[1];
  const at = (today: { year: number; month: number; day: number }, date?: { year: number; month: number; day: number }) =>
    buildPlan(analyse(grids()), { unit: SEED000_UNIT, today, ...(date ? { date } : {}) });

  it('the rule: fiscal year N and the three months before it (1 July – 30 September of N−1)', () => {
    // FY 2566 runs 1 Oct 2022 – 30 Sep 2023; plans are adopted from 1 July 2022.
    expect(announcementDate(2566, { year: 2022, month: 6, day: 30 })).toBeNull();
    expect(announcementDate(2566, { year: 2022, month: 7, day: 1 })).toEqual({ year: 2022, month: 7, day: 1 });
    expect(announcementDate(2566, { year: 2023, month: 9, day: 30 })).toEqual({ year: 2023, month: 9, day: 30 });
    expect(announcementDate(2566, { year: 2023, month: 10, day: 1 })).toBeNull();
    expect(announcementDate(2566, { year: 2026, month: 12, day: 1 }, { year: 2022, month: 9, day: 1 })).toEqual({ year: 2022, month: 9, day: 1 });
  });

  it('within the adoption time: today, and no warning', () => {
    const p = at({ year: 2022, month: 9, day: 20 });
    expect(signed(p)).toBe('ประกาศ ณ วันที่ ๒๐ กันยายน พ.ศ.\u00a0๒๕๖๕');
    expect(p.undated).toBe(false);
    expect(undatedMessage(p)).toBeNull();
  });

  it('today in a later fiscal year: dotted spaces to fill by hand, and the person is warned', () => {
    const p = at({ year: 2026, month: 12, day: 1 });
    expect(signed(p)).toBe('ประกาศ ณ วันที่ ........ เดือน .................... พ.ศ. ........');
    expect(reportText(p)).not.toContain('๒๕๖๙');
    expect(p.undated).toBe(true);
    expect(undatedMessage(p)?.th).toContain('ปีงบประมาณ พ.ศ. 2566');
    // The same path as the other warnings: the date first.
    const uncovered = 'ตัวชี้วัดที่ต้องพัฒนา 8. การปรับปรุงการทำงาน, 6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ" (เอกสารมีเพียงแนวทางการพัฒนาในตารางการวิเคราะห์)';
    expect(planWarnings(p).map((m) => m.th)).toEqual([undatedMessage(p)?.th, uncovered, expect.stringContaining("ชื่อผู้บริหาร")]);
    expect(missingNotesMessage(p)).toBeNull();
    expect(planWarning(p)?.th.startsWith(`${undatedMessage(p)?.th} ${uncovered}`)).toBe(true);
  });

  it('an explicit date wins, whatever today is', () => {
    const p = at({ year: 2026, month: 12, day: 1 }, { year: 2022, month: 10, day: 3 });
    expect(signed(p)).toBe('ประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ.\u00a0๒๕๖๕');
    expect(p.undated).toBe(false);
    expect(planWarnings(p).map((m) => m.th)).toEqual([expect.stringContaining('ยังไม่มีมาตรการรองรับ'), expect.stringContaining('ชื่อผู้บริหาร')]);
  });
});

describe('buildPlan: what cannot be made says what is missing and where it goes', () => {
  const errorOf = (fn: () => unknown): unknown => { try { fn(); } catch (e) { return e; } return null; };

  it('an unknown unit', () => {
    const e = errorOf(() => plan({}, { unit: 'อบต.ไม่มีจริง' }));
    expect(e).toBeInstanceOf(ReportError);
    expect((e as ReportError).message).toBe('ไม่พบหน่วยงาน "อบต.ไม่มีจริง" ในชีตหน่วยงาน');
  });

  it('no ITA result before the fiscal year: the scores of N−1 go in คะแนน', () => {
    const e = errorOf(() => plan({}, { fiscalYear: 2565, unit: SEED000_UNIT })) as PlanError;
    // FY 2565 has neither an earlier result nor measures: one message names both.
    expect(e.codes).toEqual(['noIta', 'noMeasures']);
    expect(e.message).toMatch(/^สร้างเอกสารมาตรการประจำปีไม่ได้: ยังไม่มีผลการประเมิน ITA .* ในชีต "คะแนน" และยังไม่มีมาตรการ.* ในชีต "มาตรการ"$/);
    const rows = SEED_MEASURES.map((r) => [r[0], 2565, ...r.slice(2)]);
    const only = errorOf(() => plan({ measures: rows }, { fiscalYear: 2565 })) as PlanError;
    expect(only).toBeInstanceOf(PlanError);
    expect(only.code).toBe('noIta');
    expect(only.message).toContain(`ยังไม่มีผลการประเมิน ITA ของ${SEED000_UNIT}ก่อนปีงบประมาณ พ.ศ. 2565`);
    expect(only.message).toContain('กรอกคะแนนรายตัวชี้วัดของปี 2564 ในชีต "คะแนน"');
    expect(only.text.en).toContain('"คะแนน" (Scores) sheet');
  });

  it('no measures for the fiscal year: they go in มาตรการ', () => {
    const e = errorOf(() => plan({ measures: [] })) as PlanError;
    expect(e.code).toBe('noMeasures');
    expect(e.message).toContain(`ยังไม่มีมาตรการของ${SEED000_UNIT} ปีงบประมาณ พ.ศ. 2566`);
    expect(e.message).toContain('เพิ่มมาตรการ (ปีงบประมาณ 2566) ในชีต "มาตรการ"');
  });
});

describe('the การวิเคราะห์ sheet in the engine', () => {
  const problemsOf = (notes: unknown[][], head = header('analysis')) => {
    const g = grids();
    g.sheets[SHEETS.analysis.th] = [head, ...notes];
    return analyse(g).problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`);
  };

  it('reads notes by code or by name, as คะแนน does, and keeps the typed text', () => {
    const notes = analyse(grids()).workbook.analysisNotes;
    expect(notes.map((n) => [n.code, n.row])).toEqual([['7', 2], ['9', 3], ['3', 4], ['8', 5], ['10', 6], ['6', 7]]);
    expect(notes[3].cells).toEqual({ issues: 'D5', approach: 'E5' });
    expect(notes[0]).toMatchObject({ unit: SEED000_UNIT, year: 2565, issues: 'ช่องทางการสื่อสารยังไม่หลากหลาย' });
  });

  it('an unknown unit, a bad year, an unknown indicator, a missing indicator and a repeated one name their cells', () => {
    expect(problemsOf([
      ['อบต.อื่น', 2565, '7', 'x', 'y'],
      [SEED000_UNIT, 'ปีที่แล้ว', '7', 'x', 'y'],
      [SEED000_UNIT, 2565, '11', 'x', 'y'],
      [SEED000_UNIT, 2565, '', 'x', 'y'],
      [SEED000_UNIT, 2565, '7', 'x', 'y'],
      [SEED000_UNIT, 2565, '๗', 'ซ้ำ', ''],
    ])).toEqual([
      'การวิเคราะห์!A2 unknownUnit', 'การวิเคราะห์!B3 badYear', 'การวิเคราะห์!C4 unknownIndicator', 'การวิเคราะห์!C5 required', 'การวิเคราะห์!C7 duplicateScore',
    ]);
  });

  it('the sheet is optional, but when present its required columns are checked', () => {
    expect(analyse(grids({ notes: null })).problems).toEqual([]);
    expect(problemsOf([], ['หน่วยงาน', 'ปีงบประมาณ', 'ประเด็นที่ต้องพัฒนา'])).toEqual(['การวิเคราะห์!1:1 missingHeader']);
  });

  it('the English alias and headers are read too', () => {
    const g = grids({ notes: null });
    g.sheets.Analysis = [['Unit', 'Year', 'Indicator', 'Issues', 'Approach'], [SEED000_UNIT, 2565, '6', 'issue', 'approach']];
    const a = analyse(g);
    expect(a.problems).toEqual([]);
    expect(a.workbook.analysisNotes.map((n) => n.code)).toEqual(['6']);
  });
});

describe('no filler in a document to be signed (issue 19, point 4)', () => {
  const errorOf = (fn: () => unknown): unknown => { try { fn(); } catch (e) { return e; } return null; };

  it('a missing note refuses the plan, listing each row to fill: sheet and cell, unit, ITA year, indicator', () => {
    const e = errorOf(() => plan({ notes: PARTIAL_NOTES })) as PlanError;
    expect(e).toBeInstanceOf(PlanError);
    expect(e.code).toBe('missingNotes');
    expect(e.gaps.map((g) => [g.code, g.lacks])).toEqual([['8', ['issues', 'approach']], ['10', ['issues', 'approach']], ['6', ['issues', 'approach']]]);
    expect(e.message.split('\n')).toEqual([
      'สร้างเอกสารมาตรการประจำปีไม่ได้: ชีต "การวิเคราะห์" ยังไม่มีประเด็นที่ต้องพัฒนาหรือแนวทางการพัฒนาของตัวชี้วัดที่เอกสารระบุ กรอกให้ครบแล้วสร้างใหม่ หรือสร้างเป็นฉบับร่าง:',
      `- การวิเคราะห์!D5 (ประเด็นที่ต้องพัฒนา): ${SEED000_UNIT} ปี 2565 ตัวชี้วัด 8 การปรับปรุงการทำงาน`,
      `- การวิเคราะห์!E5 (แนวทางการพัฒนา): ${SEED000_UNIT} ปี 2565 ตัวชี้วัด 8 การปรับปรุงการทำงาน`,
      `- การวิเคราะห์ (เพิ่มแถว): หน่วยงาน ${SEED000_UNIT} ปีงบประมาณ 2565 ตัวชี้วัด 10 การป้องกันการทุจริต`,
      `- การวิเคราะห์ (เพิ่มแถว): หน่วยงาน ${SEED000_UNIT} ปีงบประมาณ 2565 ตัวชี้วัด 6 คุณภาพการดำเนินงาน`,
    ]);
    expect(e.text.en).toContain('- การวิเคราะห์!D5 (issues)');
  });

  it('half a note is a gap too: only the blank cell is listed, an extra indicator\'s row included', () => {
    const notes = [...NOTES.slice(0, 2), [SEED000_UNIT, 2565, '3', 'การใช้ดุลพินิจยังไม่มีหลักเกณฑ์', ''], ...NOTES.slice(3)];
    const e = errorOf(() => plan({ notes })) as PlanError;
    expect(e.gaps.map((g) => [g.code, g.lacks, g.cells?.approach])).toEqual([['3', ['approach'], 'E4']]);
    expect(e.message).toContain('- การวิเคราะห์!E4 (แนวทางการพัฒนา)');
    expect(e.message).not.toContain('D4');
  });

  it('no การวิเคราะห์ sheet at all: every indicator to develop is a row to add', () => {
    const e = errorOf(() => plan({ notes: null })) as PlanError;
    expect(e.gaps.map((g) => g.code)).toEqual(['7', '9', '8', '10', '6']);
    expect(e.message.split('\n').slice(1).every((l) => l.includes('(เพิ่มแถว)'))).toBe(true);
  });

  it('a draft is made anyway: ร่าง, each gap a bracketed prompt, no sentence made up from the figures, a measure asked for', () => {
    const d = plan({ notes: PARTIAL_NOTES }, { draft: true });
    expect(d.meta.draft).toBe('ร่าง');
    const byCode = new Map(table(d, 'analysis').rows.map((r) => [r[0].text.split('.')[0], r.map((c) => c.text)]));
    expect(byCode.get('๘')?.slice(1)).toEqual(['[กรอกประเด็นที่ต้องพัฒนา]', '[กรอกแนวทางการพัฒนา]']);
    expect(byCode.get('๖')?.slice(1)).toEqual(['[กรอกประเด็นที่ต้องพัฒนา]', '[กรอกแนวทางการพัฒนา]']);
    expect(byCode.get('๗')?.[1]).toBe('ช่องทางการสื่อสารยังไม่หลากหลาย');
    // A measure still to adopt is the person's to see in the warnings, not a prompt in the draft.
    expect(planWarnings(d).map((m) => m.th).join(' ')).toContain('ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ"');
    const all = reportText(d);
    for (const filler of ['ต่ำกว่าเกณฑ์ ๘๕ คะแนน อยู่', 'เป็นลำดับที่', 'ยังไม่มีมาตรการรองรับ', 'ดำเนินการตามมาตรการที่']) expect(all).not.toContain(filler);
    expect(d.missingNotes.map((i) => i.code)).toEqual(['8', '10', '6']);
    expect(missingNotesMessage(d)?.th).toBe('ฉบับร่าง: ยังขาดบทวิเคราะห์ 3 รายการ (ในวงเล็บเหลี่ยม) กรอกในชีต "การวิเคราะห์" แล้วสร้างฉบับจริง');
  });

  it('the adopted plan is not a draft; a draft asked for with nothing missing is still marked ร่าง', () => {
    expect(plan().meta.draft).toBeUndefined();
    expect(plan({}, { draft: true }).meta.draft).toBe('ร่าง');
    expect(missingNotesMessage(plan({}, { draft: true }))).toBeNull();
  });
});
