/**
 * Issue 11: the real CLI on damaged workbooks — check, rank, report and status answer with problems
 * (exit 1) or results (exit 0), never an exception or a stack trace, and on problems write
 * nothing.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { jsonGrids, readWorkbook } from '../../src/node/workbook-io';
import { analyse } from '../../src/core/workbook/analyse';
import { randomWorkbook, someUnit } from '../fixtures/random-workbook';

jest.setTimeout(120_000);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'ita-prop-'));
let n = 0;

it('ita check / rank --json / report / status --json: exit 0 or 1, never a throw; on problems no report file', async () => {
  await fc.assert(fc.asyncProperty(randomWorkbook, async (grids) => {
    const file = join(dir, `w${++n}.json`);
    writeFileSync(file, jsonGrids(grids));
    const problems = analyse(await readWorkbook(file)).problems.length;
    const out = join(dir, `r${n}.docx`);
    const results = [
      await run('check', file), await run('rank', file, '--json'), await run('report', file, '--unit', someUnit(grids), '--out', out),
      await run('status', file, '--json'),
    ];
    for (const r of results) {
      expect([0, 1]).toContain(r.code);
      expect(r.out + r.err).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    }
    const [check, rank, report, status] = results;
    if (problems > 0) {
      expect([check.code, rank.code, report.code, status.code]).toEqual([1, 1, 1, 1]);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(check.code).toBe(0);
      expect(rank.code).toBe(0);
      expect(Object.keys(JSON.parse(rank.out))).toEqual(['assessments', 'unitRanking']);
      expect(status.code).toBe(0);
      expect(JSON.parse(status.out)).toHaveProperty('units');
      expect(existsSync(out)).toBe(report.code === 0);
    }
  }), { numRuns: 40 });
});
