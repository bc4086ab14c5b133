/**
 * The workbook's Drive folder and the PDF in the sidebar, in Chromium as a person sees them:
 * the folder's link under the report card once the first document made it, and the PDF's link
 * in the success message. The page is served offline; sidebarData and sidebarGenerateReport
 * answer what src/gas/sidebar.ts answers in Sheets (the folder from the document properties,
 * the PDF from delivery). Screenshots in build/sidebar/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import type { ReportResult, SidebarState } from '../../src/core/views/sidebar-api';
import { browserHarness, describeBrowser } from './browser';

jest.setTimeout(60_000);
const OUT = join(__dirname, '..', '..', 'build', 'sidebar', 'screenshots');
const FOLDER = { url: 'https://drive.google.com/drive/folders/folder-1', name: 'ITA Tracker — อำเภอนิคมคำสร้อย ITA 2568' };

describeBrowser('the workbook\'s folder and the PDF in the sidebar', () => {
  const { open } = harness();
  function harness() { return browserHarness(); }

  it('shows the folder\'s link once it exists, and the PDF\'s link after a report is made; none before', async () => {
    const { server, page, errors } = await open(buildSampleWorkbook());
    await page.getByTestId('generate').waitFor();
    expect(await page.getByTestId('folder').count()).toBe(0); // no folder yet: nothing to show

    const api = server.api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const data = api.sidebarData.bind(api);
    api.sidebarData = async (...a) => ({ ...(await data(...a)) as SidebarState, folder: FOLDER });
    const made: ReportResult = {
      url: 'https://docs.google.com/document/d/doc-1/edit', name: 'องค์การบริหารส่วนตำบลนิคมคำสร้อย รายงานมาตรการ ITA 2568 รอบ 6 เดือน',
      pdfUrl: 'https://drive.google.com/file/d/pdf-1/view?usp=drivesdk',
      notes: [{ th: 'แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้ดูได้แล้ว 2 คน', en: 'Shared with 2 people of this workbook (view)' }],
    };
    api.sidebarGenerateReport = async () => made;

    await page.getByTestId('generate').click();
    await page.getByTestId('report-pdf').waitFor();
    expect(await page.getByTestId('report-pdf').getAttribute('href')).toBe(made.pdfUrl);
    expect(await page.getByTestId('report-pdf').getAttribute('target')).toBe('_blank');
    expect(await page.getByTestId('report-pdf').textContent()).toBe('เปิดไฟล์ PDF');
    // The page reloads its data after a report: the folder's link appears under the card.
    await page.getByTestId('folder-link').waitFor();
    expect(await page.getByTestId('folder-link').getAttribute('href')).toBe(FOLDER.url);
    expect(await page.getByTestId('folder').textContent()).toBe(`โฟลเดอร์เอกสาร: ${FOLDER.name}`);
    await expect(page.getByTestId('folder-link').isVisible()).resolves.toBe(true);
    // Inside the 300 px sidebar: the long name wraps, nothing sticks out.
    const box = await page.getByTestId('folder').boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(300);
    mkdirSync(OUT, { recursive: true });
    await page.getByTestId('report-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'report-pdf-folder-th.png') });
    expect(errors).toEqual([]);
  });
});
