/**
 * The length check's unit (issue 19, point 5; test/fixtures/eight-measures.ts): 8 measures and
 * 7 indicators to develop, every one with its การวิเคราะห์ note, so its plan and reports are
 * signable documents whose page counts README gives.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildPlan, buildReport } from '../../src/core/documents';
import { EIGHT_UNIT, eightMeasureWorkbook } from '../fixtures/eight-measures';

describe('the 8-measure unit of the length check', () => {
  const analysis = analyse(eightMeasureWorkbook());

  it('reads without problems: 8 measures of 2568, 7 indicators under 85 in ITA 2567', () => {
    expect(analysis.problems).toEqual([]);
    const a = analysis.assessments.find((x) => x.unit === EIGHT_UNIT && x.year === 2567);
    expect(a?.weak).toHaveLength(7);
    expect(analysis.workbook.measures.filter((m) => m.unit === EIGHT_UNIT && m.year === 2568)).toHaveLength(8);
  });

  it('makes a plan with a note for every indicator to develop, and both reports', () => {
    const plan = buildPlan(analysis, { unit: EIGHT_UNIT, date: { year: 2024, month: 9, day: 20 } });
    expect(plan.missingNotes).toEqual([]);
    expect(plan.meta.measureCount).toBe(8);
    const r12 = buildReport(analysis, { unit: EIGHT_UNIT, round: 12, memo: true, endorsement: true, date: { year: 2025, month: 10, day: 8 } });
    // The memo's signature, its routing (the chief's comment, the executive's order: the endorsement
    // on the memo itself) and the report's: each one block, kept whole.
    expect(r12.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'signature')).toHaveLength(4);
  });
});
