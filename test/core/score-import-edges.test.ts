/**
 * Score import at its edges: how a paste is cut into lines (Windows and old-Mac line ends,
 * page source, entities, invisible characters), which lines are totals and levels, what a
 * district table (TSV/CSV) may look like, which rows and columns are refused and with which
 * message, and how the plan writes into a Scores sheet that staff have typed themselves.
 * The happy paths live in score-import.test.ts.
 */
import {
  applyBlock, importRequest, importResult, planScoreImport, previewOf, runScoreImport,
  type ScoreImportRequest, type ScoreWriteBlock,
} from '../../src/core/score-import/plan';
import { levelFromText, readPastedScores, readPastedYear } from '../../src/core/score-import/paste';
import { asTable, readScoreTable, splitDelimited } from '../../src/core/score-import/table';
import { importText } from '../../src/core/i18n/import-text';
import { groupFrameworks } from '../../src/core/engine/frameworks';
import { DEFAULT_FRAMEWORK_ROWS, SHEETS } from '../../src/core/workbook/template';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { SEED000_SCORES, SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';
import { GAMMA, framework2570Workbook } from '../fixtures/framework2570';

const FRAMEWORK = groupFrameworks(DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool: tool as 'IIT', weight })))[0];
const FRAMEWORKS = [FRAMEWORK];
const SCORES_HEADER = SHEETS.scores.columns.map((c) => c.th);
const NOW = new Date('2025-11-10T03:00:00Z'); // FY 2569 in Bangkok
const OTHER = 'เทศบาลตำบลคำชะอี';
const CODES = Object.keys(SEED000_SCORES);
/** Seed 000's ten scores as "ตัวชี้วัดที่ N score" lines (no unit, no year, no total). */
const TEN_LINES = CODES.map((code) => `ตัวชี้วัดที่ ${code} ${SEED000_SCORES[code]}`).join('\n');

const emptyWorkbook = (units: string[] = [SEED000_UNIT, OTHER]): WorkbookGrids => seedWorkbook({ scores: [SCORES_HEADER], units });
const scoresOf = (grids: WorkbookGrids) => grids.sheets[SHEETS.scores.th];
const en = (notes: { key: string; params: Record<string, unknown> }[]) => notes.map((n) => importText(n as never).en);
const codes = (notes: { code: string }[]) => notes.map((n) => n.code);
const read = (text: string) => readPastedScores(text, FRAMEWORK);
const scoreLines = (text: string) => read(text).scores.map((s) => [s.code, s.score, s.line]);
/** Known units by any name the unit matcher accepts. */
const unitOf = (name: string): string | undefined => ({ [SEED000_UNIT]: SEED000_UNIT, 'อบต.นิคมคำสร้อย': SEED000_UNIT, [OTHER]: OTHER })[name];
/** A district table: rows of cells joined by tabs (what copying a range from a spreadsheet gives). */
const tsv = (rows: unknown[][]): string => rows.map((r) => r.join('\t')).join('\n');
const seedRow = (unit: string, year: number | string): unknown[] => [unit, year, ...CODES.map((c) => SEED000_SCORES[c])];
const readTsv = (rows: unknown[][]) => readScoreTable(asTable(tsv(rows))!, unitOf, FRAMEWORKS);

