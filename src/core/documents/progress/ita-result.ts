/** Section 1, the ITA result: total, level, tools, change, the indicator ranking, extremes and chart (also used by the plan). */
import type { ResolvedReportOptions } from './options';
import { Writer, para, indicatorLabel } from './writer';
import type { Assessment } from '../../engine/types';
import type { Analysis } from '../../workbook/analyse';
import { REPORT_STYLE, type Block, type TableBlock, type Cell, type ParagraphBlock, type ChartBlock } from '../model';
import { toolsHoldingLevel } from '../../engine/levels';
import { barChartSvg } from '../chart';
import { toolsSentence } from './tools-sentence';
import { frameworkFor } from '../../engine/frameworks';

/**
 * Section 1: the ITA result — total and level, tools, change, the highest and lowest, the ranking
 * table and (`chart`, default true) the chart; the plan leaves the chart out.
 */
export function itaBlocks(
  o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, prev: Assessment | undefined, analysis: Analysis, { chart = true } = {},
): Block[] {
  if (!a) {
    return [
      { kind: 'heading', level: 2, text: w.tx('report.ita.heading', { itaYear: w.year(o.fiscalYear - 1) }), align: 'left' },
      para(w.tx('report.ita.none', { unit: o.unit.name, year: w.year(o.fiscalYear) }), 'left', true),
    ];
  }
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.tx('report.ita.heading', { itaYear: w.year(a.year) }), align: 'left' }];
  // "… ได้คะแนนรวม 87.57 คะแนน ระดับผลการประเมิน A" with the figures bold, as seed 000 shows them.
  const total = w.tx('report.ita.total', { unit: o.unit.name, total: '\u0000', level: '\u0001' });
  const [before, middle, after] = total.split(/\u0000|\u0001/);
  blocks.push(para([{ text: before }, { text: w.num(a.total), bold: true }, { text: middle }, { text: a.level, bold: true }, { text: after ?? '' }], 'justify', true));
  const tools = toolsSentence(w, a, frameworkFor(analysis.workbook.frameworks, a.year));
  if (tools !== null) {
    const { passThreshold, levels } = analysis.workbook.settings;
    const holding = toolsHoldingLevel(a.levelKey, a.total, a.tools, passThreshold, levels);
    // Why a total above the mark has this level (91.30 is ผ่าน when EIT is under 85): readers ask.
    const why = holding.length === 0 ? '' : w.tx('report.ita.levelHeldBy', {
      tools: holding.join(', '), mark: w.int(a.levelKey === 'pass' ? passThreshold : levels.ratingExcellent),
    });
    blocks.push(para(tools + why, 'justify', true));
  }
  if (prev && a.totalChange !== null) {
    const key = a.totalChange > 0 ? 'report.ita.up' : a.totalChange < 0 ? 'report.ita.down' : 'report.ita.same';
    blocks.push(para(w.tx(key, { prevYear: w.year(prev.year), prevTotal: w.num(prev.total), diff: w.num(Math.abs(a.totalChange)) }), 'justify', true));
  } else {
    blocks.push(para(w.tx('report.ita.noPrevious'), 'justify', true));
  }
  // The highest and the lowest before the table they come from: never a page apart from it (issue 19).
  blocks.push(...extremeParagraphs(w, a));
  blocks.push({ kind: 'heading', level: 3, text: w.tx('report.ita.rankingCaption'), align: 'left' }, rankingTable(w, a));
  if (chart) blocks.push(...scoreChart(w, a, analysis.workbook.settings.passThreshold));
  return blocks;
}

/** The indicators ranked by score (seed 000's order), with the change against the year before when known. */
export function rankingTable(w: Writer, a: Assessment): TableBlock {
  const withChange = a.ranking.some((r) => r.change !== null);
  const header: Cell[] = [
    { text: w.tx('report.ita.col.rank') }, { text: w.tx('report.ita.col.indicator') }, { text: w.tx('report.ita.col.score') },
  ];
  if (withChange) header.push({ text: w.tx('report.ita.col.change', { prevYear: w.year(a.previousYear as number) }) });
  return {
    kind: 'table', role: 'ranking', bulk: false, size: REPORT_STYLE.tableSize,
    columns: withChange
      ? [{ width: 11, align: 'center' }, { width: 53, align: 'left' }, { width: 16, align: 'center' }, { width: 20, align: 'center' }]
      : [{ width: 14, align: 'center' }, { width: 64, align: 'left' }, { width: 22, align: 'center' }],
    header: [header],
    rows: a.ranking.map((r) => {
      const row: Cell[] = [{ text: w.int(r.rank) }, { text: indicatorLabel(w, r.code, r.name) }, { text: w.num(r.score) }];
      if (withChange) row.push({ text: r.change === null ? '-' : w.signed(r.change) });
      return row;
    }),
  };
}

/**
 * The highest and the lowest indicator in one paragraph: a pair that can never part across a
 * page, and a line shorter than two when a long name would wrap the second (issue 19: length).
 */
export function extremeParagraphs(w: Writer, a: Assessment): ParagraphBlock[] {
  const extreme = (r: Assessment['highest']) => w.tx('report.ita.extreme', { score: w.num(r.score), code: w.int(r.code), name: r.name });
  return [para([
    { text: `${w.tx('report.ita.highest')} `, bold: true },
    { text: `${extreme(a.highest)}${w.lang === 'en' ? '; ' : ' '}` },
    { text: `${w.tx('report.ita.lowest')} `, bold: true },
    { text: extreme(a.lowest) },
  ], 'justify', true)];
}

/**
 * The bar chart of the indicator scores with the pass line, under its caption: bars in the order
 * of the ranking table above it (highest first), and a legend of the two colours when both are used.
 */
export function scoreChart(w: Writer, a: Assessment, threshold: number): Block[] {
  const ranked = a.ranking;
  const labels = ranked.map((r) => w.tx('report.chart.label', { code: w.int(r.code), name: r.name }));
  const values = ranked.map((r) => r.score);
  const valueLabels = values.map((v) => w.num(v));
  const thresholdLabel = w.tx('report.chart.threshold', { value: w.int(threshold) });
  const twoColours = values.some((v) => v < threshold) && values.some((v) => v >= threshold);
  const legend = twoColours
    ? { pass: w.tx('report.chart.legendPass', { value: w.int(threshold) }), below: w.tx('report.chart.legendBelow', { value: w.int(threshold) }) }
    : null;
  const chart = barChartSvg({ labels, values, valueLabels, threshold, thresholdLabel, thaiDigits: w.thai, legend });
  const title = w.tx('report.chart.title', { itaYear: w.year(a.year) });
  const chartBlock: ChartBlock = {
    kind: 'chart', title, labels, values, valueLabels, threshold, thresholdLabel, legend,
    svg: chart.svg, width: chart.width, height: chart.height,
    alt: `${title}: ${labels.map((l, i) => `${l} ${valueLabels[i]}`).join(', ')}`,
  };
  return [{ kind: 'heading', level: 3, text: title, align: 'center' }, chartBlock];
}
