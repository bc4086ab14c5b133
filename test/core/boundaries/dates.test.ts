/**
 * Date boundaries, with fixed days (never today): overdue on the due day and the day after; the
 * as-of rule on a round's last day, the day before and the day after; a measure done ON the as-of
 * day; the fiscal year's and the rounds' first and last days. Expected days are written out.
 */
import { asOfDate, isOverdueAsOf, measuresAsOf, statusAt } from '../../../src/core/engine/as-of';
import { isOverdue, parseTimeline } from '../../../src/core/engine/measure-fields';
import { summarizeMeasures } from '../../../src/core/engine/progress';
import { fiscalYearOf, quarterOf, roundRange, toCalendarDate } from '../../../src/core/engine/calendar';
import type { CalendarDate, Measure, Status } from '../../../src/core/engine/types';
import { announcementDate } from '../../../src/core/documents/plan';

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });
const measure = (over: Partial<Measure>): Measure => ({
  unit: 'อบต.ทดสอบ', year: 2568, no: '1', title: 'มาตรการ', indicators: ['7'], method: '', responsible: '', timeline: '',
  followUp: [6], due: null, status: 'not_started', result: '', outcome: '', doneOn: null, updated: null, updatedBy: '', row: 2, ...over,
});

describe('overdue: due day is not late, the day after is', () => {
  const due = d(2025, 3, 31);
  it.each<[Status, CalendarDate, boolean]>([
    ['not_started', d(2025, 3, 30), false], ['not_started', d(2025, 3, 31), false], ['not_started', d(2025, 4, 1), true],
    ['in_progress', d(2025, 3, 31), false], ['in_progress', d(2025, 4, 1), true],
    ['done', d(2025, 4, 1), false], ['cancelled', d(2025, 4, 1), false],
  ])('%s, due 31 Mar 2025, on %j → overdue %p', (status, asOf, expected) => {
    expect(isOverdue({ status, due }, asOf)).toBe(expected);
  });
  it('no due date is never overdue', () => expect(isOverdue({ status: 'not_started', due: null }, d(2031, 12, 31))).toBe(false));
  it('across a year end: due 31 Dec 2024 is late on 1 Jan 2025, not on 31 Dec', () => {
    expect(isOverdue({ status: 'in_progress', due: d(2024, 12, 31) }, d(2024, 12, 31))).toBe(false);
    expect(isOverdue({ status: 'in_progress', due: d(2024, 12, 31) }, d(2025, 1, 1))).toBe(true);
  });
  it('summarizeMeasures counts overdue at the boundary and leaves cancelled out of % done', () => {
    const ms = [
      measure({ due: d(2025, 3, 31) }), measure({ due: d(2025, 3, 30), status: 'in_progress' }),
      measure({ due: d(2025, 3, 1), status: 'done' }), measure({ due: d(2025, 3, 1), status: 'cancelled' }),
    ];
    expect(summarizeMeasures(ms, d(2025, 3, 31))).toEqual({
      total: 4, byStatus: { not_started: 1, in_progress: 1, done: 1, cancelled: 1 }, overdue: 1, active: 3, percentDone: 33.33,
    });
    expect(summarizeMeasures(ms, d(2025, 4, 1)).overdue).toBe(2);
    expect(summarizeMeasures([], d(2025, 4, 1)).percentDone).toBe(0);
    expect(summarizeMeasures([measure({ status: 'done' }), measure({ status: 'done' }), measure({})], d(2025, 4, 1)).percentDone).toBe(66.67);
  });
});

describe('the as-of day of a round: its last day, the day before, the day after', () => {
  // รอบ ๖ เดือน of FY 2568 runs 1 Oct 2024 – 31 Mar 2025.
  it('round 6 of FY 2568 ends 31 Mar 2025; rounds 3, 9, 12 on 31 Dec, 30 Jun, 30 Sep', () => {
    expect(roundRange(2568, 6)).toEqual({ start: d(2024, 10, 1), end: d(2025, 3, 31) });
    expect(roundRange(2568, 3).end).toEqual(d(2024, 12, 31));
    expect(roundRange(2568, 9).end).toEqual(d(2025, 6, 30));
    expect(roundRange(2568, 12).end).toEqual(d(2025, 9, 30));
  });
  it.each<[CalendarDate, CalendarDate]>([
    [d(2025, 3, 30), d(2025, 3, 30)], [d(2025, 3, 31), d(2025, 3, 31)], [d(2025, 4, 1), d(2025, 3, 31)], [d(2026, 6, 1), d(2025, 3, 31)],
    [d(2024, 10, 1), d(2024, 10, 1)],
  ])('today %j → as of %j', (today, expected) => {
    expect(asOfDate({ fiscalYear: 2568, round: 6, today })).toEqual(expected);
  });
  it('an explicit day wins, even one after the round', () => {
    expect(asOfDate({ fiscalYear: 2568, round: 6, today: d(2025, 4, 1), override: d(2025, 4, 15) })).toEqual(d(2025, 4, 15));
  });
});

