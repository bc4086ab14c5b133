/**
 * Screenshots at the real sidebar width (300 px), Thai and English, written to
 * build/sidebar/screenshots/ for a person to look at; and the layout check that makes them
 * worth taking: nothing wider than the sidebar.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/core/sample';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
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
});
