/**
 * The library of measures offline (issue 20, point 2): `ita library [--indicator N] [--json]`
 * prints it; `ita add-measure <workbook> --unit <name> --from-library <id> [--year N]` adds one
 * entry as a Measures row of the unit (fiscal year: --year, else Settings, else today's), or,
 * for an id `<indicator>.approach`, the indicator's suggested approach into the unit's analysis
 * row of the ITA year the measures answer. Printed with its cell; written atomically.
 */
import type { Command } from './command';
import { InputError, intOption, onePositional, parse, UsageError } from '../args';
import { loadGrids } from '../load';
import { updateWorkbook } from '../workbook-update';
import { analyse } from '../../core/workbook/analyse';
import { LIBRARY, LIBRARY_INDICATORS } from '../../core/year/library';
import { libraryApproachPick, libraryMeasurePick } from '../../core/year/library-rows';
import { fiscalYearOf, toCalendarDate } from '../../core/engine/calendar';
import { now } from '../../core/engine/clock';
import { msg, registerStrings, t } from '../../core/i18n';
import { CLI_YEAR_STRINGS } from '../../core/i18n/cli-year';

registerStrings(CLI_YEAR_STRINGS);

export const library: Command = {
  name: 'library',
  summaryKey: 'cli.library.summary',
  usage: 'ita library [--indicator N] [--json]',
  async run(argv, io) {
    const { values } = parse(argv, { indicator: { type: 'string' }, json: { type: 'boolean' } });
    const code = typeof values.indicator === 'string' ? String(intOption(values, 'indicator')) : null;
    if (code !== null && !LIBRARY_INDICATORS.some((i) => i.code === code)) {
      throw new UsageError(msg('cli.library.badIndicator', { value: String(values.indicator), codes: LIBRARY_INDICATORS.map((i) => i.code).join(', ') }));
    }
    const indicators = LIBRARY_INDICATORS.filter((i) => code === null || i.code === code);
    const entries = LIBRARY.filter((e) => code === null || e.indicator === code);
    if (values.json === true) {
      io.out(JSON.stringify({ indicators, entries }, null, 2));
      return 0;
    }
    for (const i of indicators) {
      io.out(t(io.lang, 'cli.library.indicator', { code: i.code, name: i.name }));
      io.out(`  ${i.code}.approach  ${t(io.lang, 'cli.library.approach')}: ${i.approach}`);
      for (const e of entries.filter((x) => x.indicator === i.code)) {
        io.out(`  ${e.id}  ${e.topic ? `[${e.topic}] ` : ''}${e.measure}`);
        io.out(`      ${e.responsible} · ${e.timeline} · ${t(io.lang, 'cli.library.rounds', { rounds: e.followUp })}`);
        for (const step of e.method.split('\n')) io.out(`      ${step}`);
      }
      io.out('');
    }
    io.out(t(io.lang, 'cli.library.next'));
    return 0;
  },
};

export const addMeasure: Command = {
  name: 'add-measure',
  summaryKey: 'cli.addMeasure.summary',
  usage: 'ita add-measure <workbook> --unit <name> --from-library <id> [--year N]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, { unit: { type: 'string' }, 'from-library': { type: 'string' }, year: { type: 'string' } });
    const path = onePositional(positionals);
    if (typeof values.unit !== 'string') throw new UsageError(msg('cli.addMeasure.needUnit'));
    const id = typeof values['from-library'] === 'string' ? values['from-library'].trim() : '';
    const approachOf = /^(\d+)\.approach$/i.exec(id);
    const entry = LIBRARY.find((e) => e.id.toLowerCase() === id.toLowerCase());
    const indicator = approachOf ? LIBRARY_INDICATORS.find((i) => i.code === approachOf[1]) : undefined;
    if (!entry && !indicator) throw new UsageError(msg('cli.addMeasure.badId', { value: id }));
    const grids = await loadGrids(path, io);
    const analysis = analyse(grids);
    const year = intOption(values, 'year') ?? analysis.workbook.settings.fiscalYear ?? fiscalYearOf(toCalendarDate(now()));
    const pick = entry
      ? libraryMeasurePick(grids, analysis, { unit: values.unit, year, entry })
      : libraryApproachPick(grids, analysis, { unit: values.unit, itaYear: year - 1, indicator: indicator! });
    if (pick.problems.length || !pick.write) throw new InputError(pick.problems.map((p) => p[io.lang]).join('\n'));
    await updateWorkbook(path, grids, [pick.write]);
    io.out(t(io.lang, entry ? 'cli.addMeasure.added' : 'cli.addMeasure.approach', { cell: pick.cell, text: pick.text, year, itaYear: year - 1 }));
    return 0;
  },
};
