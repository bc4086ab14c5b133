/**
 * What a person meets beyond the happy path, in Chromium at the sidebar width: keyboard
 * focus that survives every action, an empty or unset workbook that says what to do next,
 * figures flagged when the data has problems, long names shown in full, a bad year caught
 * before the server, and a broken server answer that never leaves a stuck panel.
 */
import type { Grid, WorkbookGrids } from '../../src/core/engine/types';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import type { SidebarFunction } from '../../src/core/views/sidebar-api';
import { browserHarness, describeBrowser, serve } from './browser';

jest.setTimeout(60_000);

const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const SHORT = 'อบต.นิคม';
const LONG = 'องค์การบริหารส่วนตำบลหนองบัวแดงใต้ฝั่งตะวันออกเฉียงเหนือของอำเภอเมืองจังหวัดอุบลราชธานี';

function renameUnit(grids: WorkbookGrids, from: string, to: string): WorkbookGrids {
  const sheets: Record<string, Grid> = {};
  for (const [name, grid] of Object.entries(grids.sheets)) sheets[name] = grid.map((row) => row.map((v) => (v === from ? to : v)));
  return { sheets };
}

const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

describeBrowser('sidebar usability in Chromium', () => {
  const harness = browserHarness();
  const { open } = harness;

  it('keeps the keyboard focus on the control after an action, a language switch and a unit change', async () => {
    const { page, errors } = await open(buildSampleWorkbook());
    await page.getByTestId('total').waitFor();
    await page.getByTestId('measures-toggle').click();
    await page.getByTestId('validate').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('problems-ok').waitFor();
    expect(await focused(page)).toBe('validate');
    // The measures list the user opened stays open.
    expect(await page.locator('details.measures').getAttribute('open')).not.toBeNull();
    await page.getByTestId('lang').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await focused(page)).toBe('lang');
    await page.getByTestId('unit').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => (document.querySelector('#unit') as HTMLSelectElement | null)?.disabled === false
      && (document.querySelector('#unit') as HTMLSelectElement).value !== 'องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(await focused(page)).toBe('unit');
    expect(errors).toEqual([]);
  });

  it('the panel is not one big live region (screen readers would read it all on every render)', async () => {
    const { page } = await open(buildSampleWorkbook());
    await page.getByTestId('total').waitFor();
    expect(await page.locator('#app').getAttribute('aria-live')).toBeNull();
  });

  it('an empty template says to add units and refresh; a workbook without the sheets offers ตั้งค่าแม่แบบ first', async () => {
    const empty = await open(buildEmptyWorkbook());
    const hint = empty.page.getByTestId('no-units');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('พิมพ์ชื่อหน่วยงานในชีต "หน่วยงาน"');
    expect(await hint.textContent()).toContain('รีเฟรช');
    expect(await empty.page.getByTestId('needs-setup').count()).toBe(0);
    expect(await empty.page.locator('#unit option').textContent()).toBe('(ยังไม่มีหน่วยงาน)');

    const bare = await open({ sheets: {} });
    const card = bare.page.getByTestId('needs-setup');
    await card.waitFor();
    expect(await card.textContent()).toContain('ยังไม่มีชีต "ตั้งค่า", "หน่วยงาน", "ตัวชี้วัด", "คะแนน", "มาตรการ"');
    await bare.page.getByTestId('set-up-first').click();
    await bare.page.getByTestId('notice').waitFor();
    expect(await bare.page.getByTestId('needs-setup').count()).toBe(0);
    expect(await bare.page.getByTestId('no-units').count()).toBe(1);
    expect(await bare.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it('a unit without scores says where to enter them', async () => {
    const grids = buildSampleWorkbook();
    grids.sheets[SHEETS.units.th].push(['อบต.ใหม่', 'อบต.']);
    const { page } = await open(grids);
    await page.getByTestId('total').waitFor();
    await page.selectOption('#unit', 'อบต.ใหม่');
    await page.getByTestId('no-scores').waitFor();
    expect(await page.getByTestId('no-scores').textContent()).toContain('กรอกคะแนนในชีต "คะแนน"');
  });

  it('with problems in the data, the figures are flagged and one click lists the problems', async () => {
    const grids = buildSampleWorkbook();
    grids.sheets[SHEETS.scores.th][2][3] = 'เก้าสิบ';
    const { page } = await open(grids);
    const banner = page.getByTestId('problems-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('ข้อมูลมีปัญหา 1 รายการ');
    await page.getByTestId('show-problems').click();
    await page.getByTestId('problems').waitFor();
    expect(await page.getByTestId('problems').textContent()).toContain('คะแนน!D3');
    expect(await page.locator('.problems .caption').textContent()).toBe('พบปัญหา 1 รายการ คลิกรายการเพื่อไปยังเซลล์');
  });

  it('a long unit name is shown in full under the picker (and only when the picker cuts it)', async () => {
    // The short name is short in any Thai font (the sample's 33-letter names come within a few
    // pixels of the picker's width, so whether they are cut depends on the fonts installed).
    const short = await open(renameUnit(buildSampleWorkbook(), NIKHOM, SHORT));
    await short.page.getByTestId('total').waitFor();
    expect(await short.page.locator('#unit').inputValue()).toBe(SHORT);
    expect(await short.page.getByTestId('unit-name').isHidden()).toBe(true);
    const long = await open(renameUnit(buildSampleWorkbook(), NIKHOM, LONG));
    await long.page.getByTestId('total').waitFor();
    expect(await long.page.getByTestId('unit-name').isVisible()).toBe(true);
    expect(await long.page.getByTestId('unit-name').textContent()).toBe(LONG);
    expect(await long.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it('a year that is not a Buddhist-Era year is caught in the page, in Thai, with no server call', async () => {
    const calls: SidebarFunction[] = [];
    const { page } = await open(buildSampleWorkbook(), { onCall: (name) => calls.push(name) });
    await page.getByTestId('total').waitFor();
    await page.getByTestId('report-year').fill('25');
    await page.getByTestId('generate').click();
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain('ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2568');
    expect(calls).not.toContain('sidebarGenerateReport');
    expect(await page.getByTestId('report-year').inputValue()).toBe('25');
    expect(await focused(page)).toBe('report-year');
  });

  it.each([
    ['null (google.script.run cannot serialise the value)', { ok: true, value: null }],
    ['a malformed state', { ok: true, value: { units: 'x' } }],
  ])('a load answered with %s shows a clear message and a retry, never a stuck panel', async (_label, body) => {
    const server = await serve(buildSampleWorkbook());
    harness.servers.push(server);
    const context = await harness.browser.newContext({ viewport: { width: 300, height: 900 } });
    const page = await context.newPage();
    await page.route('**/api/sidebarData', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }));
    await page.goto(server.url);
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain('เซิร์ฟเวอร์ส่งข้อมูลกลับมาไม่ครบ');
    expect(await page.locator('.loading').count()).toBe(0);
    await page.unroute('**/api/sidebarData');
    await error.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
    await page.getByTestId('total').waitFor();
    await context.close();
  });
});
