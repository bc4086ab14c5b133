import { analyse } from '../../src/core/workbook/analyse';
import { text } from '../../src/core/engine/values';
import { SHEETS } from '../../src/core/workbook/template';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const head = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);
const scoreRows = () => Object.entries(SEED000_SCORES).map(([code, score]) => [SEED000_UNIT, 2565, code, score] as unknown[]);

describe('validation finds every problem in one pass', () => {
  it('text in a score, a duplicate indicator and an unknown status, each with its cell', () => {
    const scores = [head('scores'), ...scoreRows()];
    scores[3][3] = 'เก้าสิบ'; // row 4, column D
    scores.push([SEED000_UNIT, 2565, 7, 80]); // duplicate of row 8 (code 7), at row 12
    const measures = [head('measures'), [SEED000_UNIT, 2566, 1, 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '9', '', 'สำนักปลัด', 'ไตรมาส 2', '6, 12', 'ทำไปบ้างแล้ว', '', '', '', '', '']];
    const { problems } = analyse(seedWorkbook({ scores, measures }));
    expect(problems.map((p) => [p.sheet, p.cell, p.code])).toEqual([
      ['คะแนน', 'D4', 'notNumber'],
      ['คะแนน', 'C12', 'duplicateScore'],
      ['มาตรการ', 'J2', 'unknownStatus'],
    ]);
    expect(problems[0].message.th).toContain('เก้าสิบ');
    expect(problems[1].message.th).toContain('แถว 8');
    expect(problems[2].message.en).toContain('ทำไปบ้างแล้ว');
  });

  it('out-of-range score, unknown unit and unknown indicator', () => {
    const scores = [head('scores'), ...scoreRows(), [SEED000_UNIT, 2566, 1, 101], ['อบต.ไม่มีจริง', 2566, 1, 90], [SEED000_UNIT, 2566, 'ตัวชี้วัดที่ไม่มี', 90]];
    const { problems } = analyse(seedWorkbook({ scores }));
    expect(problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual([
      'คะแนน!D12 scoreRange', 'คะแนน!A13 unknownUnit', 'คะแนน!C14 unknownIndicator',
    ]);
  });

  it('weights of a framework not summing to 100', () => {
    const grids = seedWorkbook();
    grids.sheets['ตัวชี้วัด'][1][4] = 7;
    const { problems } = analyse(grids);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'ตัวชี้วัด', code: 'weightSum' });
    expect(problems[0].cell).toBe('E2:E11'); // the framework's weight cells, so clicking the problem selects them
    expect(problems[0].message.th).toContain('101');
  });

  it('missing sheet and missing header', () => {
    const grids = seedWorkbook();
    delete grids.sheets['มาตรการ'];
    grids.sheets['คะแนน'][0][3] = 'ค่า';
    const { problems } = analyse(grids);
    expect(problems.map((p) => [p.sheet, p.cell, p.code])).toEqual([
      ['คะแนน', '1:1', 'missingHeader'],
      ['มาตรการ', '', 'missingSheet'],
    ]);
  });

  it('an unreadable date and a bad timeline', () => {
    const measures = [head('measures'), [SEED000_UNIT, 2566, 1, 'มาตรการ ก', '7', '', '', 'สักวันหนึ่ง', '', 'ดำเนินการแล้ว', '', '', '32/13/2566', '', '']];
    const { problems } = analyse(seedWorkbook({ measures }));
    expect(problems.map((p) => `${p.cell} ${p.code}`)).toEqual(['M2 badDate', 'H2 badTimeline']);
  });

  it('accepts English sheet names and headers in any order, keeping extra columns', () => {
    const grids = seedWorkbook();
    const scores = grids.sheets['คะแนน'];
    delete grids.sheets['คะแนน'];
    grids.sheets['Scores'] = scores.map((r, i) => [i === 0 ? 'Note' : 'x', r[3], r[2], r[1], r[0]]);
    grids.sheets['Scores'][0] = ['Note', ' SCORE ', 'indicator', 'Year', 'unit'];
    const analysis = analyse(grids);
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments[0].total).toBe(87.57);
  });

  it('reads the done-with-date status of seed 003 as done with its completion date', () => {
    const measures = [head('measures'), [SEED000_UNIT, 2566, 1, 'เผยแพร่ข้อมูลพื้นฐาน', '9', '', 'นักวิชาการคอมพิวเตอร์', 'ไตรมาส 2', 'รอบ ๖ เดือน / รอบ ๑๒ เดือน', 'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖', '', '', '', '', '']];
    const { workbook, problems } = analyse(seedWorkbook({ measures }));
    expect(problems).toEqual([]);
    expect(workbook.measures[0]).toMatchObject({ status: 'done', doneOn: { year: 2023, month: 3, day: 31 }, followUp: [6, 12], due: { year: 2023, month: 3, day: 31 } });
  });
});

describe('cell text', () => {
  it('a date cell reads as its Bangkok day, whether Apps Script (17:00Z the day before) or exceljs (00:00Z) made it', () => {
    expect(text(new Date(Date.UTC(2025, 1, 27, 17)))).toBe('2025-02-28');
    expect(text(new Date(Date.UTC(2025, 1, 28)))).toBe('2025-02-28');
  });
});