describe('a paste: lines as the user sees them', () => {
  it('numbers lines the same with Windows (CRLF), old-Mac (CR) and Unix line ends', () => {
    const lines = ['ผลการประเมิน ITA 2565', 'การปฏิบัติหน้าที่ 94.97', 'การใช้งบประมาณ 91.65'];
    const expected = [['1', 94.97, 2], ['2', 91.65, 3]];
    expect(scoreLines(lines.join('\r\n'))).toEqual(expected);
    expect(scoreLines(lines.join('\r'))).toEqual(expected);
    expect(scoreLines(lines.join('\n'))).toEqual(expected);
  });

  it('reads through zero-width spaces (Thai web text) and no-break spaces; the line is shown clean', () => {
    const [score] = read('การปฏิ\u200bบัติ\u200bหน้าที่\u00a094.97').scores;
    expect(score).toMatchObject({ code: '1', score: 94.97, text: 'การปฏิบัติหน้าที่ 94.97' });
  });

  it('reads a markdown-bold total, and shows the line as pasted', () => {
    expect(read('ผลคะแนน **87.57** คะแนน').total).toEqual({ score: 87.57, line: 1, text: 'ผลคะแนน **87.57** คะแนน' });
  });

  it('page source: table cells are words of one line, numeric entities are characters, unknown entities stay as written', () => {
    const html = '<tr><td>ตัวชี้วัดที่ 1</td><td>การปฏิบัติหน้าที่</td><td>&#3673;&#3668;.&#3673;&#3671;</td></tr>'
      + '<tr><td>การใช้งบประมาณ&hellip;</td><td>91.65</td></tr>';
    expect(read(html).scores.map((s) => [s.code, s.score, s.text])).toEqual([
      ['1', 94.97, 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ๙๔.๙๗'],
      ['2', 91.65, 'การใช้งบประมาณ&hellip; 91.65'],
    ]);
  });

  it('page source: a row is numbered by the source line its text starts on', () => {
    const html = [
      '<table>',
      '<tr><td>1</td><td>การปฏิบัติหน้าที่</td><td>94.97</td></tr>',
      '<tr><td></td>', // an empty first cell, the row's text on the next line
      '<td>การใช้งบประมาณ</td><td>91.65</td></tr>',
      '</table>',
    ].join('\n');
    expect(scoreLines(html)).toEqual([['1', 94.97, 2], ['2', 91.65, 4]]);
  });
});

describe('a paste: totals, levels and their headlines', () => {
  it('a total of 100 is a total; a number above 100 after ผลคะแนน is a year, not a total', () => {
    expect(read('ผลคะแนน 100.00').total?.score).toBe(100);
    expect(read('ผลคะแนน 2566 เทียบกับปีก่อน').total).toBeNull();
  });

  it('a number alone on its line is a total only right after the headline "คะแนน <unit>"', () => {
    expect(read('คะแนนสูงสุด\n94.97 คะแนน').total).toBeNull();
    expect(read(`คะแนน ${SEED000_UNIT}\n87.57 คะแนน`).total).toMatchObject({ score: 87.57, line: 2 });
  });

  it('a headline copied without its number gives no total, no unit and no level, and reading goes on', () => {
    const r = read(`คะแนน ${SEED000_UNIT}\nระดับผลการประเมิน\nดูเกณฑ์การประเมิน ?\nการปฏิบัติหน้าที่ 94.97`);
    expect(r).toMatchObject({ total: null, unitText: null, level: null });
    expect(r.scores.map((s) => s.code)).toEqual(['1']);
  });

  it('a lone grade is the level only under its heading (a selection that starts at "A" has none)', () => {
    expect(read('A\nดูเกณฑ์การประเมิน ?\nการปฏิบัติหน้าที่ 94.97').level).toBeNull();
    expect(read('ระดับผลการประเมิน\nA').level).toEqual({ key: 'A', text: 'A', line: 2 });
  });

  it('three different totals are one problem, naming the first two with their lines', () => {
    const r = read('ผลคะแนน 87.57\nคะแนนรวม 78.57\nผลคะแนนรวม 85.75');
    expect(en(r.problems)).toEqual(['Two different totals: 87.57 (line 1) and 78.57 (line 2)']);
  });

  it('a code and a name that disagree: the message names the line and both indicators', () => {
    expect(en(read('ตัวชี้วัดที่ 2 การใช้อำนาจ 90.55').problems)).toEqual(['Line 1: "indicator 2" but the name is indicator 3\'s']);
  });

  it('a short name is read when it holds most of the indicator\'s name (ทรัพย์สิน, งบประมาณ), not a mere word of it (หน้าที่)', () => {
    expect(scoreLines('ทรัพย์สิน 90.66\nงบประมาณ 91.65\nหน้าที่ 94.97')).toEqual([['2', 91.65, 2], ['4', 90.66, 1]]);
  });

  it('the year is found in a heading over two lines, before the first score', () => {
    expect(readPastedYear('ผลการประเมินคุณธรรมและความโปร่งใส\nประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nผลคะแนน 88.10')).toBe(2566);
  });

  it('a cell that is just a level reads as one; anything more is not a level', () => {
    expect(levelFromText(' ผ่านดี ')).toEqual({ key: 'good', text: 'ผ่านดี' });
    expect(levelFromText('AA')).toEqual({ key: 'AA', text: 'AA' });
    expect(levelFromText('A+')).toBeNull();
    expect(levelFromText('ระดับ A')).toBeNull();
  });
});

describe('a district table: cutting the text into rows and cells', () => {
  it('cells lose the spaces around them', () => {
    expect(splitDelimited(` ${SEED000_UNIT} , 2565 , 94.97 `, ',')).toEqual([{ line: 1, cells: [SEED000_UNIT, '2565', '94.97'] }]);
  });

  it('a quoted cell may hold the delimiter and "" for a quote, and may follow a space (", "-separated CSV)', () => {
    expect(splitDelimited('"หน่วยงาน", "ปี", "คะแนนรวม"\n"อบต.""นิคมคำสร้อย""", 2565, "87,57"', ',').map((r) => r.cells)).toEqual([
      ['หน่วยงาน', 'ปี', 'คะแนนรวม'],
      ['อบต."นิคมคำสร้อย"', '2565', '87,57'],
    ]);
  });

  it('a quote inside an unquoted cell is just a character', () => {
    expect(splitDelimited(`${SEED000_UNIT}\t2565\tได้ระดับ "A" ตามประกาศ`, '\t')[0].cells).toEqual([SEED000_UNIT, '2565', 'ได้ระดับ "A" ตามประกาศ']);
  });

  it('rows are numbered as the lines of the text with CRLF, CR or LF line ends; empty rows are skipped, not renumbered', () => {
    const lines = ['หน่วยงาน,ปี,1', `${SEED000_UNIT},2565,94.97`, `${OTHER},2565,90`];
    for (const end of ['\r\n', '\r', '\n']) {
      expect(splitDelimited(lines.join(end), ',').map((r) => [r.line, r.cells[0]])).toEqual([[1, 'หน่วยงาน'], [2, SEED000_UNIT], [3, OTHER]]);
    }
    const withBlanks = ['หน่วยงาน\tปี\t1', '', `${SEED000_UNIT}\t2565\t94.97`, ' \t \t ', `${OTHER}\t2565\t90`, '\t\t'].join('\n');
    expect(splitDelimited(withBlanks, '\t').map((r) => r.line)).toEqual([1, 3, 5]);
  });
});

describe('a district table: when pasted text is a table', () => {
  it('a table needs unit and year columns, found by name in any order, and at least three columns', () => {
    expect(asTable('ปี\tหน่วยงาน\t1\n2565\tอบต.นิคมคำสร้อย\t94.97')?.header.cells).toEqual(['ปี', 'หน่วยงาน', '1']);
    expect(asTable('หน่วยงาน\tปีงบประมาณ\tคะแนนรวม')).not.toBeNull(); // three columns: a table (of totals)
    expect(asTable(`หน่วยงาน\t1\t2\n${SEED000_UNIT}\t94.97\t91.65`)).toBeNull(); // no year column
    expect(asTable('ปี\t1\t2\n2565\t94.97\t91.65')).toBeNull(); // no unit column
    expect(asTable(`หน่วยงาน\tปี\n${SEED000_UNIT}\t2565`)).toBeNull(); // two columns
    expect(asTable(',,,\n,,,')).toBeNull(); // an empty range copied as CSV
  });

  it('blank lines before the header (as a copied range often starts) do not hide the table', () => {
    const table = tsv([['หน่วยงาน', 'ปี', ...CODES], seedRow(SEED000_UNIT, 2565)]);
    expect(asTable(`\n${table}`)?.rows).toHaveLength(1);
    expect(asTable(`   \n\t\n${table}`)?.rows).toHaveLength(1);
  });

  it('a paste of two columns is read as text, not as a table', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: `หน่วยงาน\tปี\n${SEED000_UNIT}\t2565`, year: 2565 }, NOW);
    expect(plan.source).toBe('paste');
    expect(codes(plan.problems)).toEqual(['noScores', 'needUnit']);
  });
});

