/**
 * `ita split-units <workbook>` / `ita merge-units <workbook>` (issue 21): the add-on's
 * แยกชีตมาตรการตามหน่วยงาน and รวมชีตมาตรการ on a file, from the same plan in core. On a problem
 * (a row whose unit is blank or unknown, a sheet name taken) every problem is printed with its
 * cell, exit 1, and the file is untouched; otherwise the file is replaced atomically.
 * Protection itself is the spreadsheet's: the .xlsx keeps the sheets, Sheets protects them.
 */
import type { Command, Io } from './command';
import { onePositional, parse } from '../args';
import { loadGrids } from '../load';
import { planMerge, planSplit, type UnitSheetsPlan } from '../../core/workbook/unit-sheets-plan';
import type { WorkbookGrids } from '../../core/engine/types';
import { CLI_UNITS_STRINGS } from '../../core/i18n/cli-units';
import { registerStrings, t } from '../../core/i18n';

registerStrings(CLI_UNITS_STRINGS);

function command(name: 'split-units' | 'merge-units', plan: (g: WorkbookGrids) => UnitSheetsPlan): Command {
  const split = name === 'split-units';
  return {
    name,
    summaryKey: split ? 'cli.split.summary' : 'cli.merge.summary',
    usage: `ita ${name} <workbook.xlsx|workbook.json>`,
    async run(argv: string[], io: Io) {
      const path = onePositional(parse(argv, {}).positionals);
      const grids = await loadGrids(path, io);
      const p = plan(grids);
      if (p.problems.length) {
        io.err(t(io.lang, 'cli.units.blocked', { path, count: p.problems.length }));
        for (const x of p.problems) io.err(`${x.cell ? `${x.sheet}!${x.cell}` : x.sheet}: ${x.message[io.lang]}`);
        return 1;
      }
      const { applyUnitSheetsPlanToFile } = await import('../unit-sheets-io');
      await applyUnitSheetsPlanToFile(path, grids, p);
      const skipped = p.skipped ? t(io.lang, 'cli.units.skipped', { count: p.skipped }) : '';
      io.out(split
        ? t(io.lang, 'cli.split.done', { path, moved: p.moved, created: p.created.length, skipped })
        : t(io.lang, 'cli.merge.done', { path, moved: p.moved, removed: p.removed.length, skipped }));
      for (const w of p.writes) io.out(t(io.lang, 'cli.units.sheet', { sheet: w.sheet, rows: w.grid.length - 1 }));
      return 0;
    },
  };
}

export const splitUnits = command('split-units', planSplit);
export const mergeUnits = command('merge-units', planMerge);
