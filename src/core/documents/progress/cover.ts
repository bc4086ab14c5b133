/** The cover page (seed 004) and the title lines of the report's first page. */
import type { ResolvedReportOptions } from './options';
import { Writer, bare } from './writer';
import { boldLabelWidthPt, CONTENT_WIDTH_PT, REPORT_STYLE, type Block } from '../model';
import { t } from '../../i18n';

/** District and province as the title and the cover write them ('' when neither is known). */
export function placeLine(o: ResolvedReportOptions, w: Writer): string {
  const district = bare(o.unit.district, ['อำเภอ', 'อ.']);
  const province = bare(o.unit.province, ['จังหวัด', 'จ.']);
  if (district && province) return w.tx('report.place', { district, province });
  return province ? w.tx('report.placeProvince', { province }) : '';
}

/** Seed 004's page 1: the title, the fiscal year and the round high on the page, the unit lower down; alone on the page. */
export function coverBlocks(o: ResolvedReportOptions, w: Writer, roundText: string): Block[] {
  const place = placeLine(o, w);
  const texts = [w.tx('report.title1'), w.tx('report.title2'), w.tx('report.yearLine', { year: w.year(o.fiscalYear) }), roundText, o.unit.name, place];
  // As large as the longest line allows on one line (a cover line never wraps), at most coverTitleSize.
  const fits = (size: number) => texts.every((t) => boldLabelWidthPt(t, size) <= CONTENT_WIDTH_PT * 0.95);
  const size = [REPORT_STYLE.coverTitleSize, 22, 20, REPORT_STYLE.titleSize].find(fits) ?? REPORT_STYLE.titleSize;
  const line = (text: string, spaceBefore = 0): Block =>
    ({ kind: 'heading', level: 1, text, align: 'center', size, ...(spaceBefore ? { spaceBefore } : {}) });
  return [
    line(w.tx('report.title1'), 150),
    line(w.tx('report.title2')),
    line(w.tx('report.yearLine', { year: w.year(o.fiscalYear) })),
    line(roundText),
    line(o.unit.name, 190),
    ...(place ? [line(place)] : []),
    { kind: 'pageBreak' },
  ];
}

/**
 * The report's first page after a cover: only the title, as a heading (the cover already says
 * the year, round and unit). At the heading size it cannot fit one line (it would need 12 pt), so it
 * is broken where the cover breaks it, between phrases, never inside "ความ / โปร่งใส".
 */
export function titleAfterCover(w: Writer): Block[] {
  return [w.tx('report.title1'), w.tx('report.title2')].map((text): Block => ({ kind: 'heading', level: 1, text, align: 'center', size: REPORT_STYLE.headingSize }));
}

export function titleBlocks(o: ResolvedReportOptions, w: Writer, roundText: string): Block[] {
  // Seed 003/004 title lines: the title over two lines, the year, the round, unit, place.
  const place = placeLine(o, w);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.tx('report.title1'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.title2'), align: 'center' },
    { kind: 'heading', level: 1, text: w.tx('report.yearLine', { year: w.year(o.fiscalYear) }), align: 'center' },
    { kind: 'heading', level: 1, text: roundText, align: 'center' },
    { kind: 'heading', level: 1, text: o.unit.name, align: 'center' },
  ];
  if (place) blocks.push({ kind: 'heading', level: 1, text: place, align: 'center' });
  return blocks;
}