describe('a district table: columns', () => {
  it('reads a level column and keeps the level the row gives', () => {
    const reading = readTsv([['หน่วยงาน', 'ปี', ...CODES, 'ระดับผลการประเมิน'], [...seedRow(SEED000_UNIT, 2565), ' A ']]);
    expect(reading.warnings).toEqual([]);
    expect(reading.rows[0].level).toEqual({ key: 'A', text: 'A' });
  });

  it('the level column in the plan: a level the scores do not give is a warning', () => {
    const text = tsv([['หน่วยงาน', 'ปี', ...CODES, 'ระดับ'], [...seedRow(SEED000_UNIT, 2565), 'ผ่านดีเยี่ยม']]);
    const plan = planScoreImport(emptyWorkbook(), { text }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.unitYears[0]).toMatchObject({ level: 'ผ่านดีเยี่ยม', computedLevel: 'A' });
    expect(en(plan.warnings)).toEqual(['The text gives level ผ่านดีเยี่ยม, the scores give A']);
  });

  it('an empty header cell (a spacer column) is neither an indicator nor a warning', () => {
    const reading = readTsv([['หน่วยงาน', 'ปี', '', ...CODES], [SEED000_UNIT, 2565, '', ...CODES.map((c) => SEED000_SCORES[c])]]);
    expect(reading.problems).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.rows[0].scores).toHaveLength(10);
  });

  it('two columns for one indicator are one problem naming both headers, however many rows', () => {
    const header = ['หน่วยงาน', 'ปี', ...CODES, 'ประสิทธิภาพการสื่อสาร'];
    const reading = readTsv([header, [...seedRow(SEED000_UNIT, 2565), 79.63], [...seedRow(OTHER, 2565), 79.63]]);
    expect(en(reading.problems)).toEqual(['Columns "7" and "ประสิทธิภาพการสื่อสาร" are the same indicator (7)']);
  });

  it('a table of totals only (no indicator column) is refused, saying what a header must be', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: tsv([['หน่วยงาน', 'ปี', 'คะแนนรวม'], [SEED000_UNIT, 2565, 87.57]]) }, NOW);
    expect(plan.source).toBe('table');
    expect(en(plan.problems)).toEqual(['The table has no indicator column (headers are indicator codes or names)']);
    expect(plan.block).toBeNull();
  });

  it('a table whose other columns are no indicator at all is refused too, each column named', () => {
    const reading = readTsv([['หน่วยงาน', 'ปี', 'อำเภอ', 'จังหวัด'], [SEED000_UNIT, 2565, 'นิคมน้ำอูน', 'มุกดาหาร']]);
    expect(codes(reading.problems)).toEqual(['noIndicatorColumns']);
    expect(en(reading.warnings)).toEqual(['Column "อำเภอ" is not recognised and is not imported', 'Column "จังหวัด" is not recognised and is not imported']);
  });

  it('when no row has a readable year, only the years are reported (columns are judged against a year\'s framework)', () => {
    const reading = readTsv([['หน่วยงาน', 'ปี', ...CODES, 'อำเภอ'], [...seedRow(SEED000_UNIT, 'ปีที่แล้ว'), 'นิคมน้ำอูน']]);
    expect(en(reading.problems)).toEqual(['Row 2: year "ปีที่แล้ว" must be a 4-digit Buddhist-Era year, e.g. 2567']);
    expect(reading.warnings).toEqual([]);
  });

  it('the total column may come first', () => {
    const reading = readTsv([['คะแนนรวม', 'หน่วยงาน', 'ปี', ...CODES], [87.57, ...seedRow(SEED000_UNIT, 2565)]]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows[0]).toMatchObject({ unit: SEED000_UNIT, total: 87.57 });
  });
});

