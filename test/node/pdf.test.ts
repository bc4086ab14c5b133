/**
 * `--pdf` on `ita report` / `ita plan`: the PDF next to each .docx, converted by the real
 * LibreOffice (/usr/bin/soffice here); without soffice on PATH, exit 2 with how to install it
 * and the .docx still written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { findSoffice } from '../../src/node/pdf';

// LibreOffice starts in seconds on an idle machine; a busy one (the whole suite) takes longer.
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-pdf-'));
const sample = join(dir, 'sample.xlsx');
const UNIT = 'องค์การบริหารส่วนตำบลหัวเรือ';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

/** Runs `fn` with PATH holding no LibreOffice (node's own folder only). */
async function withoutSoffice<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = join(dir, 'no-soffice-here');
  try {
    return await fn();
  } finally {
    process.env.PATH = saved;
  }
}

beforeAll(async () => {
  expect((await run('sample', sample)).code).toBe(0);
});

describe('--pdf', () => {
  it('finds soffice on PATH, and not when PATH lacks it', () => {
    expect(findSoffice()).toMatch(/soffice$|libreoffice$/);
    expect(findSoffice('/nonexistent')).toBeNull();
  });

  it('ita report --all --out-dir --pdf: a PDF next to every .docx (one soffice run), the report\'s text in it', async () => {
    const out = join(dir, 'all');
    const r = await run('report', sample, '--all', '--out-dir', out, '--pdf');
    expect(r.err.split('\n').filter((l) => l && !l.startsWith('คำเตือน'))).toEqual([]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    const docx = files.filter((f) => f.endsWith('.docx'));
    expect(docx).toHaveLength(4);
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual(docx.map((f) => f.replace(/\.docx$/, '.pdf')));
    expect(files.filter((f) => f.startsWith('.ita-pdf-'))).toEqual([]); // the work folder is gone
    const pdf = join(out, `${UNIT} รายงานมาตรการ ITA 2568 รอบ 6 เดือน.pdf`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(UNIT);
    expect(r.out).toContain('เขียน PDF 4 ไฟล์ใน');
  });

  it('without soffice on PATH: exit 2 with how to install it; the .docx is still written, no PDF', async () => {
    const file = join(dir, 'plan.docx');
    const r = await withoutSoffice(() => run('plan', sample, '--unit', UNIT, '--out', file, '--pdf'));
    expect(r.code).toBe(2);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'plan.pdf'))).toBe(false);
    expect(r.err).toContain('ไม่พบ LibreOffice (คำสั่ง soffice) จึงยังไม่ได้ทำ PDF — ไฟล์ .docx เขียนแล้ว');
    expect(r.err).toContain('sudo apt install libreoffice-writer');
    const en = await withoutSoffice(() => run('report', sample, '--unit', UNIT, '--out', join(dir, 'r.docx'), '--pdf', '--lang', 'en'));
    expect(en.code).toBe(2);
    expect(en.err).toContain('LibreOffice (the soffice command) was not found');
    expect(existsSync(join(dir, 'r.docx'))).toBe(true);
  });

  it('ita plan --unit --pdf writes the year-start PDF next to its .docx', async () => {
    const file = join(dir, 'one-plan.docx');
    const r = await run('plan', sample, '--unit', UNIT, '--out', file, '--pdf');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'one-plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.out).toContain(`เขียน PDF ${join(dir, 'one-plan.pdf')} แล้ว`);
  });
});
