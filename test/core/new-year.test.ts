/**
 * Starting a new fiscal year (issue 20, point 1): core's carry-forward rules on the sample
 * workbook (seed measures of 2568 → 2569) and on seed 000's unit with its ITA scores.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { applySheetWrites } from '../../src/core/workbook/sheet-write';
import { newYearLines, planNewYear, timelineForYear } from '../../src/core/year/new-year';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';

function after(grids: WorkbookGrids, year: number, unit?: string) {
  const plan = planNewYear(grids, analyse(grids), { year, unit });
  applySheetWrites(grids, plan.writes);
  return { plan, analysis: analyse(grids) };
}

describe('carry forward: the measures of N−1 become N\'s starting list', () => {
  it('copies measure, indicators, method, responsible, timeline, follow-up and ลำดับ; not started; result, outcome, dates empty', () => {
    const grids = buildSampleWorkbook();
    const before = analyse(grids).workbook.measures.filter((m) => m.unit === NIKHOM && m.year === 2568);
    const { plan, analysis } = after(grids, 2569);
    expect(analysis.problems).toEqual([]);
    const carried = analysis.workbook.measures.filter((m) => m.unit === NIKHOM && m.year === 2569);
    expect(carried.map((m) => [m.no, m.title, m.indicators, m.method, m.responsible, m.followUp]))
      .toEqual(before.map((m) => [m.no, m.title, m.indicators, m.method, m.responsible, m.followUp]));
    expect(carried.map((m) => m.timeline)).toEqual(before.map((m) => m.timeline));
    for (const m of carried) {
      expect(m.status).toBe('not_started');
      expect([m.result, m.outcome, m.doneOn, m.updated, m.updatedBy]).toEqual(['', '', null, null, '']);
    }
    // Settings ปีงบประมาณ becomes N.
    expect(plan.settingsYear).toBe(2568);
    expect(analysis.workbook.settings.fiscalYear).toBe(2569);
    // Every row it adds is named with its cell.
    const lines = newYearLines(plan, 'th');
    expect(lines).toContain(`  มาตรการ!A${before.length ? plan.units[0].added[0].cell.replace(/\D+/g, '') : ''}  1. ${before[0].title} [${before[0].indicators.join(', ')}] · ${before[0].timeline}`);
    expect(lines.filter((l) => /^  มาตรการ!A\d+ /.test(l))).toHaveLength(plan.units.reduce((n, u) => n + u.added.length, 0));
  });

  it('a measure cancelled in N−1 is not carried and is named; numbers 1, 2, 3… close the gap', () => {
    const grids = buildSampleWorkbook();
    const before = analyse(grids).workbook.measures.filter((m) => m.unit === PONG && m.year === 2568);
    const cancelled = before.filter((m) => m.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    const { plan, analysis } = after(grids, 2569, 'ทต.โป่งน้ำร้อน');
    const carried = analysis.workbook.measures.filter((m) => m.unit === PONG && m.year === 2569);
    expect(carried.map((m) => m.title)).toEqual(before.filter((m) => m.status !== 'cancelled').map((m) => m.title));
    expect(carried.map((m) => m.no)).toEqual(carried.map((_, i) => String(i + 1)));
    expect(plan.units[0].dropped).toEqual(cancelled.map((m) => m.title));
    expect(newYearLines(plan, 'th').join('\n')).toContain(`ไม่ยกมาตรการที่ยกเลิกแล้ว: ${cancelled[0].title}`);
    // --unit: only that unit.
    expect(plan.units.map((u) => u.unit)).toEqual([PONG]);
  });

  it('a unit that already has measures for N is left alone and named; running it twice adds nothing more', () => {
    const grids = buildSampleWorkbook();
    const first = after(grids, 2569).analysis.workbook.measures.length;
    const again = planNewYear(grids, analyse(grids), { year: 2569 });
    expect(again.units.every((u) => u.measures === 'started' && u.added.length === 0)).toBe(true);
    expect(again.writes).toEqual([]);
    expect(newYearLines(again, 'th').join('\n')).toContain(`${NIKHOM}: มีมาตรการของปี 2569 แล้ว 5 รายการ จึงไม่ยกมาตรการมา`);
    applySheetWrites(grids, again.writes);
    expect(analyse(grids).workbook.measures.length).toBe(first);
  });

  it('years of N−1 in a typed timeline move on one year (Thai or Arabic digits, BE or CE, a date cell)', () => {
    expect(timelineForYear('ภายในเดือนตุลาคม ๒๕๖๗', 2569)).toBe('ภายในเดือนตุลาคม ๒๕๖๘');
    expect(timelineForYear('31/3/2568', 2569)).toBe('31/3/2569');
    expect(timelineForYear('2025-02-28', 2569)).toBe('2026-02-28');
    expect(timelineForYear('ไตรมาส 2', 2569)).toBe('ไตรมาส 2');
    expect(timelineForYear('ภายใน 2570', 2569)).toBe('ภายใน 2570');
    const d = timelineForYear(new Date(Date.UTC(2025, 1, 27, 17)), 2569) as Date;
    expect(d.toISOString()).toBe('2026-02-27T17:00:00.000Z');
  });
});

describe('the analysis rows of the ITA year N answers', () => {
  const scores = (year: number, values: Record<string, number>) => Object.entries(values).map(([code, score]) => [SEED000_UNIT, year, code, score]);

  it('adds a row per indicator to develop, its text from the unit\'s latest earlier note, marked for review; empty when none', () => {
    // ITA 2565 (seed 000: indicator 7 below 85) and ITA 2566 with 7 and 9 below 85.
    const s2566 = { ...SEED000_SCORES, '7': 82.1, '9': 83.4 };
    const grids = seedWorkbook({ scores: [header('scores'), ...scores(2565, SEED000_SCORES), ...scores(2566, s2566)] });
    grids.sheets[SHEETS.analysis.th] = [header('analysis'),
      [SEED000_UNIT, 2565, '7', 'ผู้รับบริการเข้าถึงข้อมูลได้ยาก', 'ปรับปรุงเว็บไซต์และช่องทางสื่อสาร', ''],
    ];
    grids.sheets[SHEETS.measures.th] = [header('measures'), [SEED000_UNIT, 2566, 1, 'ปรับปรุงเว็บไซต์', '7', '', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', 'ปรับปรุงแล้ว']];
    const { plan, analysis } = after(grids, 2567);
    expect(plan.itaYear).toBe(2566);
    expect(plan.units[0].analysis.map((a) => [a.code, a.from])).toEqual([['7', 2565], ['9', null]]);
    const notes = analysis.workbook.analysisNotes.filter((n) => n.year === 2566);
    expect(notes.map((n) => [n.code, n.issues, n.approach, n.review])).toEqual([
      ['7', 'ผู้รับบริการเข้าถึงข้อมูลได้ยาก', 'ปรับปรุงเว็บไซต์และช่องทางสื่อสาร', 'ยกมาจากปี 2565: ทบทวนแล้วลบข้อความนี้'],
      ['9', '', '', ''],
    ]);
    expect(analysis.workbook.measures.filter((m) => m.year === 2567).map((m) => [m.title, m.status])).toEqual([['ปรับปรุงเว็บไซต์', 'not_started']]);
    // Added where missing only: a second run adds no analysis row.
    expect(planNewYear(grids, analysis, { year: 2567 }).units[0].analysis).toEqual([]);
  });

  it('when the ITA year has no scores yet, adds no row and tells the person to import them first', () => {
    const grids = seedWorkbook({ measures: [header('measures'), [SEED000_UNIT, 2566, 1, 'ปรับปรุงเว็บไซต์', '7', '', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', '']] });
    const plan = planNewYear(grids, analyse(grids), { year: 2567 });
    expect(plan.units[0]).toMatchObject({ measures: 'carried', scoresMissing: true, analysis: [] });
    expect(newYearLines(plan, 'th').join('\n')).toContain('ยังไม่มีคะแนน ITA ปี 2566: นำเข้าคะแนนก่อน');
    expect(newYearLines(plan, 'en').join('\n')).toContain('no ITA 2566 scores yet: import them first');
  });
});

describe('nothing is planned from bad input', () => {
  it('a workbook with problems, an unknown or ambiguous unit, a bad year', () => {
    const bad = buildSampleWorkbook();
    bad.sheets[SHEETS.scores.th][1][3] = 'เก้าสิบ';
    expect(planNewYear(bad, analyse(bad), { year: 2569 })).toMatchObject({ writes: [], problems: [expect.objectContaining({ th: expect.stringContaining('ข้อมูลมีปัญหา 1 รายการ') })] });
    const grids = buildSampleWorkbook();
    expect(planNewYear(grids, analyse(grids), { year: 2569, unit: 'ไม่มี' }).problems[0].th).toContain('ไม่พบหน่วยงาน "ไม่มี"');
    expect(planNewYear(grids, analyse(grids), { year: 69 }).problems[0].th).toContain('ต้องเป็นปี พ.ศ. 4 หลัก');
    const two = seedWorkbook({ units: ['องค์การบริหารส่วนตำบลคำสร้อย', 'เทศบาลตำบลคำสร้อย'], scores: [header('scores')] });
    expect(planNewYear(two, analyse(two), { year: 2569, unit: 'คำสร้อย' }).problems[0].th).toContain('ตรงกับหลายหน่วยงาน');
  });
});
