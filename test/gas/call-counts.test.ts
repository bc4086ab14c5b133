/**
 * Batching: compute rankings and set up the template make the same service calls for
 * 10 rows as for 20,000 (rows of Scores and of Measures), so time does not grow with calls.
 */
import { computeRankings } from '../../src/gas/rankings';
import { setupTemplate } from '../../src/gas/setup';
import { computeOverview } from '../../src/gas/overview';
import { SHEETS } from '../../src/core/workbook/template';
import { SEED000_SCORES, seedWorkbook } from '../fixtures/seed000';
import { fakeEnv, type Env } from './helpers';

const NOW = new Date('2024-03-31T07:05:00Z');
const head = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);

/** `rows` score rows (10 indicators × rows/10 units) and `rows` measure rows. */
function workbookWith(rows: number) {
  const units = Array.from({ length: rows / 10 }, (_, i) => `อบต.ทดสอบ ${i + 1}`);
  const codes = Object.keys(SEED000_SCORES);
  const scores = units.flatMap((u, i) => codes.map((c) => [u, 2565, c, Math.round((SEED000_SCORES[c] - (i % 40)) * 100) / 100]));
  const measures = Array.from({ length: rows }, (_, i) =>
    [units[i % units.length], 2566, i + 1, `มาตรการที่ ${i + 1}`, '7', 'วิธีการ', 'สำนักปลัด', 'ไตรมาส 2', '6', 'อยู่ระหว่างดำเนินการ', '', '', '', '', '']);
  return seedWorkbook({ units, scores: [head('scores'), ...scores], measures: [head('measures'), ...measures] });
}

let env: Env;
afterEach(() => env.uninstall());

function callsOf(rows: number, run: (env: Env) => void): { calls: Record<string, number>; total: number; ms: number } {
  env = fakeEnv(workbookWith(rows));
  const started = Date.now();
  run(env);
  const ms = Date.now() - started;
  const out = { calls: env.calls.snapshot(), total: env.calls.total, ms };
  env.uninstall();
  return out;
}

describe('service calls at 10 and at 20,000 rows', () => {
  it('compute rankings: identical calls, and the rankings really were written', () => {
    let written = 0;
    const run = (e: Env) => {
      expect(computeRankings(e.ss as never, 'th', NOW).written).toBe(true);
      written = e.ss._sheet('อันดับ').getMaxRows();
    };
    const small = callsOf(10, run);
    const smallRows = written;
    const large = callsOf(20_000, run);
    expect(large.calls).toEqual(small.calls);
    expect(written).toBeGreaterThan(smallRows * 1000);
    console.info(`compute rankings: ${small.total} service calls at 10 rows, ${large.total} at 20,000 rows (${large.ms} ms in the fakes)`);
    expect(small.calls['Range.setValues']).toBe(2); // อันดับ, then ภาพรวม from the same read
    expect(small.calls['Range.getValues']).toBe(5); // one read per input sheet (no report log here)
  }, 120_000);

  it('สรุปภาพรวม: identical calls, with the report log read once, and every unit really was written', () => {
    let rows = 0;
    const run = (e: Env) => {
      e.ss._addSheet(SHEETS.reportLog.th, [SHEETS.reportLog.columns.map((c) => c.th), [NOW, 'อบต.ทดสอบ 1', 2566, 6, 'https://docs.google.com/document/d/x', '', 'รายงานผล', '', '', '']]);
      e.calls.reset();
      expect(computeOverview(e.ss as never, 'th', NOW).written).toBe(true);
      rows = e.ss._sheet('ภาพรวม').getMaxRows();
    };
    const small = callsOf(10, run);
    const smallRows = rows;
    const large = callsOf(20_000, run);
    expect(large.calls).toEqual(small.calls);
    expect(rows - smallRows).toBe(2_000 - 1); // 1 unit → 2,000 units, one row each
    expect(small.calls['Range.getValues']).toBe(6); // the input sheets and the report log
    expect(small.calls['Range.setValues']).toBe(1); // the bars are formulas among the values
    console.info(`overview: ${small.total} service calls at 1 unit, ${large.total} at 2,000 units (${large.ms} ms in the fakes)`);
  }, 120_000);

  it('setup: identical calls on a set-up workbook and on a raw one', () => {
    const first = (e: Env) => setupTemplate(e.ss as never, 'th');
    const twice = (e: Env) => { setupTemplate(e.ss as never, 'th'); e.calls.reset(); setupTemplate(e.ss as never, 'th'); };
    const small = callsOf(10, first);
    const large = callsOf(20_000, first);
    expect(large.calls).toEqual(small.calls);
    const small2 = callsOf(10, twice);
    const large2 = callsOf(20_000, twice);
    expect(large2.calls).toEqual(small2.calls);
    console.info(`setup: ${small.total} service calls at 10 rows, ${large.total} at 20,000 rows; a second run ${small2.total} / ${large2.total}`);
  }, 120_000);
});
