/**
 * One name for a unit (issue 20, point 3): full name, short form, bare name, with the one
 * matcher score import uses; an ambiguous name finds none and lists the candidates.
 */
import { matchUnit, unitKey } from '../../src/core/workbook/unit-names';
import { analyse } from '../../src/core/workbook/analyse';
import { findUnit, resolveUnit, ReportError } from '../../src/core/documents';
import { planScoreImport } from '../../src/core/score-import/plan';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';

const units = [
  { name: 'องค์การบริหารส่วนตำบลนิคมคำสร้อย' },
  { name: 'เทศบาลตำบลโป่งน้ำร้อน' },
  { name: 'องค์การบริหารส่วนตำบลโป่งน้ำร้อน' },
  { name: 'เทศบาลเมืองมุกดาหาร' },
  { name: 'อบต.หัวเรือ' },
];
const found = (name: string) => matchUnit(units, name).unit?.name ?? null;

describe('the unit matcher', () => {
  it('finds a unit by its full name, its short form or its bare name, case and spaces ignored', () => {
    for (const name of ['องค์การบริหารส่วนตำบลนิคมคำสร้อย', 'อบต.นิคมคำสร้อย', 'อบต นิคมคำสร้อย', ' นิคมคำสร้อย ', 'นิคม คำสร้อย']) {
      expect(found(name)).toBe('องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    }
    expect(found('ทม.มุกดาหาร')).toBe('เทศบาลเมืองมุกดาหาร');
    expect(found('มุกดาหาร')).toBe('เทศบาลเมืองมุกดาหาร');
    expect(found('เทศบาลมุกดาหาร')).toBe('เทศบาลเมืองมุกดาหาร');
    // A unit typed in the sheet by its short form is found by its full name too.
    expect(found('องค์การบริหารส่วนตำบลหัวเรือ')).toBe('อบต.หัวเรือ');
    expect(found('หัวเรือ')).toBe('อบต.หัวเรือ');
  });

  it('tells the kinds apart: ทต. is not อบต., and a bare name of two kinds is ambiguous', () => {
    expect(found('ทต.โป่งน้ำร้อน')).toBe('เทศบาลตำบลโป่งน้ำร้อน');
    expect(found('อบต.โป่งน้ำร้อน')).toBe('องค์การบริหารส่วนตำบลโป่งน้ำร้อน');
    const bare = matchUnit(units, 'โป่งน้ำร้อน');
    expect(bare.unit).toBeNull();
    expect(bare.candidates.map((u) => u.name)).toEqual(['เทศบาลตำบลโป่งน้ำร้อน', 'องค์การบริหารส่วนตำบลโป่งน้ำร้อน']);
    expect(found('ทน.มุกดาหาร')).toBeNull();
    expect(found('ทต.นิคมคำสร้อย')).toBeNull();
    expect(found('')).toBeNull();
    expect(found('คำสร้อย')).toBeNull(); // part of a name is not the name
  });

  it('keeps score import\'s key: อบต./ทต./… spelled out', () => {
    expect(unitKey('ทต.คำชะอี')).toBe(unitKey(' เทศบาลตำบล คำชะอี'));
  });
});

describe('every path resolves with it', () => {
  const analysis = analyse(buildSampleWorkbook());

  it('--unit of report and plan: the bare and short names of the sample units', () => {
    expect(findUnit(analysis, 'นิคมคำสร้อย')?.name).toBe('องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(resolveUnit(analysis, 'อบต.นิคมคำสร้อย').name).toBe('องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(resolveUnit(analysis, 'ทต.โป่งน้ำร้อน').name).toBe('เทศบาลตำบลโป่งน้ำร้อน');
    expect(() => resolveUnit(analysis, 'อบต.โป่งน้ำร้อน')).toThrow(/ไม่พบหน่วยงาน "อบต.โป่งน้ำร้อน"/);
  });

  it('an ambiguous --unit is an error that lists the candidates', () => {
    const grids = seedWorkbook({ units: ['องค์การบริหารส่วนตำบลคำสร้อย', 'เทศบาลตำบลคำสร้อย', SEED000_UNIT], scores: [SHEETS.scores.columns.map((c) => c.th)] });
    const a = analyse(grids);
    let error: unknown = null;
    try { resolveUnit(a, 'คำสร้อย'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe('ambiguousUnit');
    expect((error as ReportError).text.th).toContain('องค์การบริหารส่วนตำบลคำสร้อย, เทศบาลตำบลคำสร้อย');
  });

  it('the sheets\' unit columns: a bare name in มาตรการ is the unit; an ambiguous one is a problem at its cell', () => {
    const measures = [SHEETS.measures.columns.map((c) => c.th), ['นิคมคำสร้อย', 2566, 1, 'เผยแพร่ข้อมูล', '9', '', '', 'ไตรมาส 1', '6', 'ยังไม่ดำเนินการ']];
    const a = analyse(seedWorkbook({ measures }));
    expect(a.problems).toEqual([]);
    expect(a.workbook.measures[0].unit).toBe(SEED000_UNIT);

    const two = analyse(seedWorkbook({ measures, units: [SEED000_UNIT, 'เทศบาลตำบลนิคมคำสร้อย'] }));
    expect(two.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['มาตรการ!A2']);
    expect(two.problems[0].message.th).toBe('ชื่อ "นิคมคำสร้อย" ตรงกับหลายหน่วยงาน: องค์การบริหารส่วนตำบลนิคมคำสร้อย, เทศบาลตำบลนิคมคำสร้อย — พิมพ์ชื่อเต็มตามชีตหน่วยงาน');
  });

  it('score import: --unit by bare name; ambiguous and missing units say what to do', () => {
    const grids = seedWorkbook({ scores: [SHEETS.scores.columns.map((c) => c.th)] });
    const plan = planScoreImport(grids, { text: seed000Text(), unit: 'นิคมคำสร้อย' });
    expect(plan.problems).toEqual([]);
    expect(plan.unit).toBe(SEED000_UNIT);

    const none = planScoreImport(seedWorkbook({ units: ['เทศบาลตำบลคำชะอี'], scores: [SHEETS.scores.columns.map((c) => c.th)] }), { text: seed000Text() });
    expect(none.problems.map((p) => p.code)).toEqual(['pastedUnitMissing']);
  });
});
