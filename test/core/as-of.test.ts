import { asOfDate, isOverdueAsOf, measuresAsOf, statusAt } from '../../src/core/engine/as-of';
import { summarizeMeasures } from '../../src/core/engine/progress';
import type { CalendarDate, Measure, Status } from '../../src/core/engine/types';

const cd = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

function measure(status: Status, extra: Partial<Measure> = {}): Measure {
  return {
    unit: 'อบต.ทดสอบ', year: 2566, no: '1', title: 'มาตรการ', indicators: [], method: '', responsible: '', timeline: '',
    followUp: [6, 12], due: null, status, result: '', outcome: '', doneOn: null, updated: null, updatedBy: '', row: 2, ...extra,
  };
}

describe('asOfDate: the day a round report describes', () => {
  // FY 2566 runs 1 Oct 2022 – 30 Sep 2023; round 6 ends 31 Mar 2023 (seed 003).
  it('is the round\'s last day once that day has passed', () => {
    expect(asOfDate({ fiscalYear: 2566, round: 6, today: cd(2023, 6, 15) })).toEqual(cd(2023, 3, 31));
    expect(asOfDate({ fiscalYear: 2566, round: 3, today: cd(2023, 6, 15) })).toEqual(cd(2022, 12, 31));
    expect(asOfDate({ fiscalYear: 2566, round: 12, today: cd(2024, 1, 5) })).toEqual(cd(2023, 9, 30));
  });
  it('is today while the round is running, and on its last day', () => {
    expect(asOfDate({ fiscalYear: 2566, round: 6, today: cd(2023, 2, 10) })).toEqual(cd(2023, 2, 10));
    expect(asOfDate({ fiscalYear: 2566, round: 6, today: cd(2023, 3, 31) })).toEqual(cd(2023, 3, 31));
  });
  it('an explicit date wins', () => {
    expect(asOfDate({ fiscalYear: 2566, round: 6, today: cd(2023, 6, 15), override: cd(2023, 4, 5) })).toEqual(cd(2023, 4, 5));
  });
});

describe('statusAt: a measure on a past day', () => {
  const today = cd(2023, 6, 15);
  const dec31 = cd(2022, 12, 31);
  it('done after the day → in progress on the day (seed 003: done 31 March, round 3 ends 31 December)', () => {
    expect(statusAt(measure('done', { doneOn: cd(2023, 3, 31) }), dec31, today)).toEqual({ status: 'in_progress', uncertain: false });
  });
  it('done on or before the day stays done', () => {
    expect(statusAt(measure('done', { doneOn: cd(2022, 12, 31) }), dec31, today)).toEqual({ status: 'done', uncertain: false });
    expect(statusAt(measure('done', { doneOn: cd(2022, 11, 2) }), dec31, today)).toEqual({ status: 'done', uncertain: false });
  });
  it('done with no date: certain when the row was last edited by the day, uncertain otherwise', () => {
    // 2022-12-20 10:00 Bangkok.
    expect(statusAt(measure('done', { updated: new Date('2022-12-20T03:00:00Z') }), dec31, today)).toEqual({ status: 'done', uncertain: false });
    expect(statusAt(measure('done', { updated: new Date('2023-02-01T03:00:00Z') }), dec31, today)).toEqual({ status: 'done', uncertain: true });
    expect(statusAt(measure('done'), dec31, today)).toEqual({ status: 'done', uncertain: true });
  });
  it('today (or later) is never uncertain', () => {
    expect(statusAt(measure('done'), today, today)).toEqual({ status: 'done', uncertain: false });
  });
  it('other statuses stand', () => {
    for (const s of ['not_started', 'in_progress', 'cancelled'] as Status[]) {
      expect(statusAt(measure(s), dec31, today)).toEqual({ status: s, uncertain: false });
    }
  });
});

describe('measuresAsOf and overdue on the day', () => {
  const today = cd(2023, 6, 15);
  const dec31 = cd(2022, 12, 31);
  const list = [
    measure('done', { no: '1', doneOn: cd(2023, 3, 31), due: cd(2022, 12, 31) }),
    measure('done', { no: '2', doneOn: cd(2022, 12, 1) }),
    measure('done', { no: '3' }),
    measure('in_progress', { no: '4', due: cd(2022, 12, 30) }),
    measure('cancelled', { no: '5', due: cd(2022, 11, 30) }),
  ];
  it('counts the picture of the day, and lists what it could not reconstruct', () => {
    const at = measuresAsOf(list, dec31, today);
    expect(at.measures.map((m) => m.status)).toEqual(['in_progress', 'done', 'done', 'in_progress', 'cancelled']);
    expect(at.uncertain.map((m) => m.no)).toEqual(['3']);
    expect(list[0].status).toBe('done'); // input untouched
    const p = summarizeMeasures(at.measures, dec31);
    expect(p.byStatus).toEqual({ not_started: 0, in_progress: 2, done: 2, cancelled: 1 });
    expect(p.active).toBe(4);
    expect(p.percentDone).toBe(50);
    expect(p.overdue).toBe(1); // no. 4; no. 1 is due on the day itself, no. 5 is cancelled
  });
  it('a measure done after its due day was overdue on a day in between', () => {
    expect(isOverdueAsOf(list[0], cd(2023, 1, 15), today)).toBe(true);
    expect(isOverdueAsOf(list[0], cd(2023, 4, 1), today)).toBe(false);
  });
});
