import type { Command } from './command';
import { onePositional, parse } from '../args';
import { loadAnalysis } from '../load';
import { registerStrings, t } from '../../core/i18n';
import { CLI_YEAR_STRINGS } from '../../core/i18n/cli-year';
import { notReadyReason } from '../../core/views/sidebar-api';

registerStrings(CLI_YEAR_STRINGS);

/**
 * `ita check <workbook>`: exit 1 with one line per problem; otherwise exit 0 and either "valid"
 * or, by the sidebar's own readiness rule (notReadyReason), why there is nothing to work on yet
 * (no units; no scores and no measures) — the same words the sidebar and the menu show.
 */
export const check: Command = {
  name: 'check',
  summaryKey: 'cli.check.summary',
  usage: 'ita check <workbook.xlsx|workbook.json>',
  async run(argv, io) {
    const file = onePositional(parse(argv, {}).positionals);
    const analysis = await loadAnalysis(file, io, 'out');
    if (!analysis) return 1;
    const notReady = notReadyReason(analysis);
    if (notReady) {
      io.out(t(io.lang, 'cli.check.notReady', { path: file, reason: notReady[io.lang] }));
      return 0;
    }
    const w = analysis.workbook;
    io.out(t(io.lang, 'cli.checkOk', { path: file, units: w.units.length, scores: w.scores.length, measures: w.measures.length }));
    return 0;
  },
};
