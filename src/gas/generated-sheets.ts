/** Generated sheets (`อันดับ`, `ประวัติรายงาน`): found or created, always protected (warning only). */
import type { Lang } from '../core/engine/types';
import type { SheetSpec } from '../core/workbook/template';
import { tr } from './lang';
import { findSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Protects a sheet with a warning (not a lock-out) unless it already has a sheet protection. */
export function protectWithWarning(sheet: Sheet, description: string): boolean {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return false;
  sheet.protect().setWarningOnly(true).setDescription(description);
  return true;
}

/** The generated sheet for `spec`, created at the end of the tabs when missing. */
export function generatedSheet(ss: Spreadsheet, sheets: Map<string, Sheet>, spec: SheetSpec, lang: Lang): Sheet {
  let sheet = findSheet(sheets, spec);
  if (!sheet) {
    sheet = ss.insertSheet(spec.th, sheets.size);
    sheets.set(spec.th, sheet);
  }
  protectWithWarning(sheet, tr(lang, 'protect.generated'));
  return sheet;
}
