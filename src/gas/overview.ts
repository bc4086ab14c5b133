/**
 * The generated ภาพรวม [Overview] sheet: written by คำนวณอันดับ (after อันดับ, from the same
 * read) and by its own menu item สรุปภาพรวม. A fixed number of calls at any size: one read of
 * the report log, then the layout writer's batched grids (the % bar is a formula among the
 * values, not a per-row call).
 */
import type { Lang, Problem } from '../core/engine/types';
import type { Analysis } from '../core/workbook/analyse';
import { analyse } from '../core/workbook/analyse';
import { SHEETS } from '../core/workbook/template';
import { toCalendarDate } from '../core/engine/calendar';
import { readReportLog } from '../core/workbook/report-log';
import { buildOverview, type Overview } from '../core/views/overview';
import { buildOverviewSheet } from '../core/views/overview-sheet';
import { t } from '../core/i18n';
import { tr } from './lang';
import { findSheet, readWorkbookGrids, sheetsByName, withDocumentLock } from './workbook';
import { generatedSheet } from './generated-sheets';
import { writeLayout } from './layout-writer';
import { showProblems } from './problems';
import { withProgressToast } from './progress';
import { runMenuAction } from './actions';
import { now as clockNow } from '../core/engine/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes ภาพรวม from an analysis already made from the workbook's input sheets (the caller
 * holds the document lock). Reads the report log (one getValues) for the round's reports.
 */
export function writeOverviewSheet(ss: Spreadsheet, sheets: Map<string, Sheet>, analysis: Analysis, lang: Lang, now: Date): Overview {
  const log = findSheet(sheets, SHEETS.reportLog);
  const entries = log ? readReportLog({ sheets: { [log.getName()]: log.getDataRange().getValues() } }) : [];
  const overview = buildOverview(analysis, entries, { today: toCalendarDate(now) });
  writeLayout(generatedSheet(ss, sheets, SHEETS.overview, lang), buildOverviewSheet(overview, { lang, computedAt: now }));
  return overview;
}

export interface OverviewOutcome {
  written: boolean;
  problems: Problem[];
  overview: Overview | null;
}

/** Validates, then writes ภาพรวม under the document lock; no UI. */
export function writeOverview(ss: Spreadsheet, lang: Lang, now: Date = clockNow()): OverviewOutcome {
  return withDocumentLock((): OverviewOutcome => {
    const sheets = sheetsByName(ss);
    const analysis = analyse(readWorkbookGrids(ss, sheets));
    if (analysis.problems.length > 0) return { written: false, problems: analysis.problems, overview: null };
    return { written: true, problems: [], overview: writeOverviewSheet(ss, sheets, analysis, lang, now) };
  });
}

const TOAST_SECONDS = 5;

/** Menu สรุปภาพรวม: writeOverview with toasts; problems in a dialog, after the lock is released. */
export function computeOverview(ss: Spreadsheet, lang: Lang, now: Date = clockNow()): OverviewOutcome {
  const outcome = withProgressToast(ss, tr(lang, 'title'), tr(lang, 'overview.start'), () => writeOverview(ss, lang, now));
  if (!outcome.written || !outcome.overview) {
    ss.toast('', tr(lang, 'title'), 1);
    showProblems(outcome.problems, lang);
  } else {
    const o = outcome.overview;
    ss.toast(t(lang, 'addon.overview.done', { sheet: SHEETS.overview.th, count: o.needingAttention, units: o.units.length }), tr(lang, 'title'), TOAST_SECONDS);
  }
  return outcome;
}

/** Menu สรุปภาพรวม: validates, then writes the ภาพรวม sheet (or lists the problems). */
export function menuOverview(): void {
  runMenuAction((ss, lang) => computeOverview(ss, lang));
}
