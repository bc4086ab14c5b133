/**
 * Data validation of the input columns: Status as a dropdown of the four statuses (ยกเลิก too), Unit
 * columns from the Units sheet, indicator codes from the Indicators sheet, scores 0–100,
 * tools IIT/EIT/OIT offered (a newer framework's other codes allowed). Each rule covers the column's rows 2…max in one call, and setting a
 * rule replaces the previous one, so a second run adds nothing.
 */
import type { Lang } from '../core/engine/types';
import type { SheetKey } from '../core/workbook/template';
import { STATUS_LABELS } from '../core/workbook/template';
import { KNOWN_TOOLS } from '../core/engine/tools';
import { tr } from './lang';
import type { EnsuredSheet } from './template-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rows 2…max of one column (null when the sheet has no body row). */
function columnBody(sheet: Sheet, column: number): Range | null {
  const rows = sheet.getMaxRows() - 1;
  return column > 0 && rows > 0 ? sheet.getRange(2, column, rows, 1) : null;
}

interface ValidationTarget {
  sheet: SheetKey;
  column: string;
  rule: () => Rule | null;
}

export function applyDataValidation(ensured: Record<SheetKey, EnsuredSheet>, lang: Lang): number {
  const source = (key: SheetKey, column: string) => columnBody(ensured[key].sheet, ensured[key].columns[column]);
  const list = (values: readonly string[], help: string, allowInvalid: boolean): Rule =>
    SpreadsheetApp.newDataValidation().requireValueInList([...values], true).setAllowInvalid(allowInvalid).setHelpText(help).build();
  const fromRange = (range: Range | null, help: string): Rule | null =>
    range && SpreadsheetApp.newDataValidation().requireValueInRange(range, true).setAllowInvalid(true).setHelpText(help).build();

  // Warnings (allowInvalid) where the engine accepts more than the list: the seeds' other
  // status wordings, unit names spelt with other spacing, indicator names or "รวม".
  const targets: ValidationTarget[] = [
    { sheet: 'measures', column: 'status', rule: () => list(Object.values(STATUS_LABELS), tr(lang, 'validation.status'), true) },
    { sheet: 'measures', column: 'unit', rule: () => fromRange(source('units', 'unit'), tr(lang, 'validation.unit')) },
    { sheet: 'scores', column: 'unit', rule: () => fromRange(source('units', 'unit'), tr(lang, 'validation.unit')) },
    { sheet: 'scores', column: 'indicator', rule: () => fromRange(source('indicators', 'code'), tr(lang, 'validation.indicator')) },
    { sheet: 'analysis', column: 'unit', rule: () => fromRange(source('units', 'unit'), tr(lang, 'validation.unit')) },
    { sheet: 'analysis', column: 'indicator', rule: () => fromRange(source('indicators', 'code'), tr(lang, 'validation.indicator')) },
    {
      sheet: 'scores', column: 'score',
      // A warning, not a stop: "๘๗.๕๗" typed in Thai digits is text to Sheets but a score to the engine.
      rule: () => SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(true).setHelpText(tr(lang, 'validation.score')).build(),
    },
    // A warning: a framework may name other tools than these three (issue 18 point 7).
    { sheet: 'indicators', column: 'tool', rule: () => list(KNOWN_TOOLS, tr(lang, 'validation.tool'), true) },
  ];
  let applied = 0;
  for (const target of targets) {
    const body = columnBody(ensured[target.sheet].sheet, ensured[target.sheet].columns[target.column]);
    const rule = body && target.rule();
    if (body && rule) {
      body.setDataValidation(rule);
      applied++;
    }
  }
  return applied;
}
