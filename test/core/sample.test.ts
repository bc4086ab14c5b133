import { buildEmptyWorkbook, buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SAMPLE_NOTE_HEADER, SAMPLE_REAL_NOTE } from '../../src/core/workbook/sample-data';
import { DEFAULT_FRAMEWORK_ROWS, INPUT_SHEETS, SETTINGS, SHEETS, STATUS_LABELS } from '../../src/core/workbook/template';
import { analyse } from '../../src/core/workbook/analyse';
import { isOverdue } from '../../src/core/engine/measure-fields';
import { uncovered, measuresOf, summarizeMeasures } from '../../src/core/engine/progress';
import type { Grid } from '../../src/core/engine/types';
import { PROGRESS_STATUSES } from '../../src/core/engine/types';

const SEED_000 = [94.97, 91.65, 90.55, 90.66, 92.13, 87.52, 79.63, 86.97, 85.28, 87.50];
const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';

const headersOf = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);
const rowsOf = (grid: Grid, header: string, value: unknown): unknown[][] => {
  const i = grid[0].indexOf(header);
  return grid.slice(1).filter((r) => r[i] === value);
};

describe('buildEmptyWorkbook', () => {
  const wb = buildEmptyWorkbook();

  it('has exactly the input sheets, with the template headers, and no generated sheets', () => {
    expect(Object.keys(wb.sheets)).toEqual(INPUT_SHEETS.map((k) => SHEETS[k].th));
    for (const key of INPUT_SHEETS) expect(wb.sheets[SHEETS[key].th][0]).toEqual(headersOf(key));
    expect(wb.sheets[SHEETS.rankings.th]).toBeUndefined();
    expect(wb.sheets[SHEETS.reportLog.th]).toBeUndefined();
  });

  it('holds the default settings and framework, nothing else', () => {
    expect(wb.sheets[SHEETS.settings.th].slice(1)).toEqual(SETTINGS.map((s) => [s.th, s.default, s.note]));
    expect(wb.sheets[SHEETS.indicators.th].slice(1)).toEqual(DEFAULT_FRAMEWORK_ROWS.map((r) => [...r]));
    for (const key of ['units', 'scores', 'measures'] as const) expect(wb.sheets[SHEETS[key].th]).toHaveLength(1);
  });

  it('parses without problems', () => {
    expect(analyse(wb).problems).toEqual([]);
  });
});

