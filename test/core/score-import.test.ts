/**
 * Score import in core: seed 000's real ITAS paste, Thai digits, name variants, prose and
 * HTML debris, two values for one indicator, district tables, conflicts and replace.
 */
import { applyBlock, defaultImportYear, importResult, planScoreImport, unitKey } from '../../src/core/score-import/plan';
import { readPastedScores, readPastedYear } from '../../src/core/score-import/paste';
import { importText } from '../../src/core/i18n/import-text';
import { analyse } from '../../src/core/workbook/analyse';
import { groupFrameworks } from '../../src/core/engine/frameworks';
import { DEFAULT_FRAMEWORK_ROWS, SHEETS } from '../../src/core/workbook/template';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { SEED000_ORDER, SEED000_SCORES, SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';

const FRAMEWORK = groupFrameworks(DEFAULT_FRAMEWORK_ROWS.map(([fromYear, code, name, tool, weight]) => ({ fromYear, code, name, tool: tool as 'IIT', weight })))[0];
const SCORES_HEADER = SHEETS.scores.columns.map((c) => c.th);
const NOW = new Date('2025-11-10T03:00:00Z'); // FY 2569 in Bangkok
const OTHER = 'เทศบาลตำบลคำชะอี';

/** Seed 000's workbook with an empty Scores sheet (and a second unit). */
const emptyWorkbook = (): WorkbookGrids => seedWorkbook({ scores: [SCORES_HEADER], units: [SEED000_UNIT, OTHER] });
const scoresOf = (grids: WorkbookGrids) => grids.sheets[SHEETS.scores.th];

describe('seed 000: the ITAS result page as staff paste it', () => {
  const reading = readPastedScores(seed000Text(), FRAMEWORK);

  it('finds the ten indicator scores of the ranking table, each with its line', () => {
    expect(Object.fromEntries(reading.scores.map((s) => [s.code, s.score]))).toEqual(SEED000_SCORES);
    expect(reading.scores[0]).toEqual({ code: '1', name: 'การปฏิบัติหน้าที่', score: 94.97, line: 27, text: '1 การปฏิบัติหน้าที่ 94.97' });
    // "5 ใช้อำนาจ 90.55": the rank 5 before the name is not a score; the short name is indicator 3
    expect(reading.scores.find((s) => s.code === '3')).toMatchObject({ score: 90.55, text: '5 ใช้อำนาจ 90.55' });
    expect(reading.missing).toEqual([]);
    expect(reading.problems).toEqual([]);
  });

  it('reads the total 87.57 (ผลคะแนน ๘๗.๕๗ and the page headline agree), level A and the unit', () => {
    expect(reading.total).toMatchObject({ score: 87.57, line: 7 });
    expect(reading.level).toEqual({ key: 'A', text: 'A', line: 18 });
    expect(reading.unitText).toBe(SEED000_UNIT);
  });

  it('plans ten new rows in one block; written, the engine gives 87.57, A and the seed ranking', () => {
    const grids = emptyWorkbook();
    const plan = planScoreImport(grids, { text: seed000Text(), year: 2565 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.unit).toBe(SEED000_UNIT); // named by the text, none chosen
    expect(plan.unitYears).toEqual([{ unit: SEED000_UNIT, year: 2565, total: 87.57, computedTotal: 87.57, level: 'A', computedLevel: 'A', missing: [] }]);
    expect(plan.changes.map((c) => c.kind)).toEqual(new Array(11).fill('add'));
    expect(plan.changes[10]).toMatchObject({ code: null, after: 87.57, cell: 'คะแนน!D12' });
    expect(plan.block).toMatchObject({ sheet: 'คะแนน', row: 2, column: 1 });
    expect(plan.block?.values[0]).toEqual([SEED000_UNIT, 2565, 1, 94.97]);
    expect(plan.block?.values[10]).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57]);
    applyBlock(grids, plan.block!);
    const analysis = analyse(grids);
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments[0]).toMatchObject({ total: 87.57, officialTotal: 87.57, level: 'A' });
    expect(analysis.assessments[0].ranking.map((r) => r.code)).toEqual(SEED000_ORDER);
    expect(importResult(plan)).toMatchObject({ written: 11, replaced: 0, problems: [] });
  });

  it('the same paste again writes nothing: identical scores are not conflicts', () => {
    const grids = emptyWorkbook();
    applyBlock(grids, planScoreImport(grids, { text: seed000Text(), year: 2565 }, NOW).block!);
    const again = planScoreImport(grids, { text: seed000Text(), year: 2565 }, NOW);
    expect(again.problems).toEqual([]);
    expect(again.changes.every((c) => c.kind === 'same')).toBe(true);
    expect(again.block).toBeNull();
    expect(importText(importResult(again).message).en).toBe('Every score already matches the sheet; nothing to write');
  });
});

