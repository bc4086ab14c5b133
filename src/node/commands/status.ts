/**
 * `ita status <workbook> [--year N] [--round 3|6|9|12 | --as-of YYYY-MM-DD] [--json]`: the
 * district overview (src/core/views/overview.ts) as a terminal table, or the JSON object the README
 * documents. The same computation as the ภาพรวม sheet and the sidebar's district card.
 */
import type { Command } from './command';
import { intOption, onePositional, parse, UsageError } from '../args';
import { loadGrids, problemLines } from '../load';
import { formatTable } from '../terminal-table';
import { analyse } from '../../core/workbook/analyse';
import { bangkokToday } from '../../core/views/dashboard';
import { readReportLog } from '../../core/workbook/report-log';
import { buildOverview, overviewJson, type Overview } from '../../core/views/overview';
import { dayText, flagText, reportText } from '../../core/views/overview-sheet';
import { isRound, parseDate } from '../../core/engine/calendar';
import { formatThaiDate } from '../../core/engine/thai';
import type { CalendarDate, Lang } from '../../core/engine/types';
import { msg, registerStrings, t } from '../../core/i18n';
import { STATUS_CLI_STRINGS } from '../../core/i18n/overview';
import { now as clockNow } from '../../core/engine/clock';

registerStrings(STATUS_CLI_STRINGS);

/** `--as-of`: YYYY-MM-DD, the year CE or BE (2025-03-31 or 2568-03-31). */
function asOfOption(raw: string | boolean | undefined): CalendarDate | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : 'invalid';
  if (!day || day === 'invalid') throw new UsageError(msg('cli.usage.badAsOf', { value: text }));
  return day;
}

const fmt = (n: number | null): string => (n === null ? '–' : n.toFixed(2));

function statusText(o: Overview, lang: Lang): string {
  const L = (key: string, params = {}) => t(lang, key, params);
  const asOf = lang === 'th' ? formatThaiDate(o.asOf) : dayText(o.asOf, lang);
  const head = L('cli.status.header', {
    year: o.fiscalYear, asOf, round: o.round, roundState: L(o.roundEnded ? 'overview.sheet.roundEnded' : 'overview.sheet.roundRunning'),
  });
  if (o.units.length === 0) return `${head}\n${L('cli.status.none')}`;
  const cols = ['unit', 'percent', 'measures', 'done', 'inProgress', 'notStarted', 'cancelled', 'overdue', 'report', 'lastEdit', 'ita', 'total', 'level', 'flags'];
  const table = formatTable(
    cols.map((c) => L(`cli.status.col.${c}`)),
    o.units.map((u) => [
      u.unit,
      u.measures - u.cancelled > 0 ? u.percentDone.toFixed(2) : '–',
      String(u.measures), String(u.done), String(u.inProgress), String(u.notStarted), String(u.cancelled), String(u.overdue),
      reportText(u, o, lang),
      u.lastEdit ? dayText(bangkokToday(u.lastEdit), lang) : '–',
      u.itaYear === null ? '–' : String(u.itaYear), fmt(u.total), u.level ?? '–',
      u.flags.map((f) => flagText(f, o, lang)).join(', '),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left', 'right', 'right', 'left', 'left'],
  );
  const notes = o.units.filter((u) => u.uncertain > 0).map((u) => L('cli.status.uncertain', { unit: u.unit, count: u.uncertain }));
  return [head, table, L('cli.status.footer', { count: o.needingAttention, units: o.units.length }), ...notes].join('\n');
}

export const status: Command = {
  name: 'status',
  summaryKey: 'cli.status.summaryLine',
  usage: 'ita status <workbook> [--year N] [--round 3|6|9|12 | --as-of YYYY-MM-DD] [--json]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      year: { type: 'string' }, round: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' },
    });
    const file = onePositional(positionals);
    const fiscalYear = intOption(values, 'year');
    const round = intOption(values, 'round');
    if (round !== undefined && !isRound(round)) throw new UsageError(msg('cli.usage.badRound', { value: String(values.round) }));
    const asOf = asOfOption(values['as-of']);
    if (round !== undefined && asOf !== undefined) throw new UsageError(msg('cli.usage.roundOrAsOf'));

    const grids = await loadGrids(file, io);
    const analysis = analyse(grids);
    if (analysis.problems.length > 0) {
      io.err(t(io.lang, 'cli.problemsFound', { count: analysis.problems.length, path: file }));
      for (const line of problemLines(analysis, io)) io.err(line);
      return 1;
    }
    const overview = buildOverview(analysis, readReportLog(grids), { today: bangkokToday(clockNow()), fiscalYear, round, asOf });
    io.out(values.json ? JSON.stringify(overviewJson(overview), null, 2) : statusText(overview, io.lang));
    return 0;
  },
};
