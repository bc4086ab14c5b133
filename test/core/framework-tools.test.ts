/**
 * Tools as data (issue 18, point 7): a made-up ITA 2570 framework with four tools, typed only as
 * workbook rows (test/fixtures/framework2570.ts), gets its totals, levels, rankings, rankings
 * sheet and progress report from those rows; ITA 2568 beside it is judged exactly as before.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { frameworkFor } from '../../src/core/engine/frameworks';
import { toolsHoldingLevel } from '../../src/core/engine/levels';
import { buildRankingsSheet } from '../../src/core/views/rankings-sheet';
import { blockText, buildReport, type ReportDoc, type TableBlock, blocksOf } from '../../src/core/documents';
import { SHEETS } from '../../src/core/workbook/template';
import { fromThaiDigits } from '../../src/core/engine/thai';
import { ALPHA, BETA, GAMMA, XIT_NAME, framework2570Workbook } from '../fixtures/framework2570';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const TODAY = { year: 2028, month: 4, day: 10 }; // 10 เมษายน 2571: FY 2571's 6-month round has ended
const sectionText = (doc: ReportDoc, id: string): string => fromThaiDigits((doc.sections.find((s) => s.id === id)?.blocks ?? []).map(blockText).join('\n'));

/** FY 2571 measures of ALPHA answering ITA 2570's weak indicators X1 and X2. */
const MEASURES = [header('measures'),
  [ALPHA, 2571, '1', 'มาตรการเปิดเวทีประชาคม', 'X1', 'จัดเวทีรับฟังความคิดเห็น', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', 'จัดแล้ว 2 ครั้ง', '', '15/12/2570', '', ''],
  [ALPHA, 2571, '2', 'มาตรการเครือข่ายเฝ้าระวัง', 'X2', 'ตั้งเครือข่ายในชุมชน', 'สำนักปลัด', 'ไตรมาส 3', '6, 12', 'อยู่ระหว่างดำเนินการ', '', '', '', '', ''],
];

describe('a 2570 framework of four tools, from the rows alone', () => {
  const analysis = analyse(framework2570Workbook({ measures: MEASURES }));
  const of = (unit: string, year: number) => analysis.assessments.find((a) => a.unit === unit && a.year === year);

  it('is valid, and its tools, weights and order come from the rows (IIT, EIT, XIT, OIT as first named)', () => {
    expect(analysis.problems).toEqual([]);
    const f2570 = frameworkFor(analysis.workbook.frameworks, 2570);
    expect(f2570?.indicators.map((i) => i.code)).toEqual(['E1', 'E2', 'I1', 'I2', 'O1', 'O2', 'X1', 'X2']);
    expect(f2570?.tools).toEqual([
      { code: 'IIT', name: '', weight: 20, cell: 'ตัวชี้วัด!D12' },
      { code: 'EIT', name: '', weight: 20, cell: 'ตัวชี้วัด!D14' },
      { code: 'XIT', name: XIT_NAME, weight: 30, cell: 'ตัวชี้วัด!D16' },
      { code: 'OIT', name: '', weight: 30, cell: 'ตัวชี้วัด!D18' },
    ]);
    // The built-in rows keep their three tools and weights.
    expect(frameworkFor(analysis.workbook.frameworks, 2568)?.tools.map((t) => [t.code, t.weight])).toEqual([['IIT', 30], ['EIT', 30], ['OIT', 40]]);
  });

  it('ITA 2568 under the built-in framework: seed 000\'s figures as today (87.57, EIT 84.71 holds it at ผ่าน)', () => {
    const a = of(ALPHA, 2568);
    expect(a).toMatchObject({ total: 87.57, level: 'ผ่าน', tools: { IIT: 91.99, EIT: 84.71, OIT: 86.39 } });
    expect(Object.keys(a?.tools ?? {})).toEqual(['IIT', 'EIT', 'OIT']);
    expect(a?.warnings).toEqual([]);
  });

  it('ALPHA 2570: each tool the weighted mean of its rows, in the framework\'s order; 91.20 is ผ่าน because XIT is 82', () => {
    const a = of(ALPHA, 2570);
    expect(a?.tools).toEqual({ IIT: 95, EIT: 91, XIT: 82, OIT: 98 });
    expect(Object.keys(a?.tools ?? {})).toEqual(['IIT', 'EIT', 'XIT', 'OIT']);
    expect(a?.total).toBe(91.2); // 0.2·95 + 0.2·91 + 0.3·82 + 0.3·98
    expect(a?.level).toBe('ผ่าน');
    expect(toolsHoldingLevel(a!.levelKey, a!.total, a!.tools, 85, analysis.workbook.settings.levels)).toEqual(['XIT']);
    expect(a?.previousYear).toBe(2568);
    expect(a?.totalChange).toBe(3.63);
    expect(a?.weak).toEqual(['X1', 'X2']);
    expect(a?.ranking.map((r) => r.code)).toEqual(['O1', 'I1', 'O2', 'I2', 'E1', 'E2', 'X2', 'X1']);
  });

  it('BETA 2570: every one of the four tools at 95 or more → ผ่านดีเยี่ยม', () => {
    expect(of(BETA, 2570)).toMatchObject({ total: 96, level: 'ผ่านดีเยี่ยม', tools: { IIT: 96, EIT: 96, XIT: 96, OIT: 96 } });
  });

  it('GAMMA 2570: no XIT score → ผ่าน, not ผ่านดี, and XIT reported missing at the framework cell that names it', () => {
    const a = of(GAMMA, 2570);
    expect(a?.tools).toEqual({ IIT: 90, EIT: 90, XIT: null, OIT: 90 });
    expect(a?.total).toBe(90);
    expect(a?.level).toBe('ผ่าน');
    expect(a?.warnings.map((w) => w.th)).toEqual([
      'ไม่มีคะแนนตัวชี้วัด X1, X2 จึงคำนวณคะแนนรวมจากตัวชี้วัดที่มี',
      'ไม่มีคะแนนเครื่องมือ XIT (ตัวชี้วัด!D16): ระดับไม่เกินผ่าน',
    ]);
    expect(a?.warnings[1].en).toBe('No score for tool XIT (ตัวชี้วัด!D16): the level is at most ผ่าน');
  });

  it('ranks the units of 2570 by total', () => {
    expect(analysis.unitRanking['2570'].map((r) => [r.rank, r.unit, r.total, r.level])).toEqual([
      [1, BETA, 96, 'ผ่านดีเยี่ยม'], [2, ALPHA, 91.2, 'ผ่าน'], [3, GAMMA, 90, 'ผ่าน'],
    ]);
  });

  it('the rankings sheet lists the four tools in the framework\'s order, three to a row, and GAMMA\'s missing tool', () => {
    const { values } = buildRankingsSheet(analysis, { computedAt: new Date('2028-04-10T03:00:00Z') });
    const block = values.findIndex((r) => r[0] === `${ALPHA} — ITA ปี 2570`);
    expect(values[block + 2]).toEqual(['IIT', 95, 'EIT', 91, 'XIT', 82]);
    expect(values[block + 3]).toEqual(['OIT', 98, '', '', '', '']);
    expect(values[block + 4][0]).toBe('อันดับ');
    const old = values.findIndex((r) => r[0] === `${ALPHA} — ITA ปี 2568`);
    expect(values[old + 2]).toEqual(['IIT', 91.99, 'EIT', 84.71, 'OIT', 86.39]);
    expect(values[old + 3][0]).toBe('อันดับ');
    expect(values.some((r) => r[0] === 'หมายเหตุ' && String(r[1]).includes('XIT (ตัวชี้วัด!D16)'))).toBe(true);
  });

  describe('the progress report of ALPHA, FY 2571 (answering ITA 2570)', () => {
    const doc = buildReport(analysis, { unit: ALPHA, round: 6, today: TODAY });
    const ita = sectionText(doc, 'ita');

    it('states the total, the level and every tool by name in the framework\'s order, and why the level is ผ่าน', () => {
      expect(ita).toMatch(/ประจำปีงบประมาณ พ\.ศ\.\s2570/);
      expect(ita).toContain('91.20');
      expect(ita).toContain('คะแนนรายเครื่องมือ ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 95.00 คะแนน'
        + ' แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 91.00 คะแนน'
        + ` ${XIT_NAME} (XIT) 82.00 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 98.00 คะแนน`
        + ' ซึ่งคะแนนของ XIT ต่ำกว่า 85 คะแนน จึงอยู่ในระดับดังกล่าว');
    });

    it('ranks the 2570 indicators and lists the two to develop with their measures', () => {
      const ranking = blocksOf(doc).find((b): b is TableBlock => b.kind === 'table' && b.role === 'ranking') as TableBlock;
      expect(ranking.rows).toHaveLength(8);
      expect(fromThaiDigits(ranking.rows[0].map((c) => c.text).join('|'))).toContain('การเปิดเผยข้อมูลสาธารณะ');
      const weak = sectionText(doc, 'weak');
      expect(weak).toContain('การมีส่วนร่วมของภาคประชาชน');
      expect(weak).toContain('การเฝ้าระวังการทุจริตโดยชุมชน');
      expect(sectionText(doc, 'measures')).toContain('มาตรการเปิดเวทีประชาคม');
    });
  });

  it('without a ชื่อเครื่องมือ column the new tool is named by its code; the known ones keep their Thai names', () => {
    const plain = analyse(framework2570Workbook({ withToolNames: false, measures: MEASURES }));
    expect(plain.problems).toEqual([]);
    const ita = sectionText(buildReport(plain, { unit: ALPHA, round: 6, today: TODAY }), 'ita');
    expect(ita).toContain('(EIT) 91.00 คะแนน XIT 82.00 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 98.00 คะแนน');
  });

  it('English: the tools listed with commas, the new one by its name', () => {
    const ita = sectionText(buildReport(analysis, { unit: ALPHA, round: 6, today: TODAY, lang: 'en' } as never), 'ita');
    expect(ita).toContain(`By tool: internal survey (IIT) 95.00, external survey (EIT) 91.00, ${XIT_NAME} (XIT) 82.00, open data (OIT) 98.00.`);
  });
});

describe('the built-in framework reads as before', () => {
  it('seed 000\'s tools sentence is word for word the one of the three fixed tools', () => {
    const measures = [header('measures'), [SEED000_UNIT, 2566, '1', 'มาตรการ', '7', 'วิธีการ', 'สำนักปลัด', 'ไตรมาส 2', '6', 'ยังไม่ดำเนินการ', '', '', '', '', '']];
    const doc = buildReport(analyse(seedWorkbook({ settings: { fiscal_year: 2566 }, measures })), { unit: SEED000_UNIT, today: { year: 2023, month: 4, day: 10 } });
    expect(sectionText(doc, 'ita')).toContain('คะแนนรายเครื่องมือ ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 91.99 คะแนน'
      + ' แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 84.71 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 86.39 คะแนน');
  });
});

describe('the framework sheet\'s tool cells', () => {
  const withTool = (tool: unknown, name?: string) => {
    const grids = framework2570Workbook({ withToolNames: name !== undefined });
    const rows = grids.sheets[SHEETS.indicators.th];
    rows[rows.length - 1][3] = tool; // O2's เครื่องมือ, row 19
    if (name !== undefined) rows[rows.length - 1][5] = name;
    return analyse(grids);
  };

  it('a code is taken as typed, trimmed and upper-cased', () => {
    const a = withTool(' oit ');
    expect(a.problems).toEqual([]);
    expect(frameworkFor(a.workbook.frameworks, 2570)?.tools.map((t) => t.code)).toEqual(['IIT', 'EIT', 'XIT', 'OIT']);
  });

  it('a blank or all-digit tool is a problem naming its cell (the row is left out, as any bad row)', () => {
    for (const bad of ['', 3]) {
      const [first] = withTool(bad).problems;
      expect([first.code, `${first.sheet}!${first.cell}`]).toEqual(['badTool', 'ตัวชี้วัด!D19']);
    }
    expect(withTool('๑๒').problems[0].message.th).toBe('รหัสเครื่องมือ "๑๒" ใช้ไม่ได้ (เช่น IIT, EIT, OIT; ไม่ใช่ตัวเลขล้วน)');
  });

  it('one tool named two ways is a problem at the second name', () => {
    const a = withTool('XIT', 'ชื่ออื่น');
    expect(a.problems.map((p) => [p.code, p.cell, p.message.th])).toEqual([
      ['toolNameDiffers', 'F19', `เครื่องมือ XIT ชื่อ "ชื่ออื่น" ไม่ตรงกับ "${XIT_NAME}" ที่ ตัวชี้วัด!D16`],
    ]);
  });
});