describe('a district table: rows', () => {
  const header = ['หน่วยงาน', 'ปี', ...CODES, 'คะแนนรวม'];

  it('a blank indicator cell is a missing score, not a score; a blank total is no total', () => {
    const row = [...seedRow(SEED000_UNIT, 2565), ''];
    row[2 + 6] = ''; // indicator 7
    const reading = readTsv([header, row]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows[0]).toMatchObject({ total: null, missing: ['7'] });
    expect(reading.rows[0].scores.map((s) => s.code)).toEqual(CODES.filter((c) => c !== '7'));
  });

  it('a row shorter than the header (trailing cells left off) just misses those scores', () => {
    const reading = readTsv([header, seedRow(SEED000_UNIT, 2565).slice(0, 10)]);
    expect(reading.problems).toEqual([]);
    expect(reading.rows[0]).toMatchObject({ total: null, missing: ['9', '10'] });
  });

  it('a blank year is refused, naming the row', () => {
    const reading = readTsv([header, [...seedRow(SEED000_UNIT, 2565), 87.57], [...seedRow(OTHER, ''), 87.57]]);
    expect(en(reading.problems)).toEqual(['Row 3: year "" must be a 4-digit Buddhist-Era year, e.g. 2567']);
    expect(reading.rows.map((r) => r.row)).toEqual([2]);
  });

  it('a year before any framework is one problem, however many rows have it', () => {
    const reading = readTsv([header, [...seedRow(SEED000_UNIT, 2561), ''], [...seedRow(OTHER, 2561), '']]);
    expect(en(reading.problems)).toEqual(['No indicator framework for 2561 in the "ตัวชี้วัด" (Indicators) sheet']);
    expect(reading.rows).toEqual([]);
  });

  it('scores below 0 or above 100 are refused, naming row and column', () => {
    const row = [...seedRow(SEED000_UNIT, 2565), ''];
    row[2] = -5;
    row[3] = 101;
    expect(en(readTsv([header, row]).problems)).toEqual([
      'Row 2, column "1": "-5" is not a score from 0 to 100',
      'Row 2, column "2": "101" is not a score from 0 to 100',
    ]);
  });

  it('a total that is not a score from 0 to 100 is refused, naming its column, and the row is not read', () => {
    const reading = readTsv([
      header,
      [...seedRow(SEED000_UNIT, 2565), 'รอประกาศ'],
      [...seedRow(OTHER, 2565), 100.5],
      [...seedRow(OTHER, 2566), -1],
      [...seedRow(OTHER, 2567), 0],
    ]);
    expect(en(reading.problems)).toEqual([
      'Row 2, column "คะแนนรวม": "รอประกาศ" is not a score from 0 to 100',
      'Row 3, column "คะแนนรวม": "100.5" is not a score from 0 to 100',
      'Row 4, column "คะแนนรวม": "-1" is not a score from 0 to 100',
    ]);
    expect(reading.rows.map((r) => [r.row, r.total])).toEqual([[5, 0]]);
  });

  it('a total with no score beside it is still shown, with nothing computed', () => {
    const row = [SEED000_UNIT, 2565, ...CODES.map(() => ''), 87.57, 'A'];
    const plan = planScoreImport(emptyWorkbook(), { text: tsv([[...header, 'ระดับ'], row]) }, NOW);
    expect(plan.unitYears).toEqual([{ unit: SEED000_UNIT, year: 2565, total: 87.57, computedTotal: null, level: 'A', computedLevel: null, missing: CODES }]);
  });

  it('an official total that differs from the scores is a warning giving both and the difference', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: tsv([header, [...seedRow(SEED000_UNIT, 2565), 88.07]]) }, NOW);
    expect(plan.problems).toEqual([]);
    expect(en(plan.warnings)).toEqual(['Official total 88.07 differs from the computed 87.57 (0.50); the official total is reported']);
  });

  it('with a score missing, the total is not compared (the computed one is incomplete); the missing code is named', () => {
    const row = [...seedRow(SEED000_UNIT, 2565), 87.57];
    row[2 + 6] = '';
    const plan = planScoreImport(emptyWorkbook(), { text: tsv([header, row]) }, NOW);
    expect(en(plan.warnings)).toEqual([`${SEED000_UNIT} 2565: no score for indicator(s) 7; only those found are imported`]);
    expect(plan.unitYears[0].missing).toEqual(['7']);
  });

  it('a table plan has no matched paste lines', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: tsv([header, [...seedRow(SEED000_UNIT, 2565), 87.57]]) }, NOW);
    expect(plan).toMatchObject({ source: 'table', unit: null, year: null, matched: [], problems: [], warnings: [] });
  });
});

