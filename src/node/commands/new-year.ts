/**
 * `ita new-year <workbook> --year N [--unit <name>] [--dry-run]`: starts fiscal year N (core's
 * planNewYear): N−1's measures carried forward, the analysis rows of the indicators to develop
 * added, Settings ปีงบประมาณ set; every row it adds is printed with its cell. All sheets are
 * written in one atomic replace of the file; with --dry-run, or any problem, nothing is written.
 */
import type { Command } from './command';
import { InputError, intOption, onePositional, parse, UsageError } from '../args';
import { loadGrids, problemLines } from '../load';
import { updateWorkbook } from '../workbook-update';
import { analyse } from '../../core/workbook/analyse';
import { newYearLines, planNewYear } from '../../core/year/new-year';
import { msg, registerStrings, t } from '../../core/i18n';
import { CLI_YEAR_STRINGS } from '../../core/i18n/cli-year';

registerStrings(CLI_YEAR_STRINGS);

export const newYear: Command = {
  name: 'new-year',
  summaryKey: 'cli.newYear.summary',
  usage: 'ita new-year <workbook> --year N [--unit <name>] [--dry-run]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, { year: { type: 'string' }, unit: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    const path = onePositional(positionals);
    const year = intOption(values, 'year');
    if (year === undefined) throw new UsageError(msg('cli.newYear.needYear'));
    const grids = await loadGrids(path, io);
    const analysis = analyse(grids);
    const plan = planNewYear(grids, analysis, { year, unit: typeof values.unit === 'string' ? values.unit : null });
    if (plan.problems.length) {
      if (analysis.problems.length) for (const line of problemLines(analysis, io)) io.err(line);
      throw new InputError(plan.problems.map((p) => p[io.lang]).join('\n'));
    }
    for (const line of newYearLines(plan, io.lang)) io.out(line);
    if (values['dry-run'] === true) {
      io.out(t(io.lang, 'cli.newYear.dryRun', { path }));
      return 0;
    }
    if (plan.writes.length) {
      await updateWorkbook(path, grids, plan.writes);
      io.out(t(io.lang, 'cli.newYear.wrote', { path }));
    }
    return 0;
  },
};
