import { isOverdue, normalizeStatus, parseIndicatorCodes, parseRounds, parseTimeline } from '../../src/core/engine/measure-fields';
import { STATUS_LABELS } from '../../src/core/workbook/template';
import type { CalendarDate } from '../../src/core/engine/types';

const cd = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

describe('normalizeStatus', () => {
  it('blank means not started', () => {
    for (const blank of ['', '  ', null, undefined]) expect(normalizeStatus(blank)).toEqual({ status: 'not_started', doneOn: null });
  });
  it('reads the dropdown labels', () => {
    expect(normalizeStatus(STATUS_LABELS.not_started)?.status).toBe('not_started');
    expect(normalizeStatus(STATUS_LABELS.in_progress)?.status).toBe('in_progress');
    expect(normalizeStatus(STATUS_LABELS.done)?.status).toBe('done');
  });
  it.each([
    ['ยังไม่ดำเนินการ'], ['ยังไม่ได้ดำเนินการ'], ['ยังไม่ เริ่ม'], [' ยังไม่ ดำเนินการ '], ['not started'], ['Not Started'], ['not_started'],
  ])('%s → not started', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'not_started', doneOn: null });
  });
  it.each([
    ['อยู่ระหว่างดำเนินการ'], ['อยู่ระหว่าง ดำเนินการ'], ['ระหว่างดำเนินการ'], ['กำลังดำเนินการ'], ['อยู่ระหว่างการดำเนินการ'],
    ['in progress'], ['In Progress'], ['in_progress'], ['ongoing'],
  ])('%s → in progress', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'in_progress', doneOn: null });
  });
  it.each([
    ['ดำเนินการเรียบร้อยแล้ว'], ['ดำเนินการ เรียบร้อยแล้ว'], ['ดำเนินการแล้ว'], ['ดำเนินการแล้ว.'], ['ดำเนินการแล้วเสร็จ'], ['ดำเนินการเสร็จสิ้น'],
    ['เสร็จสิ้น'], ['เสร็จสิ้นแล้ว'], ['เสร็จแล้ว'], ['แล้วเสร็จ'], ['done'], ['Done'], ['completed'], ['Complete'], ['finished'],
  ])('%s → done', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'done', doneOn: null });
  });
  it.each([
    ['ทำแล้ว'], ['ทำเสร็จแล้ว'], ['ดำเนินการครบถ้วนแล้ว'],
  ])('%s (as staff type it) → done', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'done', doneOn: null });
  });
  it.each([['อยู่ในระหว่างดำเนินการ'], ['กำลังดำเนินการ'], ['กำลังทำ'], ['ดำเนินการอยู่']])('%s (as staff type it) → in progress', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'in_progress', doneOn: null });
  });
  it.each([['ไม่ได้ดำเนินการ'], ['ยังไม่ได้ทำ'], ['รอดำเนินการ']])('%s (as staff type it) → not started', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'not_started', doneOn: null });
  });
  it.each([['ยกเลิก'], ['ยกเลิกแล้ว'], ['ยกเลิกการดำเนินการ'], [' ยกเลิก โครงการ'], ['cancelled'], ['Canceled']])('%s → cancelled', (text) => {
    expect(normalizeStatus(text)).toEqual({ status: 'cancelled', doneOn: null });
  });
  it('reads the dropdown label for cancelled', () => {
    expect(normalizeStatus(STATUS_LABELS.cancelled)?.status).toBe('cancelled');
  });
  it('reads the completion dates of seeds 003 and 004', () => {
    expect(normalizeStatus('ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖')).toEqual({ status: 'done', doneOn: cd(2023, 3, 31) });
    expect(normalizeStatus('ดำเนินการเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖')).toEqual({ status: 'done', doneOn: cd(2023, 3, 31) });
    expect(normalizeStatus('ดำเนินการเมื่อวันที่ ๓ เดือน เมษายน พ.ศ.๒๕๖๖')).toEqual({ status: 'done', doneOn: cd(2023, 4, 3) });
    expect(normalizeStatus('ดำเนินการแล้ว เมื่อ 31/3/2566')).toEqual({ status: 'done', doneOn: cd(2023, 3, 31) });
    expect(normalizeStatus('เสร็จสิ้นเมื่อ ๓๑ มี.ค. ๖๖')).toEqual({ status: 'done', doneOn: cd(2023, 3, 31) });
    expect(normalizeStatus('done on 2023-03-31')).toEqual({ status: 'done', doneOn: cd(2023, 3, 31) });
  });
  it('a done text with an unreadable date is reported, not guessed', () => {
    expect(normalizeStatus('ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน กุมภาพันธ์ พ.ศ.๒๕๖๖')).toBeNull();
    expect(normalizeStatus('ดำเนินการเมื่อ')).toBeNull();
  });
  it.each([
    ['/'], ['✓'], ['ดำเนินการ'], ['ดำเนินการแล้ว รายงานผู้บริหาร เพื่อเผยแพร่บนเว็บไซต์'], ['ยังไม่แน่ใจ'], ['x'], ['pending?'],
  ])('%s is not a status', (text) => {
    expect(normalizeStatus(text)).toBeNull();
  });
  it('non-text cells are not statuses', () => {
    expect(normalizeStatus(1)).toBeNull();
    expect(normalizeStatus(true)).toBeNull();
    expect(normalizeStatus(new Date())).toBeNull();
  });
});

