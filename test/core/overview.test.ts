/** The district overview: the seed and sample workbooks, and its edge cases. */
import { analyse } from '../../src/core/workbook/analyse';
import { buildOverview, compareAttention, overviewJson, overviewPeriod, roundDueAt, type UnitOverview } from '../../src/core/views/overview';
import { readReportLog, logRow } from '../../src/core/workbook/report-log';
import { type ReportLogEntry } from '../../src/core/views/sidebar-api';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import type { CalendarDate, WorkbookGrids } from '../../src/core/engine/types';
import { SEED000_SCORES, SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const cd = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
/** A cell as Apps Script gives it for Bangkok: local midnight (or the given hour). */
const bkk = (y: number, m: number, d: number, h = 0): Date => new Date(Date.UTC(y, m - 1, d, h - 7));
const head = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);

const OTHER = 'เทศบาลตำบลทดสอบ';
const EMPTY = 'อบต.ไม่มีมาตรการ';

interface Row { unit?: string; year?: number; timeline?: string; status?: string; doneOn?: Date | ''; updated?: Date | '' }
/** A measures row in the template's column order. */
const measure = (no: number, r: Row): unknown[] => [
  r.unit ?? SEED000_UNIT, r.year ?? 2566, no, `มาตรการที่ ${no}`, '7', 'วิธีการ', 'สำนักปลัด', r.timeline ?? 'ไตรมาส 2', '6, 12',
  r.status ?? '', '', '', r.doneOn ?? '', r.updated ?? '', '',
];

/** Seed 000's unit (ITA 2565 scores) with FY 2566 measures, a second unit with scores for 2565 too, a unit with nothing. */
function workbook(measures: unknown[][], settings: Record<string, unknown> = {}): WorkbookGrids {
  const scores = [head('scores'),
    ...Object.entries(SEED000_SCORES).map(([code, s]) => [SEED000_UNIT, 2565, code, s]),
    ...Object.entries(SEED000_SCORES).map(([code, s]) => [OTHER, 2565, code, s - 10])];
  return seedWorkbook({ units: [SEED000_UNIT, OTHER, EMPTY], scores, measures: [head('measures'), ...measures], settings });
}

const byUnit = (units: UnitOverview[], name: string): UnitOverview => units.find((u) => u.unit === name) as UnitOverview;

function logEntry(unit: string, year: number, round: number | null, kind: 'progress' | 'plan', time = '2023-04-05T03:00:00.000Z', link = 'https://docs.google.com/document/d/abc'): ReportLogEntry {
  return { time, unit, year, round, link, by: 'a@example.com', kind, asOf: '', sharedWith: '', note: '' };
}

describe('the period: fiscal year, round, as-of day', () => {
  const a = analyse(workbook([]));
  it('the round a day looks back on: the latest ended, 3 while the first runs, 12 after the year', () => {
    expect(roundDueAt(2566, cd(2022, 11, 1))).toBe(3);
    expect(roundDueAt(2566, cd(2022, 12, 31))).toBe(3);
    expect(roundDueAt(2566, cd(2023, 1, 1))).toBe(3);
    expect(roundDueAt(2566, cd(2023, 3, 31))).toBe(3);
    expect(roundDueAt(2566, cd(2023, 4, 1))).toBe(6);
    expect(roundDueAt(2566, cd(2023, 7, 20))).toBe(9);
    expect(roundDueAt(2566, cd(2024, 2, 1))).toBe(12);
  });
  it('nothing asked: today, with the report of the round last ended', () => {
    expect(overviewPeriod(a, { today: cd(2023, 5, 10), fiscalYear: 2566 })).toEqual({ fiscalYear: 2566, round: 6, asOf: cd(2023, 5, 10), roundEnded: true });
    expect(overviewPeriod(a, { today: cd(2022, 11, 10), fiscalYear: 2566 })).toEqual({ fiscalYear: 2566, round: 3, asOf: cd(2022, 11, 10), roundEnded: false });
    // A year already over: its last day, and the 12-month report.
    expect(overviewPeriod(a, { today: cd(2024, 12, 2), fiscalYear: 2566 })).toEqual({ fiscalYear: 2566, round: 12, asOf: cd(2023, 9, 30), roundEnded: true });
  });
  it('a round: its as-of day as the report has it (its last day once passed, today before)', () => {
    expect(overviewPeriod(a, { today: cd(2023, 5, 10), fiscalYear: 2566, round: 6 })).toEqual({ fiscalYear: 2566, round: 6, asOf: cd(2023, 3, 31), roundEnded: true });
    expect(overviewPeriod(a, { today: cd(2023, 5, 10), fiscalYear: 2566, round: 9 })).toEqual({ fiscalYear: 2566, round: 9, asOf: cd(2023, 5, 10), roundEnded: false });
  });
  it('a day: that day, the round last ended before it', () => {
    expect(overviewPeriod(a, { today: cd(2023, 8, 1), fiscalYear: 2566, asOf: cd(2023, 1, 15) })).toEqual({ fiscalYear: 2566, round: 3, asOf: cd(2023, 1, 15), roundEnded: true });
  });
  it('the fiscal year: Settings, else the one of today', () => {
    expect(overviewPeriod(analyse(workbook([], { fiscal_year: 2566 })), { today: cd(2024, 12, 1) }).fiscalYear).toBe(2566);
    expect(overviewPeriod(a, { today: cd(2024, 12, 1) }).fiscalYear).toBe(2568);
  });
});

