/**
 * The sidebar in a real browser (Debian's Chromium, headless) against the offline server:
 * what a person sees and clicks, at Google's sidebar width.
 */
import type { Page } from 'playwright-core';
import type { Grid, WorkbookGrids } from '../../src/core/engine/types';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import type { ReportWriter } from '../../src/node/sidebar-server';
import { browserHarness, describeBrowser, serve } from './browser';

jest.setTimeout(60_000);

const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const XSS = '<img src=x onerror="window.__xss=1">';

/** The sample with every occurrence of a unit name (cell value) replaced. */
function renameUnit(grids: WorkbookGrids, from: string, to: string): WorkbookGrids {
  const sheets: Record<string, Grid> = {};
  for (const [name, grid] of Object.entries(grids.sheets)) sheets[name] = grid.map((row) => row.map((v) => (v === from ? to : v)));
  return { sheets };
}

describeBrowser('sidebar in Chromium', () => {
  const harness = browserHarness();
  const { open } = harness;

  it('opens on the first unit and shows its figures from the sample', async () => {
    const { page, errors } = await open(buildSampleWorkbook());
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('unit').inputValue()).toBe(NIKHOM);
    // Latest ITA (2567, demo figures): 89.61 ผ่านดี, third of the four units.
    expect(await page.getByTestId('total').textContent()).toBe('89.61');
    expect(await page.getByTestId('level').textContent()).toBe('ผ่านดี');
    expect(await page.getByTestId('rank').textContent()).toBe('อันดับ 3 จาก 4 หน่วยงาน');
    // Seed 000's real ITA 2565 result is in the history: 87.57, grade A.
    await expect(page.locator('.history').textContent()).resolves.toContain('2565 87.57 A');
    // The weakest indicators of 2567: 7 and 9.
    expect(await page.getByTestId('weak').locator('.code').allTextContents()).toEqual(['7', '9']);
    expect(await page.getByTestId('chart').locator('.crow').count()).toBe(10);
    expect(await page.getByTestId('percent').textContent()).toBe('ดำเนินการเรียบร้อยแล้ว 3 จาก 5 มาตรการ (60%)');
    expect(await page.getByTestId('count-done').textContent()).toContain('3');

    // Another unit: the dashboard follows the picker.
    await page.getByTestId('unit').selectOption(PONG);
    await page.waitForFunction(() => document.querySelector('[data-testid=total]')?.textContent === '83.75');
    expect(await page.getByTestId('level').textContent()).toBe('ต้องปรับปรุง');
    expect(await page.getByTestId('level-held-by').count()).toBe(0);

    // 91.30 is only ผ่าน: the caption says which tool held it there.
    await page.getByTestId('unit').selectOption('องค์การบริหารส่วนตำบลหัวเรือ');
    await page.waitForFunction(() => document.querySelector('[data-testid=total]')?.textContent === '91.30');
    expect(await page.getByTestId('level-held-by').textContent()).toBe('ระดับ ผ่าน เพราะคะแนน EIT ต่ำกว่า 85');

    // English, client-side.
    await page.getByTestId('lang').click();
    expect(await page.getByTestId('level').textContent()).toBe('Pass');
    expect(await page.getByTestId('level-held-by').textContent()).toBe('Level Pass because EIT is below 85');
    expect(await page.locator('h1').textContent()).toBe('ITA control panel');
    expect(errors).toEqual([]);
  });

  it('generate report sends the chosen options and shows the link', async () => {
    const seen: unknown[] = [];
    const writer: ReportWriter = async (_analysis, options, outPath) => {
      seen.push(options);
      require('node:fs').writeFileSync(outPath, 'docx bytes');
      return { path: outPath, name: 'รายงาน รอบ 12 เดือน', warning: { th: 'โปรดตรวจสอบ: มาตรการ 1 รายการ', en: 'Please check: 1 measure' } };
    };
    const { page, server, errors } = await open(buildSampleWorkbook(), { writeReport: writer });
    await page.getByTestId('generate').waitFor();
    expect(await page.getByTestId('report-year').inputValue()).toBe('2568');
    await page.getByTestId('report-round').selectOption('12');
    await page.getByTestId('report-memo').uncheck();
    await page.getByTestId('report-digits').uncheck();
    await page.getByTestId('report-asof').fill('2025-06-30');
    await page.getByTestId('report-docno').fill('มห 0023/451');
    await page.getByTestId('report-cover').check();
    await page.getByTestId('report-endorsement').check();
    const request = page.waitForRequest((r) => r.url().endsWith('/api/sidebarGenerateReport'));
    await page.getByTestId('generate').click();
    const body = (await request).postDataJSON() as { args: unknown[] };
    expect(body.args).toEqual([{
      unit: NIKHOM, year: 2568, round: 12, memo: false, thaiDigits: false, asOf: '2025-06-30', docNo: 'มห 0023/451', cover: true, endorsement: true,
    }]);
    // The warning is told to the person in the card, not written into the document.
    await expect(page.getByTestId('report-warning').textContent()).resolves.toContain('โปรดตรวจสอบ: มาตรการ 1 รายการ');

    const link = page.getByTestId('report-link');
    await link.waitFor();
    expect(await link.textContent()).toBe('รายงาน รอบ 12 เดือน');
    const href = (await link.getAttribute('href')) as string;
    expect(href.startsWith(`${server.url}reports/`)).toBe(true);
    expect(href.endsWith('.docx')).toBe(true);
    const download = await fetch(href);
    expect(download.status).toBe(200);
    expect(seen).toEqual([expect.objectContaining({ unit: NIKHOM, year: 2568, round: 12, memo: false, thaiDigits: false, asOf: '2025-06-30', cover: true })]);
    // The report log now lists it under recent reports.
    expect(await page.getByTestId('recent').locator('li').count()).toBe(1);
    // The link says which report it is: unit, kind, year, round and when it was made.
    expect((await page.getByTestId('recent').locator('a').textContent())?.replace(/\u00a0/g, ' ')).toBe(`${NIKHOM} · รายงานผล ปี 2568 รอบ 12 เดือน · 15 พ.ค. 2568 10:00`);
    expect(errors).toEqual([]);
  });

  it('shows the progress while the report is being generated', async () => {
    let finish: () => void = () => undefined;
    const writer: ReportWriter = (_a, _o, outPath) => new Promise((resolve) => {
      finish = () => { require('node:fs').writeFileSync(outPath, 'x'); resolve({ path: outPath }); };
    });
    const { page } = await open(buildSampleWorkbook(), { writeReport: writer });
    await page.getByTestId('generate').click();
    await page.getByTestId('report-progress').waitFor();
    expect(await page.getByTestId('generate').isDisabled()).toBe(true);
    expect(await page.getByTestId('validate').isDisabled()).toBe(true);
    finish();
    await page.getByTestId('report-link').waitFor();
    expect(await page.getByTestId('report-progress').count()).toBe(0);
  });

  it('renders a unit and a measure named like markup as text, running nothing', async () => {
    const grids = renameUnit(buildSampleWorkbook(), NIKHOM, XSS);
    const measures = grids.sheets[SHEETS.measures.th];
    const titleColumn = (measures[0] as string[]).indexOf('มาตรการ');
    measures[1][titleColumn] = XSS;
    grids.sheets[SHEETS.reportLog.th] = [
      SHEETS.reportLog.columns.map((c) => c.th),
      [new Date('2025-04-01T03:00:00Z'), XSS, 2568, 6, 'javascript:window.__xss=2', XSS],
    ];
    const writer: ReportWriter = async (_a, _o, outPath) => {
      require('node:fs').writeFileSync(outPath, 'x');
      return { path: outPath, name: XSS };
    };
    const { page, errors } = await open(grids, { writeReport: writer });
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('unit').inputValue()).toBe(XSS);
    expect(await page.locator('#unit option').first().textContent()).toBe(XSS);
    await page.locator('details.measures summary').click();
    expect(await page.getByTestId('measures').locator('.mtitle').allTextContents()).toContain(`1. ${XSS}`);
    // The log's javascript: link is not a link; its author is text.
    expect(await page.getByTestId('recent').locator('a').count()).toBe(0);
    await expect(page.getByTestId('recent').textContent()).resolves.toContain(XSS);
    await page.getByTestId('generate').click();
    await page.getByTestId('report-link').waitFor();
    expect(await page.getByTestId('report-link').textContent()).toBe(XSS);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a server error as a clear Thai message, never a blank panel', async () => {
    const grids = buildSampleWorkbook();
    delete grids.sheets[SHEETS.measures.th];
    const { page } = await open(grids);
    await page.getByTestId('total').waitFor();
    await page.getByTestId('validate').click();
    const problem = page.getByTestId('problems').locator('button', { hasText: 'ไม่พบชีต "มาตรการ"' });
    await problem.waitFor();
    // Selecting the missing sheet fails on the server; its message is shown, in Thai.
    await problem.click();
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain('เกิดข้อผิดพลาด');
    expect(await error.textContent()).toContain('ไม่พบชีต "มาตรการ" ในสเปรดชีตนี้');
    // The dashboard stays.
    expect(await page.getByTestId('total').textContent()).toBe('89.61');
    // And in English after the switch.
    await page.getByTestId('lang').click();
    expect(await page.getByTestId('error').textContent()).toContain('Sheet "มาตรการ" is not in this spreadsheet');
  });

  it('a failed first load shows the error and a retry, and the retry recovers', async () => {
    const server = await serve(buildSampleWorkbook());
    harness.servers.push(server);
    const context = await harness.browser.newContext({ viewport: { width: 300, height: 900 } });
    const page: Page = await context.newPage();
    await page.route('**/api/sidebarData', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, message: 'Exception: Service Spreadsheets timed out' }) }));
    await page.goto(server.url);
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain('เซิร์ฟเวอร์แจ้งข้อผิดพลาด: Service Spreadsheets timed out');
    await page.unroute('**/api/sidebarData');
    await error.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('error').count()).toBe(0);
    await context.close();
  });

  it('offline without a report renderer, generate report says so in Thai', async () => {
    const { page } = await open(buildSampleWorkbook(), { writeReport: null });
    await page.getByTestId('generate').click();
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain('โหมดออฟไลน์ยังสร้างไฟล์รายงาน .docx ไม่ได้');
  });

  it('compute rankings and set up report back; validate lists nothing on the sample', async () => {
    const { page } = await open(buildSampleWorkbook());
    await page.getByTestId('rankings').click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('คำนวณอันดับแล้ว 3 ปี รวม 12 ผลการประเมิน');
    await page.getByTestId('set-up').click();
    await page.waitForFunction(() => /ตั้งค่าแม่แบบ/.test(document.querySelector('[data-testid=notice]')?.textContent ?? ''));
    await page.getByTestId('validate').click();
    await page.getByTestId('problems-ok').waitFor();
  });
});
