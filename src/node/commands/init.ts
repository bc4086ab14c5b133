import type { Command } from './command';
import { onePositional, parse } from '../args';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../core/sample';
import { saveWorkbook } from '../save';
import { t } from '../../core/i18n';

export const init: Command = {
  name: 'init',
  summaryKey: 'cli.init.summary',
  usage: 'ita init <out.xlsx|out.json>',
  async run(argv, io) {
    const file = onePositional(parse(argv, {}).positionals);
    await saveWorkbook(file, buildEmptyWorkbook());
    io.out(t(io.lang, 'cli.wrote', { path: file }));
    io.out(t(io.lang, 'cli.init.next', { path: file }));
    return 0;
  },
};

export const sample: Command = {
  name: 'sample',
  summaryKey: 'cli.sample.summary',
  usage: 'ita sample <out.xlsx|out.json>',
  async run(argv, io) {
    const file = onePositional(parse(argv, {}).positionals);
    await saveWorkbook(file, buildSampleWorkbook());
    io.out(t(io.lang, 'cli.wrote', { path: file }));
    return 0;
  },
};
