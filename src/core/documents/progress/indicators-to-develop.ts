/** Section 2, the indicators to develop, each with the measures that address it (its gaps also warned of in the plan). */
import type { ResolvedReportOptions } from './options';
import { Writer, para, measureNo, indicatorLabel, type ReportMeasure } from './writer';
import type { Assessment, Measure } from '../../engine/types';
import type { Analysis } from '../../workbook/analyse';
import { REPORT_STYLE, type Block, type TableBlock } from '../model';
import { coverage } from '../../engine/progress';

/**
 * Section 2: the indicators to develop, each with the measures that address it (coverageTable).
 * With none below the threshold, the lowest-scoring indicator is still the issue to develop (seed
 * 001 names the lowest whatever its score), with its measures. The gaps (no measure) are returned
 * for the person making the report: the table says ยังไม่มีมาตรการรองรับ, the advice is theirs.
 */
export function weakBlocks(o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, rows: ReportMeasure[], analysis: Analysis): { blocks: Block[]; gaps: string[] } {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: w.tx('report.weak.heading'), align: 'left' }];
  if (!a) {
    blocks.push(para(w.tx('report.ita.none', { unit: o.unit.name, year: w.year(o.fiscalYear) }), 'left', true));
    return { blocks, gaps: [] };
  }
  let developed = a;
  if (a.weak.length === 0) {
    blocks.push(para(w.tx('report.weak.none', { threshold: w.int(analysis.workbook.settings.passThreshold) }), 'justify', true));
    blocks.push(para(w.tx('report.weak.lowest', {
      code: w.int(a.lowest.code), name: a.lowest.name, score: w.num(a.lowest.score), unit: o.unit.name,
    }), 'justify', true));
    developed = { ...a, weak: [a.lowest.code] };
  } else {
    blocks.push(para(w.tx('report.weak.intro', { count: w.int(a.weak.length), unit: o.unit.name }), 'justify', true));
  }
  const { table, gaps } = coverageTable(w, developed, rows.map((r) => r.m), rows.map((r) => r.no));
  blocks.push(table);
  return { blocks, gaps };
}

/**
 * One row per indicator to develop (every one of `a.weak`, so section 2 and its table always
 * agree) with the measures that address it; a row no measure addresses says ยังไม่มีมาตรการรองรับ.
 * A cancelled measure no longer addresses anything. Returns the table and the labels of the gaps.
 */
export function coverageTable(w: Writer, a: Assessment, measures: Measure[], numbers?: string[]): { table: TableBlock; gaps: string[] } {
  const names = new Map(a.ranking.map((r) => [r.code, r]));
  const no = new Map(measures.map((m, i) => [m, numbers?.[i] ?? measureNo(m, i, w)]));
  const covered = coverage(a.weak, measures.filter((m) => m.status !== 'cancelled'));
  const label = labelOf(w, a);
  return {
    table: {
      kind: 'table', role: 'coverage', bulk: false, size: REPORT_STYLE.tableSize,
      columns: [{ width: 35, align: 'left' }, { width: 12, align: 'center' }, { width: 53, align: 'left' }],
      header: [[{ text: w.tx('report.weak.col.indicator') }, { text: w.tx('report.weak.col.score') }, { text: w.tx('report.weak.col.measures') }]],
      rows: covered.map((c) => {
        const r = names.get(c.code);
        return [
          { text: label(c.code) },
          { text: r ? w.num(r.score) : '-' },
          c.measures.length
            ? { text: c.measures.map((m) => w.tx('report.measures.numbered', { no: no.get(m) as string, title: w.user(m.title) })).join('\n') }
            : { text: w.tx('report.weak.noMeasure'), bold: true },
        ];
      }),
    },
    gaps: gapsOf(covered, label),
  };
}

/** The labels of the indicators to develop that no measure (cancelled ones left out) addresses. */
export function uncoveredIndicators(w: Writer, a: Assessment, measures: Measure[]): string[] {
  return gapsOf(coverage(a.weak, measures.filter((m) => m.status !== 'cancelled')), labelOf(w, a));
}

const labelOf = (w: Writer, a: Assessment) => {
  const names = new Map(a.ranking.map((r) => [r.code, r.name]));
  return (code: string) => indicatorLabel(w, code, names.get(code) ?? '');
};

const gapsOf = (covered: ReturnType<typeof coverage>, label: (code: string) => string): string[] =>
  covered.filter((c) => c.measures.length === 0).map((c) => label(c.code));
