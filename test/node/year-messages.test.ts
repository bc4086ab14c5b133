/**
 * Issue 20, points 3 and 6 through the CLI: `--unit` by short and bare name, an ambiguous name
 * listing the candidates, and messages that say what to do (import into a workbook without the
 * pasted unit, the plan's undated warning naming --date, `ita check` of a workbook with no
 * units agreeing with the sidebar's "not ready", and `ita … | head` exiting quietly on EPIPE).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { main } from '../../src/node/cli';
import { writeJsonGrids } from '../../src/node/workbook-io';
import { SHEETS } from '../../src/core/workbook/template';
import { seed000Text, seedWorkbook } from '../fixtures/seed000';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-year-msg-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const sample = join(dir, 'sample.json');
beforeAll(async () => expect((await run('sample', sample)).code).toBe(0));

describe('--unit takes the short and the bare name', () => {
  it('report and plan find อบต.นิคมคำสร้อย by "นิคมคำสร้อย" and "อบต.นิคมคำสร้อย"', async () => {
    const r = await run('report', sample, '--unit', 'นิคมคำสร้อย', '--out', join(dir, 'r.docx'), '--no-log');
    expect(r.err).not.toContain('ไม่พบหน่วยงาน');
    expect(r.code).toBe(0);
    const p = await run('plan', sample, '--unit', 'อบต.นิคมคำสร้อย', '--out', join(dir, 'p.docx'), '--date', '2567-10-01', '--no-log');
    expect(p.code).toBe(0);
  });

  it('an ambiguous name is an error listing the candidates; nothing is written', async () => {
    const file = join(dir, 'two.json');
    await writeJsonGrids(file, seedWorkbook({ units: ['องค์การบริหารส่วนตำบลคำสร้อย', 'เทศบาลตำบลคำสร้อย'], scores: [SHEETS.scores.columns.map((c) => c.th)] }));
    const r = await run('plan', file, '--unit', 'คำสร้อย', '--out', join(dir, 'amb.docx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ชื่อ "คำสร้อย" ตรงกับหลายหน่วยงาน: องค์การบริหารส่วนตำบลคำสร้อย, เทศบาลตำบลคำสร้อย');
  });
});

describe('messages that say what to do', () => {
  it('import-scores into a workbook without the pasted unit says to add it (or choose one with --unit)', async () => {
    const file = join(dir, 'other.json');
    await writeJsonGrids(file, seedWorkbook({ units: ['เทศบาลตำบลคำชะอี'], scores: [SHEETS.scores.columns.map((c) => c.th)] }));
    const paste = join(dir, 'paste.txt');
    writeFileSync(paste, seed000Text());
    const r = await run('import-scores', file, '--file', paste);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ซึ่งยังไม่มีในชีต "หน่วยงาน": เพิ่มหน่วยงานนี้ในชีต "หน่วยงาน" ก่อน');
    expect(r.err).toContain('--unit <ชื่อหน่วยงาน>');
    expect(r.err).not.toContain('• เลือกหน่วยงานที่จะนำเข้าคะแนน\n');
  });

  it('the plan\'s undated warning names --date', async () => {
    // The sample's fiscal year is 2568; "today" is the machine's: give a year whose adoption time is long past.
    const r = await run('plan', sample, '--unit', 'นาเลียง', '--year', '2568', '--out', join(dir, 'undated.docx'), '--no-log');
    expect(r.code).toBe(0);
    expect(r.err).toContain('เว้นวันที่ประกาศไว้ให้กรอกเอง');
    expect(r.err).toContain('--date YYYY-MM-DD');
    expect(r.err).toContain('--date 2567-10-01');
  });

  it('ita check of a workbook with no units says "not ready" with the sidebar\'s words', async () => {
    const file = join(dir, 'empty.json');
    expect((await run('init', file)).code).toBe(0);
    const r = await run('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ยังไม่พร้อม — ยังไม่มีข้อมูลให้ตรวจสอบ: พิมพ์ชื่อหน่วยงานในชีต "หน่วยงาน" ก่อน');
    expect(r.out).not.toContain('ข้อมูลถูกต้อง');
    expect((await run('check', file, '--lang', 'en')).out).toContain('not ready — Nothing to check yet');
  });
});

describe('ita … | head', () => {
  const bundle = join(__dirname, '..', '..', 'build', `epipe-test-${process.pid}.js`);
  beforeAll(() => {
    buildSync({
      entryPoints: [join(__dirname, '..', '..', 'src', 'node', 'cli.ts')], outfile: bundle, bundle: true,
      platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'error',
    });
  });
  afterAll(() => rmSync(bundle, { force: true }));

  it('exits quietly (0, nothing on stderr) when the reader closes the pipe', async () => {
    // bin/ita.js's start-up, against the freshly bundled CLI; stdout's reader goes away at once.
    const script = `const { main, quietOnBrokenPipe } = require(${JSON.stringify(bundle)}); quietOnBrokenPipe();`
      + `(async () => { for (let i = 0; i < 20; i++) await main(['rank', ${JSON.stringify(sample)}]); })().then(() => { process.exitCode = 0; });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
