/** onEdit stamps แก้ไขล่าสุด / ผู้แก้ไข on edited Measures rows, in one write, ignoring the rest. */
import { stampEdit } from '../../src/gas/on-edit';
import { SHEETS } from '../../src/core/workbook/template';
import { seedWorkbook, SEED000_UNIT } from '../fixtures/seed000';
import { fakeEnv, type Env } from './helpers';
import type { FakeRange } from './fakes';

const NOW = new Date('2024-03-31T07:05:00Z');
const measureRow = (i: number) => [SEED000_UNIT, 2566, i, `มาตรการที่ ${i}`, '9', 'วิธีการ', 'สำนักปลัด', 'ไตรมาส 2', '6', 'อยู่ระหว่างดำเนินการ', '', '', '', '', ''];
const UPDATED = 14; // N
const BY = 15; // O

let env: Env;
afterEach(() => env.uninstall());

function withMeasures(rows: number): Env {
  return fakeEnv(seedWorkbook({ measures: [SHEETS.measures.columns.map((c) => c.th), ...Array.from({ length: rows }, (_, i) => measureRow(i + 1))] }));
}

/** An edit event as Sheets passes it: the edited range and the spreadsheet (user only when shared). */
const editEvent = (range: FakeRange, user?: string) =>
  ({ range, source: env.ss, user: user === undefined ? undefined : { getEmail: () => user } }) as never;

