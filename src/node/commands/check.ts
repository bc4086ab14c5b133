import type { Command } from './command';
import { onePositional, parse } from '../args';
import { loadAnalysis } from '../load';
import { t } from '../../core/i18n';

export const check: Command = {
  name: 'check',
  summaryKey: 'cli.check.summary',
  usage: 'ita check <workbook.xlsx|workbook.json>',
  async run(argv, io) {
    const file = onePositional(parse(argv, {}).positionals);
    const analysis = await loadAnalysis(file, io, 'out');
    if (!analysis) return 1;
    const w = analysis.workbook;
    io.out(t(io.lang, 'cli.checkOk', { path: file, units: w.units.length, scores: w.scores.length, measures: w.measures.length }));
    return 0;
  },
};
