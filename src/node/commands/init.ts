import type { Command } from './command';
import { parse, UsageError } from '../args';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../core/sample';
import { saveWorkbook } from '../save';
import { t } from '../../core/i18n';

export const init: Command = {
  name: 'init',
  summaryKey: 'cli.init.summary',
  usage: 'ita init <out.xlsx|out.json>',
  async run(argv, io) {
    const { positionals } = parse(argv, {});
    if (positionals.length !== 1) throw new UsageError(this.usage);
    await saveWorkbook(positionals[0], buildEmptyWorkbook());
    io.out(t(io.lang, 'cli.wrote', { path: positionals[0] }));
    return 0;
  },
};

export const sample: Command = {
  name: 'sample',
  summaryKey: 'cli.sample.summary',
  usage: 'ita sample <out.xlsx|out.json>',
  async run(argv, io) {
    const { positionals } = parse(argv, {});
    if (positionals.length !== 1) throw new UsageError(this.usage);
    await saveWorkbook(positionals[0], buildSampleWorkbook());
    io.out(t(io.lang, 'cli.wrote', { path: positionals[0] }));
    return 0;
  },
};
