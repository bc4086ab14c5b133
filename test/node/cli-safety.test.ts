/** Issue 11: the CLI never destroys a workbook, and writes every file atomically. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { writeFileAtomic } from '../../src/node/atomic-write';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'ita-safe-'));
const noTemporaryFiles = (folder: string) => expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe.each(['init', 'sample'])('ita %s on an existing file', (command) => {
  it.each(['xlsx', 'json'])('refuses a .%s that is there (exit 2, Thai reason, file untouched); --force replaces it', async (ext) => {
    const file = join(dir, `${command}-kept.${ext}`);
    writeFileSync(file, 'the user’s data');
    const r = await run(command, file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`มีไฟล์ "${file}" อยู่แล้ว จึงไม่เขียนทับ`);
    expect(r.err).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('the user’s data');
    expect((await run(command, file, '--lang', 'en')).err).toContain('already exists and is not overwritten');

    const forced = await run(command, file, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file).length).toBeGreaterThan(100);
    expect((await run('check', file)).code).toBe(0);
    noTemporaryFiles(dir);
  });
});

describe('report outputs never land on a workbook', () => {
  const workbook = join(dir, 'input.json');
  beforeAll(async () => expect((await run('sample', workbook)).code).toBe(0));

  it.each([
    ['the input workbook itself', () => workbook],
    ['another .xlsx', () => join(dir, 'other.xlsx')],
    ['a .json', () => join(dir, 'other.JSON')],
  ])('--out at %s is refused (exit 2) and nothing is written', async (_, target) => {
    const before = readFileSync(workbook, 'utf8');
    const r = await run('report', workbook, '--unit', 'องค์การบริหารส่วนตำบลนิคมคำสร้อย', '--out', target());
    expect(r.code).toBe(2);
    expect(r.err).toContain('รายงานจะไม่เขียนทับสมุดงาน');
    expect(readFileSync(workbook, 'utf8')).toBe(before);
    expect(() => statSync(join(dir, 'other.xlsx'))).toThrow();
  });

  it('--out-dir cannot be the workbook or look like one', async () => {
    for (const target of [workbook, join(dir, 'reports.xlsx')]) {
      const r = await run('report', workbook, '--all', '--out-dir', target);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--out-dir');
    }
    expect(() => statSync(join(dir, 'reports.xlsx'))).toThrow();
  });

  it('a .docx next to the workbook is written, atomically (no temporary file left)', async () => {
    const out = join(dir, 'r.docx');
    const r = await run('report', workbook, '--unit', 'องค์การบริหารส่วนตำบลนิคมคำสร้อย', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    noTemporaryFiles(dir);
  });
});

describe('ita demo keeps a sample.xlsx that is already there', () => {
  it('uses it as it is, and rebuilds it only with --force', async () => {
    const out = join(dir, 'demo');
    mkdirSync(out, { recursive: true });
    expect((await run('sample', join(out, 'sample.xlsx'))).code).toBe(0);
    const before = statSync(join(out, 'sample.xlsx')).mtimeMs;
    const r = await run('demo', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ใช้สมุดงานตัวอย่างที่มีอยู่แล้ว');
    expect(statSync(join(out, 'sample.xlsx')).mtimeMs).toBe(before);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file or leaves the old one: a failed write keeps it and leaves no temporary file', () => {
    const file = join(dir, 'atomic.json');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    // A folder where the file should go: the rename fails, and the error names the user's path.
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    let error: NodeJS.ErrnoException | undefined;
    try {
      writeFileAtomic(folder, 'x');
    } catch (e) {
      error = e as NodeJS.ErrnoException;
    }
    expect(error?.path).toBe(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    noTemporaryFiles(dir);
  });
});

describe('a workbook without its ตัวชี้วัด sheet', () => {
  it('ranks with the default framework; the warning goes to stderr and stdout stays one JSON object', async () => {
    const file = join(dir, 'no-framework.json');
    expect((await run('sample', file)).code).toBe(0);
    const grids = JSON.parse(readFileSync(file, 'utf8'));
    delete grids.sheets['ตัวชี้วัด'];
    writeFileSync(file, JSON.stringify(grids));
    const r = await run('rank', file, '--json', '--year', '2565');
    expect(r.code).toBe(0);
    expect(r.err).toContain('⚠ ตัวชี้วัด: ไม่พบชีต "ตัวชี้วัด": ใช้กรอบตัวชี้วัดมาตรฐาน');
    const nikhom = JSON.parse(r.out).assessments.find((a: { unit: string }) => a.unit === 'องค์การบริหารส่วนตำบลนิคมคำสร้อย');
    expect(nikhom.total).toBe(87.57);
  });

  it('a missing หน่วยงาน sheet is one problem that says what to do, not one per row', async () => {
    const file = join(dir, 'no-units.json');
    expect((await run('sample', file)).code).toBe(0);
    const grids = JSON.parse(readFileSync(file, 'utf8'));
    delete grids.sheets['หน่วยงาน'];
    writeFileSync(file, JSON.stringify(grids));
    const r = await run('check', file);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([expect.stringMatching(/^หน่วยงาน: ไม่พบชีต "หน่วยงาน": ใช้เมนู ตั้งค่าแม่แบบ .*ita init/)]);
  });
});

describe('numbers as typed on the command line', () => {
  it('--year takes Thai digits', async () => {
    const workbook = join(dir, 'years.json');
    await run('sample', workbook);
    const r = await run('rank', workbook, '--json', '--year', '๒๕๖๖');
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out).unitRanking)).toEqual(['2566']);
  });
});
