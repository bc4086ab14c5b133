/**
 * The import card in Chromium against the offline server: paste seed 000's ITAS result,
 * preview, confirm, see the dashboard; a mistyped score differs until "replace" is ticked;
 * the menu's request opens the card; screenshots for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SHEETS } from '../../src/core/workbook/template';
import type { RunningSidebarServer } from '../../src/node/sidebar-server';
import { OPEN_IMPORT_CARD } from '../../src/gas/score-import';
import { SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';
import { describeBrowser, launchChromium, serve, sidebarPage } from './browser';

jest.setTimeout(60_000);
const OUT = join(__dirname, '..', '..', 'build', 'sidebar', 'screenshots');
const OTHER = 'เทศบาลตำบลคำชะอี';
const HEADER = SHEETS.scores.columns.map((c) => c.th);

describeBrowser('import card in Chromium', () => {
  let browser: Browser;
  let server: RunningSidebarServer;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });
  beforeEach(async () => { server = await serve(seedWorkbook({ scores: [HEADER], units: [SEED000_UNIT, OTHER] })); });
  afterEach(async () => { await server?.close(); });
  afterAll(async () => { await browser?.close(); });

  it('paste → preview → confirm: the Scores sheet gets seed 000\'s result and the dashboard shows it', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('no-scores').waitFor();
    await page.getByTestId('import-toggle').click();
    // defaults from the workbook: the sidebar's unit, the reporting fiscal year (2568 on 15 May 2025) − 1
    expect(await page.getByTestId('import-unit').inputValue()).toBe(SEED000_UNIT);
    expect(await page.getByTestId('import-year').inputValue()).toBe('2567');
    await page.getByTestId('import-text').fill(seed000Text());
    await page.getByTestId('import-year').fill('2565');
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-counts').waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('เพิ่มใหม่ 11 · ต่างจากเดิม 0 · เหมือนเดิม 0');
    const preview = await page.getByTestId('import-preview-result').textContent();
    expect(preview).toContain(`${SEED000_UNIT} · ITA 2565`);
    expect(preview).toContain('คะแนนรวม 87.57 · ระดับ A (คำนวณจากรายตัวชี้วัดได้ 87.57)');
    expect(preview).toContain('1. การปฏิบัติหน้าที่94.97ใหม่');
    // each row says where it goes and which line of the paste it was read from
    expect(await page.locator('tr.imp-add').first().getAttribute('title')).toBe('คะแนน!D2 · บรรทัด 27: "1 การปฏิบัติหน้าที่ 94.97"');
    expect(await page.getByTestId('import-confirm').textContent()).toBe('นำเข้า 11 ค่า');
    await page.getByTestId('import-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'import-th-preview.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toBe('✓ นำเข้าคะแนนแล้ว 11 ค่า (แทนที่คะแนนเดิม 0 ค่า) ลงชีต "คะแนน"');
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('total').textContent()).toBe('87.57');
    expect(await page.getByTestId('level').textContent()).toBe('A');
    expect(server.api.grids.sheets[SHEETS.scores.th][1]).toEqual([SEED000_UNIT, 2565, 1, 94.97]);
    await page.screenshot({ path: join(OUT, 'import-th-done.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a score that differs needs "replace"; editing the text after a preview asks for a new one', async () => {
    const { page, errors } = await sidebarPage(browser, server.url, 'en');
    await page.getByTestId('no-scores').waitFor();
    await page.getByTestId('lang').click();
    await page.getByTestId('import-toggle').click();
    await page.getByTestId('import-year').fill('2565');
    await page.getByTestId('import-text').fill(seed000Text());
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-counts').waitFor();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();

    const typo = seed000Text().replace('10\tประสิทธิภาพการสื่อสาร\t79.63', '10\tประสิทธิภาพการสื่อสาร\t76.93');
    await page.getByTestId('import-text').fill(typo);
    await page.getByTestId('import-preview').click();
    await page.locator('[data-testid=import-counts]').filter({ hasText: '1 differ' }).waitFor();
    expect(await page.getByTestId('import-counts').textContent()).toBe('0 new · 1 differ · 10 unchanged');
    expect(await page.locator('tr.imp-replace').textContent()).toBe('7. ประสิทธิภาพการสื่อสาร79.63 → 76.93differs');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-why-disabled').textContent()).toContain('tick "Replace" to import');
    await page.getByTestId('import-replace').check();
    expect(await page.getByTestId('import-why-disabled').count()).toBe(0);
    expect(await page.getByTestId('import-confirm').textContent()).toBe('Import 1 value(s)');
    await page.locator('tr.imp-replace').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'import-en-conflict.png') });

    await page.getByTestId('import-text').fill(`${typo}\n`);
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-stale').isVisible()).toBe(true);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-replace').waitFor();
    await page.getByTestId('import-replace').check();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toBe('✓ Imported 1 score(s) (1 replaced) into the "คะแนน" sheet');
    expect(server.api.grids.sheets[SHEETS.scores.th][7]).toEqual([SEED000_UNIT, 2565, 7, 76.93]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a table with an unknown unit lists the problem and cannot be imported', async () => {
    const { page, errors } = await sidebarPage(browser, server.url);
    await page.getByTestId('import-toggle').click();
    await page.getByTestId('import-text').fill(['หน่วยงาน\tปี\t1\t2', `${SEED000_UNIT}\t2565\t94.97\t91.65`, 'อบต.หนองแวง\t2565\t90\t90'].join('\n'));
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-problems').waitFor();
    expect(await page.getByTestId('import-problems').textContent()).toContain('แถว 3: ไม่พบหน่วยงาน "อบต.หนองแวง" ในชีต "หน่วยงาน"');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await page.getByTestId('import-problems').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'import-th-problems.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the menu item\'s request opens the card with the paste box focused', async () => {
    const context = await browser.newContext({ viewport: { width: 300, height: 700 } });
    const page = await context.newPage();
    // What Apps Script's HtmlOutput.append adds after the page: the same snippet, run after the page's script.
    await page.route(server.url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()) + OPEN_IMPORT_CARD });
    });
    await page.goto(server.url);
    await page.getByTestId('import-text').waitFor();
    expect(await page.getByTestId('import-card').getAttribute('open')).toBe('');
    await page.waitForFunction(() => document.activeElement?.id === 'imp-text');
    await page.screenshot({ path: join(OUT, 'import-th-opened.png') });
    await context.close();
  });
});