describe('the plan: what the request says', () => {
  it('a request without text (as a broken client may send) is "nothing pasted", with nothing planned', () => {
    const nothing = {
      source: 'empty', unit: null, year: null, unitYears: [], matched: [], changes: [], problems: [{ code: 'empty', key: 'import.problem.empty', params: {} }], warnings: [], block: null,
    };
    expect(planScoreImport(emptyWorkbook(), undefined as unknown as ScoreImportRequest, NOW)).toEqual(nothing);
    expect(planScoreImport(emptyWorkbook(), { text: 42 } as unknown as ScoreImportRequest, NOW)).toEqual(nothing);
    expect(planScoreImport(emptyWorkbook(), { text: ' \n\t' }, NOW)).toEqual(nothing);
  });

  it('a year left empty, null or blank takes the year the text names', () => {
    for (const year of [undefined, null, '', '   ']) {
      const plan = planScoreImport(emptyWorkbook(), { text: seed000Text(), year }, NOW);
      expect(plan).toMatchObject({ source: 'paste', year: 2565, problems: [] });
    }
  });

  it('a unit left empty or blank takes the unit the text names', () => {
    for (const unit of [undefined, null, '', '   ']) {
      expect(planScoreImport(emptyWorkbook(), { text: seed000Text(), unit }, NOW)).toMatchObject({ unit: SEED000_UNIT, problems: [] });
    }
  });

  it('an unknown unit is named as typed, without the spaces around it', () => {
    expect(en(planScoreImport(emptyWorkbook(), { text: TEN_LINES, unit: '  อบต.ไม่มีจริง ', year: 2565 }, NOW).problems))
      .toEqual(['Unit "อบต.ไม่มีจริง" is not in the "หน่วยงาน" (Units) sheet']);
  });

  it('a bare name two units share is refused, naming both', () => {
    const units = ['เทศบาลตำบลโป่งน้ำร้อน', 'องค์การบริหารส่วนตำบลโป่งน้ำร้อน'];
    const plan = planScoreImport(emptyWorkbook(units), { text: TEN_LINES, unit: 'โป่งน้ำร้อน', year: 2565 }, NOW);
    expect(en(plan.problems)).toEqual([`"โป่งน้ำร้อน" fits several units: ${units.join(', ')} — give the full name, or อบต./ทต./ทม./ทน./อบจ. before the name`]);
    expect(plan.unit).toBeNull();
  });

  it('the text names one unit, another is chosen: the message names both', () => {
    expect(en(planScoreImport(emptyWorkbook(), { text: seed000Text(), unit: OTHER }, NOW).problems))
      .toEqual([`The text is the result of "${SEED000_UNIT}", but the unit chosen is "${OTHER}"`]);
  });

  it('the text names a unit the workbook lacks: chosen, the scores go to the chosen unit with a warning; not chosen, the message says what to do', () => {
    const chosen = planScoreImport(emptyWorkbook([OTHER]), { text: seed000Text(), unit: OTHER }, NOW);
    expect(chosen.problems).toEqual([]);
    expect(chosen.unit).toBe(OTHER);
    expect(en(chosen.warnings)).toEqual([`The text names "${SEED000_UNIT}", which is not in the Units sheet; the scores go to "${OTHER}" as chosen`]);
    const notChosen = planScoreImport(emptyWorkbook([OTHER]), { text: seed000Text() }, NOW);
    expect(en(notChosen.problems)).toEqual([
      `The text is the result of "${SEED000_UNIT}", which is not in the "หน่วยงาน" (Units) sheet: add the unit there first and import again, or choose the matching unit (sidebar: the "Unit" field; ita import-scores: --unit <name>)`,
    ]);
  });

  it('without a unit nothing is planned for anyone', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: TEN_LINES, year: 2565 }, NOW);
    expect(plan).toMatchObject({ unit: null, unitYears: [], changes: [], block: null });
  });

  it('a year before any framework is named in the message', () => {
    expect(en(planScoreImport(emptyWorkbook(), { text: TEN_LINES, unit: SEED000_UNIT, year: '๒๕๖๑' }, NOW).problems))
      .toEqual(['No indicator framework for 2561 in the "ตัวชี้วัด" (Indicators) sheet']);
  });

  it('a paste of some indicators imports those and names the others', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: 'การปฏิบัติหน้าที่ 94.97\nการใช้งบประมาณ 91.65', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(en(plan.warnings)).toEqual([`${SEED000_UNIT} 2565: no score for indicator(s) 3, 4, 5, 6, 7, 8, 9, 10; only those found are imported`]);
    expect(plan.changes.map((c) => c.code)).toEqual(['1', '2']);
  });
});

