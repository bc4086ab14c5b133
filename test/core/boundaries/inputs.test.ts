/**
 * Scores 0, 100 and 100.00 through every input path — the Scores sheet, a pasted result, a
 * district table — in Arabic and Thai digits; just outside the range refused with the cell; a rank
 * after the score not read as a second score; names with tool suffixes matched, ambiguous names
 * refused, everywhere the one matcher serves.
 */
import { analyse } from '../../../src/core/workbook/analyse';
import { groupFrameworks, matchIndicator } from '../../../src/core/engine/frameworks';
import { readPastedScores } from '../../../src/core/score-import/paste';
import { planScoreImport } from '../../../src/core/score-import/plan';
import { parseNumber } from '../../../src/core/engine/values';
import { DEFAULT_FRAMEWORK_ROWS, SHEETS } from '../../../src/core/workbook/template';
import { SEED000_UNIT, seedWorkbook } from '../../fixtures/seed000';

const FRAMEWORK = groupFrameworks(DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool: tool as 'IIT', weight })))[0];
const SCORES_HEADER = SHEETS.scores.columns.map((c) => c.th);
const NOW = new Date('2025-11-10T03:00:00Z');
const scoreMap = (list: { code: string; score: number }[]) => Object.fromEntries(list.map((s) => [s.code, s.score]));
/** The ten indicators: 1 at 100.00, 2 at 0, the rest at 80 — in the given spelling. */
const TEN = (hundred: string, zero: string): [string, string][] =>
  FRAMEWORK.indicators.map((i) => [i.code, i.code === '1' ? hundred : i.code === '2' ? zero : '80']);
const EXPECTED = { '1': 100, '2': 0, '3': 80, '4': 80, '5': 80, '6': 80, '7': 80, '8': 80, '9': 80, '10': 80 };

describe('parseNumber: the one number reader at the ends of the range', () => {
  it.each<[unknown, number]>([[0, 0], ['0', 0], ['0.00', 0], ['๐', 0], ['๐.๐๐', 0], [100, 100], ['100', 100], ['100.00', 100], ['๑๐๐', 100], ['๑๐๐.๐๐', 100], [' 100.00 ', 100]])(
    '%p → %p', (value, n) => expect(parseNumber(value)).toBe(n));
});

describe.each<[string, string, string]>([['Arabic digits', '100.00', '0'], ['Thai digits', '๑๐๐.๐๐', '๐'], ['whole numbers', '100', '0.00']])(
  'scores 100 and 0 in %s', (_label, hundred, zero) => {
    it('the Scores sheet reads them (text or numbers) without a problem', () => {
      const rows = TEN(hundred, zero).map(([code, score]) => [SEED000_UNIT, 2567, code, score]);
      const analysis = analyse(seedWorkbook({ scores: [SCORES_HEADER, ...rows] }));
      expect(analysis.problems).toEqual([]);
      expect(scoreMap(analysis.assessments[0].ranking)).toEqual(EXPECTED);
      expect(analysis.assessments[0].highest).toMatchObject({ code: '1', score: 100 });
      expect(analysis.assessments[0].lowest).toMatchObject({ code: '2', score: 0 });
    });

    it('a pasted result reads both: 100.00 is a score, not missing', () => {
      const text = TEN(hundred, zero).map(([code, score]) => `ตัวชี้วัดที่ ${code} ${FRAMEWORK.indicators.find((i) => i.code === code)?.name} ${score}`).join('\n');
      const reading = readPastedScores(text, FRAMEWORK);
      expect(reading.problems).toEqual([]);
      expect(reading.missing).toEqual([]);
      expect(scoreMap(reading.scores)).toEqual(EXPECTED);
    });

    it('a pasted result by name only (no code) reads them too', () => {
      const text = TEN(hundred, zero).map(([code, score]) => `${FRAMEWORK.indicators.find((i) => i.code === code)?.name} ${score}`).join('\n');
      expect(scoreMap(readPastedScores(text, FRAMEWORK).scores)).toEqual(EXPECTED);
    });

    it('a district table (TSV) reads them, total 100.00 too, and plans them into the sheet', () => {
      const header = ['ชื่อหน่วยงาน', 'ปี', ...FRAMEWORK.indicators.map((i) => i.code), 'คะแนนรวม'].join('\t');
      const row = [SEED000_UNIT, '2567', ...TEN(hundred, zero).map(([, s]) => s), hundred].join('\t');
      const plan = planScoreImport(seedWorkbook({ scores: [SCORES_HEADER] }), { text: `${header}\n${row}` }, NOW);
      expect(plan.problems).toEqual([]);
      expect(plan.unitYears[0]).toMatchObject({ unit: SEED000_UNIT, year: 2567, total: 100, missing: [] });
      expect(plan.block?.values.map((v) => v[3])).toEqual([100, 0, 80, 80, 80, 80, 80, 80, 80, 80, 100]);
    });
  });