describe('seed 000: one unit, ITA 2565 (87.57, A), no measures yet', () => {
  const o = buildOverview(analyse(seedWorkbook()), [], { today: cd(2023, 5, 10), fiscalYear: 2566 });
  it('lists the unit with its result and the flags no measures and no report', () => {
    expect(o.units).toHaveLength(1);
    expect(o.units[0]).toMatchObject({
      unit: SEED000_UNIT, itaYear: 2565, total: 87.57, level: 'A', levelKey: 'A',
      measures: 0, done: 0, inProgress: 0, notStarted: 0, cancelled: 0, overdue: 0, percentDone: 0, reported: null, lastEdit: null,
      flags: ['noMeasures', 'noReport'],
    });
    expect(o.needingAttention).toBe(1);
  });
  it('FY 2565\'s measures answer no earlier result: no scores', () => {
    const o2 = buildOverview(analyse(seedWorkbook()), [], { today: cd(2022, 5, 10), fiscalYear: 2565 });
    expect(o2.units[0]).toMatchObject({ itaYear: null, total: null, level: null, flags: ['noMeasures', 'noReport', 'noScores'] });
  });
});

describe('counts on the as-of day', () => {
  // FY 2566: round 6 ends 31 Mar 2023; today 10 May 2023.
  const today = cd(2023, 5, 10);
  const rows = [
    measure(1, { status: 'ดำเนินการเรียบร้อยแล้ว', doneOn: bkk(2023, 2, 1), updated: bkk(2023, 2, 1, 9) }),
    // Done in April: in progress on 31 March; due Q2 (31 Mar) → not overdue on the 31st itself.
    measure(2, { status: 'ดำเนินการแล้ว', doneOn: bkk(2023, 4, 20), updated: bkk(2023, 4, 20, 10) }),
    measure(3, { status: 'อยู่ระหว่างดำเนินการ', timeline: 'ไตรมาส 1', updated: bkk(2023, 3, 1) }), // due 31 Dec: overdue
    measure(4, { status: 'ยังไม่ดำเนินการ', timeline: 'ไตรมาส 3' }),
    measure(5, { status: 'ยกเลิก', timeline: 'ไตรมาส 1' }), // cancelled: never overdue, out of % done
    measure(6, { year: 2567, status: 'ยังไม่ดำเนินการ', timeline: 'ไตรมาส 1' }), // another fiscal year: not counted
    measure(1, { unit: OTHER, status: 'ดำเนินการเรียบร้อยแล้ว', doneOn: bkk(2023, 1, 5), updated: bkk(2023, 5, 2, 8) }),
  ];
  const a = analyse(workbook(rows));

  it('round 6: statuses as they stood on 31 March, cancelled apart, % of the active ones', () => {
    expect(a.problems).toEqual([]);
    const o = buildOverview(a, [], { today, fiscalYear: 2566, round: 6 });
    expect(o.asOf).toEqual(cd(2023, 3, 31));
    expect(byUnit(o.units, SEED000_UNIT)).toMatchObject({
      measures: 5, done: 1, inProgress: 2, notStarted: 1, cancelled: 1, overdue: 1, percentDone: 25, flags: ['overdue', 'noReport'],
    });
    expect(byUnit(o.units, SEED000_UNIT).lastEdit).toEqual(bkk(2023, 4, 20, 10));
  });

  it('today (nothing asked): measure 2 is done now, measure 3 still overdue', () => {
    const o = buildOverview(a, [], { today, fiscalYear: 2566 });
    expect(o.asOf).toEqual(today);
    expect(byUnit(o.units, SEED000_UNIT)).toMatchObject({ done: 2, inProgress: 1, notStarted: 1, cancelled: 1, overdue: 1, percentDone: 50 });
  });

  it('everything done: 100 %, no flag once the round\'s report is in the log', () => {
    const log = [logEntry(OTHER, 2566, 6, 'progress')];
    const other = byUnit(buildOverview(a, log, { today, fiscalYear: 2566, round: 6 }).units, OTHER);
    expect(other).toMatchObject({ measures: 1, done: 1, percentDone: 100, overdue: 0, total: 77.57, flags: [] });
    expect(other.reported).toEqual({ link: 'https://docs.google.com/document/d/abc', date: cd(2023, 4, 5) });
  });

  it('a round not yet ended: no report is due, so no report flag', () => {
    const o = buildOverview(a, [], { today, fiscalYear: 2566, round: 9 });
    expect(o.roundEnded).toBe(false);
    expect(o.units.every((u) => !u.flags.includes('noReport'))).toBe(true);
    expect(byUnit(o.units, OTHER).flags).toEqual([]);
  });

  it('a unit with no measures and no scores is listed, with both flags, first', () => {
    const o = buildOverview(a, [], { today, fiscalYear: 2566, round: 9 });
    expect(o.units[0]).toMatchObject({ unit: EMPTY, measures: 0, percentDone: 0, itaYear: null, flags: ['noMeasures', 'noScores'] });
    expect(o.units.map((u) => u.unit)).toEqual([EMPTY, SEED000_UNIT, OTHER]);
  });

  it('the log: only that year\'s round, only progress reports (a plan is not a round report), names matched leniently, the latest wins', () => {
    const late = logEntry(`  ${SEED000_UNIT} `, 2566, 6, 'progress', '2023-04-30T18:00:00.000Z', 'https://docs.google.com/document/d/new');
    const log = [
      logEntry(SEED000_UNIT, 2566, null, 'plan'),
      logEntry(SEED000_UNIT, 2566, 3, 'progress'),
      logEntry(SEED000_UNIT, 2565, 6, 'progress'),
      late,
      logEntry(SEED000_UNIT, 2566, 6, 'progress', '2023-04-02T01:00:00.000Z', 'https://docs.google.com/document/d/old'),
    ];
    const mine = byUnit(buildOverview(a, log, { today, fiscalYear: 2566, round: 6 }).units, SEED000_UNIT);
    // 18:00 UTC on 30 April is 1 May in Bangkok.
    expect(mine.reported).toEqual({ link: 'https://docs.google.com/document/d/new', date: cd(2023, 5, 1) });
    expect(mine.flags).toEqual(['overdue']);
    const planOnly = byUnit(buildOverview(a, [logEntry(SEED000_UNIT, 2566, 6, 'plan')], { today, fiscalYear: 2566, round: 6 }).units, SEED000_UNIT);
    expect(planOnly.reported).toBeNull();
  });

  it('reads the log as the report paths write it (logRow → readReportLog)', () => {
    const { header, row } = logRow([], {
      time: new Date('2023-04-05T03:00:00Z'), unit: OTHER, year: 2566, round: 6, link: 'https://docs.google.com/document/d/x', by: 'a@example.com',
      kind: 'progress', asOf: cd(2023, 3, 31), sharedWith: '', note: '',
    });
    const grids = workbook(rows);
    grids.sheets[SHEETS.reportLog.th] = [header, row];
    const o = buildOverview(analyse(grids), readReportLog(grids), { today, fiscalYear: 2566, round: 6 });
    expect(byUnit(o.units, OTHER).reported).toEqual({ link: 'https://docs.google.com/document/d/x', date: cd(2023, 4, 5) });
  });

  it('JSON: the documented keys, dates as YYYY-MM-DD, flags as English keys', () => {
    const json = overviewJson(buildOverview(a, [logEntry(OTHER, 2566, 6, 'progress')], { today, fiscalYear: 2566, round: 6 }));
    expect(Object.keys(json)).toEqual(['fiscalYear', 'asOf', 'units']);
    expect(json.asOf).toBe('2023-03-31');
    expect(json.units.map((u) => u.unit)).toEqual([EMPTY, SEED000_UNIT, OTHER]);
    expect(json.units[1]).toEqual({
      unit: SEED000_UNIT, itaYear: 2565, total: 87.57, level: 'A', measures: 5, done: 1, inProgress: 2, notStarted: 1, cancelled: 1,
      overdue: 1, percentDone: 25, reported: null, lastEdit: '2023-04-20', flags: ['overdue', 'noReport'],
    });
    expect(json.units[2].reported).toEqual({ link: 'https://docs.google.com/document/d/abc', date: '2023-04-05' });
    expect(json.units[0].lastEdit).toBeNull();
  });
});

