import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import { SHEETS } from '../../src/core/template';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-'));

describe.each(['xlsx', 'json'])('sample → check → rank --json through .%s', (ext) => {
  const file = join(dir, `sample.${ext}`);
  beforeAll(async () => expect((await run('sample', file)).code).toBe(0));

  it('check exits 0 on the sample', async () => {
    const r = await run('check', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('rank --json prints exactly the documented object', async () => {
    const r = await run('rank', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['assessments', 'unitRanking']);
    const a = json.assessments.find((x: { unit: string; year: number }) => x.unit.includes('นิคมคำสร้อย') && x.year === 2565);
    expect(Object.keys(a)).toEqual(['unit', 'year', 'total', 'computedTotal', 'officialTotal', 'level', 'tools', 'ranking', 'highest', 'lowest', 'weak', 'warnings']);
    expect(a).toMatchObject({ total: 87.57, officialTotal: 87.57, level: 'A', highest: { code: '1', score: 94.97 }, lowest: { code: '7', score: 79.63 } });
    expect(Object.keys(a.tools)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(a.ranking.map((r: { code: string }) => r.code)).toEqual(['1', '5', '2', '4', '3', '6', '10', '8', '9', '7']);
    expect(Object.keys(a.ranking[0])).toEqual(['rank', 'code', 'name', 'score', 'change']);
    expect(json.unitRanking['2565'][0]).toEqual({ rank: expect.any(Number), unit: expect.any(String), total: expect.any(Number), level: expect.any(String) });
  });

  it('rank --year filters to that ITA year', async () => {
    const json = JSON.parse((await run('rank', file, '--json', '--year', '2566')).out);
    expect(json.assessments.every((a: { year: number }) => a.year === 2566)).toBe(true);
    expect(Object.keys(json.unitRanking)).toEqual(['2566']);
  });

  it('rank prints a readable table', async () => {
    const r = await run('rank', file, '--year', '2565');
    expect(r.code).toBe(0);
    expect(r.out).toContain('คะแนนรวม 87.57');
    expect(r.out).toMatch(/1\s+1\. การปฏิบัติหน้าที่\s+94\.97/);
  });
});

describe('invalid input', () => {
  it('lists every problem with its cell, exits 1 and writes nothing', async () => {
    const file = join(dir, 'bad.json');
    await run('sample', file);
    const grids = JSON.parse(readFileSync(file, 'utf8'));
    const scores: unknown[][] = grids.sheets[SHEETS.scores.th];
    const measures: unknown[][] = grids.sheets[SHEETS.measures.th];
    scores[1][3] = 'ไม่มีคะแนน';
    scores.push([...scores[2]]);
    const statusCol = measures[0].indexOf('สถานะ');
    measures[1][statusCol] = 'เกือบเสร็จ';
    writeFileSync(file, JSON.stringify(grids));
    const before = statSync(file).mtimeMs;
    const r = await run('check', file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3); // one line per problem
    expect(lines[0]).toMatch(/^คะแนน!D2: /);
    expect(lines[1]).toMatch(new RegExp(`^คะแนน!C${scores.length}: `));
    expect(lines[2]).toMatch(/^มาตรการ![A-Z]+2: /);
    expect(r.err).toContain('3');
    expect(r.out + r.err).not.toMatch(/\bat \w+ \(/); // no stack trace
    expect(statSync(file).mtimeMs).toBe(before);
    expect((await run('rank', file, '--json')).code).toBe(1);
  });

  it('a missing file is exit 1 with a Thai message, no stack', async () => {
    const r = await run('check', join(dir, 'nope.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ไม่พบไฟล์');
  });

  it('usage errors exit 2', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('rank')).code).toBe(2);
    expect((await run('rank', 'x.xlsx', '--year', 'abc')).code).toBe(2);
    expect((await run('rank', 'x.xlsx', '--bogus')).code).toBe(2);
  });

  it('speaks English with --lang en', async () => {
    const r = await run('check', join(dir, 'nope.xlsx'), '--lang', 'en');
    expect(r.err).toContain('File not found');
  });
});

describe('demo (npm start)', () => {
  it('writes the sample workbook and the first unit\'s report, and prints the rankings', async () => {
    const out = join(dir, 'demo');
    const r = await run('demo', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(statSync(join(out, 'sample.xlsx')).size).toBeGreaterThan(0);
    expect(statSync(join(out, 'report.docx')).size).toBeGreaterThan(0);
    expect(r.out).toContain('ผลการประเมิน ITA ปี 2567');
    expect(r.out).toContain(join(out, 'report.docx'));
  });
});

describe('an empty template', () => {
  it('checks clean, ranks nothing, and --all says there is no unit (exit 1)', async () => {
    const file = join(dir, 'empty.xlsx');
    expect((await run('init', file)).code).toBe(0);
    expect((await run('check', file)).code).toBe(0);
    expect(JSON.parse((await run('rank', file, '--json')).out)).toEqual({ assessments: [], unitRanking: {} });
    const r = await run('report', file, '--all', '--out-dir', join(dir, 'none'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ยังไม่มีหน่วยงาน');
  });

  it('an unreadable .xlsx is exit 1 with one message in the chosen language, no programmer advice', async () => {
    const file = join(dir, 'garbage.xlsx');
    writeFileSync(file, 'not a zip');
    const th = await run('check', file);
    expect(th.code).toBe(1);
    expect(th.err).toMatch(/^ไฟล์ "garbage.xlsx" ไม่ใช่ไฟล์ Excel/);
    expect(th.err).not.toMatch(/https?:|File|Excel \(\.xlsx\) file/);
    expect((await run('check', file, '--lang', 'en')).err).toMatch(/^"garbage.xlsx" is not a readable Excel/);
  });
});
