import type { Command } from './command';
import { parse, UsageError } from '../args';
import { loadAnalysis } from '../load';
import { t } from '../../core/i18n';

export const check: Command = {
  name: 'check',
  summaryKey: 'cli.check.summary',
  usage: 'ita check <workbook.xlsx|workbook.json>',
  async run(argv, io) {
    const { positionals } = parse(argv, {});
    if (positionals.length !== 1) throw new UsageError(this.usage);
    const analysis = await loadAnalysis(positionals[0], io, 'out');
    if (!analysis) return 1;
    const w = analysis.workbook;
    io.out(t(io.lang, 'cli.checkOk', { path: positionals[0], units: w.units.length, scores: w.scores.length, measures: w.measures.length }));
    return 0;
  },
};
