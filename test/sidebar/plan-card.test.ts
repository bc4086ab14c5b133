/**
 * The year-start document's card in a real browser (Chromium) against the offline server:
 * the person picks the year, makes the document, gets its link and, when the การวิเคราะห์ sheet
 * lacks notes, the warning; a bad year or missing measures say so in the card.
 */
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { writePlan } from '../../src/node/sidebar-main';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
import { describeBrowser, launchChromium, serve, sidebarPage } from './browser';

jest.setTimeout(60_000);

const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';

describeBrowser('sidebar: the year-start document card', () => {
  let browser: Browser;
  let server: RunningSidebarServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serve(buildSampleWorkbook(), { writePlan });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the document, shows its link and the missing-notes warning, and lists it under recent documents', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('plan-generate').waitFor();
    expect(await page.getByTestId('plan-year').inputValue()).toBe('2568');
    await page.getByTestId('unit').selectOption(HUARUEA);
    await page.waitForFunction(() => document.querySelector('[data-testid=total]')?.textContent === '91.30');
    await page.getByTestId('plan-generate').click();
    await page.getByTestId('plan-link').waitFor();
    expect(await page.getByTestId('plan-link').textContent()).toBe(`${HUARUEA} มาตรการ ITA ประจำปี 2568`);
    expect(await page.getByTestId('plan-link').getAttribute('href')).toMatch(/\/reports\/.+\.docx$/);
    expect(await page.getByTestId('plan-warning').textContent()).toContain('6 คุณภาพการดำเนินงาน');
    await page.waitForFunction(() => document.querySelector('[data-testid=recent]')?.textContent?.includes('มาตรการประจำปี ปี 2568'));
    // PLAN_SHOT_DIR=dir: a picture of the card, to look at as a user would.
    if (process.env.PLAN_SHOT_DIR) await page.getByTestId('plan-card').screenshot({ path: `${process.env.PLAN_SHOT_DIR}/plan-card.png` });

    // English, client-side: the card and the server's warning follow.
    await page.getByTestId('lang').click();
    expect(await page.getByTestId('plan-warning').textContent()).toContain('"การวิเคราะห์" (Analysis) sheet');
    expect(errors).toEqual([]);
  });

  it('the announcement date: blank out of the adoption time is a warning; a date chosen in the card is printed, no warning', async () => {
    // A clock after FY 2568 (the sample's plans) and the months before it.
    const later = await serve(buildSampleWorkbook(), { writePlan, now: () => new Date('2026-12-01T03:00:00Z') });
    const { page, errors } = await sidebarPage(browser, later.url);
    await page.getByTestId('plan-generate').waitFor();
    await page.getByTestId('plan-generate').click();
    await page.getByTestId('plan-warning').waitFor();
    expect(await page.getByTestId('plan-warning').textContent()).toContain('วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. 2568');
    expect(await page.getByTestId('plan-date').getAttribute('type')).toBe('date');
    await page.getByTestId('plan-date').fill('2024-09-20');
    await page.getByTestId('plan-generate').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=plan-warning]')?.textContent?.includes('วันนี้ไม่อยู่ในช่วงประกาศ'));
    await page.getByTestId('plan-link').waitFor();
    expect(await page.getByTestId('plan-date').inputValue()).toBe('2024-09-20');
    if (process.env.PLAN_SHOT_DIR) await page.getByTestId('plan-card').screenshot({ path: `${process.env.PLAN_SHOT_DIR}/plan-card-date.png` });
    await later.close();
    expect(errors).toEqual([]);
  });

  it('a bad year, or a year without measures, is said in the card and makes nothing', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('plan-generate').waitFor();
    await page.getByTestId('plan-year').fill('68');
    await page.getByTestId('plan-generate').click();
    await page.getByTestId('plan-card').getByTestId('error').waitFor();
    expect(await page.getByTestId('plan-card').getByTestId('error').textContent()).toContain('ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก');
    await page.getByTestId('plan-year').fill('2569');
    await page.getByTestId('plan-generate').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=plan-card] [data-testid=error]')?.textContent?.includes('ชีต "มาตรการ"'));
    expect(await page.getByTestId('plan-link').count()).toBe(0);
    expect(errors.filter((e) => !/status of 500/.test(e))).toEqual([]); // the server's refusal is the expected answer
  });
});
