/**
 * A workbook whose spreadsheet is not in Asia/Bangkok (issue 17, point 5). A date typed in a
 * cell is midnight in the spreadsheet's own zone (the fake, as Sheets); the add-on reads the days
 * people typed. New York (UTC−4/−5) lies west of Bangkok: midnight there is still the same day
 * in Bangkok, which the engine's day rule uses.
 * Known gap (README, "The test suite"): a spreadsheet east of Bangkok (Tokyo, Auckland) would be
 * read a day early; the add-on does not yet convert from the spreadsheet's zone.
 */
import { analyse } from '../../src/core/workbook/analyse';
import { SHEETS } from '../../src/core/workbook/template';
import { readWorkbookGrids } from '../../src/gas/workbook';
import { fakeEnv } from './helpers';
import { SEED000_UNIT, seedWorkbook } from '../fixtures/seed000';

const header = SHEETS.measures.columns.map((c) => c.th);
const column = (key: string): number => SHEETS.measures.columns.findIndex((c) => c.key === key) + 1;

it('a spreadsheet in America/New_York: typed completion and due dates are read as the days typed', () => {
  const row = [SEED000_UNIT, 2568, 1, 'ประชาสัมพันธ์ช่องทางร้องเรียน', '7', '', '', '', '6', 'ดำเนินการแล้ว', '', '', '', '', ''];
  const env = fakeEnv(seedWorkbook({ measures: [header, row, [...row.slice(0, 2), 2, ...row.slice(3)]] }));
  try {
    env.ss.setSpreadsheetTimeZone('America/New_York');
    const sheet = env.ss.getSheetByName(SHEETS.measures.th)!;
    sheet.getRange(2, column('doneOn')).setValue('2025-03-31');
    sheet.getRange(3, column('doneOn')).setValue('2025-04-01');
    sheet.getRange(2, column('timeline')).setValue('2025-03-31');
    const measures = analyse(readWorkbookGrids(env.ss as never)).workbook.measures;
    expect(measures.map((m) => m.doneOn)).toEqual([{ year: 2025, month: 3, day: 31 }, { year: 2025, month: 4, day: 1 }]);
    expect(measures[0].due).toEqual({ year: 2025, month: 3, day: 31 });
  } finally {
    env.uninstall();
  }
});