describe('the paste parser', () => {
  it('reads Thai digits and "ตัวชี้วัดที่ N", with or without คะแนน', () => {
    const text = [
      'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๔.๙๗ คะแนน', 'ตัวชี้วัดที่ ๒ ๙๑.๖๕', 'ตัวชี้วัดที่ 3: 90.55', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ คะแนน ๙๐.๖๖',
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ๙๒.๑๓', 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ๘๗.๕๒', 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ๗๙.๖๓',
      'ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ๘๖.๙๗', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ๘๕.๒๘', 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ๘๗.๕๐',
      'คะแนนรวม ๘๗.๕๗ ระดับ A',
    ].join('\n');
    const r = readPastedScores(text, FRAMEWORK);
    expect(Object.fromEntries(r.scores.map((s) => [s.code, s.score]))).toEqual(SEED000_SCORES);
    expect(r.total?.score).toBe(87.57);
    expect(r.level?.key).toBe('A');
    expect(r.problems).toEqual([]);
  });

  it('reads the total in each form pages and documents write it', () => {
    const total = (text: string) => readPastedScores(text, FRAMEWORK).total?.score ?? null;
    expect(total('พบว่า มีผลคะแนน ๘๗.๕๗ คะแนน ดังนี้')).toBe(87.57);
    expect(total(`คะแนน ${SEED000_UNIT} 87.57 คะแนน`)).toBe(87.57);
    expect(readPastedScores(`คะแนน ${SEED000_UNIT} 87.57 คะแนน`, FRAMEWORK).unitText).toBe(SEED000_UNIT);
    expect(total(`คะแนน ${SEED000_UNIT}\n\n87.57 คะแนน`)).toBe(87.57);
    expect(total('คะแนนรวม: 87.57')).toBe(87.57);
    expect(total('คะแนนสูงสุด 94.97 คะแนน\nคะแนน สูงสุด 94.97 คะแนน')).toBeNull();
    expect(readPastedScores('ระดับผลการประเมิน: ผ่านดี', FRAMEWORK).level?.key).toBe('good');
    expect(readPastedScores('ทุกระดับ ผ่านการอบรม', FRAMEWORK).level).toBeNull();
  });

  it('matches the name variants documents write, as the engine does', () => {
    const r = readPastedScores('ใช้อำนาจ 90.55\nการปรับปรุงระบบการทำงาน = 86.97\nตัวชี้วัดการเปิดเผยข้อมูล ได้คะแนน 85.28\nการใช้ทรัพย์สินราชการ\t90.66', FRAMEWORK);
    expect(r.scores.map((s) => [s.code, s.score])).toEqual([['3', 90.55], ['4', 90.66], ['8', 86.97], ['9', 85.28]]);
  });

  it('ignores names in prose without a score, years after a name, and statistics lines', () => {
    const text = [
      'มีประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่', '- ๓) ตัวชี้วัดการปรับปรุงระบบการทำงาน', '- ๔) ตัวชี้วัดการเปิดเผยข้อมูล',
      'ตัวชี้วัดการป้องกันการทุจริต ประจำปี พ.ศ. ๒๕๖๕', 'คะแนนสูงสุด **94.97** คะแนน', 'คะแนนต่ำสุด **79.63** คะแนน',
      'ข้อมูล 30 รายการ', 'การปฏิบัติหน้าที่ 94.97',
    ].join('\n');
    const r = readPastedScores(text, FRAMEWORK);
    expect(r.scores.map((s) => [s.code, s.score])).toEqual([['1', 94.97]]);
    expect(r.total).toBeNull();
    expect(r.missing).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('reads through HTML debris and entities (a paste of the page source)', () => {
    const html = '<table><tr><td>1</td><td>การปฏิบัติหน้าที่</td><td>94.97</td></tr><tr><td>2</td><td>การแก้ไขปัญหาการทุจริต</td>\n<td>92.13</td></tr></table>'
      + '<div class="score">คะแนน&nbsp;<b>องค์การบริหารส่วนตำบลนิคมคำสร้อย</b></div><div>87.57 คะแนน</div><p>ระดับผลการประเมิน</p><p><span style="color:red">A</span></p>';
    const r = readPastedScores(html, FRAMEWORK);
    expect(r.scores.map((s) => [s.code, s.score, s.line])).toEqual([['1', 94.97, 1], ['5', 92.13, 1]]); // a row of page source is one line, its newlines mean nothing
    expect(r.total?.score).toBe(87.57);
    expect(r.unitText).toBe(SEED000_UNIT);
    expect(r.level?.key).toBe('A');
  });

  it('two different scores for one indicator are a problem naming both lines, never a guess', () => {
    const r = readPastedScores('การปฏิบัติหน้าที่ 94.97\nการใช้อำนาจ 90.55\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 49.97\nการใช้อำนาจ 90.55', FRAMEWORK);
    expect(r.problems).toHaveLength(1);
    expect(importText(r.problems[0]).en).toBe('Indicator 1 การปฏิบัติหน้าที่ has two scores: 94.97 (line 1) and 49.97 (line 3); check the text and paste again');
    const plan = planScoreImport(emptyWorkbook(), { text: 'การปฏิบัติหน้าที่ 94.97\nการปฏิบัติหน้าที่ 49.97', unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.problems.map((p) => p.code)).toEqual(['twoScores']);
    expect(plan.block).toBeNull();
  });

  it('a code and a name that disagree, and two totals, are problems too', () => {
    const r = readPastedScores('ตัวชี้วัดที่ 2 การใช้อำนาจ 90.55\nผลคะแนน 87.57\nคะแนนรวม 78.57', FRAMEWORK);
    expect(r.problems.map((p) => p.code)).toEqual(['codeAndName', 'twoTotals']);
  });
});

describe('planning a paste against the workbook', () => {
  const tenLines = Object.entries(SEED000_SCORES).map(([code, s]) => `ตัวชี้วัดที่ ${code} ${s}`).join('\n');

  it('warns when the level in the text is not the one the scores give', () => {
    const plan = planScoreImport(emptyWorkbook(), { text: `${tenLines}\nระดับผลการประเมิน B`, unit: SEED000_UNIT, year: 2565 }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.warnings.map((w) => importText(w).en)).toEqual(['The text gives level B, the scores give A']);
  });

  it('checks the year: the text names ITA 2565, so 2567 chosen is a problem and a blank year takes 2565 (never last year\'s scores overwritten)', () => {
    expect(readPastedYear(seed000Text())).toBe(2565);
    expect(readPastedYear('ผลการประเมิน ITA ๒๕๖๗\nตัวชี้วัดที่ 1 90')).toBe(2567);
    expect(readPastedYear(tenLines)).toBeNull();
    expect(readPastedYear('ปี 2566 และปี 2567')).toBeNull(); // two years: ambiguous, nothing assumed
    const wrong = planScoreImport(emptyWorkbook(), { text: seed000Text(), unit: SEED000_UNIT, year: 2567 }, NOW);
    expect(wrong.problems.map((p) => importText(p).th)).toEqual(['ข้อความเป็นผลการประเมินปี 2565 แต่เลือกปี ITA 2567 (เลือกปี 2565 หรือเว้นช่องปีว่าง)']);
    const blank = planScoreImport(emptyWorkbook(), { text: seed000Text(), unit: SEED000_UNIT, year: '' }, NOW);
    expect(blank.problems).toEqual([]);
    expect(blank.year).toBe(2565);
  });

  it('checks the unit: unknown, or another unit than the text names', () => {
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, unit: 'อบต.ไม่มีจริง', year: 2565 }, NOW).problems.map((p) => importText(p).th))
      .toEqual(['ไม่พบหน่วยงาน "อบต.ไม่มีจริง" ในชีต "หน่วยงาน"']);
    const other = planScoreImport(emptyWorkbook(), { text: seed000Text(), unit: OTHER, year: 2565 }, NOW);
    expect(other.problems.map((p) => p.code)).toEqual(['otherUnit']);
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, year: 2565 }, NOW).problems.map((p) => p.code)).toEqual(['needUnit']);
    // "อบต.นิคมคำสร้อย" is the same unit as "องค์การบริหารส่วนตำบลนิคมคำสร้อย"
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, unit: 'อบต. นิคมคำสร้อย', year: 2565 }, NOW).unit).toBe(SEED000_UNIT);
    expect(unitKey('ทต.คำชะอี')).toBe(unitKey(' เทศบาลตำบล คำชะอี'));
  });

  it('the ITA year is a Buddhist-Era year; the default is the reporting fiscal year − 1', () => {
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, unit: SEED000_UNIT, year: 2022 }, NOW).problems.map((p) => importText(p).en))
      .toEqual(['The ITA year "2022" must be a 4-digit Buddhist-Era year, e.g. 2567']);
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, unit: SEED000_UNIT, year: 2561 }, NOW).problems.map((p) => p.code)).toEqual(['noFramework']);
    expect(defaultImportYear({ fiscalYear: 2568 }, { year: 2025, month: 3, day: 1 })).toBe(2567);
    expect(defaultImportYear({ fiscalYear: null }, { year: 2025, month: 11, day: 1 })).toBe(2568); // FY 2569 − 1
    expect(planScoreImport(emptyWorkbook(), { text: tenLines, unit: SEED000_UNIT }, NOW).year).toBe(2568);
  });

  it('a workbook without the Scores sheet, or without its score column, is a problem (measures do not matter)', () => {
    const noSheet = emptyWorkbook();
    delete noSheet.sheets[SHEETS.scores.th];
    expect(planScoreImport(noSheet, { text: tenLines, unit: SEED000_UNIT, year: 2565 }, NOW).problems.map((p) => importText(p).en))
      .toEqual([expect.stringMatching(/^Sheet "คะแนน" is missing: run ตั้งค่าแม่แบบ/)]); // the one problem, saying what to do
    const english = emptyWorkbook();
    english.sheets.Scores = [['Unit', 'Year', 'Indicator']];
    delete english.sheets[SHEETS.scores.th];
    expect(planScoreImport(english, { text: tenLines, unit: SEED000_UNIT, year: 2565 }, NOW).problems.map((p) => p.code)).toEqual(['missingHeader']);
    const badMeasures = emptyWorkbook();
    badMeasures.sheets[SHEETS.measures.th].push([SEED000_UNIT, 2566, 1, 'มาตรการ', '', '', '', '', '', 'สถานะแปลก']);
    expect(planScoreImport(badMeasures, { text: tenLines, unit: SEED000_UNIT, year: 2565 }, NOW).problems).toEqual([]);
  });

  it('nothing pasted, or no score in it, is a problem', () => {
    expect(planScoreImport(emptyWorkbook(), { text: '  \n ' }, NOW).problems.map((p) => p.code)).toEqual(['empty']);
    expect(planScoreImport(emptyWorkbook(), { text: 'สวัสดีครับ', unit: SEED000_UNIT, year: 2565 }, NOW).problems.map((p) => p.code)).toEqual(['noScores']);
  });
});

