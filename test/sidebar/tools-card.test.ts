/**
 * The result card in headless Chromium with the made-up 2570 framework of four tools: one
 * column per tool in the framework's order, XIT (under 85) marked low and named as what holds
 * the level, all within the sidebar's 300 px.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserHarness, describeBrowser } from './browser';
import { ALPHA, framework2570Workbook } from '../fixtures/framework2570';

const OUT = join(__dirname, '..', '..', 'build', 'sidebar', 'screenshots');
jest.setTimeout(60_000);

describeBrowser('the result card with a framework of four tools', () => {
  const { open } = browserHarness();

  it('shows IIT, EIT, XIT, OIT in one row, XIT low, and says XIT holds ผ่าน', async () => {
    const { page, errors } = await open(framework2570Workbook());
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('unit').inputValue()).toBe(ALPHA);
    expect(await page.getByTestId('total').textContent()).toBe('91.20');
    const tools = page.getByTestId('tools').locator('.tool');
    expect(await tools.locator('.caption').allTextContents()).toEqual(['IIT', 'EIT', 'XIT', 'OIT']);
    expect(await tools.locator('strong').allTextContents()).toEqual(['95.00', '91.00', '82.00', '98.00']);
    expect(await tools.evaluateAll((els) => els.map((e) => e.classList.contains('low')))).toEqual([false, false, true, false]);
    const tops = await tools.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // Each score on one line (under its code when the column is narrow), never split as "82.0 / 0".
    expect(await tools.locator('strong').evaluateAll((els) => els.map((e) => e.getClientRects().length))).toEqual([1, 1, 1, 1]);
    expect(await page.getByTestId('level-held-by').textContent()).toContain('XIT');
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'result-four-tools-th.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
  });
});
