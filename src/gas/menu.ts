/**
 * The add-on menu. Runs from onOpen, possibly in AuthMode.NONE: it may only build the
 * menu, so it reads no data, no properties and not even the user's locale (captions Thai).
 */
import { t } from '../core/i18n';

/** Menu items: caption key → the top-level function (exported from main.ts) it calls. */
export const MENU_ITEMS: readonly (readonly [string, string] | null)[] = [
  ['setup', 'menuSetupTemplate'],
  ['import', 'menuImportScores'],
  ['rankings', 'menuComputeRankings'],
  ['overview', 'menuOverview'],
  ['validate', 'menuValidate'],
  null,
  ['report', 'menuGenerateReport'],
  ['reportAll', 'generateAllReports'],
  ['plan', 'menuGeneratePlan'],
  ['sidebar', 'openSidebar'],
  null,
  ['protectUnits', 'menuProtectUnits'],
  ['splitUnits', 'menuSplitUnits'],
  ['mergeUnits', 'menuMergeUnits'],
  null,
  ['about', 'menuAbout'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(t('th', `addon.menu.${item[0]}`), item[1]);
  }
  menu.addToUi();
}
