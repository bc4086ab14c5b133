/**
 * The sidebar's district card in headless Chromium against the offline server: every unit with
 * its progress and flags, attention first; choosing one opens its dashboard. Screenshots go to
 * build/sidebar/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analyse } from '../../src/core/workbook/analyse';
import { buildOverview } from '../../src/core/views/overview';
import { readReportLog } from '../../src/core/workbook/report-log';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
import { seedWorkbook } from '../fixtures/seed000';
import { describeBrowser, launchChromium, NOW, serve, sidebarPage } from './browser';
import { districtWorkbook, NEW_UNIT, PONG } from '../fixtures/district';

const OUT = join(__dirname, '..', '..', 'build', 'sidebar', 'screenshots');
jest.setTimeout(60_000);


const district = districtWorkbook;

describeBrowser('the district card', () => {
  let browser: Browser;
  let server: RunningSidebarServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serve(district());
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every unit in the overview\'s order with its progress and flags', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('overview').waitFor();
    const grids = district();
    const expected = buildOverview(analyse(grids), readReportLog(grids), { today: { year: 2025, month: 5, day: 15 } });
    const names = await page.locator('[data-testid=overview-list] .ov-unit').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
    expect(names).toEqual(expected.units.map((u) => u.unit));
    expect(names[0]).toBe(NEW_UNIT);
    expect(await page.getByTestId('overview-summary').textContent()).toBe(`ต้องติดตาม ${expected.needingAttention} จาก 5 หน่วยงาน · ข้อมูล ณ 15\u00a0พ.ค.\u00a02568`);
    const first = page.getByTestId('overview-unit-0');
    expect(await first.locator('.flag').allTextContents()).toEqual(['ยังไม่กรอกมาตรการ', 'ยังไม่มีรายงานรอบ 6 เดือน', 'ไม่มีคะแนน ITA']);
    expect(await first.locator('.ov-pct').textContent()).toBe('ไม่มีมาตรการ');
    const pong = page.locator(`.ov-unit[data-unit="${PONG}"]`);
    expect(await pong.locator('.flag').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')))).not.toContain('noReport');
    const pongFigures = expected.units.find((u) => u.unit === PONG)!;
    expect(await pong.locator('.ov-pct').textContent()).toBe(`แล้ว ${pongFigures.done}/${pongFigures.measures - pongFigures.cancelled} · ${pongFigures.percentDone.toFixed(2)}%`);
    // The first unit of the Units sheet is shown, and marked so.
    expect(await page.locator('.ov-unit[aria-current=true]').getAttribute('data-unit')).toBe('องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    await page.screenshot({ path: join(OUT, 'overview-th-top.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('choosing a unit opens its dashboard (keyboard too), the card stays', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('total').waitFor();
    await page.locator(`.ov-unit[data-unit="${PONG}"]`).click();
    await page.waitForFunction((unit) => (document.getElementById('unit') as HTMLSelectElement | null)?.value === unit, PONG);
    expect(await page.getByTestId('total').textContent()).toBe('83.75');
    expect(await page.locator('.ov-unit[aria-current=true]').getAttribute('data-unit')).toBe(PONG);
    // The list keeps where the user scrolled it across the reload a choice makes.
    const list = page.getByTestId('overview-list');
    await list.evaluate((el) => { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event('scroll')); });
    const scrolled = await list.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await page.getByTestId('overview-unit-4').click();
    await page.waitForFunction(() => (document.getElementById('unit') as HTMLSelectElement | null)?.value === 'องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(await page.getByTestId('overview-list').evaluate((el) => el.scrollTop)).toBe(scrolled);
    await page.getByTestId('overview-list').evaluate((el) => { el.scrollTop = 0; el.dispatchEvent(new Event('scroll')); });
    await page.getByTestId('overview-unit-0').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('no-scores').waitFor();
    expect(await page.locator('#unit').inputValue()).toBe(NEW_UNIT);
    await page.getByTestId('overview').waitFor();
    await page.screenshot({ path: join(OUT, 'overview-th-chosen.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in English, and closed stays closed across renders', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('overview').waitFor();
    await page.getByTestId('lang').click();
    expect(await page.getByTestId('overview-toggle').textContent()).toContain('District overview');
    expect(await page.getByTestId('overview-unit-0').locator('.flag').first().textContent()).toBe('No measures entered');
    await page.screenshot({ path: join(OUT, 'overview-en-top.png') });
    await page.getByTestId('overview-toggle').click();
    await page.getByTestId('refresh').click();
    await page.waitForFunction(() => document.getElementById('app')?.getAttribute('aria-busy') === 'false');
    expect(await page.locator('[data-testid=overview] details').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a one-unit workbook has no district card', async () => {
    const single = await serve(seedWorkbook());
    try {
      const { page } = await sidebarPage(browser, single.url);
      await page.getByTestId('total').waitFor();
      expect(await page.getByTestId('overview').count()).toBe(0);
      await page.context().close();
    } finally {
      await single.close();
    }
  });
});

it('the clock of these tests is in FY 2568 after the 6-month round', () => {
  expect(NOW.toISOString()).toBe('2025-05-15T03:00:00.000Z');
});

describe('the offline server', () => {
  it('คำนวณอันดับ writes ภาพรวม beside อันดับ, as in Sheets', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createNodeSidebarApi } = require('../../src/node/sidebar-server') as typeof import('../../src/node/sidebar-server');
    const api = createNodeSidebarApi({ grids: district(), now: () => NOW, writeReport: null });
    expect((await api.sidebarComputeRankings()).written).toBe(true);
    const sheet = api.grids.sheets['ภาพรวม'];
    expect(sheet[0][0]).toBe('ภาพรวมหน่วยงาน ปีงบประมาณ 2568 ข้อมูล ณ วันที่ 15 พฤษภาคม 2568');
    expect(sheet.slice(4).map((r) => r[0])).toEqual((await api.sidebarData(null)).overview?.units.map((u) => u.unit));
  });
});
