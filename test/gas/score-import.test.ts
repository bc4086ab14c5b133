/**
 * นำเข้าคะแนน in Sheets against the fakes: the add-on's top-level functions read each input
 * sheet once and write the Scores sheet with one setValues under the document lock, all or
 * nothing; the menu opens the sidebar at its import card.
 */
import { importScores, menuImportScores, previewScoreImport } from '../../src/gas/main';
import { OPEN_IMPORT_CARD } from '../../src/gas/score-import';
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { fakeEnv, snapshotValues, type Env } from './helpers';
import { createFakeDocs } from './fakes/document';
import { SEED000_SCORES, SEED000_UNIT, seed000Text, seedWorkbook } from '../fixtures/seed000';
import { parseSidebarError } from '../../src/core/i18n/sidebar';
import { importText } from '../../src/core/i18n/import-text';

const HEADER = SHEETS.scores.columns.map((c) => c.th);
const INPUT_SHEETS = 5;
let env: Env;
afterEach(() => env?.uninstall());

const workbook = (units: string[] = [SEED000_UNIT], scores: unknown[][] = [HEADER]): WorkbookGrids => seedWorkbook({ units, scores });
const scoreSheet = () => env.ss._sheet(SHEETS.scores.th)._values();

/** A district table of `n` units, seed 000's scores each. */
function district(n: number): { units: string[]; text: string } {
  const units = Array.from({ length: n }, (_, i) => `องค์การบริหารส่วนตำบลทดสอบ${i + 1}`);
  const codes = Object.keys(SEED000_SCORES);
  const rows = [['หน่วยงาน', 'ปีงบประมาณ', ...codes, 'รวม'], ...units.map((u) => [u, 2565, ...codes.map((c) => SEED000_SCORES[c]), 87.57])];
  return { units, text: rows.map((r) => r.join('\t')).join('\n') };
}

describe('importScores', () => {
  it('imports seed 000\'s paste: one read per input sheet, one setValues, under the lock', () => {
    env = fakeEnv(workbook());
    const result = importScores({ text: seed000Text(), unit: SEED000_UNIT, year: 2565 } as never);
    expect(result).toMatchObject({ written: 11, replaced: 0, problems: [] });
    expect(importText(result.message).th).toBe('นำเข้าคะแนนแล้ว 11 ค่า (แทนที่คะแนนเดิม 0 ค่า) ลงชีต "คะแนน"');
    const values = scoreSheet();
    expect(values[1]).toEqual([SEED000_UNIT, 2565, 1, 94.97]);
    expect(values[11]).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57]);
    expect(env.calls.count('Range.getValues')).toBe(INPUT_SHEETS);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.calls.count('Lock.tryLock')).toBe(1);
    expect(env.lock.state.held).toBe(false);
    const analysis = analyse({ sheets: Object.fromEntries(env.ss._sheetNames().map((n) => [n, env.ss._sheet(n)._values()])) });
    expect(analysis.assessments[0]).toMatchObject({ total: 87.57, level: 'A' });
  });

  it('makes the same calls for a 1-unit table as for a 40-unit one', () => {
    const counts = [1, 40].map((n) => {
      const { units, text } = district(n);
      env = fakeEnv(workbook(units));
      const result = importScores({ text } as never);
      expect(result.written).toBe(n * 11);
      const snapshot = env.calls.snapshot();
      env.uninstall();
      return snapshot;
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('adds rows when the sheet is too short for the new ones (as Sheets needs), still one setValues', () => {
    const filler = Array.from({ length: 995 }, (_, i) => ['องค์การบริหารส่วนตำบลเก่า', 2500 + (i % 50), 1, 90]);
    env = fakeEnv(workbook([SEED000_UNIT, 'องค์การบริหารส่วนตำบลเก่า'], [HEADER, ...filler]));
    const result = importScores({ text: seed000Text(), year: 2565 } as never);
    expect(result.written).toBe(11);
    expect(env.calls.count('Sheet.insertRowsAfter')).toBe(1);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(scoreSheet()[1006]).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57]);
  });

  it('a conflict writes nothing and names the cell; with replace the cell is overwritten', () => {
    const typed = seedWorkbook().sheets[SHEETS.scores.th].map((r) => [...r]);
    typed[7][3] = 76.93; // indicator 7 mistyped
    env = fakeEnv(workbook([SEED000_UNIT], typed));
    const before = snapshotValues(env);
    const blocked = importScores({ text: seed000Text(), year: 2565 } as never);
    expect(blocked).toMatchObject({ written: 0, replaced: 0 });
    expect(blocked.problems).toEqual([expect.objectContaining({ code: 'conflict', sheet: 'คะแนน', cell: 'D8' })]);
    expect(snapshotValues(env)).toEqual(before);
    expect(env.calls.count('Range.setValues')).toBe(0);

    const done = importScores({ text: seed000Text(), year: 2565, replace: true } as never);
    expect(done).toMatchObject({ written: 2, replaced: 1, problems: [] });
    expect(scoreSheet()[7]).toEqual([SEED000_UNIT, 2565, 7, 79.63]);
    expect(scoreSheet()[11]).toEqual([SEED000_UNIT, 2565, 'รวม', 87.57]);
  });

  it('a table with a unit missing from หน่วยงาน writes nothing', () => {
    const { text } = district(3);
    env = fakeEnv(workbook(district(3).units.slice(0, 2)));
    const before = snapshotValues(env);
    const result = importScores({ text } as never);
    expect(result.problems.map((p) => importText(p).en)).toEqual(['Row 4: unit "องค์การบริหารส่วนตำบลทดสอบ3" is not in the "หน่วยงาน" (Units) sheet (add it first, or correct the name)']);
    expect(snapshotValues(env)).toEqual(before);
  });

  it('another user\'s run holding the lock: a message for the page, nothing written', () => {
    env = fakeEnv(workbook());
    env.lock.state.heldByOther = true;
    const before = snapshotValues(env);
    let error: unknown;
    try { importScores({ text: seed000Text(), year: 2565 } as never); } catch (e) { error = e; }
    expect(parseSidebarError((error as Error).message)?.en).toBe('Someone else is updating this spreadsheet; try again in a moment');
    expect(snapshotValues(env)).toEqual(before);
  });
});