describe('a measure\'s status on the as-of day', () => {
  const asOf = d(2025, 3, 31);
  const today = d(2025, 6, 1);
  it('done ON the as-of day counts as done that day; done the day after is in progress', () => {
    expect(statusAt(measure({ status: 'done', doneOn: d(2025, 3, 31) }), asOf, today)).toEqual({ status: 'done', uncertain: false });
    expect(statusAt(measure({ status: 'done', doneOn: d(2025, 4, 1) }), asOf, today)).toEqual({ status: 'in_progress', uncertain: false });
    expect(statusAt(measure({ status: 'done', doneOn: d(2025, 3, 30) }), asOf, today)).toEqual({ status: 'done', uncertain: false });
  });
  it('done with no date: last edited on the as-of day → done; the day after → done but uncertain', () => {
    // 31 Mar 2025 23:30 Bangkok is 16:30 UTC: still the 31st where the unit is.
    expect(statusAt(measure({ status: 'done', updated: new Date('2025-03-31T16:30:00Z') }), asOf, today)).toEqual({ status: 'done', uncertain: false });
    expect(statusAt(measure({ status: 'done', updated: new Date('2025-03-31T17:30:00Z') }), asOf, today)).toEqual({ status: 'done', uncertain: true });
    expect(statusAt(measure({ status: 'done' }), asOf, today)).toEqual({ status: 'done', uncertain: true });
  });
  it('done with no date, as of today itself (or later): done, nothing uncertain', () => {
    expect(statusAt(measure({ status: 'done' }), asOf, asOf)).toEqual({ status: 'done', uncertain: false });
    expect(statusAt(measure({ status: 'done' }), d(2025, 4, 1), asOf)).toEqual({ status: 'done', uncertain: false });
  });
  it('other statuses stand whatever the days', () => {
    expect(statusAt(measure({ status: 'in_progress', doneOn: d(2025, 4, 1) }), asOf, today)).toEqual({ status: 'in_progress', uncertain: false });
  });
  it('measuresAsOf keeps the rest of each measure and lists the uncertain ones in order; the input is unchanged', () => {
    const input = [measure({ no: '1', status: 'done', doneOn: d(2025, 4, 1) }), measure({ no: '2', status: 'done' }), measure({ no: '3' })];
    const copy = JSON.parse(JSON.stringify(input));
    const out = measuresAsOf(input, asOf, today);
    expect(out.measures.map((m) => [m.no, m.status])).toEqual([['1', 'in_progress'], ['2', 'done'], ['3', 'not_started']]);
    expect(out.measures[2]).toBe(input[2]);
    expect(out.uncertain.map((m) => m.no)).toEqual(['2']);
    expect(JSON.parse(JSON.stringify(input))).toEqual(copy);
  });
  it('overdue as of a past day is judged on the status that day: done on 1 Apr, due 30 Mar, was overdue on 31 Mar', () => {
    const m = measure({ status: 'done', doneOn: d(2025, 4, 1), due: d(2025, 3, 30) });
    expect(isOverdueAsOf(m, asOf, today)).toBe(true);
    expect(isOverdueAsOf(m, d(2025, 3, 30), today)).toBe(false);
    expect(isOverdueAsOf({ ...m, doneOn: d(2025, 3, 31) }, asOf, today)).toBe(false);
  });
});

describe('fiscal year and quarter edges', () => {
  it.each<[CalendarDate, number, number]>([
    [d(2024, 9, 30), 2567, 4], [d(2024, 10, 1), 2568, 1], [d(2024, 12, 31), 2568, 1], [d(2025, 1, 1), 2568, 2],
    [d(2025, 3, 31), 2568, 2], [d(2025, 4, 1), 2568, 3], [d(2025, 6, 30), 2568, 3], [d(2025, 7, 1), 2568, 4],
  ])('%j is FY %p, quarter %p', (day, fy, q) => {
    expect(fiscalYearOf(day)).toBe(fy);
    expect(quarterOf(day)).toBe(q);
  });
  it('a Bangkok day starts at 17:00 UTC the day before', () => {
    expect(toCalendarDate(new Date('2025-03-31T16:59:59Z'))).toEqual(d(2025, 3, 31));
    expect(toCalendarDate(new Date('2025-03-31T17:00:00Z'))).toEqual(d(2025, 4, 1));
  });
  it('timelines: quarter 2 of FY 2568 is due 31 Mar 2025, quarter 1 on 31 Dec 2024, "ทุกไตรมาส" on 30 Sep 2025', () => {
    expect(parseTimeline('ไตรมาสที่ ๒', 2568)).toEqual({ due: d(2025, 3, 31) });
    expect(parseTimeline('ไตรมาส 1', 2568)).toEqual({ due: d(2024, 12, 31) });
    expect(parseTimeline('ไตรมาส 1-3', 2568)).toEqual({ due: d(2025, 6, 30) });
    expect(parseTimeline('ทุกไตรมาส', 2568)).toEqual({ due: d(2025, 9, 30) });
    expect(parseTimeline('ภายในเดือนกันยายน', 2568)).toEqual({ due: d(2025, 9, 30) });
    expect(parseTimeline('ภายในเดือนตุลาคม', 2568)).toEqual({ due: d(2024, 10, 31) });
    expect(parseTimeline('เดือนตุลาคม และ เดือนกันยายน', 2568)).toEqual({ due: d(2025, 9, 30) });
    expect(parseTimeline('รอบ ๖ เดือน', 2568)).toEqual({ due: d(2025, 3, 31) });
  });
});

describe('the plan\'s announcement date: from 1 July before the fiscal year to its last day', () => {
  it.each<[CalendarDate, boolean]>([[d(2024, 6, 30), false], [d(2024, 7, 1), true], [d(2025, 9, 30), true], [d(2025, 10, 1), false]])(
    'FY 2568, today %j → dated %p', (today, dated) => {
      expect(announcementDate(2568, today)).toEqual(dated ? today : null);
    });
  it('a date given wins', () => expect(announcementDate(2568, d(2026, 1, 1), d(2024, 9, 20))).toEqual(d(2024, 9, 20)));
});