describe('the plan: the workbook it reads', () => {
  it('a missing Scores sheet is a problem with its own key and sheet; a missing Measures sheet is not', () => {
    const noScores = emptyWorkbook();
    delete noScores.sheets[SHEETS.scores.th];
    expect(planScoreImport(noScores, { text: seed000Text() }, NOW).problems).toEqual([
      expect.objectContaining({ code: 'missingSheet', key: 'problem.missingSheet', sheet: 'คะแนน' }),
    ]);
    const noMeasures = emptyWorkbook();
    delete noMeasures.sheets[SHEETS.measures.th];
    expect(planScoreImport(noMeasures, { text: seed000Text() }, NOW).problems).toEqual([]);
  });

  it('a problem elsewhere in the Scores sheet (another unit\'s unreadable score) does not block the import', () => {
    const grids = emptyWorkbook();
    scoresOf(grids).push([OTHER, 2564, 1, 'เก้าสิบ']);
    const plan = planScoreImport(grids, { text: seed000Text() }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.block?.row).toBe(3);
  });

  it('an existing row typed with the short unit name is the same unit-year: identical scores write nothing', () => {
    const grids = seedWorkbook({ scores: [SCORES_HEADER, ...CODES.map((c) => ['อบต.นิคมคำสร้อย', 2565, Number(c), SEED000_SCORES[c]])] });
    const plan = planScoreImport(grids, { text: TEN_LINES, unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.changes.map((c) => c.kind)).toEqual(new Array(10).fill('same'));
    expect(plan.block).toBeNull();
  });

  it('rows of the Scores sheet with an indicator the framework lacks are left alone', () => {
    const grids = emptyWorkbook();
    scoresOf(grids).push([SEED000_UNIT, 2565, 'ตัวชี้วัดที่ 11', 70]);
    const plan = planScoreImport(grids, { text: TEN_LINES, unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => c.kind)).toEqual(new Array(10).fill('add'));
    expect(plan.block?.row).toBe(3);
  });

  it('of two rows for one unit-year-indicator, the first is the one compared', () => {
    const grids = emptyWorkbook();
    scoresOf(grids).push([SEED000_UNIT, 2565, 7, 79.63], [SEED000_UNIT, 2565, 7, 76.93]);
    const plan = planScoreImport(grids, { text: 'ตัวชี้วัดที่ 7 79.63', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.changes).toEqual([expect.objectContaining({ code: '7', kind: 'same', cell: 'คะแนน!D2', before: 79.63 })]);
  });

  it('a score cell holding words is a conflict that quotes them', () => {
    const grids = emptyWorkbook();
    scoresOf(grids).push([SEED000_UNIT, 2565, 7, 'รอผล']);
    const plan = planScoreImport(grids, { text: 'ตัวชี้วัดที่ 7 79.63', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.changes[0]).toMatchObject({ kind: 'replace', before: 'รอผล', after: 79.63 });
    expect(en(plan.problems)).toEqual([`คะแนน!D2 already holds "รอผล", the import gives 79.63 (${SEED000_UNIT} 2565 7); choose "replace" to overwrite it`]);
  });

  it('a row with a blank score cell exists (before is "", not null) and is not a score of 0', () => {
    const grids = emptyWorkbook();
    scoresOf(grids).push([SEED000_UNIT, 2565, 7, '']);
    const plan = planScoreImport(grids, { text: tsv([['หน่วยงาน', 'ปี', '7'], [SEED000_UNIT, 2565, 0]]) }, NOW);
    expect(plan.changes).toEqual([expect.objectContaining({ kind: 'replace', before: '', after: 0, cell: 'คะแนน!D2' })]);
    expect(en(plan.problems)).toEqual([`คะแนน!D2 already holds "", the import gives 0.00 (${SEED000_UNIT} 2565 7); choose "replace" to overwrite it`]);
  });
});

describe('the plan: what it writes', () => {
  /** A Scores sheet as staff lay it out: a running number first, a note between year and indicator. */
  const ownLayout = (): WorkbookGrids => seedWorkbook({
    units: [SEED000_UNIT, OTHER],
    scores: [
      ['ลำดับ', 'หน่วยงาน', 'ปีงบประมาณ', 'หมายเหตุ', 'ตัวชี้วัด', 'คะแนน'],
      [1, 'อบต.นิคมคำสร้อย', 2565, 'พิมพ์จากประกาศ', 'ประสิทธิภาพการสื่อสาร', 76.93],
    ],
  });

  it('new rows fill unit, year, indicator and score in the sheet\'s own columns, leaving other cells blank', () => {
    const grids = ownLayout();
    const plan = planScoreImport(grids, { text: 'ตัวชี้วัดที่ 9 85.28\nตัวชี้วัดที่ 10 87.50', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.block).toEqual({ sheet: 'คะแนน', row: 3, column: 2, values: [[SEED000_UNIT, 2565, '', 9, 85.28], [SEED000_UNIT, 2565, '', 10, 87.5]] });
    applyBlock(grids, plan.block!);
    expect(scoresOf(grids).slice(2)).toEqual([['', SEED000_UNIT, 2565, '', 9, 85.28], ['', SEED000_UNIT, 2565, '', 10, 87.5]]);
  });

  it('a replaced row keeps how it was typed (short unit name, indicator by name, its note): only the score changes', () => {
    const grids = ownLayout();
    const plan = planScoreImport(grids, { text: 'ตัวชี้วัดที่ 7 79.63', unit: SEED000_UNIT, year: 2565, replace: true }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.block).toEqual({ sheet: 'คะแนน', row: 2, column: 2, values: [['อบต.นิคมคำสร้อย', 2565, 'พิมพ์จากประกาศ', 'ประสิทธิภาพการสื่อสาร', 79.63]] });
    applyBlock(grids, plan.block!);
    expect(scoresOf(grids)[1]).toEqual([1, 'อบต.นิคมคำสร้อย', 2565, 'พิมพ์จากประกาศ', 'ประสิทธิภาพการสื่อสาร', 79.63]);
  });

  it('indicator codes are written as people type them: 10 as a number, X1 as text', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: 'ตัวชี้วัดที่ 10 87.50', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.block?.values).toEqual([[SEED000_UNIT, 2565, 10, 87.5]]);
    const grids = framework2570Workbook();
    const gamma = planScoreImport(grids, { text: tsv([['หน่วยงาน', 'ปี', 'X1'], [GAMMA, 2570, 85]]) }, NOW);
    expect(gamma.problems).toEqual([]);
    expect(gamma.block?.values).toEqual([[GAMMA, 2570, 'X1', 85]]);
  });

  it('writing pads the sheet\'s shorter rows with blanks to the header\'s width', () => {
    const grids = emptyWorkbook();
    scoresOf(grids)[0].push('หมายเหตุ');
    scoresOf(grids).push([OTHER, 2564, 1, 90]);
    const plan = planScoreImport(grids, { text: 'ตัวชี้วัดที่ 1 94.97', unit: SEED000_UNIT, year: 2565 }, NOW);
    applyBlock(grids, plan.block!);
    expect(scoresOf(grids).slice(1)).toEqual([[OTHER, 2564, 1, 90, ''], [SEED000_UNIT, 2565, 1, 94.97, '']]);
  });
});

describe('the plan: its outcome, preview and the servers\' side', () => {
  it('the outcome says what was written and where, in the sheet\'s own name', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: seed000Text() }, NOW);
    expect(importText(importResult(plan).message).en).toBe('Imported 11 score(s) (0 replaced) into the "คะแนน" sheet');
    const english = emptyWorkbook();
    english.sheets.Scores = [['Unit', 'Year', 'Indicator', 'Score']];
    delete english.sheets[SHEETS.scores.th];
    const planEn = planScoreImport(english, { text: seed000Text() }, NOW);
    expect(planEn.block?.sheet).toBe('Scores');
    expect(importText(importResult(planEn).message).en).toBe('Imported 11 score(s) (0 replaced) into the "Scores" sheet');
  });

  it('a blocked import says how many problems and that nothing was written', () => {
    const result = importResult(planScoreImport(emptyWorkbook(), { text: seed000Text(), unit: OTHER }, NOW));
    expect(result).toMatchObject({ written: 0, replaced: 0 });
    expect(importText(result.message).en).toBe('Not imported: 1 problem(s); nothing was written');
  });

  it('the preview is the plan without its block', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: seed000Text() }, NOW);
    const preview = previewOf(plan);
    expect(preview).not.toHaveProperty('block');
    expect({ ...preview, block: plan.block }).toEqual(plan);
  });

  it('a request from the sidebar keeps only the fields it knows, typed; anything else is left out', () => {
    expect(importRequest({ text: 'ผลคะแนน 87.57', unit: SEED000_UNIT, year: '๒๕๖๕', replace: true, extra: 1 }))
      .toEqual({ text: 'ผลคะแนน 87.57', unit: SEED000_UNIT, year: '๒๕๖๕', replace: true });
    expect(importRequest({ text: 'x', year: 2565 })).toEqual({ text: 'x', unit: null, year: 2565, replace: false });
    expect(importRequest({ text: 5, unit: 7, year: true, replace: 'true' })).toEqual({ text: '', unit: null, year: null, replace: false });
    expect(importRequest(null)).toEqual({ text: '', unit: null, year: null, replace: false });
    expect(importRequest('ผลคะแนน 87.57')).toEqual({ text: '', unit: null, year: null, replace: false });
  });

  it('running an import writes its block once, and nothing when blocked or when every score is already there', () => {
    const grids = emptyWorkbook();
    const writes: ScoreWriteBlock[] = [];
    const write = (block: ScoreWriteBlock) => { writes.push(block); applyBlock(grids, block); };
    expect(runScoreImport(grids, { text: seed000Text(), year: '2565' }, NOW, write)).toMatchObject({ written: 11, replaced: 0, problems: [] });
    expect(writes).toHaveLength(1);
    expect(scoresOf(grids)).toHaveLength(12);
    expect(runScoreImport(grids, { text: seed000Text() }, NOW, write).written).toBe(0);
    expect(codes(runScoreImport(grids, { text: seed000Text(), unit: OTHER }, NOW, write).problems)).toEqual(['otherUnit']);
    expect(writes).toHaveLength(1);
  });
});

describe('a district table: a year before every framework', () => {
  it('is one problem naming the year, however many rows have it, and those rows give no scores', () => {
    const one = readTsv([['หน่วยงาน', 'ปี', ...CODES], seedRow(SEED000_UNIT, 2560), seedRow(SEED000_UNIT, 2565)]);
    expect(codes(one.problems)).toEqual(['noFramework']);
    expect(one.problems[0].params).toEqual({ year: 2560 });
    expect(one.rows.map((r) => r.year)).toEqual([2565]);
    const two = readTsv([['หน่วยงาน', 'ปี', ...CODES], seedRow(SEED000_UNIT, 2560), seedRow(OTHER, 2560)]);
    expect(codes(two.problems)).toEqual(['noFramework']);
  });
});
