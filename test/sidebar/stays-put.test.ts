/**
 * Issue 11, in Chromium at the sidebar width: an action never scrolls the panel away from its
 * button and its result appears beside it; an empty workbook is not "ready"; a corrected year
 * loses its error; recent-report links say which report they are; cancelled measures apart.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../src/core/workbook/sample';
import type { ReportWriter } from '../../src/node/sidebar-server';
import type { SidebarFunction } from '../../src/core/views/sidebar-api';
import { browserHarness, describeBrowser, NOW, serve } from './browser';

jest.setTimeout(90_000);

const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const writer: ReportWriter = async (_analysis, _options, outPath) => {
  writeFileSync(outPath, 'docx bytes');
  return { path: outPath };
};

/** Where an element is in the viewport (px from the top) and the page's scroll. */
const place = (page: Page, testid: string) => page.evaluate((id) => {
  const r = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
  return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom), viewport: window.innerHeight, scrollY: Math.round(window.scrollY) } : null;
}, testid);

describeBrowser('the sidebar stays where the user is', () => {
  const harness = browserHarness();
  const open = (grids = buildSampleWorkbook(), extra: Parameters<typeof serve>[1] = {}) => harness.open(grids, extra);

  it('ตรวจสอบข้อมูล far down the panel: the button stays put and the result shows under it', async () => {
    const { page, errors } = await open();
    await page.getByTestId('total').waitFor();
    await page.getByTestId('validate').scrollIntoViewIfNeeded();
    const before = await place(page, 'validate');
    expect(before!.scrollY).toBeGreaterThan(100); // the panel is scrolled: the bug was a jump to the top
    await page.getByTestId('validate').click();
    await page.getByTestId('problems-ok').waitFor();
    const after = await place(page, 'validate');
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(2);
    const result = await place(page, 'problems-ok');
    expect(result!.top).toBeGreaterThan(after!.bottom);
    expect(result!.bottom).toBeLessThanOrEqual(result!.viewport);
    expect(errors).toEqual([]);
  });

  it('สร้างรายงาน at the bottom: the new link appears beside the button, in view', async () => {
    const { page, errors } = await open(buildSampleWorkbook(), { writeReport: writer });
    await page.getByTestId('generate').scrollIntoViewIfNeeded();
    const before = await place(page, 'generate');
    expect(before!.scrollY).toBeGreaterThan(100);
    await page.getByTestId('generate').click();
    await page.getByTestId('report-result').waitFor();
    const after = await place(page, 'generate');
    const link = await place(page, 'report-result');
    expect(after!.top).toBeGreaterThanOrEqual(0); // the button is still on screen
    expect(link!.top).toBeGreaterThan(after!.bottom);
    expect(link!.bottom).toBeLessThanOrEqual(link!.viewport);
    await page.screenshot({ path: '/tmp/ita-sidebar-after-report.png' });
    expect(errors).toEqual([]);
  });

  it('an empty template does not validate as ready: it says what to enter first', async () => {
    const { page } = await open(buildEmptyWorkbook());
    await page.getByTestId('validate').click();
    const note = page.getByTestId('problems-not-ready');
    await note.waitFor();
    expect(await note.textContent()).toContain('ยังไม่มีข้อมูลให้ตรวจสอบ');
    expect(await page.getByTestId('problems-ok').count()).toBe(0);
  });

  it('a corrected year loses its error at once; a year in Thai digits is a year', async () => {
    const calls: unknown[] = [];
    const { page } = await open(buildSampleWorkbook(), { writeReport: writer, onCall: (name: SidebarFunction, args: unknown[]) => { if (name === 'sidebarGenerateReport') calls.push(args[0]); } });
    const year = page.getByTestId('report-year');
    await year.waitFor();
    await year.fill('25');
    await page.getByTestId('generate').click();
    await page.getByTestId('error').waitFor();
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    await year.fill('๒๕๖');
    expect(await page.getByTestId('error').count()).toBe(1); // still not a year
    await year.pressSequentially('๘');
    expect(await page.getByTestId('error').count()).toBe(0);
    expect(await year.getAttribute('aria-invalid')).toBeNull();
    expect(await year.inputValue()).toBe('๒๕๖๘');
    await page.getByTestId('generate').click();
    await page.getByTestId('report-result').waitFor();
    expect(calls).toEqual([expect.objectContaining({ year: 2568 })]);
  });

  it('recent-report links say which report they are, so two never read the same', async () => {
    let t = NOW.getTime();
    const { page } = await open(buildSampleWorkbook(), { writeReport: writer, now: () => new Date((t += 60_000)) });
    await page.getByTestId('generate').waitFor();
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('generate').click();
      await page.getByTestId('report-result').waitFor();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=recent] a').length === n, i + 1);
    }
    const labels = (await page.getByTestId('recent').locator('a').allTextContents()).map((s) => s.replace(/\u00a0/g, ' '));
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    for (const label of labels) expect(label).toMatch(/^องค์การบริหารส่วนตำบลนิคมคำสร้อย · รายงานผล ปี 2568 รอบ \d+ เดือน · 15 พ\.ค\. 2568 10:\d\d$/);
  });

  it('cancelled measures are shown apart and out of the percent done', async () => {
    const { page } = await open();
    await page.getByTestId('total').waitFor();
    await page.selectOption('#unit', PONG);
    await page.getByTestId('count-cancelled').waitFor();
    expect(await page.getByTestId('count-cancelled').textContent()).toBe('ยกเลิก (ไม่นับในร้อยละ)1');
    expect(await page.getByTestId('percent').textContent()).toBe('ดำเนินการเรียบร้อยแล้ว 5 จาก 9 มาตรการ (55.56%) ไม่นับมาตรการที่ยกเลิก 1 มาตรการ');
    await page.getByTestId('progress').screenshot({ path: '/tmp/ita-sidebar-progress-cancelled.png' });
  });
});