describe('attention order', () => {
  const unit = (name: string, flags: UnitOverview['flags'], overdue = 0, percentDone = 0): UnitOverview => ({
    unit: name, itaYear: 2565, total: 90, level: 'A', levelKey: 'A', measures: 5, done: 0, inProgress: 0, notStarted: 0, cancelled: 0,
    overdue, percentDone, uncertain: 0, reported: null, lastEdit: null, flags,
  });
  it('most serious flag first, then more flags, more overdue, lower % done; sheet order otherwise', () => {
    const list = [
      unit('ok-1', [], 0, 90), unit('noScores', ['noScores']), unit('late-1', ['overdue'], 1, 50), unit('late-3', ['overdue'], 3, 80),
      unit('late+report', ['overdue', 'noReport'], 1, 90), unit('none', ['noMeasures', 'noReport']), unit('report', ['noReport'], 0, 10),
      unit('ok-2', [], 0, 40), unit('ok-3', [], 0, 40),
    ];
    expect([...list].sort(compareAttention).map((u) => u.unit)).toEqual([
      'none', 'late+report', 'late-3', 'late-1', 'report', 'noScores', 'ok-2', 'ok-3', 'ok-1',
    ]);
  });
});

describe('the sample workbook (4 seed units, FY 2568)', () => {
  const a = analyse(buildSampleWorkbook());
  it('as of the 6-month round: every unit answers ITA 2567; overdue ones first', () => {
    const o = buildOverview(a, [], { today: cd(2025, 4, 20), round: 6 });
    expect(o.fiscalYear).toBe(2568);
    expect(o.asOf).toEqual(cd(2025, 3, 31));
    expect(o.units.map((u) => u.itaYear)).toEqual([2567, 2567, 2567, 2567]);
    expect(o.units.every((u) => u.flags.includes('noReport'))).toBe(true);
    const overdueFirst = o.units.map((u) => u.flags.includes('overdue'));
    expect(overdueFirst).toEqual([...overdueFirst].sort((x, y) => Number(y) - Number(x)));
    for (const u of o.units) expect(u.done + u.inProgress + u.notStarted + u.cancelled).toBe(u.measures);
    // นาเลียง: measure 6 (ไตรมาส ๑, in progress) is overdue, as the sample says; 2567 is ผ่านดีเยี่ยม 96.60.
    expect(byUnit(o.units, 'องค์การบริหารส่วนตำบลนาเลียง')).toMatchObject({ total: 96.6, level: 'ผ่านดีเยี่ยม', measures: 7, overdue: 1 });
  });
});

