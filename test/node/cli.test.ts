import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/node/cli';
import ExcelJS from 'exceljs';
import { SHEETS } from '../../src/core/workbook/template';
import { buildEmptyWorkbook } from '../../src/core/workbook/sample';
import { readWorkbook } from '../../src/node/workbook-io';
import { displayWidth, formatTable } from '../../src/node/terminal-table';

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
  it('writes the sample workbook, the first unit\'s plan and report, and prints the rankings and the overview', async () => {
    const out = join(dir, 'demo');
    const r = await run('demo', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(statSync(join(out, 'sample.xlsx')).size).toBeGreaterThan(0);
    expect(statSync(join(out, 'report.docx')).size).toBeGreaterThan(0);
    expect(statSync(join(out, 'plan.docx')).size).toBeGreaterThan(0);
    expect(r.out).toContain('ผลการประเมิน ITA ปี 2567');
    expect(r.out).toContain('ภาพรวมหน่วยงาน ปีงบประมาณ 2568');
    expect(r.out).toContain(join(out, 'report.docx'));
    expect(r.out).toContain(join(out, 'plan.docx'));
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

describe('messages a person can act on', () => {
  const lines = (s: string) => s.trim().split('\n');

  it('usage mistakes are named in Thai (Node\'s English explanations replaced), the usage shown once', async () => {
    const unknown = await run('init', '--foo', join(dir, 'u.xlsx'));
    expect(unknown.code).toBe(2);
    expect(lines(unknown.err)).toEqual(['ใช้คำสั่งไม่ถูกต้อง: ไม่รู้จักตัวเลือก --foo', '  ita init <out.xlsx|out.json> [--force]']);
    expect((await run('rank', 'x.json', '--year')).err).toContain('ตัวเลือก --year ต้องมีค่าตามหลัง');
    expect((await run('rank', 'x.json', '--json=1')).err).toContain('ตัวเลือก --json ไม่รับค่า');
    expect((await run('rank', 'x.json', '--year', 'abc')).err).toContain('--year ต้องเป็นจำนวนเต็ม เช่น 2567 (ได้รับ "abc")');
    const none = await run('check');
    expect(lines(none.err)).toEqual(['ใช้คำสั่งไม่ถูกต้อง: ต้องระบุไฟล์ 1 ไฟล์', '  ita check <workbook.xlsx|workbook.json>']);
    expect((await run('check', 'a.json', 'b.json')).err).toContain('ระบุได้ไฟล์เดียว แต่ได้รับ 2 ค่า: "a.json", "b.json"');
    expect((await run('init', join(dir, 'o.txt'))).err).toContain('ต้องลงท้ายด้วย .xlsx หรือ .json');
    expect((await run('rank', 'x.json', '--bogus', '--lang', 'en')).err).toContain('Usage error: Unknown option --bogus');
    expect(unknown.err + none.err).not.toMatch(/To specify a positional|argument missing/);
  });

  it('--lang takes th or en only', async () => {
    const r = await run('check', 'x.json', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang ต้องเป็น th หรือ en (ได้รับ "fr")');
    expect((await run('check', 'x.json', '--lang')).code).toBe(2);
  });

  it('a file that cannot be written is exit 1 with the reason in Thai, no stack trace', async () => {
    const folder = join(dir, 'taken.json');
    mkdirSync(folder, { recursive: true });
    const r = await run('init', folder);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`เขียนไฟล์ "${folder}" ไม่ได้: เป็นโฟลเดอร์ ไม่ใช่ไฟล์\n`);
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const under = await run('sample', join(file, 'x.xlsx'), '--lang', 'en');
    expect(under.code).toBe(1);
    expect(under.err).toContain('a file stands where a folder is needed');
    expect(r.err + under.err).not.toMatch(/\bat \w+|Error:/);
  });

  it('reading a folder says it is a folder', async () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder, { recursive: true });
    const r = await run('check', folder);
    expect(r.code).toBe(1);
    expect(r.err).toBe('อ่าน "folder.xlsx" ไม่ได้: เป็นโฟลเดอร์ ไม่ใช่ไฟล์\n');
  });

  it('init says what to do next; rank on a template says where scores go; rank of a year with none lists the years', async () => {
    const file = join(dir, 'next.xlsx');
    const init = await run('init', file);
    expect(init.out).toContain(`ขั้นต่อไป: เพิ่มหน่วยงานในชีต "หน่วยงาน"`);
    expect(init.out).toContain(`ita check ${file}`);
    const empty = await run('rank', file);
    expect(empty.code).toBe(0);
    expect(empty.out).toBe('ยังไม่มีคะแนน: กรอกคะแนนในชีต "คะแนน" (หน่วยงาน ปีงบประมาณ ตัวชี้วัด คะแนน) ก่อน\n');
    const sample = join(dir, 'years.json');
    await run('sample', sample);
    expect((await run('rank', sample, '--year', '2599')).out).toBe('ไม่มีคะแนนของปี 2599 (ปีที่มีคะแนน: 2565, 2566, 2567)\n');
  });

  it('report: --out must be .docx; a misspelt unit lists the workbook\'s units', async () => {
    const sample = join(dir, 'report-units.json');
    await run('sample', sample);
    const txt = await run('report', sample, '--unit', 'x', '--out', join(dir, 'r.txt'));
    expect(txt.code).toBe(2);
    expect(txt.err).toContain('ต้องเป็นไฟล์ .docx');
    const r = await run('report', sample, '--unit', 'นิคม', '--out', join(dir, 'r.docx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ไม่พบหน่วยงาน "นิคม"');
    expect(r.err).toContain('หน่วยงานในสมุดงาน: องค์การบริหารส่วนตำบลนิคมคำสร้อย, ');
    expect((await run('report', sample, '--unit', 'x', '--out', join(dir, 'r.docx'), '--round', '5')).err).toContain('--round ต้องเป็น 3, 6, 9 หรือ 12 (ได้รับ "5")');
  });

  it('report takes --as-of, --date, --doc-no, --cover, --endorsement; says the as-of day; refuses a date that is not YYYY-MM-DD', async () => {
    const out = join(dir, 'opts.docx');
    const sample = join(dir, 'report-opts.json');
    await run('sample', sample);
    const r = await run('report', sample, '--unit', 'องค์การบริหารส่วนตำบลนาเลียง', '--out', out, '--round', '3',
      '--as-of', '2024-12-15', '--date', '2025-01-10', '--doc-no', 'นพ 81201/9', '--memo', '--cover', '--endorsement');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ข้อมูล ณ วันที่ 15 ธันวาคม 2567 (--as-of 2024-12-15)');
    const bad = await run('report', sample, '--unit', 'องค์การบริหารส่วนตำบลนาเลียง', '--out', out, '--as-of', '15/12/2567');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as-of ต้องเป็นวันที่แบบ YYYY-MM-DD');
  });

  it('the template from ita init reads back with its headers, and its .xlsx carries the dropdowns', async () => {
    const file = join(dir, 'template.xlsx');
    expect((await run('init', file)).code).toBe(0);
    const grids = await readWorkbook(file);
    expect(grids).toEqual(buildEmptyWorkbook());
    // The memo's ส่วนราชการ line (issue 9): optional Units columns for the division and its phone.
    expect(grids.sheets[SHEETS.units.th][0].slice(-2)).toEqual(['ส่วนราชการเจ้าของเรื่อง', 'โทรศัพท์']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const dv = (name: string) => (wb.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } }).dataValidations.model;
    expect(Object.values(dv(SHEETS.scores.th)).some((v) => v.type === 'list')).toBe(true);
    expect(Object.values(dv(SHEETS.measures.th)).some((v) => v.type === 'list' && String(v.formulae[0]).includes('ยังไม่ดำเนินการ'))).toBe(true);
  });
});

describe('terminal tables', () => {
  // What a terminal draws: Thai vowels/tone marks above or below take no column; SARA AM takes one.
  const columns = (s: string) => [...s].filter((c) => !/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(c)).length;

  it('rows with SARA AM (การใช้อำนาจ) line up with the others', () => {
    const table = formatTable(['ตัวชี้วัด', 'คะแนน'], [['3. การใช้อำนาจ', '92.85'], ['2. การใช้งบประมาณ', '93.40'], ['6. คุณภาพการดำเนินงาน', '88.35']], ['left', 'right']);
    const widths = table.split('\n').map(columns);
    expect(new Set(widths).size).toBe(1);
    expect(displayWidth('การใช้อำนาจ')).toBe(10);
  });
});
