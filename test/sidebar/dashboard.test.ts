/** buildDashboard / buildSidebarState (pure) and the Node implementation of the contract. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS, COLOURS } from '../../src/core/workbook/template';
import { buildDashboard, buildSidebarState } from '../../src/core/views/dashboard';
import { readReportLog, safeLink } from '../../src/core/workbook/report-log';
import { SIDEBAR_FUNCTIONS, type SidebarApi } from '../../src/core/views/sidebar-api';
import { parseSidebarError, sidebarError, SIDEBAR_STRINGS } from '../../src/core/i18n/sidebar';
import { createNodeSidebarApi, pageWithShim } from '../../src/node/sidebar-server';
import { writeReport } from '../../src/node/sidebar-main';
import { seedWorkbook, SEED000_UNIT } from '../fixtures/seed000';

const NIKHOM = SEED000_UNIT;
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const MAY_15_2025 = { year: 2025, month: 5, day: 15 };
const NOW = new Date('2025-05-15T03:00:00Z');

describe('buildDashboard', () => {
  it('seed 000 alone: ITA 2565 87.57, grade A, rank 1 of 1, indicators in code order', () => {
    const d = buildDashboard(analyse(seedWorkbook()), NIKHOM, MAY_15_2025);
    expect(d.latest).toMatchObject({ year: 2565, total: 87.57, level: 'A', levelKey: 'A', band: 'good', colour: COLOURS.level.good, rank: 1, rankOf: 1, passThreshold: 85 });
    expect(d.latest?.indicators.map((i) => i.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(d.latest?.indicators[6]).toEqual({ code: '7', name: 'ประสิทธิภาพการสื่อสาร', tool: 'EIT', score: 79.63, weak: true });
    // Only indicator 7 is below 85; no measures, so it is not covered.
    expect(d.latest?.weak).toEqual([{ code: '7', name: 'ประสิทธิภาพการสื่อสาร', score: 79.63, covered: false }]);
    expect(d.progress).toMatchObject({ total: 0, percentDone: 0, measures: [] });
    expect(d.reports).toEqual([]);
  });

  it('the sample: latest result, rank among the units, history, measures progress', () => {
    const analysis = analyse(buildSampleWorkbook());
    const d = buildDashboard(analysis, NIKHOM, MAY_15_2025);
    expect(d.latest).toMatchObject({ year: 2567, total: 89.61, level: 'ผ่านดี', band: 'good', rank: 3, rankOf: 4, previousYear: 2566, totalChange: -0.74 });
    expect(d.latest?.weak.map((w) => [w.code, w.covered])).toEqual([['7', true], ['9', true]]);
    expect(d.history.map((h) => [h.year, h.total, h.level])).toEqual([[2565, 87.57, 'A'], [2566, 90.35, 'ผ่านดี'], [2567, 89.61, 'ผ่านดี']]);
    expect(d.progress).toMatchObject({ fiscalYear: 2568, total: 5, done: 3, inProgress: 1, notStarted: 1, overdue: 0, percentDone: 60 });
    // Not done first (sheet order), then done.
    expect(d.progress.measures.map((m) => m.no)).toEqual(['2', '4', '1', '3', '5']);

    const n = buildDashboard(analysis, NALIANG, MAY_15_2025);
    expect(n.latest).toMatchObject({ total: 96.6, levelKey: 'excellent', band: 'excellent', rank: 1 });
    // นาเลียง no. 6 was due at the end of quarter 1 and is still in progress: overdue, listed first.
    expect(n.progress.overdue).toBe(1);
    expect(n.progress.measures[0]).toMatchObject({ no: '6', overdue: true, status: 'in_progress', due: '2024-12-31' });
  });

  it('a unit with no scores has no result but still its measures', () => {
    const grids = seedWorkbook({ units: [NIKHOM, 'อบต.ใหม่'] });
    const d = buildDashboard(analyse(grids), 'อบต.ใหม่', MAY_15_2025);
    expect(d.latest).toBeNull();
    expect(d.history).toEqual([]);
  });

  it('recent reports: the unit\'s, newest first, at most 5, only http(s) links', () => {
    const grids = buildSampleWorkbook();
    const header = SHEETS.reportLog.columns.map((c) => c.th);
    const rows = [1, 2, 3, 4, 5, 6].map((i) => [new Date(Date.UTC(2025, 3, i)), NIKHOM, 2568, 6, `https://docs.google.com/document/d/${i}`, 'a@example.com']);
    rows.push([new Date(Date.UTC(2025, 4, 1)), 'อื่น', 2568, 6, 'https://x', '']);
    rows.push([new Date(Date.UTC(2025, 4, 2)), NIKHOM, '๒๕๖๘', '12', 'javascript:alert(1)', '']);
    grids.sheets[SHEETS.reportLog.th] = [header, ...rows];
    const log = readReportLog(grids);
    expect(log).toHaveLength(8);
    const d = buildDashboard(analyse(grids), NIKHOM, MAY_15_2025, log);
    expect(d.reports).toHaveLength(5);
    expect(d.reports[0]).toEqual({ time: '2025-05-02T00:00:00.000Z', unit: NIKHOM, year: 2568, round: 12, link: '', by: '', kind: 'progress', asOf: '', sharedWith: '', note: '' });
    expect(d.reports.slice(1).map((r) => r.link)).toEqual([6, 5, 4, 3].map((i) => `https://docs.google.com/document/d/${i}`));
    expect(safeLink(' http://a.b/c ')).toBe('http://a.b/c');
    expect(safeLink('data:text/html,x')).toBe('');
  });
});

describe('buildSidebarState', () => {
  it('first unit when none or an unknown one is asked for; fiscal year, digits, problems, today', () => {
    const grids = buildSampleWorkbook();
    const analysis = analyse(grids);
    const s = buildSidebarState(grids, analysis, null, NOW);
    expect(s.units.map((u) => u.name)[0]).toBe(NIKHOM);
    expect(s.units).toHaveLength(4);
    expect(s).toMatchObject({ unit: NIKHOM, fiscalYear: 2568, thaiDigits: true, problemCount: 0, asOf: '2025-05-15' });
    expect(buildSidebarState(grids, analysis, 'ไม่มี', NOW).unit).toBe(NIKHOM);
    expect(buildSidebarState(grids, analysis, NALIANG, NOW).dashboard?.unit).toBe(NALIANG);
    // Everything is plain data (google.script.run cannot return Dates).
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('an empty workbook: no units, no dashboard, the missing sheets counted', () => {
    const s = buildSidebarState({ sheets: {} }, analyse({ sheets: {} }), null, NOW);
    expect(s.unit).toBeNull();
    expect(s.dashboard).toBeNull();
    expect(s.problemCount).toBeGreaterThan(0);
    expect(s.fiscalYear).toBe(2568);
    expect(s.missingSheets).toEqual(['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', 'คะแนน', 'มาตรการ']);
  });

  it('names the input sheets the workbook lacks (English aliases count as present), none for the sample', () => {
    const grids = buildSampleWorkbook();
    expect(buildSidebarState(grids, analyse(grids), null, NOW).missingSheets).toEqual([]);
    const { [SHEETS.measures.th]: measures, [SHEETS.units.th]: units, ...rest } = grids.sheets;
    const partial = { sheets: { ...rest, Units: units } };
    expect(measures).toBeDefined();
    expect(buildSidebarState(partial, analyse(partial), null, NOW).missingSheets).toEqual(['มาตรการ']);
  });

  it('counts overdue measures as of today in Bangkok, not UTC', () => {
    // 30 Jun 2025 is the due day of a ไตรมาส 3 measure; 30 Jun 17:30 UTC is already 1 Jul in Bangkok.
    const grids = buildSampleWorkbook();
    const before = buildSidebarState(grids, analyse(grids), NIKHOM, new Date('2025-06-30T16:59:00Z')).dashboard!.progress.overdue;
    const after = buildSidebarState(grids, analyse(grids), NIKHOM, new Date('2025-06-30T17:30:00Z')).dashboard!.progress.overdue;
    expect(after).toBe(before + 1);
    expect(buildSidebarState(grids, analyse(grids), NIKHOM, new Date('2025-06-30T17:30:00Z')).asOf).toBe('2025-07-01');
  });

  it('once the fiscal year is over, the dashboard and the district card describe the same day (its last day)', () => {
    // Sample FY 2568 ended 30 Sep 2025; on 1 Dec 2026 a measure due after that day is not overdue "today".
    const grids = buildSampleWorkbook();
    const state = buildSidebarState(grids, analyse(grids), NIKHOM, new Date('2026-12-01T03:00:00Z'));
    const atYearEnd = buildSidebarState(grids, analyse(grids), NIKHOM, new Date('2025-09-30T03:00:00Z'));
    expect(state.dashboard!.progress.overdue).toBe(atYearEnd.dashboard!.progress.overdue);
    for (const unit of state.units) {
      const card = state.overview!.units.find((u) => u.unit === unit.name)!;
      const dash = buildSidebarState(grids, analyse(grids), unit.name, new Date('2026-12-01T03:00:00Z')).dashboard!.progress;
      expect([dash.overdue, dash.done, dash.percentDone]).toEqual([card.overdue, card.done, card.percentDone]);
    }
  });
});

describe('errors through google.script.run', () => {
  it('carry both languages inside the message, whatever prefix the runtime adds', () => {
    const e = sidebarError({ th: 'ไม่พบ "ก"', en: 'No "a"' });
    expect(parseSidebarError(`Exception: ${e.message}`)).toEqual({ th: 'ไม่พบ "ก"', en: 'No "a"' });
    expect(parseSidebarError('Exception: timed out')).toBeNull();
    expect(parseSidebarError('ITA_ERROR:{bad json')).toBeNull();
  });

  it('every sidebar string has Thai and English', () => {
    for (const [key, v] of Object.entries(SIDEBAR_STRINGS)) {
      expect(key.startsWith('sidebar.')).toBe(true);
      expect(v.th.trim()).not.toBe('');
      expect(v.en.trim()).not.toBe('');
    }
  });
});

describe('the Node implementation of the contract', () => {
  const api = () => createNodeSidebarApi({ grids: buildSampleWorkbook(), now: () => NOW, reportsDir: mkdtempSync(join(tmpdir(), 'ita-sb-')) });

  it('implements every contract function', () => {
    const a = api();
    const names: (keyof SidebarApi)[] = [...SIDEBAR_FUNCTIONS];
    for (const n of names) expect(typeof a[n]).toBe('function');
  });

  it('selectCell checks the sheet and the address, in both languages', async () => {
    const a = api();
    await expect(Promise.resolve(a.sidebarSelectCell('คะแนน', 'D7'))).resolves.toEqual({ message: { th: 'เลือก คะแนน!D7 แล้ว', en: 'Selected คะแนน!D7' } });
    expect(() => a.sidebarSelectCell('ไม่มี', 'A1')).toThrow(/ไม่พบชีต/);
    expect(() => a.sidebarSelectCell('คะแนน', 'A1; DROP')).toThrow(/ตำแหน่งเซลล์/);
    await expect(Promise.resolve(a.sidebarSelectCell('คะแนน', '1:1'))).resolves.toBeTruthy();
  });

  it('selectCell finds a template sheet by its canonical name when the workbook uses the English alias', async () => {
    const grids = buildSampleWorkbook();
    grids.sheets.Scores = grids.sheets[SHEETS.scores.th];
    delete grids.sheets[SHEETS.scores.th];
    const a = createNodeSidebarApi({ grids, now: () => NOW });
    await expect(Promise.resolve(a.sidebarSelectCell('คะแนน', 'D7'))).resolves.toEqual({ message: { th: 'เลือก Scores!D7 แล้ว', en: 'Selected Scores!D7' } });
  });

  it('compute rankings on a template with no scores says what to do instead of "0 years, 0 results"', async () => {
    const { buildEmptyWorkbook } = await import('../../src/core/workbook/sample');
    const a = createNodeSidebarApi({ grids: buildEmptyWorkbook(), now: () => NOW });
    const r = await a.sidebarComputeRankings();
    expect(r.written).toBe(true);
    expect(r.message.th).toBe('ยังไม่มีคะแนนให้คำนวณอันดับ กรอกคะแนนในชีต "คะแนน" ก่อน');
  });

  it('set up adds only the missing sheets; rankings writes the rankings sheet or returns the problems', async () => {
    const a = api();
    const setUp = await a.sidebarSetUp();
    expect(setUp.message.en).toContain('อันดับ');
    expect(a.grids.sheets[SHEETS.reportLog.th][0]).toEqual(SHEETS.reportLog.columns.map((c) => c.th));
    expect((await a.sidebarSetUp()).message.th).toBe('ตั้งค่าแม่แบบเรียบร้อยแล้ว');
    const r = await a.sidebarComputeRankings();
    expect(r).toMatchObject({ written: true, problems: [] });
    expect(a.grids.sheets[SHEETS.rankings.th].length).toBeGreaterThan(10);

    const broken = createNodeSidebarApi({ grids: { sheets: {} }, now: () => NOW });
    const b = await broken.sidebarComputeRankings();
    expect(b.written).toBe(false);
    expect(b.problems.length).toBeGreaterThan(0);
    expect((await broken.sidebarValidate()).problems).toEqual(b.problems);
  });

  it('generate report validates its options', async () => {
    const a = api();
    await expect(a.sidebarGenerateReport({ unit: NIKHOM, year: 2568, round: 5 as 6, memo: true, thaiDigits: true })).rejects.toThrow(/ตัวเลือกรายงานไม่ถูกต้อง/);
    await expect(a.sidebarGenerateReport({ unit: NIKHOM, year: 2568, round: 6, memo: true, thaiDigits: true })).rejects.toThrow(/โหมดออฟไลน์/);
  });

  it('with the real renderer, writes a .docx, logs it and lists it as a recent report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-sb-'));
    const a = createNodeSidebarApi({ grids: buildSampleWorkbook(), now: () => NOW, reportsDir: dir, writeReport, baseUrl: () => 'http://127.0.0.1:1' });
    const r = await a.sidebarGenerateReport({ unit: NIKHOM, year: 2568, round: 6, memo: true, thaiDigits: true });
    expect(r.url.startsWith('http://127.0.0.1:1/reports/')).toBe(true);
    const file = join(dir, decodeURIComponent(r.url.split('/reports/')[1]));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const state = await a.sidebarData(NIKHOM);
    expect(state.dashboard?.reports).toEqual([expect.objectContaining({ unit: NIKHOM, year: 2568, round: 6, link: r.url })]);
    // A report error (unknown unit) comes back bilingual.
    const err = await Promise.resolve().then(() => a.sidebarGenerateReport({ unit: 'ไม่มี', year: 2568, round: 6, memo: false, thaiDigits: false })).catch((e: Error) => e);
    expect(parseSidebarError((err as Error).message)?.th).toContain('ไม่มี');
  });

  it('the page gets the shim before its own script', () => {
    const page = pageWithShim('<html><head><title>x</title></head><body><script>app()</script></body></html>');
    expect(page.indexOf('google.script')).toBeLessThan(page.indexOf('app()'));
  });
});
