/**
 * The library of measures (issue 20, point 2): its shape — every indicator of the default
 * framework has entries and an approach, every entry is complete and reads as the Measures
 * sheet reads it — and a pick as rows (a measure row; an approach into the analysis row).
 */
import { LIBRARY, LIBRARY_INDICATORS, LIBRARY_TOPICS } from '../../src/core/year/library';
import { libraryApproachPick, libraryMeasurePick } from '../../src/core/year/library-rows';
import { DEFAULT_FRAMEWORK_ROWS, SHEETS } from '../../src/core/workbook/template';
import { parseRounds, parseTimeline } from '../../src/core/engine/measure-fields';
import { analyse } from '../../src/core/workbook/analyse';
import { applySheetWrites } from '../../src/core/workbook/sheet-write';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const CODES = DEFAULT_FRAMEWORK_ROWS.map((r) => String(r[1]));
const thai = /[\u0e01-\u0e5b]/;

describe('the library\'s shape', () => {
  it('every indicator of the default framework has an approach and at least three entries', () => {
    expect(LIBRARY_INDICATORS.map((i) => i.code)).toEqual(CODES);
    for (const i of LIBRARY_INDICATORS) {
      expect(i.approach.length).toBeGreaterThan(80);
      expect(i.name).toBe(String(DEFAULT_FRAMEWORK_ROWS.find((r) => String(r[1]) === i.code)?.[2]));
      expect(LIBRARY.filter((e) => e.indicator === i.code).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('every entry is complete: measure, method in numbered steps, responsible, a timeline and rounds the sheet reads', () => {
    expect(new Set(LIBRARY.map((e) => e.id)).size).toBe(LIBRARY.length);
    for (const e of LIBRARY) {
      expect(CODES).toContain(e.indicator);
      expect(e.id.startsWith(`${e.indicator}.`)).toBe(true);
      for (const field of [e.measure, e.method, e.responsible, e.timeline, e.followUp]) expect(field.trim()).not.toBe('');
      expect(e.measure).toMatch(thai);
      expect(e.method.split('\n').length).toBeGreaterThanOrEqual(3);
      expect(e.method).toMatch(/^๑\. /);
      expect(parseTimeline(e.timeline, 2569)).not.toBe('invalid');
      expect(parseRounds(e.followUp)).toEqual([6, 12]);
    }
  });

  it('the OIT indicators have an entry per kind of published information', () => {
    const oit = LIBRARY.filter((e) => e.indicator === '9' || e.indicator === '10');
    for (const e of oit) expect(Object.values(LIBRARY_TOPICS)).toContain(e.topic);
    expect(new Set(LIBRARY.filter((e) => e.indicator === '9').map((e) => e.topic)).size).toBe(10);
    expect(new Set(LIBRARY.filter((e) => e.indicator === '10').map((e) => e.topic)).size).toBe(5);
    expect(LIBRARY.filter((e) => e.indicator !== '9' && e.indicator !== '10').every((e) => e.topic === undefined)).toBe(true);
  });
});

describe('a pick as rows', () => {
  it('a measure: a complete row for the unit and year, numbered after the unit\'s last, not started', () => {
    const grids = buildSampleWorkbook();
    const entry = LIBRARY.find((e) => e.id === '7.2')!;
    const before = analyse(grids).workbook.measures.filter((m) => m.unit === SEED000_UNIT && m.year === 2568).length;
    const pick = libraryMeasurePick(grids, analyse(grids), { unit: 'นิคมคำสร้อย', year: 2568, entry });
    expect(pick.problems).toEqual([]);
    applySheetWrites(grids, [pick.write!]);
    const a = analyse(grids);
    expect(a.problems).toEqual([]);
    const added = a.workbook.measures.filter((m) => m.unit === SEED000_UNIT && m.year === 2568);
    expect(added).toHaveLength(before + 1);
    const m = added[added.length - 1];
    expect([m.no, m.title, m.indicators, m.method, m.responsible, m.timeline, m.followUp, m.status])
      .toEqual([String(before + 1), entry.measure, ['7'], entry.method, entry.responsible, entry.timeline, [6, 12], 'not_started']);
    expect(pick.cell).toBe(`มาตรการ!A${m.row}`);
  });

  it('an approach: fills a blank approach, adds a missing row, never replaces the person\'s text', () => {
    const grids = seedWorkbook();
    grids.sheets[SHEETS.analysis.th] = [SHEETS.analysis.columns.map((c) => c.th), [SEED000_UNIT, 2565, '7', 'เข้าถึงข้อมูลยาก', '']];
    const seven = LIBRARY_INDICATORS.find((i) => i.code === '7')!;
    const fill = libraryApproachPick(grids, analyse(grids), { unit: SEED000_UNIT, itaYear: 2565, indicator: seven });
    expect(fill.cell).toBe('การวิเคราะห์!E2');
    applySheetWrites(grids, [fill.write!]);
    expect(analyse(grids).workbook.analysisNotes[0]).toMatchObject({ code: '7', issues: 'เข้าถึงข้อมูลยาก', approach: seven.approach });
    const again = libraryApproachPick(grids, analyse(grids), { unit: SEED000_UNIT, itaYear: 2565, indicator: seven });
    expect(again.write).toBeNull();
    expect(again.problems[0].th).toContain('มีแนวทางการพัฒนาที่เขียนไว้แล้ว จึงไม่เขียนทับ');
    const nine = LIBRARY_INDICATORS.find((i) => i.code === '9')!;
    const add = libraryApproachPick(grids, analyse(grids), { unit: SEED000_UNIT, itaYear: 2565, indicator: nine });
    applySheetWrites(grids, [add.write!]);
    expect(analyse(grids).workbook.analysisNotes.map((n) => [n.code, n.approach])).toEqual([['7', seven.approach], ['9', nine.approach]]);
  });
});
