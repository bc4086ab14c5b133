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

/** Notes for 7 and 9 (to develop, one typed by name) and for 3 (not to develop); none for 6, 8, 10. */
const NOTES: unknown[][] = [
  [SEED000_UNIT, 2565, 'ประสิทธิภาพการสื่อสาร', 'ช่องทางการสื่อสารยังไม่หลากหลาย', 'จัดให้มีช่องทางที่หลากหลาย เช่น Website, Facebook'],
  [SEED000_UNIT, 2565, '9', 'ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน', 'จัดให้มีช่องทางในการบริการข้อมูลข่าวสารตามมาตรา 9 ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.\u00a02540'],
  [SEED000_UNIT, 2565, '3', 'การใช้ดุลพินิจยังไม่มีหลักเกณฑ์', 'จัดทำมาตรการตรวจสอบการใช้ดุลพินิจ'],
  [SEED000_UNIT, 2565, '8', '', ''],
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
    expect(doc.sections.map((s) => s.id)).toEqual(['title', 'ita', 'analysis', 'measures', 'coverage', 'signature']);
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
    expect(blocks.some((b) => b.kind === 'chart')).toBe(true);
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
    expect(table(doc, 'coverage').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๗', '๙', '๘', '๑๐', '๖']);
    expect(byCode.get('๗')?.map((c) => c.text)).toEqual(['๗. ประสิทธิภาพการสื่อสาร\n(๗๙.๖๓ คะแนน)', 'ช่องทางการสื่อสารยังไม่หลากหลาย', 'จัดให้มีช่องทางที่หลากหลาย เช่น Website, Facebook']);
    // Typed digits take the document's digits: มาตรา 9 … พ.ศ.\u00a02540 → ๙, ๒๕๔๐.
    expect(byCode.get('๙')?.[2].text).toContain('มาตรา ๙ ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.\u00a0๒๕๔๐');
    expect(byCode.get('๓')?.[1].text).toBe('การใช้ดุลพินิจยังไม่มีหลักเกณฑ์');
  });

  it('a missing note is a neutral sentence from the figures, and is reported', () => {
    const byCode = new Map(table(doc, 'analysis').rows.map((r) => [r[0].text.split('.')[0], r.map((c) => c.text)]));
    expect(byCode.get('๖')?.slice(1)).toEqual(['ได้ ๘๗.๕๒ คะแนน เป็นลำดับที่ ๖ จาก ๑๐ ตัวชี้วัด', '-']);
    expect(byCode.get('๘')?.slice(1)).toEqual(['ได้ ๘๖.๙๗ คะแนน เป็นลำดับที่ ๘ จาก ๑๐ ตัวชี้วัด', '-']);
    expect(byCode.get('๑๐')?.slice(1)).toEqual(['ได้ ๘๗.๕๐ คะแนน เป็นลำดับที่ ๗ จาก ๑๐ ตัวชี้วัด', 'ดำเนินการตามมาตรการที่ ๓ ในข้อ ๒']);
    expect(doc.missingNotes.map((i) => i.code)).toEqual(['8', '10', '6']);
    const warning = missingNotesMessage(doc);
    expect(warning?.th).toContain('ชีต "การวิเคราะห์"');
    expect(warning?.th).toContain('8 การปรับปรุงการทำงาน, 10 การป้องกันการทุจริต, 6 คุณภาพการดำเนินงาน (ปี 2565)');
  });

  it('below the pass threshold the sentence says by how much, and the change from the year before', () => {
    const scores = [header('scores'), ...Object.entries({ 1: 94, 2: 91, 3: 90, 4: 90, 5: 92, 6: 87, 7: 81.5, 8: 86, 9: 85, 10: 87 }).flatMap(([c, s]) => [
      [SEED000_UNIT, 2565, c, s], [SEED000_UNIT, 2564, c, Number(c) === 7 ? 82.75 : s],
    ])];
    const g = grids({ notes: [], settings: { weak_count: '' } });
    g.sheets[SHEETS.scores.th] = scores;
    const p = buildPlan(analyse(g), { unit: SEED000_UNIT, date: DATE });
    expect(table(p, 'analysis').rows.map((r) => r.map((c) => c.text))).toEqual([
      ['๗. ประสิทธิภาพการสื่อสาร\n(๘๑.๕๐ คะแนน)', 'ได้ ๘๑.๕๐ คะแนน ต่ำกว่าเกณฑ์ ๘๕ คะแนน อยู่ ๓.๕๐ คะแนน และลดลง ๑.๒๕ คะแนนจากปี ๒๕๖๔', 'ดำเนินการตามมาตรการที่ ๒ ในข้อ ๒'],
    ]);
  });

  it('๒: seed 000\'s measures table — measure, indicators, steps, responsible, timeline, follow-up — and no statuses', () => {
    const text = sectionText(doc, 'measures');
    expect(text).toContain('๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖');
    expect(text).toContain(`เพื่อพัฒนาประเด็นที่ได้จากการวิเคราะห์ข้างต้น ${SEED000_UNIT}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๖ จำนวน ๓ มาตรการ ดังนี้`);
    const t = table(doc, 'plan');
    expect(t.header[0].map((c) => c.text)).toEqual(['มาตรการ', 'ตัวชี้วัด', 'ขั้นตอน/วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม']);
    // On a landscape page, as the progress report's measures; the coverage after it is portrait again.
    expect(doc.sections.map((s) => s.orientation ?? 'portrait')).toEqual(['portrait', 'portrait', 'portrait', 'landscape', 'portrait', 'portrait']);
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

  it('coverage: the progress report\'s table of the indicators to develop and their measures, and those none addresses', () => {
    const blocks = section(doc, 'coverage');
    expect(blockText(blocks[0])).toBe('ตัวชี้วัดที่ต้องพัฒนาและมาตรการที่รองรับ');
    const t = table(doc, 'coverage');
    expect(t.rows.map((r) => r[2].text)).toEqual(['๒. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๒. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'ยังไม่มีมาตรการรองรับ', '๓. ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส', 'ยังไม่มีมาตรการรองรับ']);
    // Advice to add measures goes to the person making the plan, not into the signed document.
    expect(sectionText(doc, 'coverage')).not.toContain('ควรพิจารณา');
    expect(doc.uncovered).toEqual(['๘. การปรับปรุงการทำงาน', '๖. คุณภาพการดำเนินงาน']);
    expect(planWarnings(doc).map((m) => m.th)).toContain('ตัวชี้วัดที่ต้องพัฒนา 8. การปรับปรุงการทำงาน, 6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ" (เอกสารแสดง "ยังไม่มีมาตรการรองรับ" ในตารางท้ายเอกสาร)');
  });

  it('the executive signs: ประกาศ ณ วันที่, room to sign, a blank name, the title from เรียน — one block, kept whole', () => {
    const blocks = section(doc, 'signature');
    expect(blocks).toHaveLength(1);
    const sig = blocks[0];
    expect(sig.kind).toBe('signature');
    if (sig.kind !== 'signature') return;
    // The date is read with the signature: it is the block's own lead line, centred.
    expect(sig.lead).toEqual([{ text: 'ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ.\u00a0๒๕๖๕', align: 'center' }]);
    expect(sig.lines).toEqual(['', '(........................................)', 'นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย']);
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
    // It still addresses ๗ and ๙ in the coverage table, and no status is printed.
    expect(table(p, 'coverage').rows.slice(0, 2).map((r) => r[2].text)).toEqual(['๒. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๒. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ']);
    expect(reportText(p)).not.toContain('ยกเลิก');
  });

  it('a timeline typed as a date is written in full (build.ts\'s shared timeline writer), never ๒๘ ก.พ. ๖๖', () => {
    const rows = SEED_MEASURES.map((r, i) => (i === 0 ? [...r.slice(0, 7), '2023-02-28', ...r.slice(8)] : r));
    const cell = table(plan({ measures: rows }), 'plan').rows[0][4].text;
    expect(cell).toContain('๒๘ กุมภาพันธ์ ๒๕๖๖');
    expect(cell).not.toContain('ก.พ.');
  });

  it('without the การวิเคราะห์ sheet it still works: every note is built from the figures', () => {
    const a = analyse(grids({ notes: null }));
    expect(a.problems).toEqual([]);
    const p = buildPlan(a, { unit: SEED000_UNIT, date: DATE });
    expect(p.missingNotes.map((i) => i.code)).toEqual(['7', '9', '8', '10', '6']);
    expect(table(p, 'analysis').rows).toHaveLength(5);
  });

  it('nothing below the threshold: the lowest three are the points to keep improving, and section ๒ follows from it', () => {
    const none = buildPlan(analyse(grids({ notes: [], settings: { weak_count: '', pass_threshold: 70 } })), { unit: SEED000_UNIT, date: DATE });
    const text = sectionText(none, 'analysis');
    expect(text).toContain('พบว่าทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเกณฑ์ ๗๐ คะแนน แต่ยังมีประเด็นที่ควรพัฒนาให้ดีขึ้นอย่างต่อเนื่อง ได้แก่');
    const items = section(none, 'analysis').map(blockText).filter((l) => /^[๑-๙]\)/.test(l));
    expect(items).toEqual(['๑) ตัวชี้วัดประสิทธิภาพการสื่อสาร (๗๙.๖๓ คะแนน)', '๒) ตัวชี้วัดการเปิดเผยข้อมูล (๘๕.๒๘ คะแนน)', '๓) ตัวชี้วัดการปรับปรุงการทำงาน (๘๖.๙๗ คะแนน)']);
    expect(table(none, 'analysis').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๗', '๙', '๘']);
    expect(sectionText(none, 'measures')).toContain(`เพื่อรักษาผลการประเมินและพัฒนาประเด็นข้างต้นให้ดีขึ้นอย่างต่อเนื่อง ${SEED000_UNIT}จึงได้กำหนดมาตรการ`);
    expect(sectionText(none, 'measures')).not.toContain('เพื่อพัฒนาประเด็นที่ได้จากการวิเคราะห์');
    // The coverage table is of indicators to develop: there are none, and the signature follows
    // the measures table on its page rather than alone on a portrait page.
    expect(none.sections.map((s) => s.id)).toEqual(['title', 'ita', 'analysis', 'measures']);
    expect(section(none, 'measures').map((b) => b.kind).slice(-2)).toEqual(['table', 'signature']);
    // Their notes are missing: the person is told.
    expect(none.missingNotes.map((i) => i.code)).toEqual(['7', '9', '8']);
  });

  it('nothing below the threshold, but the การวิเคราะห์ sheet has notes: those are the points named', () => {
    const p = buildPlan(analyse(grids({ settings: { weak_count: '', pass_threshold: 70 } })), { unit: SEED000_UNIT, date: DATE });
    const items = section(p, 'analysis').map(blockText).filter((l) => /^[๑-๙]\)/.test(l));
    expect(items).toEqual(['๑) ตัวชี้วัดประสิทธิภาพการสื่อสาร (๗๙.๖๓ คะแนน)', '๒) ตัวชี้วัดการเปิดเผยข้อมูล (๘๕.๒๘ คะแนน)', '๓) ตัวชี้วัดการใช้อำนาจ (๙๐.๕๕ คะแนน)']);
    expect(table(p, 'analysis').rows.map((r) => r[0].text.split('.')[0])).toEqual(['๗', '๙', '๓']);
    expect(sectionText(p, 'analysis')).not.toContain('นอกจากนี้');
    expect(p.missingNotes).toEqual([]);
  });
});

describe('ประกาศ ณ วันที่: today only when today is a day the plan is adopted', () => {
  const signed = (p: PlanDoc) => blockText(section(p, 'signature')[0]).split('\n')[0];
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
    // The same path as the missing-notes warning: both, the date first.
    const uncovered = 'ตัวชี้วัดที่ต้องพัฒนา 8. การปรับปรุงการทำงาน, 6. คุณภาพการดำเนินงาน ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ" (เอกสารแสดง "ยังไม่มีมาตรการรองรับ" ในตารางท้ายเอกสาร)';
    expect(planWarnings(p).map((m) => m.th)).toEqual([undatedMessage(p)?.th, missingNotesMessage(p)?.th, uncovered]);
    expect(planWarning(p)?.th).toBe(`${undatedMessage(p)?.th} ${missingNotesMessage(p)?.th} ${uncovered}`);
  });

  it('an explicit date wins, whatever today is', () => {
    const p = at({ year: 2026, month: 12, day: 1 }, { year: 2022, month: 10, day: 3 });
    expect(signed(p)).toBe('ประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ.\u00a0๒๕๖๕');
    expect(p.undated).toBe(false);
    expect(planWarnings(p).map((m) => m.th)).toEqual([missingNotesMessage(p)?.th, expect.stringContaining('ยังไม่มีมาตรการรองรับ')]);
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
    expect(notes.map((n) => [n.code, n.row])).toEqual([['7', 2], ['9', 3], ['3', 4], ['8', 5]]);
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
