/**
 * No silent loss (issue 20, point 5): an analysis row typed under a year with no scores for the
 * unit is a warning at its year cell naming the year typed and the year it probably means; the
 * plan says which rows it used and which still carry the review mark.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { buildPlan, planWarnings } from '../../src/core/documents';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);

function workbook(rows: unknown[][]) {
  const grids = seedWorkbook({
    measures: [header('measures'), [SEED000_UNIT, 2566, 1, 'ปรับปรุงเว็บไซต์', '7', '', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', '']],
  });
  grids.sheets[SHEETS.analysis.th] = [header('analysis'), ...rows];
  return grids;
}

it('a row under the fiscal year (2566) instead of the ITA year (2565) is a warning naming both', () => {
  const a = analyse(workbook([
    [SEED000_UNIT, 2565, '7', 'ถูกปี', 'แนวทาง', ''],
    [SEED000_UNIT, 2566, '9', 'พิมพ์ปีงบประมาณ', 'แนวทาง', ''],
  ]));
  expect(a.problems).toEqual([]);
  const w = a.warnings.filter((x) => x.code === 'analysisYear');
  expect(w.map((x) => `${x.sheet}!${x.cell}`)).toEqual(['การวิเคราะห์!B3']);
  expect(w[0].message.th).toBe(`ไม่มีคะแนน ITA ปี 2566 ของ${SEED000_UNIT}: แถวนี้น่าจะหมายถึงปี ITA 2565 (ปีที่วิเคราะห์ ไม่ใช่ปีงบประมาณที่ทำมาตรการ) แก้ปีเป็น 2565 มิฉะนั้นเอกสารมาตรการประจำปีจะไม่ใช้แถวนี้`);
  expect(w[0].message.en).toContain('probably means ITA 2565');
});

it('a unit with no scores at all: the warning says the row waits for them', () => {
  const grids = workbook([[SEED000_UNIT, 2565, '7', 'x', 'y', '']]);
  grids.sheets[SHEETS.scores.th] = [header('scores')];
  const w = analyse(grids).warnings.filter((x) => x.code === 'analysisYear');
  expect(w[0].message.th).toContain('จะไม่ใช้แถวนี้จนกว่าจะนำเข้าคะแนนปี 2565');
});

it('the plan says which rows it used, and warns of rows still marked ทบทวน', () => {
  const grids = workbook([
    [SEED000_UNIT, 2565, '7', 'ข้อความปีก่อน', 'แนวทางปีก่อน', 'ยกมาจากปี 2564: ทบทวนแล้วลบข้อความนี้'],
    [SEED000_UNIT, 2565, '9', 'ประเด็น', 'แนวทาง', ''],
  ]);
  const plan = buildPlan(analyse(grids), { unit: SEED000_UNIT, fiscalYear: 2566, date: { year: 2022, month: 10, day: 1 } });
  expect(plan.notesUsed).toEqual([{ code: '7', row: 2 }, { code: '9', row: 3 }]);
  expect(plan.toReview).toEqual(['7']);
  expect(planWarnings(plan).map((m) => m.th).join('\n')).toContain('แถววิเคราะห์ตัวชี้วัด 7 ยกข้อความมาจากปีก่อนและยังไม่ได้ทบทวน');
  expect(Object.keys(SEED000_SCORES)).toHaveLength(10);
});
