/**
 * Unit sheets (issue 21): one reading of every measures sheet; split and merge lose nothing and
 * change no figure — rankings, the overview, every report and plan are the same before and after,
 * on the sample and on a generated 30-unit workbook.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { buildOverview } from '../../src/core/views/overview';
import { buildReport, buildPlan } from '../../src/core/documents';
import { buildRankingsSheet } from '../../src/core/views/rankings-sheet';
import { isUnitSheetName, shortUnitName, unitSheetName, unitSheetResolver } from '../../src/core/workbook/unit-sheets';
import { applyUnitSheetsPlan, planMerge, planSplit } from '../../src/core/workbook/unit-sheets-plan';
import type { Measure, WorkbookGrids } from '../../src/core/engine/types';
import { generateWorkbook } from '../../bench/generate';

const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const AS_OF = { year: 2025, month: 3, day: 31 };
const TODAY = { year: 2025, month: 4, day: 20 };

const clone = (g: WorkbookGrids): WorkbookGrids => ({ sheets: Object.fromEntries(Object.entries(g.sheets).map(([k, v]) => [k, v.map((r) => [...r])])) });
const split = (g: WorkbookGrids) => applyUnitSheetsPlan(g, planSplit(g));
const merge = (g: WorkbookGrids) => applyUnitSheetsPlan(g, planMerge(g));
/** A measure without where it sits (the sheet and row are all a split changes). */
const content = ({ row: _row, sheet: _sheet, ...m }: Measure) => m;
const byKey = (ms: Measure[]) => ms.map(content).sort((a, b) => `${a.unit}|${a.year}|${a.title}`.localeCompare(`${b.unit}|${b.year}|${b.title}`));

/** Everything a person sees computed from a workbook. */
function everything(grids: WorkbookGrids) {
  const a = analyse(grids);
  const units = a.workbook.units.map((u) => u.name);
  const computedAt = new Date(Date.UTC(2025, 3, 20));
  return {
    problems: a.problems.map((p) => p.code),
    measures: byKey(a.workbook.measures),
    rankings: buildRankingsSheet(a, { computedAt }),
    overview: buildOverview(a, [], { asOf: AS_OF, today: TODAY }),
    reports: units.map((unit) => { try { return buildReport(a, { unit, round: 6, today: TODAY, date: TODAY }); } catch (e) { return String(e); } }),
    plans: units.map((unit) => { try { return buildPlan(a, { unit, today: TODAY }); } catch (e) { return String(e); } }),
  };
}

describe('unit sheet names', () => {
  it('are มาตรการ and the short name, and resolve back through the score import matcher', () => {
    expect(shortUnitName(NALIANG)).toBe('อบต.นาเลียง');
    expect(unitSheetName(NALIANG)).toBe('มาตรการ อบต.นาเลียง');
    expect(unitSheetName('เทศบาลตำบลโป่งน้ำร้อน')).toBe('มาตรการ ทต.โป่งน้ำร้อน');
    const resolve = unitSheetResolver([NALIANG, 'เทศบาลตำบลโป่งน้ำร้อน']);
    expect(resolve('มาตรการ อบต.นาเลียง')).toBe(NALIANG);
    expect(resolve('มาตรการ  องค์การบริหารส่วนตำบล นาเลียง')).toBe(NALIANG);
    expect(resolve('Measures ทต. โป่งน้ำร้อน')).toBe('เทศบาลตำบลโป่งน้ำร้อน');
    expect(resolve('มาตรการ อบต.ที่ไม่มี')).toBeUndefined();
    expect(isUnitSheetName('มาตรการ')).toBe(false);
    expect(isUnitSheetName('มาตรการเก่า')).toBe(false);
  });

  it('fit the 31 characters of an .xlsx sheet name and still resolve', () => {
    const long = 'องค์การบริหารส่วนตำบลหนองบัวใหญ่พัฒนาเจริญสามัคคี';
    const name = unitSheetName(long);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(unitSheetResolver([long, NALIANG])(name)).toBe(long);
  });
});

