import { logKindOf, logRow, REPORT_KINDS, type LogRecord } from '../../src/core/workbook/report-log';
import { SHEETS } from '../../src/core/workbook/template';

const record: LogRecord = {
  time: new Date('2026-03-31T03:00:00Z'), unit: 'อบต.ทดสอบ', year: 2569, round: 6, link: 'https://docs.google.com/document/d/x',
  by: 'a@example.com', kind: 'progress', asOf: { year: 2026, month: 3, day: 31 }, sharedWith: 'b@example.com', note: '',
};

describe('logRow: one row of ประวัติรายงาน', () => {
  it('a new sheet gets the whole template header', () => {
    const { header, row } = logRow([], record);
    expect(header).toEqual(SHEETS.reportLog.columns.map((c) => c.th));
    expect(row[header.indexOf('ประเภท')]).toBe(REPORT_KINDS.progress);
    expect(row[header.indexOf('รอบ (เดือน)')]).toBe(6);
    // 31 March 2026 at Bangkok midnight.
    expect((row[header.indexOf('ข้อมูล ณ วันที่')] as Date).toISOString()).toBe('2026-03-30T17:00:00.000Z');
  });
  it('an older log (six columns, a user column, English names) keeps its layout and gains the new columns at the end', () => {
    const old = ['Time', 'Unit', 'Year', 'Round (months)', 'Link', 'By', 'ของฉัน'];
    const { header, row } = logRow(old, { ...record, kind: 'plan', round: null, asOf: null });
    expect(header.slice(0, 7)).toEqual(old);
    expect(header.slice(7)).toEqual(['ประเภท', 'ข้อมูล ณ วันที่', 'แชร์กับ', 'หมายเหตุ']);
    expect(row.slice(0, 7)).toEqual([record.time, 'อบต.ทดสอบ', 2569, '', record.link, 'a@example.com', '']);
    expect(row[7]).toBe(REPORT_KINDS.plan);
    expect(row[8]).toBe('');
  });
  it('reads kinds back; a blank kind (older rows) is a progress report', () => {
    expect(logKindOf('')).toBe('progress');
    expect(logKindOf(REPORT_KINDS.plan)).toBe('plan');
    expect(logKindOf('อื่น ๆ')).toBeNull();
  });
});
