/**
 * The Apps Script side of the sidebar (src/gas/sidebar.ts) against the add-on's fakes:
 * one read per sheet, data instead of dialogs, bilingual errors for the page.
 */
import { fakeEnv, snapshotValues, type Env } from '../gas/helpers';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import {
  openSidebar, sidebarComputeRankings, sidebarData, sidebarSelectCell, sidebarSetUp, sidebarValidate,
} from '../../src/gas/sidebar';
import { seedWorkbook, SEED000_UNIT } from '../fixtures/seed000';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDEBAR_FUNCTIONS } from '../../src/core/views/sidebar-api';
import { errorOf } from './helpers';

const NOW = new Date('2025-05-15T03:00:00Z');
let env: Env;
afterEach(() => env?.uninstall());



describe('sidebarData', () => {
  it('reads each sheet once and builds the first unit\'s dashboard (seed 000: 87.57, A)', () => {
    env = fakeEnv(seedWorkbook());
    const state = sidebarData(null, NOW);
    expect(state.unit).toBe(SEED000_UNIT);
    expect(state.dashboard?.latest).toMatchObject({ year: 2565, total: 87.57, level: 'A', rank: 1, rankOf: 1 });
    expect(state.problemCount).toBe(0);
    expect(env.calls.count('Range.getValues')).toBe(Object.keys(seedWorkbook().sheets).length);
    expect(env.ui.alerts).toEqual([]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('reads the report log for the recent reports', () => {
    const grids = buildSampleWorkbook();
    grids.sheets[SHEETS.reportLog.th] = [
      SHEETS.reportLog.columns.map((c) => c.th),
      [new Date('2025-04-02T03:00:00Z'), SEED000_UNIT, 2568, 6, 'https://docs.google.com/document/d/abc/edit', 'x@example.com'],
    ];
    env = fakeEnv(grids);
    const state = sidebarData(SEED000_UNIT, NOW);
    expect(state.dashboard?.reports).toEqual([{ time: '2025-04-02T03:00:00.000Z', unit: SEED000_UNIT, year: 2568, round: 6, link: 'https://docs.google.com/document/d/abc/edit', by: 'x@example.com', kind: 'progress', asOf: '', sharedWith: '', note: '' }]);
  });
});

describe('actions return data, never a dialog', () => {
  it('validate lists problems with sheet and cell and writes nothing', () => {
    const grids = seedWorkbook();
    grids.sheets[SHEETS.scores.th][3][3] = 'abc';
    env = fakeEnv(grids);
    const before = snapshotValues(env);
    const { problems } = sidebarValidate();
    expect(problems).toEqual([expect.objectContaining({ sheet: 'คะแนน', cell: 'D4', code: 'notNumber' })]);
    expect(snapshotValues(env)).toEqual(before);
    expect(env.ui.alerts).toEqual([]);
  });

  it('compute rankings: problems come back (nothing written); valid data writes อันดับ', () => {
    const bad = seedWorkbook();
    bad.sheets[SHEETS.scores.th][3][3] = 'abc';
    env = fakeEnv(bad);
    const blocked = sidebarComputeRankings(NOW);
    expect(blocked.written).toBe(false);
    expect(blocked.problems).toHaveLength(1);
    expect(blocked.message.th).toContain('ปัญหา 1 รายการ');
    expect(env.ss.getSheetByName('อันดับ')).toBeNull();
    expect(env.ui.alerts).toEqual([]);
    env.uninstall();

    env = fakeEnv(seedWorkbook());
    const done = sidebarComputeRankings(NOW);
    expect(done).toMatchObject({ written: true, problems: [] });
    expect(done.message.th).toContain('อันดับ');
    expect(env.ss._sheet('อันดับ').getRange(4, 2).getValue()).toBe(87.57);
    expect(env.ui.alerts).toEqual([]);
  });

  it('a busy lock becomes a bilingual message for the page', () => {
    env = fakeEnv(seedWorkbook());
    env.lock.state.heldByOther = true;
    expect(errorOf(() => sidebarComputeRankings(NOW))?.th).toContain('มีผู้อื่นกำลังแก้ไข');
    expect(env.ui.alerts).toEqual([]);
  });

  it('set up runs the add-on\'s setup and summarises it', () => {
    env = fakeEnv();
    const r = sidebarSetUp();
    expect(r.message.th).toMatch(/ตั้งค่าแม่แบบเรียบร้อย: สร้างชีตใหม่ \d+ ชีต/);
    expect(env.ss.getSheetByName('มาตรการ')).not.toBeNull();
    expect(env.ui.alerts).toEqual([]);
  });

  it('selectCell activates the problem\'s cell; unknown sheets and bad addresses are bilingual errors', () => {
    env = fakeEnv(seedWorkbook());
    expect(sidebarSelectCell('คะแนน', 'D4').message.th).toBe('เลือก คะแนน!D4 แล้ว');
    expect(sidebarSelectCell('มาตรการ', '1:1').message.en).toBe('Selected มาตรการ!1:1');
    expect(sidebarSelectCell('คะแนน', '').message.th).toBe('เลือก คะแนน แล้ว');
    const activated = env.ss.activations;
    expect(activated[0]).toBe('คะแนน!D4');
    expect(activated[1]).toMatch(/^มาตรการ!A1:[A-Z]+1$/); // the whole header row
    expect(activated).toHaveLength(2);
    expect(errorOf(() => sidebarSelectCell('ไม่มี', 'A1'))).toEqual({ th: 'ไม่พบชีต "ไม่มี" ในสเปรดชีตนี้', en: 'Sheet "ไม่มี" is not in this spreadsheet' });
    expect(errorOf(() => sidebarSelectCell('คะแนน', '=HYPERLINK()'))?.en).toContain('not a valid address');
  });
});

describe('openSidebar', () => {
  it('shows sidebar.html with the Thai title', () => {
    env = fakeEnv(seedWorkbook());
    const calls: string[] = [];
    const output = { setTitle(t: string) { calls.push(`title:${t}`); return output; } };
    (globalThis as Record<string, unknown>).HtmlService = { createHtmlOutputFromFile(f: string) { calls.push(`file:${f}`); return output; } };
    try {
      openSidebar();
    } finally {
      delete (globalThis as Record<string, unknown>).HtmlService;
    }
    expect(calls).toEqual(['file:sidebar', 'title:แผงควบคุม ITA']);
    expect(env.ui.dialogs).toEqual([{ title: 'sidebar', html: output }]);
  });
});

describe('entry points', () => {
  it('main.ts exports every contract function (google.script.run calls them by name) and openSidebar', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'gas', 'main.ts'), 'utf8');
    const exported = new Set(Array.from(source.matchAll(/^export function (\w+)/gm), (m) => m[1]));
    for (const name of [...SIDEBAR_FUNCTIONS, 'openSidebar']) expect(exported.has(name)).toBe(true);
  });
});
