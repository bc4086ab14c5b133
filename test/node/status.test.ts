/** `ita status`: the district overview in the terminal and as JSON. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { buildEmptyWorkbook } from '../../src/core/workbook/sample';
import { SHEETS } from '../../src/core/workbook/template';
import { toCalendarDate } from '../../src/core/engine/calendar';
import { isoDay } from '../../src/core/views/overview';
import { setClock } from '../../src/core/engine/clock';
import { saveWorkbook as writeWorkbook } from '../../src/node/save';
import { districtWorkbook, NEW_UNIT, NIKHOM, PONG } from '../fixtures/district';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'ita-status-'));

// A fixed day after FY 2568 (the district workbook's year): 10 Nov 2025, 10:00 in Bangkok.
const AFTER_FY = new Date('2025-11-10T03:00:00Z');
beforeEach(() => setClock(AFTER_FY));
afterEach(() => setClock(null));

const district = districtWorkbook;

const UNIT_KEYS = ['unit', 'itaYear', 'total', 'level', 'measures', 'done', 'inProgress', 'notStarted', 'cancelled', 'overdue', 'percentDone', 'reported', 'lastEdit', 'flags'];

describe.each(['xlsx', 'json'])('ita status on a district workbook (.%s)', (ext) => {
  const file = join(dir, `district.${ext}`);
  beforeAll(async () => { await writeWorkbook(file, district()); });

  it('--json --round 6: exactly the documented shape, every unit, attention first', async () => {
    const r = await run('status', file, '--round', '6', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['fiscalYear', 'asOf', 'units']);
    expect(json.fiscalYear).toBe(2568);
    expect(json.asOf).toBe('2025-03-31');
    expect(json.units).toHaveLength(5);
    for (const u of json.units) expect(Object.keys(u)).toEqual(UNIT_KEYS);
    expect(json.units[0]).toEqual({
      unit: NEW_UNIT, itaYear: null, total: null, level: null, measures: 0, done: 0, inProgress: 0, notStarted: 0, cancelled: 0,
      overdue: 0, percentDone: 0, reported: null, lastEdit: null, flags: ['noMeasures', 'noReport', 'noScores'],
    });
    const pong = json.units.find((u: { unit: string }) => u.unit === PONG);
    expect(pong.reported).toEqual({ link: 'https://docs.google.com/document/d/pong6', date: '2025-04-10' });
    expect(pong.flags).toEqual(['overdue']);
    const nikhom = json.units.find((u: { unit: string }) => u.unit === NIKHOM);
    expect(nikhom).toMatchObject({ itaYear: 2567, level: 'ผ่านดี', measures: 5, flags: ['noReport'] });
    expect(nikhom.done + nikhom.inProgress + nikhom.notStarted + nikhom.cancelled).toBe(5);
    expect(json.units[json.units.length - 1].unit).toBe(NIKHOM); // the only unit without overdue measures
  });

  it('--as-of: statuses on that day (BE or CE year), the report of the round last ended', async () => {
    const ce = JSON.parse((await run('status', file, '--as-of', '2025-01-15', '--json')).out);
    const be = JSON.parse((await run('status', file, '--as-of', '2568-01-15', '--json')).out);
    expect(be).toEqual(ce);
    expect(ce.asOf).toBe('2025-01-15');
    // Round 3 (ended 31 Dec) is due: โป่งน้ำร้อน's 6-month report does not count for it.
    expect(ce.units.find((u: { unit: string }) => u.unit === PONG).flags).toContain('noReport');
  });

  it('no round and no day, on 10 Nov 2025: the fiscal year is over, so its last day and the 12-month report', async () => {
    const json = JSON.parse((await run('status', file, '--json')).out);
    expect(json.asOf).toBe('2025-09-30');
    expect(json.fiscalYear).toBe(2568);
  });

  it('no round and no day, on 10 Feb 2025 (FY 2568 running): as of today', async () => {
    setClock(new Date('2025-02-10T03:00:00Z'));
    expect(JSON.parse((await run('status', file, '--json')).out).asOf).toBe('2025-02-10');
  });

  it('no round and no day, at 23:30 on 30 Sep 2025 in Bangkok (16:30 UTC): still the fiscal year\'s last day', async () => {
    setClock(new Date('2025-09-30T16:30:00Z'));
    expect(JSON.parse((await run('status', file, '--json')).out).asOf).toBe('2025-09-30');
    setClock(new Date('2025-09-30T17:30:00Z')); // 1 Oct in Bangkok: FY 2568 is over, its last day
    expect(JSON.parse((await run('status', file, '--json')).out).asOf).toBe('2025-09-30');
  });

  it('--round 6 while the round is still running (10 Feb 2025): as of today, the round not ended', async () => {
    setClock(new Date('2025-02-10T03:00:00Z'));
    const r = await run('status', file, '--round', '6');
    expect(r.out.split('\n')[0]).toBe('ภาพรวมหน่วยงาน ปีงบประมาณ 2568 ข้อมูล ณ วันที่ 10 กุมภาพันธ์ 2568 · รายงานรอบ 6 เดือน (ยังไม่สิ้นสุดรอบ)');
  });

  it('a terminal table: header, one line per unit, the count of units needing attention', async () => {
    const r = await run('status', file, '--round', '6');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('ภาพรวมหน่วยงาน ปีงบประมาณ 2568 ข้อมูล ณ วันที่ 31 มีนาคม 2568 · รายงานรอบ 6 เดือน (สิ้นสุดรอบแล้ว)');
    expect(lines[3]).toMatch(new RegExp(`^${NEW_UNIT}\\s+–\\s+0\\s+0`));
    expect(lines[3]).toContain('ยังไม่กรอกมาตรการ, ยังไม่มีรายงานรอบ 6 เดือน, ไม่มีคะแนน ITA');
    // โป่งน้ำร้อน: 10 measures, one cancelled (sample no. 8): 5 of the 9 active done, 55.56 %.
    expect(r.out).toMatch(new RegExp(`${PONG}\\s+55\\.56\\s+10\\s+5\\s+4\\s+0\\s+1\\s+1\\s+✓ 10 เม.ย. 2568`));
    expect(lines[lines.length - 1]).toBe('ต้องติดตาม 5 จาก 5 หน่วยงาน');
    const en = await run('status', file, '--round', '6', '--lang', 'en');
    expect(en.out.split('\n')[0]).toBe('District overview, fiscal year 2568, as of 2025-03-31 · 6-month report (round ended)');
  });
});

describe('ita status: mistakes', () => {
  const file = join(dir, 'ok.json');
  beforeAll(async () => { await writeWorkbook(file, buildEmptyWorkbook()); });

  it('usage errors exit 2 and say why', async () => {
    let r = await run('status', file, '--round', '6', '--as-of', '2025-03-31');
    expect(r.code).toBe(2);
    expect(r.err).toContain('ใช้ --round หรือ --as-of อย่างใดอย่างหนึ่ง');
    r = await run('status', file, '--as-of', '31/3/2568');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD');
    r = await run('status', file, '--as-of', '2025-02-30');
    expect(r.code).toBe(2);
    expect((await run('status', file, '--round', '5')).code).toBe(2);
    expect((await run('status')).code).toBe(2);
  });

  it('an invalid workbook: every problem with its cell, exit 1', async () => {
    const grids = district();
    grids.sheets[SHEETS.measures.th][1][9] = 'เสร็จบางส่วนมั้ง';
    const bad = join(dir, 'bad.json');
    await writeWorkbook(bad, grids);
    const r = await run('status', bad, '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('มาตรการ!J2');
  });

  it('a workbook with no units says so', async () => {
    const r = await run('status', file, '--year', '2568', '--round', '6');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ยังไม่มีหน่วยงานในชีตหน่วยงาน');
    expect(JSON.parse((await run('status', file, '--year', '2568', '--round', '6', '--json')).out)).toEqual({ fiscalYear: 2568, asOf: '2025-03-31', units: [] });
  });
});