describe('conflicts, then replace', () => {
  /** The seed's ten scores already in the sheet, one of them typed wrong, and a user column. */
  function typedWorkbook(): WorkbookGrids {
    const grids = seedWorkbook({ units: [SEED000_UNIT, OTHER] });
    const scores = scoresOf(grids);
    scores[0].push('หมายเหตุ');
    for (const row of scores.slice(1)) row.push('พิมพ์เอง');
    scores[7][3] = 76.93; // indicator 7 typed as 76.93 instead of 79.63
    return grids;
  }

  it('an existing score that differs is a conflict naming its cell; nothing is planned', () => {
    const plan = planScoreImport(typedWorkbook(), { text: seed000Text(), year: 2565 }, NOW);
    expect(plan.problems).toEqual([{
      code: 'conflict', sheet: 'คะแนน', cell: 'D8',
      key: 'import.problem.conflict', params: expect.anything(),
    }]);
    expect(importText(plan.problems[0]).en).toBe('คะแนน!D8 already holds 76.93, the import gives 79.63 (องค์การบริหารส่วนตำบลนิคมคำสร้อย 2565 7); choose "replace" to overwrite it');
    expect(plan.block).toBeNull();
    expect(plan.changes.filter((c) => c.kind === 'same')).toHaveLength(9);
    expect(plan.changes.find((c) => c.code === null)).toMatchObject({ kind: 'add', cell: 'คะแนน!D12' });
  });

  it('with replace: the score cell is overwritten in place, the total appended, the user column kept', () => {
    const grids = typedWorkbook();
    const plan = planScoreImport(grids, { text: seed000Text(), year: 2565, replace: true }, NOW);
    expect(plan.problems).toEqual([]);
    expect(importResult(plan)).toMatchObject({ written: 2, replaced: 1 });
    expect(plan.block).toMatchObject({ row: 8, column: 1 });
    expect(plan.block?.values.map((r) => r.length)).toEqual([4, 4, 4, 4, 4]); // the four Scores columns only
    applyBlock(grids, plan.block!);
    const scores = scoresOf(grids);
    expect(scores[7]).toEqual([SEED000_UNIT, 2565, 7, 79.63, 'พิมพ์เอง']);
    expect(scores[11]).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57, '']);
    expect(analyse(grids).assessments[0]).toMatchObject({ total: 87.57, computedTotal: 87.57, level: 'A' });
  });
});

