/**
 * "ตั้งค่าแม่แบบ": builds the template in the open spreadsheet, idempotently. Creates what is
 * missing (sheets, header columns, Settings keys, the default framework), (re)applies data
 * validation, our conditional-format rules and warning-only protections. Never changes a
 * value a user typed, never removes a user's sheet, column or rule.
 */
import type { Lang } from '../core/engine/types';
import { ALL_SHEETS, SHEETS, type SheetKey } from '../core/workbook/template';
import { parseWorkbook } from '../core/workbook/workbook';
import { tr } from './lang';
import { sheetsByName, withDocumentLock } from './workbook';
import { ensureTemplateSheet, type EnsuredSheet } from './template-sheets';
import { ensureFrameworkRows, ensureSettingsRows } from './defaults';
import { applyDataValidation } from './data-validation';
import { applyRules, measureRuleSpecs, scoreRuleSpecs } from './format-rules';
import { protectWithWarning } from './generated-sheets';
import { withProgressToast } from './progress';
import { ensureUnitSheets, type UnitSheetsSetup } from './unit-sheets';
import { showProblems } from './problems';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupOutcome {
  createdSheets: string[];
  addedColumns: number;
  settingsAdded: number;
  frameworkRowsAdded: number;
  validations: number;
  formatRules: number;
  /** A split workbook: the unit sheets created for units added later, and why one is unprotected. */
  unitSheets: UnitSheetsSetup;
}

const TOAST_SECONDS = 5;

export function setupTemplate(ss: Spreadsheet, lang: Lang): SetupOutcome {
  const outcome = withProgressToast(ss, tr(lang, 'title'), tr(lang, 'setup.start'), () => withDocumentLock((): SetupOutcome => {
    const sheets = sheetsByName(ss);
    const ensured = {} as Record<SheetKey, EnsuredSheet>;
    for (const key of ALL_SHEETS) ensured[key] = ensureTemplateSheet(ss, sheets, SHEETS[key]);

    const settings = ensureSettingsRows(ensured.settings);
    const frameworkRowsAdded = ensureFrameworkRows(ensured.indicators);
    const validations = applyDataValidation(ensured, lang);
    // Score colours follow the grade thresholds in Settings (re-run setup after changing them).
    const { grades } = parseWorkbook({ sheets: { [ensured.settings.name]: settings.grid } }).workbook.settings.levels;
    const formatRules = applyRules(ensured.measures, measureRuleSpecs(ensured.measures.columns))
      + applyRules(ensured.scores, scoreRuleSpecs(ensured.scores.columns, grades));

    protectWithWarning(ensured.indicators.sheet, tr(lang, 'protect.framework'));
    for (const key of ALL_SHEETS) if (SHEETS[key].generated) protectWithWarning(ensured[key].sheet, tr(lang, 'protect.generated'));
    const unitSheets = ensureUnitSheets(ss, sheets, lang);

    return {
      createdSheets: ALL_SHEETS.filter((k) => ensured[k].created).map((k) => ensured[k].name),
      addedColumns: ALL_SHEETS.reduce((n, k) => n + (ensured[k].created ? 0 : ensured[k].addedColumns), 0),
      settingsAdded: settings.added,
      frameworkRowsAdded,
      validations,
      formatRules,
      unitSheets,
    };
  }));
  const created = outcome.createdSheets.length + outcome.unitSheets.created.length;
  ss.toast(tr(lang, 'setup.done', { created, columns: outcome.addedColumns }), tr(lang, 'title'), TOAST_SECONDS);
  // A unit sheet that could not be protected like the others is said, never left silently open.
  if (outcome.unitSheets.problems.length) showProblems(outcome.unitSheets.problems, lang);
  return outcome;
}
