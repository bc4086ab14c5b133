import type { Command } from './command';
import type { WorkbookGrids } from '../../core/engine/types';
import { onePositional, parse } from '../args';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../core/workbook/sample';
import { saveWorkbook } from '../save';
import { t } from '../../core/i18n';

/** A command that writes a built workbook to the one file it is given, then says what next. */
function writeCommand(name: string, build: () => WorkbookGrids, nextKey?: string): Command {
  return {
    name,
    summaryKey: `cli.${name}.summary`,
    usage: `ita ${name} <out.xlsx|out.json> [--force]`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { force: { type: 'boolean' } });
      const file = onePositional(positionals);
      // An existing workbook is somebody's data: replaced only on --force.
      await saveWorkbook(file, build(), { force: values.force === true });
      io.out(t(io.lang, 'cli.wrote', { path: file }));
      if (nextKey) io.out(t(io.lang, nextKey, { path: file }));
      return 0;
    },
  };
}

export const init = writeCommand('init', buildEmptyWorkbook, 'cli.init.next');
export const sample = writeCommand('sample', buildSampleWorkbook);
