/**
 * Screenshots at the real sidebar width (300 px), Thai and English, written to
 * build/sidebar/screenshots/ for a person to look at; and the layout check that makes them
 * worth taking: nothing wider than the sidebar.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import type { ReportWriter, RunningSidebarServer } from '../../src/node/sidebar-server';
import { SHEETS } from '../../src/core/workbook/template';
import { describeBrowser, launchChromium, serve, sidebarPage } from './browser';

const OUT = join(__dirname, '..', '..', 'build', 'sidebar', 'screenshots');
jest.setTimeout(60_000);

describeBrowser('sidebar screenshots at 300 px', () => {
  let browser: Browser;
  let server: RunningSidebarServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serve(buildSampleWorkbook());
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['th', 'en'] as const)('%s: fits the sidebar width, no page errors', async (lang) => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('total').waitFor();
    if (lang === 'en') await page.getByTestId('lang').click();
    await page.getByTestId('validate').click();
    await page.locator('[data-testid=problems-ok], [data-testid=problems]').first().waitFor();
    await page.locator('details.measures summary').click();
    await page.screenshot({ path: join(OUT, `sidebar-${lang}.png`), fullPage: true });
    await page.screenshot({ path: join(OUT, `sidebar-${lang}-top.png`) });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('problems, an error and a finished report fit too', async () => {
    const grids = buildSampleWorkbook();
    const scores = grids.sheets[SHEETS.scores.th];
    const typed = [scores[2][3], scores[3][1]];
    scores[2][3] = 'เก้าสิบ';
    scores[3][1] = '25xx';
    const writer: ReportWriter = async (_a, _o, outPath) => {
      writeFileSync(outPath, 'x');
      return { path: outPath, name: 'องค์การบริหารส่วนตำบลนิคมคำสร้อย รายงานมาตรการ ITA 2568 รอบ 6 เดือน' };
    };
    const local = await serve(grids, { writeReport: writer });
    try {
      const { page, errors } = await sidebarPage(browser, local.url);
      await page.getByTestId('total').waitFor();
      await page.getByTestId('validate').click();
      await page.getByTestId('problems').waitFor();
      await page.getByTestId('generate').click();
      await page.getByTestId('error').waitFor();
      await page.screenshot({ path: join(OUT, 'sidebar-th-states.png'), fullPage: true });
      // A workbook with problems makes no report (issue 9); fixed, it does.
      [scores[2][3], scores[3][1]] = typed;
      await page.getByTestId('generate').click();
      await page.getByTestId('report-link').waitFor();
      await page.getByTestId('report-link').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, 'sidebar-th-report.png') });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      expect(errors.filter((e) => !/status of 500/.test(e))).toEqual([]);
      await page.context().close();
    } finally {
      await local.close();
    }
  });
});
