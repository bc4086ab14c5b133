import type { Command, Io } from './command';
import { intOption, onePositional, parse } from '../args';
import { loadAnalysis } from '../load';
import { formatTable } from '../terminal-table';
import type { Analysis } from '../../core/workbook/analyse';
import type { Assessment, Lang } from '../../core/engine/types';
import { t } from '../../core/i18n';

/** The `--json` object, exactly as the README documents it. */
export function rankJson(analysis: Analysis, lang: Lang, year?: number) {
  const assessments = analysis.assessments.filter((a) => year === undefined || a.year === year);
  const unitRanking = Object.fromEntries(
    Object.entries(analysis.unitRanking)
      .filter(([y]) => year === undefined || Number(y) === year)
      .map(([y, list]) => [y, list.map(({ rank, unit, total, level }) => ({ rank, unit, total, level }))]),
  );
  return {
    assessments: assessments.map((a) => ({
      unit: a.unit, year: a.year, total: a.total, computedTotal: a.computedTotal, officialTotal: a.officialTotal,
      level: a.level, tools: a.tools,
      ranking: a.ranking.map(({ rank, code, name, score, change }) => ({ rank, code, name, score, change })),
      highest: a.highest, lowest: a.lowest, weak: a.weak,
      warnings: a.warnings.map((w) => w[lang]),
    })),
    unitRanking,
  };
}

const fmt = (n: number | null): string => (n === null ? '–' : n.toFixed(2));
const signed = (n: number | null): string => (n === null ? '' : n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

function assessmentText(a: Assessment, io: Io): string {
  const L = (key: string, params = {}) => t(io.lang, key, params);
  const head = L('cli.rank.header', { unit: a.unit, year: a.year });
  // The year's framework's tools in its order: "IIT 91.99  EIT 84.71  OIT 86.39".
  const tools = Object.entries(a.tools).map(([tool, v]) => `${tool} ${fmt(v)}`).join('  ');
  const summary = L('cli.rank.summary', { total: fmt(a.total), level: a.level, tools })
    + (a.totalChange === null ? '' : `  (${signed(a.totalChange)} ${L('cli.rank.fromYear', { year: a.previousYear ?? '' })})`);
  const table = formatTable(
    [L('cli.rank.col.rank'), L('cli.rank.col.indicator'), L('cli.rank.col.score'), L('cli.rank.col.change')],
    a.ranking.map((r) => [String(r.rank), `${r.code}. ${r.name}`, fmt(r.score), signed(r.change)]),
    ['right', 'left', 'right', 'right'],
  );
  const lines = [
    head, summary, table,
    L('cli.rank.highLow', { high: `${a.highest.code}. ${a.highest.name} ${fmt(a.highest.score)}`, low: `${a.lowest.code}. ${a.lowest.name} ${fmt(a.lowest.score)}` }),
    L('cli.rank.weak', { codes: a.weak.length ? a.weak.join(', ') : '–' }),
    ...a.warnings.map((w) => `⚠ ${w[io.lang]}`),
  ];
  return lines.join('\n');
}

export const rank: Command = {
  name: 'rank',
  summaryKey: 'cli.rank.summaryLine',
  usage: 'ita rank <workbook> [--year N] [--json]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, { year: { type: 'string' }, json: { type: 'boolean' } });
    const file = onePositional(positionals);
    const year = intOption(values, 'year');
    const analysis = await loadAnalysis(file, io);
    if (!analysis) return 1;
    if (values.json) {
      io.out(JSON.stringify(rankJson(analysis, io.lang, year), null, 2));
      return 0;
    }
    const json = rankJson(analysis, io.lang, year);
    const blocks = analysis.assessments.filter((a) => year === undefined || a.year === year).map((a) => assessmentText(a, io));
    for (const [y, list] of Object.entries(json.unitRanking)) {
      blocks.push([
        t(io.lang, 'cli.rank.unitsHeader', { year: y }),
        formatTable(
          [t(io.lang, 'cli.rank.col.rank'), t(io.lang, 'cli.rank.col.unit'), t(io.lang, 'cli.rank.col.total'), t(io.lang, 'cli.rank.col.level')],
          list.map((u) => [String(u.rank), u.unit, fmt(u.total), u.level]),
          ['right', 'left', 'right', 'left'],
        ),
      ].join('\n'));
    }
    if (blocks.length === 0) {
      const years = [...new Set(analysis.assessments.map((a) => a.year))].sort((a, b) => a - b);
      io.out(year !== undefined && years.length
        ? t(io.lang, 'cli.rank.noneForYear', { year, years: years.join(', ') })
        : t(io.lang, 'cli.rank.none'));
      return 0;
    }
    io.out(blocks.join('\n\n'));
    return 0;
  },
};
