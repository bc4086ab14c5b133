/**
 * Unit sheets and protection by unit in Sheets (issue 21), against the fakes: each unit's sheet
 * protected for its editors, the admins and the owner; the admin sheets for the admins; the
 * people sharing cannot give named to the person; a row added later is covered with no re-run;
 * idempotent; onEdit stamps in a unit sheet; ตั้งค่าแม่แบบ creates and protects a later unit's
 * sheet; split and merge carry notes and formulas; calls grow with units, never with rows.
 */
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { analyse } from '../../src/core/workbook/analyse';
import { readWorkbookGrids } from '../../src/gas/workbook';
import { mergeUnits, protectUnits, splitUnits } from '../../src/gas/unit-sheets';
import { setupTemplate } from '../../src/gas/setup';
import { stampEdit } from '../../src/gas/on-edit';
import { unitSheetName } from '../../src/core/workbook/unit-sheets';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { generateWorkbook } from '../../bench/generate';
import { fakeEnv, snapshotValues, type Env } from './helpers';
import type { FakeSheet } from './fakes';

const OWNER = 'owner@amphoe.go.th';
const ADMIN = 'admin@amphoe.go.th';
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const NALIANG_SHEET = unitSheetName(NALIANG);
const PONG_SHEET = unitSheetName(PONG);
const PROTECTED = /You are trying to edit a protected cell or object/;

let env: Env;
afterEach(() => env.uninstall());

/** The sample with ผู้ดูแล set, shared with the owner, the admin and the units' editors (one clerk only views). */
function sampleWith(admins = ADMIN): WorkbookGrids {
  const grids = buildSampleWorkbook();
  const settings = grids.sheets[SHEETS.settings.th];
  const row = settings.find((r) => r[0] === 'ผู้ดูแล');
  if (!row) throw new Error('no ผู้ดูแล row in the sample settings');
  row[1] = admins;
  return grids;
}

function share(e: Env, editors: string[], viewers: string[] = []): void {
  e.ss.people.owner = OWNER;
  e.ss.people.editors = [OWNER, ADMIN, ...editors];
  e.ss.people.viewers = viewers;
  e.session.email = ADMIN;
}

const SAMPLE_EDITORS = ['nikhom.demo@example.com', 'pongnamron.demo@example.com', 'huaruea.demo@example.com', 'naliang.demo@example.com'];

const protectionOf = (sheet: FakeSheet) => {
  const [p] = sheet._protections();
  return p ? { warningOnly: p.isWarningOnly(), editors: p._editors().sort() } : null;
};

