/**
 * The unit sheets card (issue 21) in a real browser against the offline server: the sample
 * reads the same split or not; split moves the rows and the card says so; merge brings them
 * back; protect by unit offline splits and says protection is Sheets' own; a row that cannot
 * be placed is listed with its cell and nothing moves.
 */
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { applyUnitSheetsPlan, planSplit } from '../../src/core/workbook/unit-sheets-plan';
import { SHEETS } from '../../src/core/workbook/template';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
import { describeBrowser, launchChromium, serve, sidebarPage } from './browser';

jest.setTimeout(90_000);

const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';

describeBrowser('sidebar: unit sheets and protection', () => {
  let browser: Browser;
  const servers: RunningSidebarServer[] = [];
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  it('a split sample shows the same dashboard; merge and split from the card', async () => {
    const grids = buildSampleWorkbook();
    const split = applyUnitSheetsPlan(grids, planSplit(grids));
    const server = await serve(split);
    servers.push(server);
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('units-card').waitFor();
    expect(await page.getByTestId('units-state').textContent()).toBe('แบ่งแล้ว: 4 ชีตของหน่วยงาน');
    await page.getByTestId('unit').selectOption(NALIANG);
    await page.waitForFunction(() => document.querySelector('[data-testid=dashboard]')?.textContent?.includes('3 จาก 7 มาตรการ'));
    // UNITS_SHOT_DIR=dir: pictures to look at as a user would.
    if (process.env.UNITS_SHOT_DIR) await page.screenshot({ path: `${process.env.UNITS_SHOT_DIR}/split-sample.png`, fullPage: true });

    await page.getByTestId('merge-units').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=units-state]')?.textContent === 'ยังใช้ชีต "มาตรการ" ชีตเดียว');
    expect(await page.getByTestId('notice').textContent()).toContain('ย้าย 31 แถวกลับไป "มาตรการ" ลบชีตของหน่วยงาน 4 ชีต');
    expect(Object.keys(server.api.grids.sheets).filter((n) => n.startsWith('มาตรการ '))).toEqual([]);
    await page.waitForFunction(() => document.querySelector('[data-testid=dashboard]')?.textContent?.includes('3 จาก 7 มาตรการ'));

    await page.getByTestId('protect-units').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=units-state]')?.textContent === 'แบ่งแล้ว: 4 ชีตของหน่วยงาน');
    expect(await page.getByTestId('notice').textContent()).toContain('การป้องกันเป็นของ Google ชีต');
    if (process.env.UNITS_SHOT_DIR) await page.getByTestId('units-card').screenshot({ path: `${process.env.UNITS_SHOT_DIR}/units-card.png` });
    expect(errors).toEqual([]);
  });

  it('a row that cannot be placed is listed with its cell, and nothing moves', async () => {
    const grids = buildSampleWorkbook();
    grids.sheets[SHEETS.measures.th][4][0] = 'อบต.ที่ไม่มี';
    const server = await serve(grids);
    servers.push(server);
    const { page } = await sidebarPage(browser, server.url);
    await page.getByTestId('split-units').click();
    await page.getByTestId('units-problems').waitFor();
    expect(await page.getByTestId('units-problems').textContent()).toContain('มาตรการ!A5');
    expect(Object.keys(server.api.grids.sheets).filter((n) => n.startsWith('มาตรการ '))).toEqual([]);
  });
});
