/**
 * The sidebar's generate report on Apps Script: the options reach the report module's
 * generateReport unchanged, its result comes back, its errors reach the page bilingual.
 * (The document itself is the report module's concern and is tested there.)
 */
import { fakeEnv, type Env } from '../gas/helpers';
import { seedWorkbook, SEED000_UNIT } from '../fixtures/seed000';

const generateReport = jest.fn();
jest.mock('../../src/gas/report', () => ({ generateReport: (...args: unknown[]) => generateReport(...args) }));

// eslint-disable-next-line import/first
import { sidebarGenerateReport } from '../../src/gas/sidebar';
// eslint-disable-next-line import/first
import { ReportError } from '../../src/core/documents';
import { errorOf } from './helpers';

let env: Env;
beforeEach(() => { env = fakeEnv(seedWorkbook()); generateReport.mockReset(); });
afterEach(() => env.uninstall());


it('passes the chosen options and returns the link', () => {
  generateReport.mockReturnValue({ url: 'https://docs.google.com/document/d/1/edit', name: 'รายงาน' });
  const r = sidebarGenerateReport({ unit: SEED000_UNIT, year: 2568, round: 12, memo: false, thaiDigits: true });
  expect(generateReport).toHaveBeenCalledWith({ unit: SEED000_UNIT, year: 2568, round: 12, memo: false, thaiDigits: true });
  expect(r).toEqual({ url: 'https://docs.google.com/document/d/1/edit', name: 'รายงาน' });
  expect(env.ui.alerts).toEqual([]);
});

it('refuses malformed options before making anything', () => {
  // The field is named as the form labels it, in each language (not the code's field name).
  const bad = errorOf(() => sidebarGenerateReport({ unit: SEED000_UNIT, year: 2568, round: 7 as 6, memo: false, thaiDigits: true }));
  expect(bad?.en).toBe('Invalid report options: Round');
  expect(bad?.th).toBe('ตัวเลือกรายงานไม่ถูกต้อง: รอบ');
  expect(errorOf(() => sidebarGenerateReport(null as never))?.th).toContain('ตัวเลือกรายงานไม่ถูกต้อง');
  expect(generateReport).not.toHaveBeenCalled();
});

it('a report error reaches the page in both languages', () => {
  generateReport.mockImplementation(() => { throw new ReportError('unknownUnit', { unit: 'ก' }); });
  expect(errorOf(() => sidebarGenerateReport({ unit: 'ก', year: 2568, round: 6, memo: true, thaiDigits: true }))).toEqual({
    th: 'ไม่พบหน่วยงาน "ก" ในชีตหน่วยงาน', en: 'Unit "ก" is not in the Units sheet',
  });
});