describe('parseTimeline', () => {
  const fy = 2566;
  const fyEnd = cd(2023, 9, 30);
  it('blank → no due date', () => {
    expect(parseTimeline('', fy)).toEqual({ due: null });
    expect(parseTimeline(null, fy)).toEqual({ due: null });
    expect(parseTimeline(undefined, fy)).toEqual({ due: null });
    expect(parseTimeline('  ', fy)).toEqual({ due: null });
  });
  it.each([
    ['ไตรมาสที่ ๔', cd(2023, 9, 30)],
    ['ไตรมาสที่ ๒', cd(2023, 3, 31)],
    ['ไตรมาส ๑', cd(2022, 12, 31)],
    ['ไตรมาส 1', cd(2022, 12, 31)],
    ['ไตรมาส3', cd(2023, 6, 30)],
    ['ไตรมาส 1-2', cd(2023, 3, 31)],
    ['ไตรมาส ๑ – ๓', cd(2023, 6, 30)],
    ['ไตรมาสที่ 1 และ ไตรมาสที่ 2', cd(2023, 3, 31)],
    ['ไตรมาส 2, 4', cd(2023, 9, 30)],
    ['ไตรมาส 1 (ต.ค.-ธ.ค.)', cd(2022, 12, 31)],
    ['Q2', cd(2023, 3, 31)],
    ['Q1-Q3', cd(2023, 6, 30)],
    ['quarter 4', cd(2023, 9, 30)],
  ])('%s → end of the last quarter', (text, due) => {
    expect(parseTimeline(text, fy)).toEqual({ due });
  });
  it.each([['ทุกไตรมาส'], ['ตลอดปีงบประมาณ'], ['ตลอดปีงบประมาณ ๒๕๖๖'], ['ตลอดปี'], ['ทุกเดือน'], ['ทุก ๖ เดือน'], ['every quarter']])(
    '%s → end of the fiscal year', (text) => {
      expect(parseTimeline(text, fy)).toEqual({ due: fyEnd });
    });
  it('follow-up rhythms written as a timeline → end of the last round', () => {
    expect(parseTimeline('รอบ ๖ เดือน / รอบ ๑๒ เดือน', fy)).toEqual({ due: fyEnd });
    expect(parseTimeline('-รอบ ๓ เดือน -รอบ ๖ เดือน', fy)).toEqual({ due: cd(2023, 3, 31) });
    expect(parseTimeline('รอบ 5 เดือน', fy)).toBe('invalid');
  });
  it('dates', () => {
    expect(parseTimeline('31/3/2566', fy)).toEqual({ due: cd(2023, 3, 31) });
    expect(parseTimeline('๓๑ มีนาคม ๒๕๖๖', fy)).toEqual({ due: cd(2023, 3, 31) });
    expect(parseTimeline(new Date('2023-03-30T17:00:00Z'), fy)).toEqual({ due: cd(2023, 3, 31) });
    expect(parseTimeline(45016, fy)).toEqual({ due: cd(2023, 3, 31) });
    expect(parseTimeline('31/2/2566', fy)).toBe('invalid');
    expect(parseTimeline(new Date('x'), fy)).toBe('invalid');
  });
  it('months → end of that month within the fiscal year', () => {
    expect(parseTimeline('ภายในเดือนมกราคม', fy)).toEqual({ due: cd(2023, 1, 31) });
    expect(parseTimeline('ภายในเดือนกุมภาพันธ์', 2567)).toEqual({ due: cd(2024, 2, 29) });
    expect(parseTimeline('เดือนธันวาคม', fy)).toEqual({ due: cd(2022, 12, 31) });
    expect(parseTimeline('ตุลาคม', fy)).toEqual({ due: cd(2022, 10, 31) });
    expect(parseTimeline('ภายในเดือนตุลาคม ๒๕๖๕', fy)).toEqual({ due: cd(2022, 10, 31) });
    expect(parseTimeline('ภายในเดือนเมษายน ๒๕๖๖', fy)).toEqual({ due: cd(2023, 4, 30) });
  });
  it('several months → the latest in fiscal order (October comes first)', () => {
    expect(parseTimeline('ภายในเดือนเมษายน และ เดือนตุลาคม ของทุกปี', fy)).toEqual({ due: cd(2023, 4, 30) });
    expect(parseTimeline('ภายในเดือนมีนาคม และเดือนกันยายน', fy)).toEqual({ due: cd(2023, 9, 30) });
  });
  it.each([['เร็วที่สุด'], ['ไตรมาส 5'], ['ไตรมาส'], ['ไตรมาส 1-'], ['ภายในเดือนเมษายน เพื่อรายงานผู้บริหาร'], ['asap'], [true]])(
    '%s → invalid', (value) => {
      expect(parseTimeline(value, fy)).toBe('invalid');
    });
});