describe('ป้องกันข้อมูลตามหน่วยงาน', () => {
  beforeEach(() => {
    env = fakeEnv(sampleWith());
    share(env, SAMPLE_EDITORS, ['naliang.clerk@example.com']);
  });

  it('splits, then protects each unit sheet for its editors and the admins, the admin sheets for the admins', () => {
    const outcome = protectUnits(env.ss as never, 'th');
    expect(outcome.problems).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(protectionOf(env.ss._sheet(NALIANG_SHEET))).toEqual({ warningOnly: false, editors: [ADMIN, 'naliang.demo@example.com', OWNER] });
    expect(protectionOf(env.ss._sheet(PONG_SHEET))).toEqual({ warningOnly: false, editors: [ADMIN, OWNER, 'pongnamron.demo@example.com'] });
    for (const name of ['ตั้งค่า', 'หน่วยงาน', 'ตัวชี้วัด', 'คะแนน', 'มาตรการ']) {
      expect(protectionOf(env.ss._sheet(name))).toEqual({ warningOnly: false, editors: [ADMIN, OWNER] });
    }
    // The clerk who can only view is named with the cell that lists them; protection cannot give edit access.
    expect(outcome.message.th).toContain('naliang.clerk@example.com (หน่วยงาน!H5): ดูได้อย่างเดียว');
    expect(outcome.message.th).toContain('แชร์สเปรดชีตให้เป็นผู้แก้ไขก่อน');
    expect(outcome.protectedSheets).toBe(4 + 5);
  });

  it('lets a unit edit its own sheet only, rows added later included, with no second run', () => {
    setupTemplate(env.ss as never, 'th'); // the generated sheets, warning-only
    protectUnits(env.ss as never, 'th');
    env.session.email = 'naliang.demo@example.com';
    const own = env.ss._sheet(NALIANG_SHEET);
    const later = own.getLastRow() + 40;
    own.getRange(later, 4).setValue('มาตรการที่เพิ่มภายหลัง'); // a row far below: inside the sheet's protection
    expect(own.getRange(later, 4).getValue()).toBe('มาตรการที่เพิ่มภายหลัง');
    env.session.email = 'pongnamron.demo@example.com';
    expect(() => own.getRange(later, 4).setValue('แก้ของหน่วยงานอื่น')).toThrow(PROTECTED);
    expect(() => own.getRange(own.getMaxRows(), 1).setValue('x')).toThrow(PROTECTED);
    expect(() => env.ss._sheet('คะแนน').getRange(2, 4).setValue(100)).toThrow(PROTECTED);
    // The warning-only generated sheets stay open to every editor.
    expect(() => env.ss._sheet('ประวัติรายงาน').getRange(5, 1).setValue('x')).not.toThrow();
  });

  it('is idempotent: a second run adds and removes nobody', () => {
    protectUnits(env.ss as never, 'th');
    const before = env.ss._sheetNames().map((n) => [n, protectionOf(env.ss._sheet(n))]);
    env.calls.reset();
    const again = protectUnits(env.ss as never, 'th');
    expect(again.ok).toBe(true);
    expect(env.calls.count('Protection.addEditors')).toBe(0);
    expect(env.calls.count('Protection.removeEditors')).toBe(0);
    expect(env.ss._sheetNames().map((n) => [n, protectionOf(env.ss._sheet(n))])).toEqual(before);
  });

  it('names an address that is not one with its cell, and writes nothing', () => {
    const grids = sampleWith('admin@amphoe.go.th, ผู้ดูแลอำเภอ');
    grids.sheets[SHEETS.units.th][2][7] = 'pongnamron.demo@example';
    env.uninstall();
    env = fakeEnv(grids);
    share(env, SAMPLE_EDITORS);
    const before = snapshotValues(env);
    const outcome = protectUnits(env.ss as never, 'th');
    expect(outcome.ok).toBe(false);
    const settingsRow = grids.sheets[SHEETS.settings.th].findIndex((r) => r[0] === 'ผู้ดูแล') + 1;
    expect(outcome.problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual([`ตั้งค่า!B${settingsRow} notAnEmail`, 'หน่วยงาน!H3 notAnEmail']);
    expect(snapshotValues(env)).toEqual(before);
    expect(env.ss._sheetNames().flatMap((n) => env.ss._sheet(n)._protections())).toEqual([]);
  });

  it('refuses a person who is neither the owner nor an admin', () => {
    env.session.email = 'naliang.demo@example.com';
    const outcome = protectUnits(env.ss as never, 'th');
    expect(outcome.problems.map((p) => p.code)).toEqual(['protectNotAdmin']);
    expect(env.ss._sheetNames().some((n) => n.startsWith('มาตรการ '))).toBe(false);
  });

  it('stamps an edit in a unit sheet (onEdit)', () => {
    protectUnits(env.ss as never, 'th');
    const sheet = env.ss._sheet(NALIANG_SHEET);
    const range = sheet.getRange(3, 10);
    const now = new Date('2025-04-02T03:00:00Z');
    expect(stampEdit({ range, source: env.ss, user: { getEmail: () => 'naliang.demo@example.com' } } as never, now)).toBe(1);
    expect(sheet.getRange(3, 14, 1, 2).getValues()).toEqual([[now, 'naliang.demo@example.com']]);
  });

  it('ตั้งค่าแม่แบบ creates the sheet of a unit added later and protects it like the others', () => {
    protectUnits(env.ss as never, 'th');
    const units = env.ss._sheet('หน่วยงาน');
    env.session.email = OWNER;
    units.getRange(units.getLastRow() + 1, 1, 1, 8).setValues([['องค์การบริหารส่วนตำบลบ้านใหม่', 'อบต.', 'นิคมคำสร้อย', 'มุกดาหาร', '', '', '', 'banmai@example.com']]);
    env.ss.people.editors.push('banmai@example.com');
    const outcome = setupTemplate(env.ss as never, 'th');
    expect(outcome.unitSheets).toEqual({ created: ['มาตรการ อบต.บ้านใหม่'], problems: [] });
    const sheet = env.ss._sheet('มาตรการ อบต.บ้านใหม่');
    expect(sheet._values()[0]).toEqual(env.ss._sheet('มาตรการ')._values()[0]);
    expect(protectionOf(sheet)).toEqual({ warningOnly: false, editors: [ADMIN, 'banmai@example.com', OWNER] });
    // The dropdown and the status colours are there too.
    expect(sheet.getRange(2, 10).getDataValidation()).not.toBeNull();
    expect(sheet._rules().length).toBeGreaterThan(0);
    // A second run creates nothing.
    expect(setupTemplate(env.ss as never, 'th').unitSheets.created).toEqual([]);
  });

  it('names a unit sheet whose unit was renamed, in every check', () => {
    protectUnits(env.ss as never, 'th');
    env.session.email = OWNER;
    const units = env.ss._sheet('หน่วยงาน');
    const row = units._values().findIndex((r) => r[0] === NALIANG) + 1;
    units.getRange(row, 1).setValue('องค์การบริหารส่วนตำบลนาเลียงเหนือ');
    const problems = analyse(readWorkbookGrids(env.ss as never)).problems;
    expect(problems.find((p) => p.code === 'orphanUnitSheet')).toMatchObject({ sheet: NALIANG_SHEET });
  });
});

describe('split and merge in Sheets', () => {
  it('carries values, notes, formulas and extra columns, and merges back to the same rows', () => {
    env = fakeEnv(buildSampleWorkbook());
    const shared = env.ss._sheet('มาตรการ');
    const before = analyse(readWorkbookGrids(env.ss as never));
    const row = shared._values().findIndex((r) => r[0] === NALIANG && r[2] === 2) + 1;
    shared.getRange(row, 11).setNote('ดูหลักฐานในแฟ้ม');
    shared.getRange(row, 17).setValue('=LEN(D' + row + ')');
    const split = splitUnits(env.ss as never, 'th');
    expect(split.ok).toBe(true);
    expect(shared.getLastRow()).toBe(1);
    const unitSheet = env.ss._sheet(NALIANG_SHEET);
    const at = unitSheet._values().findIndex((r) => r[2] === 2) + 1;
    expect(unitSheet.getRange(at, 11).getNote()).toBe('ดูหลักฐานในแฟ้ม');
    expect(unitSheet.getRange(at, 17).getFormulas()).toEqual([[`=LEN(D${row})`]]);
    expect(unitSheet._values()[0][15]).toBe('หมายเหตุ');
    const after = analyse(readWorkbookGrids(env.ss as never));
    expect(after.assessments).toEqual(before.assessments);
    expect(after.workbook.measures.length).toBe(before.workbook.measures.length);
    const merged = mergeUnits(env.ss as never, 'th');
    expect(merged.ok).toBe(true);
    expect(env.ss._sheetNames().some((n) => n.startsWith('มาตรการ '))).toBe(false);
    const back = analyse(readWorkbookGrids(env.ss as never));
    const key = (a: typeof back) => a.workbook.measures.map(({ row: _r, sheet: _s, ...m }) => JSON.stringify(m)).sort();
    expect(key(back)).toEqual(key(before));
    const noteRow = shared._values().findIndex((r) => r[0] === NALIANG && r[2] === 2) + 1;
    expect(shared.getRange(noteRow, 11).getNote()).toBe('ดูหลักฐานในแฟ้ม');
  });
});

describe('calls grow with units, never with rows', () => {
  const callsOf = (units: number, measures: number, action: 'protect' | 'read') => {
    const e = fakeEnv(generateWorkbook({ units, measures }, 9));
    e.ss.people.owner = e.session.email;
    splitUnits(e.ss as never, 'th');
    e.calls.reset();
    if (action === 'protect') protectUnits(e.ss as never, 'th');
    else readWorkbookGrids(e.ss as never);
    const n = e.calls.total;
    e.uninstall();
    return n;
  };

  it.each(['protect', 'read'] as const)('%s: the same for 40 or 400 measures, more for more units', (action) => {
    const small = callsOf(4, 40, action);
    expect(callsOf(4, 400, action)).toBe(small);
    expect(callsOf(8, 80, action)).toBeGreaterThan(small);
    env = fakeEnv(); // for afterEach
  });
});
