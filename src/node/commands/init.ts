import type { Command } from './command';
import type { WorkbookGrids } from '../../core/types';
import { onePositional, parse } from '../args';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../core/sample';
import { saveWorkbook } from '../save';
import { t } from '../../core/i18n';

/** A command that writes a built workbook to the one file it is given, then says what next. */
function writeCommand(name: string, build: () => WorkbookGrids, nextKey?: string): Command {
  return {
    name,
    summaryKey: `cli.${name}.summary`,
    usage: `ita ${name} <out.xlsx|out.json>`,
    async run(argv, io) {
      const file = onePositional(parse(argv, {}).positionals);
      await saveWorkbook(file, build());
      io.out(t(io.lang, 'cli.wrote', { path: file }));
      if (nextKey) io.out(t(io.lang, nextKey, { path: file }));
      return 0;
    },
  };
}

export const init = writeCommand('init', buildEmptyWorkbook, 'cli.init.next');
export const sample = writeCommand('sample', buildSampleWorkbook);