describe('just outside the range', () => {
  it('the Scores sheet refuses 100.01 and -0.01, naming the cell', () => {
    const rows = [[SEED000_UNIT, 2567, 1, '100.01'], [SEED000_UNIT, 2567, 2, -0.01], [SEED000_UNIT, 2567, 3, '๑๐๐']];
    const problems = analyse(seedWorkbook({ scores: [SCORES_HEADER, ...rows] })).problems;
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['scoreRange', 'D2'], ['scoreRange', 'D3']]);
  });
  it('a district table refuses 100.01 in a row, naming the row and column', () => {
    const text = `ชื่อหน่วยงาน\tปี\t1\t2\n${SEED000_UNIT}\t2567\t100.01\t100`;
    const plan = planScoreImport(seedWorkbook({ scores: [SCORES_HEADER] }), { text }, NOW);
    expect(plan.problems.map((p) => [p.code, p.params])).toEqual([['badScore', { row: 2, column: '1', value: '100.01' }]]);
    expect(plan.block).toBeNull();
  });
  it('a paste does not take 100.01 as a score (above 100 is a year or a count, not a score)', () => {
    const reading = readPastedScores('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 100.01\nตัวชี้วัดที่ 2 การใช้งบประมาณ 100', FRAMEWORK);
    expect(scoreMap(reading.scores)).toEqual({ '2': 100 });
  });
});

describe('a rank after the score is not a second score', () => {
  it('"ตัวชี้วัดที่ 7 … 79.63 อันดับ 10" is 79.63 for indicator 7, no problem', () => {
    const reading = readPastedScores('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร 79.63 อันดับ 10\nตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ๘๕.๒๘ อันดับ ๙', FRAMEWORK);
    expect(reading.problems).toEqual([]);
    expect(scoreMap(reading.scores)).toEqual({ '7': 79.63, '9': 85.28 });
  });
  it('by name only: "ประสิทธิภาพการสื่อสาร 79.63 (อันดับที่ 10)"', () => {
    const reading = readPastedScores('ประสิทธิภาพการสื่อสาร 79.63 (อันดับที่ 10)', FRAMEWORK);
    expect(reading.problems).toEqual([]);
    expect(scoreMap(reading.scores)).toEqual({ '7': 79.63 });
  });
  it('the import plans one row for it, not a conflict', () => {
    const plan = planScoreImport(seedWorkbook({ scores: [SCORES_HEADER] }), { text: 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร 79.63 อันดับ 10', unit: SEED000_UNIT, year: 2567 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.block?.values).toEqual([[SEED000_UNIT, 2567, 7, 79.63]]);
  });
  it('two different scores on two lines for one indicator are still a problem', () => {
    const reading = readPastedScores('ตัวชี้วัดที่ 7 79.63\nประสิทธิภาพการสื่อสาร 80.00', FRAMEWORK);
    expect(reading.problems.map((p) => p.code)).toEqual(['twoScores']);
  });
});

describe('names: tool suffixes match, ambiguous names are refused', () => {
  it.each<[string, string]>([
    ['การปฏิบัติหน้าที่ (IIT)', '1'], ['การเปิดเผยข้อมูล (OIT)', '9'], ['ประสิทธิภาพการสื่อสาร (EIT)', '7'],
    ['การป้องกันการทุจริต (OIT)', '10'], ['ใช้อำนาจ', '3'], ['การปรับปรุงระบบการทำงาน', '8'], ['ตัวชี้วัดที่ ๑๐', '10'], ['10', '10'],
  ])('%p → indicator %p', (name, code) => expect(matchIndicator(FRAMEWORK, name)?.code).toBe(code));

  it.each(['ทุจริต', 'การทุจริต', 'ทุจริต (OIT)', 'การใช้', '', '11'])('%p is not guessed', (name) => {
    expect(matchIndicator(FRAMEWORK, name)).toBeUndefined();
  });

  it('a paste with suffixed names reads them; "ทุจริต 80" alone is not a score for 5 or 10', () => {
    const reading = readPastedScores('การเปิดเผยข้อมูล (OIT) 85.28\nการปฏิบัติหน้าที่ (IIT) 94.97\nทุจริต 80', FRAMEWORK);
    expect(scoreMap(reading.scores)).toEqual({ '1': 94.97, '9': 85.28 });
  });

  it('a district table with suffixed headers reads them; an ambiguous header is left out with a warning', () => {
    const text = `ชื่อหน่วยงาน\tปี\tการเปิดเผยข้อมูล (OIT)\tการปฏิบัติหน้าที่ (IIT)\tทุจริต\n${SEED000_UNIT}\t2567\t85.28\t94.97\t80`;
    const plan = planScoreImport(seedWorkbook({ scores: [SCORES_HEADER] }), { text }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toContainEqual({ key: 'import.warning.ignoredColumn', params: { column: 'ทุจริต' } });
    expect(plan.block?.values).toEqual([[SEED000_UNIT, 2567, 9, 85.28], [SEED000_UNIT, 2567, 1, 94.97]]); // in the table's column order
  });

  it('the Scores sheet takes a suffixed name in the indicator column and refuses an ambiguous one at its cell', () => {
    const rows = [[SEED000_UNIT, 2567, 'การเปิดเผยข้อมูล (OIT)', 85.28], [SEED000_UNIT, 2567, 'ทุจริต', 80]];
    const analysis = analyse(seedWorkbook({ scores: [SCORES_HEADER, ...rows] }));
    expect(analysis.problems.map((p) => p.cell)).toEqual(['C3']);
    expect(analysis.workbook.scores.map((s) => [s.code, s.score])).toEqual([['9', 85.28]]);
  });
});