describe('date-time cells of the JSON grid form (instantOf)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { instantOf } = require('../../src/core/engine/values') as typeof import('../../src/core/engine/values');
  it('reads Dates, zoned ISO text and bare days (Bangkok midnight); refuses the rest', () => {
    expect(instantOf(bkk(2025, 4, 1, 14))).toEqual(bkk(2025, 4, 1, 14));
    expect(instantOf('2025-04-01T14:05:00+07:00')).toEqual(new Date('2025-04-01T07:05:00Z'));
    expect(instantOf('2025-04-01T07:05:00.000Z')).toEqual(new Date('2025-04-01T07:05:00Z'));
    expect(instantOf('2025-04-01')).toEqual(bkk(2025, 4, 1));
    expect(instantOf('2025-04-01 14:05')).toEqual(new Date('2025-04-01T07:05:00Z'));
    for (const bad of ['', 'เมื่อวาน', '1/4/2568', 45000, null, new Date(NaN)]) expect(instantOf(bad)).toBeNull();
  });
  it('so a JSON workbook has its last edit too', () => {
    const grids = workbook([measure(1, { status: 'ยังไม่ดำเนินการ' })]);
    grids.sheets['มาตรการ'][1][13] = '2023-04-02T09:30:00+07:00';
    const o = buildOverview(analyse(grids), [], { today: cd(2023, 5, 10), fiscalYear: 2566 });
    expect(overviewJson(o).units.find((u) => u.unit === SEED000_UNIT)?.lastEdit).toBe('2023-04-02');
  });
});