describe('a district table (TSV or CSV, as copied from a spreadsheet)', () => {
  const codes = Object.keys(SEED000_SCORES);
  const seedRow = (unit: string, year: number | string) => [unit, year, ...codes.map((c) => SEED000_SCORES[c]), 87.57];

  it('imports every row: codes or names as headers, Thai digits, an optional total', () => {
    const header = ['หน่วยงาน', 'ปีงบประมาณ', ...codes.map((c) => (c === '3' ? 'ใช้อำนาจ' : c === '7' ? 'ตัวชี้วัดที่ 7' : c)), 'คะแนนรวม'];
    const tsv = [header, seedRow(SEED000_UNIT, 2565), seedRow(OTHER, '๒๕๖๖').map((v, i) => (i === 3 ? '๙๒.๐๐' : v))].map((r) => r.join('\t')).join('\n');
    const grids = emptyWorkbook();
    const plan = planScoreImport(grids, { text: tsv }, NOW);
    expect(plan.source).toBe('table');
    expect(plan.problems).toEqual([]);
    expect(plan.unitYears.map((u) => [u.unit, u.year, u.total])).toEqual([[SEED000_UNIT, 2565, 87.57], [OTHER, 2566, 87.57]]);
    expect(plan.changes).toHaveLength(22);
    applyBlock(grids, plan.block!);
    const analysis = analyse(grids);
    expect(analysis.problems).toEqual([]);
    expect(analysis.assessments.map((a) => [a.unit, a.year, a.total])).toEqual([[SEED000_UNIT, 2565, 87.57], [OTHER, 2566, 87.57]]);
    expect(scoresOf(grids)[13]).toEqual([OTHER, 2566, 2, 92]);
  });

  it('reads CSV with quoted cells', () => {
    const csv = ['"หน่วยงาน","ปี",' + codes.join(','), `"${SEED000_UNIT}",2565,` + codes.map((c) => `"${SEED000_SCORES[c]}"`).join(',')].join('\r\n');
    const plan = planScoreImport(emptyWorkbook(), { text: csv }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => c.after)).toEqual(Object.values(SEED000_SCORES));
  });

  it('a unit missing from หน่วยงาน is a problem naming it and its row; nothing is written', () => {
    const tsv = [['หน่วยงาน', 'ปี', ...codes], seedRow(SEED000_UNIT, 2565).slice(0, 12), seedRow('อบต.หนองแวง', 2565).slice(0, 12)].map((r) => r.join('\t')).join('\n');
    const plan = planScoreImport(emptyWorkbook(), { text: tsv }, NOW);
    expect(plan.problems.map((p) => importText(p).th)).toEqual(['แถว 3: ไม่พบหน่วยงาน "อบต.หนองแวง" ในชีต "หน่วยงาน" (เพิ่มหน่วยงานก่อน หรือแก้ชื่อให้ตรง)']);
    expect(plan.block).toBeNull();
    expect(importResult(plan)).toMatchObject({ written: 0, replaced: 0 });
  });

  it('a Common-Era year, a bad score, a repeated row and an unknown column are reported', () => {
    const tsv = [
      ['หน่วยงาน', 'ปี', ...codes, 'อำเภอ'],
      [SEED000_UNIT, 2022, ...codes.map(() => 90), 'นิคมน้ำอูน'],
      [SEED000_UNIT, 2565, ...codes.map((c) => (c === '4' ? 'เก้าสิบ' : 90)), ''],
      [OTHER, 2565, ...codes.map(() => 90), ''],
      [OTHER, 2565, ...codes.map(() => 91), ''],
    ].map((r) => r.join('\t')).join('\n');
    const plan = planScoreImport(emptyWorkbook(), { text: tsv }, NOW);
    expect(plan.problems.map((p) => importText(p).en)).toEqual([
      'Row 2: year "2022" must be a 4-digit Buddhist-Era year, e.g. 2567',
      'Row 3, column "4": "เก้าสิบ" is not a score from 0 to 100',
      `Row 5: ${OTHER} 2565 repeats row 4`,
    ]);
    expect(plan.warnings.map((w) => importText(w).en)).toEqual(['Column "อำเภอ" is not recognised and is not imported']);
  });
});
