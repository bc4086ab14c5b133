/**
 * "คำนวณอันดับ" and "ตรวจสอบข้อมูล": read every input sheet once, analyse in the core engine,
 * and either list the problems (writing nothing) or write the Rankings sheet in one batch,
 * then the Overview sheet (ภาพรวม) from the same analysis.
 */
import type { Lang, Problem } from '../core/engine/types';
import { notReadyReason } from '../core/views/sidebar-api';
import { analyse, type Analysis } from '../core/workbook/analyse';
import { SHEETS } from '../core/workbook/template';
import { buildRankingsSheet } from '../core/views/rankings-sheet';
import { tr } from './lang';
import { readWorkbookGrids, sheetsByName, withDocumentLock } from './workbook';
import { generatedSheet } from './generated-sheets';
import { writeLayout } from './layout-writer';
import { showProblems } from './problems';
import { withProgressToast } from './progress';
import { writeOverviewSheet } from './overview';
import { now as clockNow } from '../core/engine/clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RankingsOutcome {
  written: boolean;
  problems: Problem[];
  assessments: number;
  /** ITA years ranked. */
  years: number;
}

const TOAST_SECONDS = 5;

/**
 * Validates, then writes `อันดับ`; no UI, so the menu and the sidebar share it. The lock is
 * held for read + write, so the output matches one state of the data.
 */
export function writeRankings(ss: Spreadsheet, lang: Lang, now: Date = clockNow()): RankingsOutcome {
  return withDocumentLock((): RankingsOutcome => {
    const sheets = sheetsByName(ss);
    const analysis: Analysis = analyse(readWorkbookGrids(ss, sheets));
    if (analysis.problems.length > 0) return { written: false, problems: analysis.problems, assessments: 0, years: 0 };
    const sheet = generatedSheet(ss, sheets, SHEETS.rankings, lang);
    writeLayout(sheet, buildRankingsSheet(analysis, { lang, computedAt: now }));
    writeOverviewSheet(ss, sheets, analysis, lang, now); // ภาพรวม from the same read
    return { written: true, problems: [], assessments: analysis.assessments.length, years: Object.keys(analysis.unitRanking).length };
  });
}

/** Menu คำนวณอันดับ: writeRankings with toasts; problems in a dialog, after the lock is released. */
export function computeRankings(ss: Spreadsheet, lang: Lang, now: Date = clockNow()): RankingsOutcome {
  const outcome = withProgressToast(ss, tr(lang, 'title'), tr(lang, 'rankings.start'), () => writeRankings(ss, lang, now));
  if (!outcome.written) {
    ss.toast('', tr(lang, 'title'), 1); // replaces the endless "computing…" toast
    showProblems(outcome.problems, lang);
  } else {
    ss.toast(tr(lang, 'rankings.done', { sheet: SHEETS.rankings.th, count: outcome.assessments }), tr(lang, 'title'), TOAST_SECONDS);
  }
  return outcome;
}

/** Checks the data only: a dialog with the problems, or a toast saying all is well. */
export function validateWorkbook(ss: Spreadsheet, lang: Lang): Problem[] {
  const analysis = withProgressToast(ss, tr(lang, 'title'), tr(lang, 'validate.start'), () => analyse(readWorkbookGrids(ss)));
  const { problems } = analysis;
  // An empty workbook is not "ready": say what to enter first.
  const notReady = notReadyReason(analysis);
  if (problems.length > 0) {
    ss.toast('', tr(lang, 'title'), 1);
    showProblems(problems, lang);
  } else {
    // What the engine assumed (e.g. the default framework) is said too: it blocks nothing.
    const notes = analysis.warnings.map((w) => `⚠ ${w.message[lang]}`);
    ss.toast([notReady ? notReady[lang] : tr(lang, 'validate.ok'), ...notes].join('\n'), tr(lang, 'title'), TOAST_SECONDS);
  }
  return problems;
}
