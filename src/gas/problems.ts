/** Showing validation problems: sheet!cell and message, the first 50 and a count of the rest. */
import type { Lang, Problem } from '../core/engine/types';
import { tr } from './lang';

export const MAX_LISTED_PROBLEMS = 50;

/** `คะแนน!D4`, `มาตรการ!1:1`, or just the sheet when the problem is the sheet itself. */
export const problemPlace = (p: Problem): string => (p.cell ? `${p.sheet}!${p.cell}` : p.sheet);

/** The dialog's title and text (pure, so tests can read it). */
export function formatProblems(problems: Problem[], lang: Lang, limit = MAX_LISTED_PROBLEMS): { title: string; body: string } {
  const lines = problems.slice(0, limit).map((p) => `• ${problemPlace(p)}: ${p.message[lang]}`);
  if (problems.length > limit) lines.push(tr(lang, 'problems.more', { count: problems.length - limit }));
  return {
    title: tr(lang, 'problems.title', { count: problems.length }),
    body: [tr(lang, 'problems.intro'), '', ...lines].join('\n'),
  };
}

export function showProblems(problems: Problem[], lang: Lang): void {
  const { title, body } = formatProblems(problems, lang);
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, body, ui.ButtonSet.OK);
}
