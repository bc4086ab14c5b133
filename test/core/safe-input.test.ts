/** Issue 11: a missing sheet or column is one problem that says what to do; numbers are read as typed. */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { parseNumber } from '../../src/core/engine/values';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const head = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);

describe('a missing sheet or column is one problem, never one per row', () => {
  it.each(['หน่วยงาน', 'คะแนน', 'มาตรการ', 'ตั้งค่า'])('no %s sheet: exactly one problem, naming ตั้งค่าแม่แบบ and ita init', (sheet) => {
    const grids = buildSampleWorkbook();
    expect(analyse(grids).problems).toEqual([]);
    delete grids.sheets[sheet];
    const { problems } = analyse(grids);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet, cell: '', code: 'missingSheet' });
    expect(problems[0].message.th).toContain('ตั้งค่าแม่แบบ');
    expect(problems[0].message.th).toContain('ita init');
  });

  it('no ตัวชี้วัด sheet: the default framework with a warning, the seed total unchanged (87.57)', () => {
    const grids = seedWorkbook();
    delete grids.sheets[SHEETS.indicators.th];
    const analysis = analyse(grids);
    expect(analysis.problems).toEqual([]);
    expect(analysis.warnings.map((w) => w.code)).toEqual(['defaultFramework']);
    expect(analysis.warnings[0].message.th).toContain('กรอบตัวชี้วัดมาตรฐาน');
    const a = analysis.assessments.find((x) => x.unit === SEED000_UNIT && x.year === 2565);
    expect(a?.total).toBe(87.57);
    expect(a?.level).toBe('A');
    // The sample workbook without its framework still checks clean: its years are 2565–2567.
    const sample = buildSampleWorkbook();
    delete sample.sheets[SHEETS.indicators.th];
    expect(analyse(sample).problems).toEqual([]);
  });

  it('a missing required column is one problem on the header row, and the rows are not checked against it', () => {
    const grids = buildSampleWorkbook();
    const units = grids.sheets[SHEETS.units.th];
    units[0] = units[0].map((h) => (h === 'หน่วยงาน' ? 'ชื่อหน่วย' : h));
    const { problems } = analyse(grids);
    expect(problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual(['หน่วยงาน!1:1 missingHeader']);
    expect(problems[0].message.th).toContain('ตั้งค่าแม่แบบ');

    const indicators = buildSampleWorkbook();
    indicators.sheets[SHEETS.indicators.th][0][4] = 'ค่าน้ำหนัก';
    expect(analyse(indicators).problems.map((p) => p.code)).toEqual(['missingHeader']);
  });
});

describe('numbers as typed', () => {
  const scores = (score: unknown) => [head('scores'), ...Object.entries(SEED000_SCORES).map(([code, s]) => [SEED000_UNIT, 2565, code, code === '7' ? score : s])];

  it('Thai digits are numbers everywhere: scores, years, indicator codes', () => {
    const grids = seedWorkbook({
      scores: [head('scores'), ...Object.entries(SEED000_SCORES).map(([code, s]) => [SEED000_UNIT, '๒๕๖๕', code.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]), String(s).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])])],
    });
    const analysis = analyse(grids);
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments[0].total).toBe(87.57);
  });

  it('"๘๗,๕๐" is a comma decimal, quoted as typed with the form to type, never 8750', () => {
    const { problems } = analyse(seedWorkbook({ scores: scores('๘๗,๕๐') }));
    expect(problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual(['คะแนน!D8 commaDecimal']);
    expect(problems[0].message.th).toBe('ค่า "๘๗,๕๐" ใช้จุลภาค (,) เป็นจุดทศนิยม: พิมพ์ด้วยจุด เช่น ๘๗.๕๐');
    expect(problems[0].message.th).not.toContain('8750');
    expect(parseNumber('87,50')).toBeNaN();
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('๑,๒๓๔')).toBe(1234);
  });

  it('an out-of-range score is quoted as typed', () => {
    const { problems } = analyse(seedWorkbook({ scores: scores('๘๗,๕๐๐') }));
    expect(problems.map((p) => p.code)).toEqual(['scoreRange']);
    expect(problems[0].message.th).toBe('คะแนน "๘๗,๕๐๐" อยู่นอกช่วง 0–100');
  });

  it('a timeline that cannot be read lists the accepted forms', () => {
    const measures = [head('measures'), [SEED000_UNIT, 2566, 1, 'มาตรการ', '9', '', '', 'เร็ว ๆ นี้', '', '', '', '', '', '', '']];
    const { problems } = analyse(seedWorkbook({ measures }));
    expect(problems.map((p) => p.code)).toEqual(['badTimeline']);
    for (const form of ['ไตรมาส', 'ทุกไตรมาส', 'ภายในเดือน', '31/3/2568']) expect(problems[0].message.th).toContain(form);
  });
});
