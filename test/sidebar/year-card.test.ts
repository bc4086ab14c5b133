/**
 * The year card in a real browser (Chromium) against the offline server (issue 20): start the
 * new fiscal year — see what it adds, then write it — and the library of measures, opened on
 * demand, picked into a Measures row and the approach into the analysis row.
 */
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { analyse } from '../../src/core/workbook/analyse';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
import { describeBrowser, launchChromium, serve, sidebarPage } from './browser';

jest.setTimeout(90_000);

const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';

describeBrowser('sidebar: the year card', () => {
  let browser: Browser;
  let server: RunningSidebarServer;
  beforeAll(async () => { browser = await launchChromium(); });
  // Each test its own workbook and server: the suite runs in random order (jest --randomize).
  beforeEach(async () => { server = await serve(buildSampleWorkbook()); });
  afterEach(async () => { await server?.close(); });
  afterAll(async () => { await browser?.close(); });

  // One test, in order: the library is opened on the year the card just started (jest --randomize
  // shuffles tests, never the lines of one).
  it('previews the new year (nothing written), starts it on the second click; then the library at the unit\'s indicator to develop: a pick adds a row, the approach fills the analysis row', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('new-year-preview').waitFor();
    expect(await page.getByTestId('new-year-year').inputValue()).toBe('2569');
    const before = analyse(server.api.grids).workbook.measures.length;
    await page.getByTestId('new-year-preview').click();
    await page.getByTestId('new-year-preview-lines').waitFor();
    const preview = await page.getByTestId('new-year-preview-lines').textContent();
    expect(preview).toContain(`${NIKHOM}: ยกมาตรการของปี 2568 มา 5 รายการ`);
    expect(analyse(server.api.grids).workbook.measures.length).toBe(before);
    if (process.env.YEAR_SHOT_DIR) await page.getByTestId('year-card').screenshot({ path: `${process.env.YEAR_SHOT_DIR}/year-card-preview.png` });
    await page.getByTestId('new-year-start').click();
    await page.getByTestId('new-year-done').waitFor();
    expect(await page.getByTestId('new-year-done').textContent()).toContain('บันทึกแล้ว');
    const a = analyse(server.api.grids);
    expect(a.workbook.settings.fiscalYear).toBe(2569);
    expect(a.workbook.measures.length).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    {
      const { page, errors } = await sidebarPage(browser, server.url);
      await page.getByTestId('library-open').waitFor();
      expect(await page.getByTestId('library').count()).toBe(0);
      await page.getByTestId('library-open').click();
      await page.getByTestId('library').waitFor();
      // นิคมคำสร้อย's ITA 2567: indicators 7 and 9 to develop, lowest first.
      const indicator = await page.getByTestId('library-indicator').inputValue();
      expect(['7', '9']).toContain(indicator);
      expect(await page.getByTestId('library-indicator').textContent()).toContain('(ต้องพัฒนา)');
      await page.getByTestId('library-indicator').selectOption('7');
      await page.getByTestId('library-add-7.2').waitFor();
      const measures = (unit: string) => analyse(server.api.grids).workbook.measures.filter((m) => m.unit === unit && m.year === 2569);
      const count = measures(NIKHOM).length;
      await page.getByTestId('library-add-7.2').click();
      await page.getByTestId('year-card').getByTestId('notice').waitFor();
      expect(await page.getByTestId('year-card').getByTestId('notice').textContent()).toContain('เพิ่มมาตรการที่ มาตรการ!A');
      expect(measures(NIKHOM)).toHaveLength(count + 1);
      expect(measures(NIKHOM)[count]).toMatchObject({ indicators: ['7'], status: 'not_started' });
      if (process.env.YEAR_SHOT_DIR) await page.getByTestId('year-card').screenshot({ path: `${process.env.YEAR_SHOT_DIR}/year-card-library.png` });
      await page.getByTestId('library-add-approach').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=year-card] [data-testid=notice]')?.textContent?.includes('ใส่แนวทางการพัฒนาที่'));
      expect(errors).toEqual([]);
    }
  });
});
