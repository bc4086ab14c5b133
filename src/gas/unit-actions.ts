/**
 * The entry points of unit sheets and protection by unit (issue 21): the menu items show a
 * dialog (the problems with their cells, or what was done and whom the person must still
 * share the file with); the sidebar's calls return the same as data.
 */
import type { Lang } from '../core/engine/types';
import type { Bilingual } from '../core/i18n';
import type { Problem } from '../core/engine/types';
import { tr } from './lang';
import { runMenuAction } from './actions';
import { showProblems } from './problems';
import { mergeUnits, protectUnits, splitUnits, type UnitSheetsOutcome } from './unit-sheets';
import { userLang } from './lang';
import { guarded } from './sidebar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function show(outcome: UnitSheetsOutcome, lang: Lang): void {
  if (!outcome.ok) {
    showProblems(outcome.problems, lang);
    return;
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(tr(lang, 'title'), outcome.message[lang], ui.ButtonSet.OK);
}

const menu = (action: (ss: Spreadsheet, lang: Lang) => UnitSheetsOutcome) => (): void => {
  runMenuAction((ss, lang) => show(action(ss, lang), lang));
};

export const protectUnitsFromMenu = menu(protectUnits);
export const splitUnitsFromMenu = menu(splitUnits);
export const mergeUnitsFromMenu = menu(mergeUnits);

/** What the sidebar receives: as คำนวณอันดับ, problems instead of a dialog. */
export interface UnitsActionResult {
  written: boolean;
  problems: Problem[];
  message: Bilingual;
}

const sidebarCall = (action: (ss: Spreadsheet, lang: Lang) => UnitSheetsOutcome) => (): UnitsActionResult => guarded(() => {
  const outcome = action(SpreadsheetApp.getActiveSpreadsheet(), userLang());
  return { written: outcome.ok, problems: outcome.problems, message: outcome.message };
});

export const sidebarProtectUnitsCall = sidebarCall(protectUnits);
export const sidebarSplitUnitsCall = sidebarCall(splitUnits);
export const sidebarMergeUnitsCall = sidebarCall(mergeUnits);
