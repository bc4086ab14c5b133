/**
 * The made-up ITA 2570 framework of four tools (test/fixtures/framework2570.ts) offline: typed
 * as rows of an .xlsx (its ชื่อเครื่องมือ column too), `ita rank` lists the four tools in the
 * framework's order and `ita report` writes a .docx that names them.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/node/cli';
import { writeWorkbookXlsx } from '../../src/node/xlsx-write';
import { SHEETS } from '../../src/core/workbook/template';
import { ALPHA, BETA, GAMMA, XIT_NAME, framework2570Workbook } from '../fixtures/framework2570';
import { readable } from './docx-text';

// Writing and reading .xlsx (exceljs) is slow on a shared machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'ita-2570-'));
const header = (key: keyof typeof SHEETS): string[] => SHEETS[key].columns.map((c) => c.th);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => { out += s + '\n'; }, err: (s) => { err += s + '\n'; } });
  return { code, out, err };
}

const textOf = (xml: string): string =>
  readable(Array.from(xml.matchAll(/<w:p[ >].*?<\/w:p>/gs), (m) => Array.from(m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (t) => t[1]).join('')).join('\n'));

describe('a 2570 framework of four tools through an .xlsx', () => {
  const file = join(dir, 'ita2570.xlsx');
  beforeAll(async () => {
    await writeWorkbookXlsx(file, framework2570Workbook({
      measures: [header('measures'), [ALPHA, 2571, '1', 'มาตรการเปิดเวทีประชาคม', 'X1, X2', 'จัดเวทีรับฟังความคิดเห็น', 'สำนักปลัด', 'ไตรมาส 1', '6, 12', 'ดำเนินการเรียบร้อยแล้ว', '', '', '15/12/2570', '', '']],
    }));
  });

  it('check passes; rank --json gives the tools in the framework\'s order and the 2570 ranking', async () => {
    expect((await run('check', file)).code).toBe(0);
    const r = await run('rank', file, '--json', '--year', '2570');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const alpha = json.assessments.find((a: { unit: string }) => a.unit === ALPHA);
    expect(Object.keys(alpha.tools)).toEqual(['IIT', 'EIT', 'XIT', 'OIT']);
    expect(alpha).toMatchObject({ total: 91.2, level: 'ผ่าน', tools: { IIT: 95, EIT: 91, XIT: 82, OIT: 98 } });
    expect(json.assessments.find((a: { unit: string }) => a.unit === GAMMA).warnings).toContain('ไม่มีคะแนนเครื่องมือ XIT (ตัวชี้วัด!D16): ระดับไม่เกินผ่าน');
    expect(json.unitRanking['2570'].map((u: { unit: string }) => u.unit)).toEqual([BETA, ALPHA, GAMMA]);
  });

  it('rank prints the four tools on the summary line; 2568 keeps its three', async () => {
    const out = (await run('rank', file)).out;
    expect(out).toContain('คะแนนรวม 91.20  ระดับ ผ่าน  (IIT 95.00  EIT 91.00  XIT 82.00  OIT 98.00)');
    expect(out).toContain('คะแนนรวม 87.57  ระดับ ผ่าน  (IIT 91.99  EIT 84.71  OIT 86.39)');
  });

  it('report writes a .docx whose tools sentence names the four tools in order', async () => {
    const out = join(dir, 'alpha.docx');
    const r = await run('report', file, '--unit', ALPHA, '--arabic-digits', '--as-of', '2028-04-10', '--out', out);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = textOf(await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string'));
    expect(text).toContain('คะแนนรายเครื่องมือ ได้แก่ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) 95.00 คะแนน'
      + ' แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) 91.00 คะแนน'
      + ` ${XIT_NAME} (XIT) 82.00 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) 98.00 คะแนน ซึ่งคะแนนของ XIT ต่ำกว่า 85 คะแนน`);
    expect(text).toContain('X1. การมีส่วนร่วมของภาคประชาชน');
  });
});