describe('previewScoreImport', () => {
  it('shows what would be written and what differs, writing nothing', () => {
    const typed = seedWorkbook().sheets[SHEETS.scores.th].map((r) => [...r]);
    typed[7][3] = 76.93;
    env = fakeEnv(workbook([SEED000_UNIT], typed));
    const preview = previewScoreImport({ text: seed000Text(), unit: SEED000_UNIT, year: '๒๕๖๕' } as never);
    expect(preview.year).toBe(2565);
    expect(preview.changes.map((c) => c.kind)).toEqual([...new Array(6).fill('same'), 'replace', ...new Array(3).fill('same'), 'add']);
    expect(preview.changes[6]).toMatchObject({ before: 76.93, after: 79.63, cell: 'คะแนน!D8', line: 36 });
    expect(preview).not.toHaveProperty('block');
    expect(env.calls.count('Range.setValues')).toBe(0);
    expect(env.calls.count('Range.getValues')).toBe(INPUT_SHEETS);
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview); // google.script.run can carry it
  });
});

describe('the HtmlService fake, as the reference describes what the menu uses', () => {
  it('createHtmlOutputFromFile finds the project\'s files only; append adds trusted content', () => {
    const { html } = createFakeDocs();
    expect(() => html.createHtmlOutputFromFile('nope')).toThrow('No HTML file named nope was found.');
    const out = html.createHtmlOutputFromFile('sidebar').setTitle('t').append('<p>x</p>');
    expect(out.getTitle()).toBe('t');
    expect(out.getContent().endsWith('</html><p>x</p>')).toBe(true);
    expect(() => out.append(undefined as never)).toThrow(/don't match the method signature/);
  });
});

describe('menu นำเข้าคะแนน', () => {
  it('opens the sidebar page with the import card asked for', () => {
    env = fakeEnv(workbook());
    const docs = createFakeDocs();
    const undo = docs.install();
    try {
      menuImportScores();
    } finally {
      undo();
    }
    expect(env.ui.alerts).toEqual([]);
    expect(env.ui.dialogs).toHaveLength(1);
    const html = env.ui.dialogs[0].html as { getContent(): string; getTitle(): string };
    expect(html.getTitle()).toBe('แผงควบคุม ITA');
    expect(html.getContent().endsWith(OPEN_IMPORT_CARD)).toBe(true);
    expect(html.getContent()).toContain('<main id="app">');
  });
});
