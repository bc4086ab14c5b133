/** Settings แชร์รายงาน [share_reports]: the words staff type, in Thai or English; blank is view. */
import { parseWorkbook } from '../../src/core/workbook/workbook';
import { SETTINGS, SHEETS } from '../../src/core/workbook/template';
import { seedWorkbook } from '../fixtures/seed000';

const withShare = (value: unknown) => parseWorkbook(seedWorkbook({ settings: { share_reports: value } }));

describe('แชร์รายงาน', () => {
  it.each([
    ['ผู้ดู', 'view'], ['ผู้แก้ไข', 'edit'], ['ไม่แชร์', 'none'], ['View', 'view'], ['editors', 'edit'], [' none ', 'none'], ['', 'view'],
  ])('%p → %p', (value, mode) => {
    const { workbook, problems } = withShare(value);
    expect(problems).toEqual([]);
    expect(workbook.settings.shareReports).toBe(mode);
  });

  it('is a template setting whose default is ผู้ดู', () => {
    expect(SETTINGS.find((s) => s.key === 'shareReports')).toMatchObject({ th: 'แชร์รายงาน', en: 'share_reports', default: 'ผู้ดู' });
  });

  it('an unknown word is a problem at its cell, in both languages', () => {
    const { problems } = withShare('ทุกคน');
    const row = SETTINGS.findIndex((s) => s.key === 'shareReports') + 2;
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([`${SHEETS.settings.th}!B${row}`]);
    expect(problems[0].message.th).toContain('ทุกคน');
  });
});