describe.each([
  ['the sample', () => buildSampleWorkbook()],
  ['a generated 30-unit workbook', () => generateWorkbook({ units: 30, measures: 300 }, 21)],
])('split and merge of %s', (_name, build) => {
  const before = build();
  const after = split(clone(before));

  it('moves every row to its unit sheet and leaves the shared sheet its header', () => {
    const rows = before.sheets[SHEETS.measures.th].length - 1;
    const unitSheets = Object.keys(after.sheets).filter(isUnitSheetName);
    const units = analyse(before).workbook.units;
    expect(unitSheets).toHaveLength(units.length);
    expect(after.sheets[SHEETS.measures.th]).toEqual([before.sheets[SHEETS.measures.th][0]]);
    expect(unitSheets.reduce((n, s) => n + after.sheets[s].length - 1, 0)).toBe(rows);
    // The user's extra columns (the sample's หมายเหตุ) travel with the rows.
    for (const s of unitSheets) expect(after.sheets[s][0]).toEqual(before.sheets[SHEETS.measures.th][0]);
  });

  it('gives the same rankings, overview, reports and plans', () => {
    const was = everything(before);
    // The comparison is of real documents, not of errors.
    expect(was.problems).toEqual([]);
    expect(was.reports.filter((r) => typeof r !== 'string').length).toBeGreaterThan(0);
    expect(was.measures.length).toBeGreaterThan(0);
    expect(everything(after)).toEqual(was);
  });

  it('merges back to the same rows, and a second split or merge changes nothing', () => {
    const back = merge(clone(after));
    expect(Object.keys(back.sheets).filter(isUnitSheetName)).toEqual([]);
    const sorted = (g: WorkbookGrids) => g.sheets[SHEETS.measures.th].slice(1).map((r) => JSON.stringify(r)).sort();
    expect(sorted(back)).toEqual(sorted(before));
    expect(everything(back)).toEqual(everything(before));
    const again = planSplit(clone(after));
    expect(again.problems).toEqual([]);
    expect(again.moved).toBe(0);
    expect(applyUnitSheetsPlan(after, again)).toEqual(after);
  });
});

describe('reading a split workbook', () => {
  const grids = split(buildSampleWorkbook());
  const sheet = unitSheetName(NALIANG);

  it('takes the unit from the tab when a row leaves it blank', () => {
    const g = clone(grids);
    const header = g.sheets[sheet][0];
    const unitCol = header.indexOf('หน่วยงาน');
    g.sheets[sheet].push(header.map((h, i) => (i === unitCol ? '' : h === 'ปีงบประมาณ' ? 2568 : h === 'มาตรการ' ? 'มาตรการที่เพิ่มภายหลัง' : '')));
    const a = analyse(g);
    expect(a.problems).toEqual([]);
    const added = a.workbook.measures.find((m) => m.title === 'มาตรการที่เพิ่มภายหลัง');
    expect(added).toMatchObject({ unit: NALIANG, sheet, row: g.sheets[sheet].length });
  });

  it('names both cells of a measure in two sheets, and a row of another unit', () => {
    const g = clone(grids);
    const row = [...g.sheets[sheet][1]];
    g.sheets[SHEETS.measures.th].push(row);
    const other = [...g.sheets[sheet][2]];
    other[0] = 'เทศบาลตำบลโป่งน้ำร้อน';
    other[3] = 'มาตรการของหน่วยงานอื่น';
    g.sheets[sheet].push(other);
    const problems = analyse(g).problems;
    const dup = problems.find((p) => p.code === 'duplicateMeasure');
    expect(dup).toMatchObject({ sheet, cell: 'D2' });
    expect(dup?.message.th).toContain('มาตรการ!D2');
    expect(problems.find((p) => p.code === 'otherUnitInSheet')).toMatchObject({ sheet, cell: `A${g.sheets[sheet].length}` });
  });

  it('names a unit sheet whose unit was renamed or removed, never drops its rows silently', () => {
    const g = clone(grids);
    const units = g.sheets[SHEETS.units.th];
    const at = units.findIndex((r) => r[0] === NALIANG);
    units[at][0] = 'องค์การบริหารส่วนตำบลนาเลียงใหม่';
    const a = analyse(g);
    const orphan = a.problems.find((p) => p.code === 'orphanUnitSheet');
    expect(orphan).toMatchObject({ sheet, cell: '' });
    expect(orphan?.message.th).toContain('7 แถว');
    // An empty orphan is a warning, not a problem.
    g.sheets[sheet] = [g.sheets[sheet][0]];
    const b = analyse(g);
    expect(b.problems.filter((p) => p.code === 'orphanUnitSheet')).toEqual([]);
    expect(b.warnings.map((w) => w.code)).toContain('orphanUnitSheet');
  });

  it('refuses to split a row whose unit is unknown, naming its cell, and moves nothing', () => {
    const g = buildSampleWorkbook();
    g.sheets[SHEETS.measures.th][3][0] = 'อบต.ที่ไม่มี';
    const plan = planSplit(g);
    expect(plan.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['มาตรการ!A4']);
    expect(plan.writes).toEqual([]);
  });
});
