/** The offline sidebar server's report (issue 9): problems refuse it; new options reach the .docx; the warning comes back. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { createNodeSidebarApi } from '../../src/node/sidebar-server';
import { writeReport } from '../../src/node/sidebar-main';

const NOW = new Date(Date.UTC(2025, 5, 20, 3)); // 20 Jun 2025: the 6-month round of FY 2568 has closed
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const base = { unit: NALIANG, year: 2568, round: 6 as const, memo: true, thaiDigits: true };
const api = (grids = buildSampleWorkbook()) =>
  createNodeSidebarApi({ grids, now: () => NOW, writeReport, reportsDir: mkdtempSync(join(tmpdir(), 'ita-sbr-')) });

describe('sidebarGenerateReport offline', () => {
  it('a workbook with problems makes no report (it used to leave the invalid rows out silently)', async () => {
    const grids = buildSampleWorkbook();
    grids.sheets[SHEETS.measures.th][3][grids.sheets[SHEETS.measures.th][0].indexOf('สถานะ')] = 'เสร็จบางส่วนมั้ง';
    const a = api(grids);
    await expect(a.sidebarGenerateReport(base)).rejects.toMatchObject({ message: expect.stringContaining('สมุดงานมีข้อผิดพลาด 1 รายการ') });
    expect(grids.sheets[SHEETS.reportLog.th]).toBeUndefined();
  });

  it('logs the as-of day the report describes; refuses a malformed date by its field name', async () => {
    const a = api();
    const r = await a.sidebarGenerateReport({ ...base, cover: true, endorsement: true, docNo: 'นพ 1/2568', date: '2025-04-01' });
    expect(r.url).toContain('/reports/');
    const log = a.grids.sheets[SHEETS.reportLog.th];
    expect(log[1][log[0].indexOf('ข้อมูล ณ วันที่')]).toEqual(new Date('2025-03-30T17:00:00Z'));
    await expect(a.sidebarGenerateReport({ ...base, asOf: '31/3/2568' })).rejects.toMatchObject({ message: expect.stringContaining('ข้อมูล ณ วันที่') });
  });
});