describe('parseRounds', () => {
  it('blank → none', () => {
    expect(parseRounds('')).toEqual([]);
    expect(parseRounds(null)).toEqual([]);
    expect(parseRounds(undefined)).toEqual([]);
  });
  it.each<[unknown, number[]]>([
    ['6, 12', [6, 12]],
    ['12,6', [6, 12]],
    ['3 6 9 12', [3, 6, 9, 12]],
    ['6/12', [6, 12]],
    ['๖, ๑๒', [6, 12]],
    ['6 เดือน, 12 เดือน', [6, 12]],
    ['6 months, 12 months', [6, 12]],
    ['6-month, 12-month', [6, 12]],
    ['รอบ ๖ เดือน / รอบ ๑๒ เดือน', [6, 12]],
    ['-รอบ ๓ เดือน -รอบ ๖ เดือน', [3, 6]],
    ['รายงานผลการดำเนินงานตามมาตรการ -รอบ ๓ เดือน -รอบ ๖ เดือน -รอบ ๙ เดือน -รอบ ๑๒ เดือน', [3, 6, 9, 12]],
    ['รายงานผลการดำเนินงานตามมาตรการ -รอบ ๖ เดือน -รอบ ๑๒ เดือน', [6, 12]],
    ['- รอบ ๖ เดือน - รอบ ๑๒ เดือน', [6, 12]],
    ['รอบ 6 เดือน และ 12 เดือน', [6, 12]],
    ['รอบ 6, 12 เดือน', [6, 12]],
    ['รอบ 6 เดือน, รอบ 6 เดือน', [6]],
    ['ทุก ๖ เดือน', [6, 12]],
    ['ทุก 3 เดือน', [3, 6, 9, 12]],
    ['ทุกไตรมาส', [3, 6, 9, 12]],
    [6, [6]],
    [12, [12]],
  ])('%s → %j', (value, rounds) => {
    expect(parseRounds(value)).toEqual(rounds);
  });
  it.each<[unknown]>([[5], [0], [6.5], ['4'], ['6, 7'], ['รอบ 5 เดือน'], ['ติดตามผล'], ['รอบ'], ['ทุก 4 เดือน'], [true]])(
    '%s → invalid', (value) => {
      expect(parseRounds(value)).toBe('invalid');
    });
});

describe('isOverdue', () => {
  const asOf = cd(2023, 4, 1);
  it('late when the due day has passed and the measure is not done', () => {
    expect(isOverdue({ status: 'not_started', due: cd(2023, 3, 31) }, asOf)).toBe(true);
    expect(isOverdue({ status: 'in_progress', due: cd(2022, 12, 31) }, asOf)).toBe(true);
  });
  it('never late when done, undated or due today or later', () => {
    expect(isOverdue({ status: 'done', due: cd(2023, 3, 31) }, asOf)).toBe(false);
    expect(isOverdue({ status: 'cancelled', due: cd(2023, 3, 31) }, asOf)).toBe(false);
    expect(isOverdue({ status: 'not_started', due: null }, asOf)).toBe(false);
    expect(isOverdue({ status: 'in_progress', due: cd(2023, 4, 1) }, asOf)).toBe(false);
    expect(isOverdue({ status: 'in_progress', due: cd(2023, 9, 30) }, asOf)).toBe(false);
  });
});

describe('parseIndicatorCodes', () => {
  it.each<[unknown, string[]]>([
    ['7, 9', ['7', '9']],
    ['7,9,10', ['7', '9', '10']],
    ['ตัวชี้วัดที่ ๗', ['7']],
    ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', ['10']],
    ['๙, ๑๐', ['9', '10']],
    ['9 และ 10', ['9', '10']],
    ['10, 9, 10', ['10', '9']],
    ['07', ['7']],
    ['9.1', ['9.1']],
    [7, ['7']],
    ['', []],
    [null, []],
    ['ไม่มี', []],
  ])('%s → %j', (value, codes) => {
    expect(parseIndicatorCodes(value)).toEqual(codes);
  });
});