describe('buildSampleWorkbook', () => {
  const wb = buildSampleWorkbook();
  const scores = wb.sheets[SHEETS.scores.th];

  it('every input sheet starts with its template headers (user columns only after them)', () => {
    expect(Object.keys(wb.sheets)).toEqual(INPUT_SHEETS.map((k) => SHEETS[k].th));
    for (const key of INPUT_SHEETS) {
      const header = wb.sheets[SHEETS[key].th][0];
      expect(header.slice(0, SHEETS[key].columns.length)).toEqual(headersOf(key));
      expect(header.slice(SHEETS[key].columns.length).every((h) => h === SAMPLE_NOTE_HEADER)).toBe(true);
    }
  });

  it('every grid is rectangular, with no null or undefined cells', () => {
    for (const grid of Object.values(wb.sheets)) {
      for (const row of grid) {
        expect(row).toHaveLength(grid[0].length);
        expect(row.every((v) => v !== null && v !== undefined)).toBe(true);
      }
    }
  });

  it('contains seed 000 real ITA 2565 figures of นิคมคำสร้อย, marked as real', () => {
    const rows = rowsOf(scores, 'หน่วยงาน', NIKHOM).filter((r) => r[1] === 2565);
    const byCode = new Map(rows.map((r) => [String(r[2]), r[3]]));
    SEED_000.forEach((score, i) => expect(byCode.get(String(i + 1))).toBe(score));
    expect(byCode.get('รวม')).toBe(87.57);
    expect(rows).toHaveLength(11);
    for (const r of rows) expect(r[4]).toBe(SAMPLE_REAL_NOTE);
    // Every other score row is marked as demo data.
    expect(scores.slice(1).filter((r) => r[4] === SAMPLE_REAL_NOTE)).toHaveLength(11);
  });

  it('has 4 units with 10 indicator scores for each of ITA 2565–2567', () => {
    const units = wb.sheets[SHEETS.units.th].slice(1).map((r) => r[0]);
    expect(units).toHaveLength(4);
    for (const unit of units) {
      for (const year of [2565, 2566, 2567]) {
        const codes = rowsOf(scores, 'หน่วยงาน', unit).filter((r) => r[1] === year && r[2] !== 'รวม').map((r) => r[2]);
        expect(codes).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      }
    }
  });

  it('is deterministic and never shares Date objects between calls', () => {
    const again = buildSampleWorkbook();
    expect(again).toEqual(wb);
    const measures = wb.sheets[SHEETS.measures.th];
    const col = measures[0].indexOf('แก้ไขล่าสุด');
    expect(measures[1][col]).toBeInstanceOf(Date);
    expect(again.sheets[SHEETS.measures.th][1][col]).not.toBe(measures[1][col]);
  });

  it('uses the seeds\' status variants and Date cells', () => {
    const measures = wb.sheets[SHEETS.measures.th];
    const statuses = new Set(measures.slice(1).map((r) => r[measures[0].indexOf('สถานะ')]));
    for (const s of [...PROGRESS_STATUSES, 'cancelled' as const]) expect(statuses.has(STATUS_LABELS[s])).toBe(true);
    expect(statuses.has('ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘')).toBe(true);
    const doneOn = measures.slice(1).map((r) => r[measures[0].indexOf('วันที่แล้วเสร็จ')]);
    expect(doneOn.some((v) => v instanceof Date)).toBe(true);
    expect(doneOn.some((v) => typeof v === 'string' && v !== '')).toBe(true);
  });

  describe('through the engine', () => {
    const analysis = analyse(wb);
    const asOf = { year: 2025, month: 4, day: 5 };

    it('parses without problems; fiscal year 2568', () => {
      expect(analysis.problems).toEqual([]);
      expect(analysis.workbook.settings.fiscalYear).toBe(2568);
    });

    it('reproduces seed 000: total 87.57, grade A', () => {
      const a = analysis.assessments.find((x) => x.unit === NIKHOM && x.year === 2565);
      expect(a).toMatchObject({ total: 87.57, computedTotal: 87.57, officialTotal: 87.57, level: 'A' });
    });

    it('shows varied levels: below 85, ผ่าน (a tool below 85), ผ่านดี, ผ่านดีเยี่ยม', () => {
      const levels = analysis.assessments.filter((a) => a.year === 2567).map((a) => a.level);
      expect(new Set(levels)).toEqual(new Set(['ต้องปรับปรุง', 'ผ่าน', 'ผ่านดี', 'ผ่านดีเยี่ยม']));
      const pass = analysis.assessments.find((a) => a.year === 2567 && a.level === 'ผ่าน');
      expect(pass?.total).toBeGreaterThanOrEqual(85);
      expect(pass?.tools.EIT).toBeLessThan(85);
    });

    it('has 5–10 measures per unit for 2568, at least one overdue in April 2568', () => {
      for (const unit of analysis.workbook.units) {
        const n = measuresOf(analysis.workbook.measures, unit.name, 2568).length;
        expect(n).toBeGreaterThanOrEqual(5);
        expect(n).toBeLessThanOrEqual(10);
      }
      expect(analysis.workbook.measures.some((m) => isOverdue(m, asOf))).toBe(true);
    });

    it('has one cancelled measure (โป่งน้ำร้อน no. 8), counted apart and left out of the % done', () => {
      const cancelled = analysis.workbook.measures.filter((m) => m.status === 'cancelled');
      expect(cancelled.map((m) => `${m.unit}:${m.no}`)).toEqual(['เทศบาลตำบลโป่งน้ำร้อน:8']);
      expect(isOverdue(cancelled[0], { year: 2025, month: 9, day: 30 })).toBe(false);
      const pong = summarizeMeasures(measuresOf(analysis.workbook.measures, cancelled[0].unit, 2568), asOf);
      expect(pong).toMatchObject({ total: 10, active: 9, byStatus: { done: 5, in_progress: 4, not_started: 0, cancelled: 1 } });
      expect(pong.percentDone).toBe(55.56); // 5 of the 9 active measures, not 5 of 10
    });

    it('leaves exactly one weak ITA 2567 indicator without a measure', () => {
      const gaps = analysis.assessments.filter((a) => a.year === 2567)
        .flatMap((a) => uncovered(a.weak, measuresOf(analysis.workbook.measures, a.unit, 2568)).map((code) => `${a.unit}:${code}`));
      expect(gaps).toEqual(['องค์การบริหารส่วนตำบลหัวเรือ:6']);
    });
  });
});