describe('onEdit stamping', () => {
  it('stamps the edited row with the time and the editor\'s e-mail', () => {
    env = withMeasures(5);
    const sheet = env.ss._sheet('มาตรการ');
    const range = sheet.getRange(3, 10);
    range.setValue('ดำเนินการเรียบร้อยแล้ว');
    env.calls.reset();
    expect(stampEdit(editEvent(range, 'somchai@example.go.th'), NOW)).toBe(1);
    expect(sheet.getRange(3, UPDATED, 1, 2).getValues()).toEqual([[NOW, 'somchai@example.go.th']]);
    expect(sheet.getRange(2, UPDATED, 1, 2).getValues()).toEqual([['', '']]);
    expect(sheet.getRange(4, UPDATED, 1, 2).getValues()).toEqual([['', '']]);
  });

  it('falls back to Session, and to no e-mail when Google does not share it', () => {
    env = withMeasures(2);
    const sheet = env.ss._sheet('มาตรการ');
    env.session.email = '';
    stampEdit(editEvent(sheet.getRange(2, 4)), NOW);
    expect(sheet.getRange(2, UPDATED, 1, 2).getValues()).toEqual([[NOW, '']]);
  });

  it('a 1,000-row paste: one read of the header, one of the rows, one write — no per-row calls', () => {
    env = withMeasures(1000);
    const sheet = env.ss._sheet('มาตรการ');
    const paste = sheet.getRange(2, 1, 1000, 12);
    env.calls.reset();
    const started = Date.now();
    expect(stampEdit(editEvent(paste, 'a@b.th'), NOW)).toBe(1000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.calls.count('Range.getValues')).toBe(2);
    expect(env.calls.total).toBeLessThanOrEqual(15);
    const stamps = sheet.getRange(2, UPDATED, 1000, 2).getValues();
    expect(stamps.every(([d, who]) => d instanceof Date && d.getTime() === NOW.getTime() && who === 'a@b.th')).toBe(true);
  });

  it('the same number of calls for 1 row as for 1,000', () => {
    env = withMeasures(1000);
    const sheet = env.ss._sheet('มาตรการ');
    env.calls.reset();
    stampEdit(editEvent(sheet.getRange(2, 4), 'a@b.th'), NOW);
    const one = env.calls.snapshot();
    env.calls.reset();
    stampEdit(editEvent(sheet.getRange(2, 1, 1000, 4), 'a@b.th'), NOW);
    expect(env.calls.snapshot()).toEqual(one);
  });

  it('clears the stamps of a row the edit emptied, instead of leaving a date-only row', () => {
    env = withMeasures(3);
    const sheet = env.ss._sheet('มาตรการ');
    stampEdit(editEvent(sheet.getRange(2, 1, 3, 15), 'a@b.th'), NOW);
    const row3 = sheet.getRange(3, 1, 1, 15);
    row3.clearContent();
    sheet.getRange(3, UPDATED, 1, 2).setValues([[NOW, 'a@b.th']]);
    stampEdit(editEvent(row3, 'a@b.th'), NOW);
    expect(sheet.getRange(3, 1, 1, 15).getValues()[0].every((v) => v === '')).toBe(true);
    expect(sheet.getRange(2, UPDATED).getValue()).toEqual(NOW);
  });

  it('ignores other sheets, the header row and its own columns', () => {
    env = withMeasures(3);
    const measures = env.ss._sheet('มาตรการ');
    const cases = [
      env.ss._sheet('คะแนน').getRange(2, 4), // another sheet
      measures.getRange(1, 4), // the header
      measures.getRange(2, UPDATED), // แก้ไขล่าสุด itself
      measures.getRange(2, UPDATED, 2, 2), // both stamp columns
    ];
    for (const range of cases) {
      env.calls.reset();
      expect(stampEdit(editEvent(range, 'a@b.th'), NOW)).toBe(0);
      expect(env.calls.count('Range.setValues')).toBe(0);
    }
    expect(measures.getRange(2, UPDATED, 3, 2).getValues().flat().every((v) => v === '')).toBe(true);
  });

  it('stamps the row range only from row 2 when a paste covers the header too', () => {
    env = withMeasures(2);
    const sheet = env.ss._sheet('มาตรการ');
    expect(stampEdit(editEvent(sheet.getRange(1, 4, 3, 1), 'a@b.th'), NOW)).toBe(2);
    expect(sheet.getRange(1, UPDATED).getValue()).toBe('แก้ไขล่าสุด');
  });

  it('writes each stamp column separately when they are apart, and only those present', () => {
    const header = SHEETS.measures.columns.map((c) => c.th).filter((h) => h !== 'ผู้แก้ไข');
    header.splice(3, 0, 'ผู้แก้ไข');
    env = fakeEnv(seedWorkbook({ measures: [header, [SEED000_UNIT, 2566, 1, '', 'ม.1', '9', '', '', '', '', '', '', '', '', '']] }));
    const sheet = env.ss._sheet('มาตรการ');
    env.calls.reset();
    stampEdit(editEvent(sheet.getRange(2, 5), 'a@b.th'), NOW);
    expect(env.calls.count('Range.setValues')).toBe(2);
    expect(sheet.getRange(2, 4).getValue()).toBe('a@b.th');
    expect(sheet.getRange(2, 15).getValue()).toEqual(NOW);
  });

  it('when another run holds the lock: no write, a toast says the rows were not stamped', () => {
    env = withMeasures(2);
    env.lock.state.heldByOther = true;
    const sheet = env.ss._sheet('มาตรการ');
    expect(stampEdit(editEvent(sheet.getRange(2, 4), 'a@b.th'), NOW)).toBe(0);
    expect(sheet.getRange(2, UPDATED).getValue()).toBe('');
    expect(env.ss.toasts[0].message).toContain('ยังไม่ได้บันทึกเวลาแก้ไข');
    expect(env.lock.state.waits[0]).toBeLessThanOrEqual(10_000); // far inside the 30 s of a simple trigger
  });

  it('as the simple trigger it is (AuthMode.LIMITED): stamps the time, and no e-mail where Google shares none', () => {
    env = fakeEnv(seedWorkbook({ measures: [SHEETS.measures.columns.map((c) => c.th), measureRow(1)] }), 'LIMITED');
    const sheet = env.ss._sheet('มาตรการ');
    expect(stampEdit(editEvent(sheet.getRange(2, 10)), NOW)).toBe(1);
    expect(sheet.getRange(2, UPDATED, 1, 2).getValues()).toEqual([[NOW, '']]);
  });

  it('still stamps when LockService is refused to the trigger, instead of failing the edit', () => {
    env = withMeasures(2);
    Object.assign(env.lock, { getDocumentLock: () => { throw new Error('Exception: You do not have permission to call LockService.getDocumentLock.'); } });
    const sheet = env.ss._sheet('มาตรการ');
    expect(stampEdit(editEvent(sheet.getRange(3, 10), 'a@b.th'), NOW)).toBe(1);
    expect(sheet.getRange(3, UPDATED, 1, 2).getValues()).toEqual([[NOW, 'a@b.th']]);
  });

  it('when the lock is busy and even the toast is refused, the edit does not fail', () => {
    env = withMeasures(2);
    env.lock.state.heldByOther = true;
    Object.assign(env.ss, { toast: () => { throw new Error('Exception: toast unavailable'); } });
    const sheet = env.ss._sheet('มาตรการ');
    expect(stampEdit(editEvent(sheet.getRange(2, 4), 'a@b.th'), NOW)).toBe(0);
  });

  it('an edit that emptied the whole sheet (no column left) stamps nothing and does not throw', () => {
    env = withMeasures(1);
    const sheet = env.ss._sheet('มาตรการ');
    const all = sheet.getRange(1, 1, 2, 15);
    all.clearContent();
    expect(sheet.getLastColumn()).toBe(0);
    expect(stampEdit(editEvent(all, 'a@b.th'), NOW)).toBe(0);
  });
});
