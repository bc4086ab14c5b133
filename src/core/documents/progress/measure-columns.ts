/** The measures table's column widths, fitted to the report's own text, and whether a row fits one page. */
import { REPORT_STYLE, boldLabelWidthPt, contentWidthPt, type Cell } from '../model';
import { t } from '../../i18n';

/**
 * Widest narrowest widths of the measures table's columns, percent of a landscape page's text
 * width (26.7 cm: 1.5 cm margins each side): measure, method, responsible, timeline, follow-up, the
 * three marks, result, outcome. Chosen so that no word of the sample reports is wider than its
 * column at 10.5 pt (a word wider than its column is broken mid-syllable: "คอมพิวเตอ / ร์"):
 * measure and method hold "ประชาสัมพันธ์" (measure: its header "มาตรการ/กิจกรรม" on a line),
 * responsible "คอมพิวเตอร์" (its header on one line), timeline a month in full and
 * "(เกินกำหนด)", follow-up "รอบ ๑๒ เดือน", the marks (1.45 cm) "อยู่ระหว่าง" and "ดำเนินการ" in
 * bold 8 pt, the outcome (2 cm) its header "ความสำเร็จ". Responsible, timeline and follow-up are
 * narrowed further to what this report's own text needs (fittedWidth). What is left goes to the
 * text-heavy columns where the rows need it (measureColumnWidths).
 */
export const MEASURE_COLUMNS: readonly number[] = [10.5, 13.9, 9.3, 8.3, 8.8, 5.4, 5.4, 5.4, 9.6, 7.5];

/** The columns that take the width left over: measure, method, result, outcome. */
const FLEXIBLE_COLUMNS = [0, 1, 8, 9] as const;

/** The short-text columns sized from the report's text: responsible, timeline, follow-up. */
const FITTED_COLUMNS = [2, 3, 4] as const;

const WIDTH_STEP = 0.1;

/** 2 cm in pt: the narrowest a text column gets. */
const MIN_COLUMN_PT = 56.69;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/**
 * The pieces of a run LibreOffice may break between: ICU's words (its Thai dictionary is the one
 * LibreOffice uses), a slash holding on to the words either side of it. Where the runtime has
 * no Intl.Segmenter the run stays whole: a wider column, never a word broken.
 */
export function thaiWords(run: string): string[] {
  if (!segmenter) return [run];
  const words: string[] = [];
  let glue = false;
  for (const { segment } of segmenter.segment(run)) {
    if (segment === '/' && words.length) { words[words.length - 1] += segment; glue = true; continue; }
    if (glue) words[words.length - 1] += segment;
    else words.push(segment);
    glue = false;
  }
  return words;
}

/**
 * The narrowest width (percent, up to MEASURE_COLUMNS[i]) that holds column i's widest
 * unbreakable run in bold (an upper bound): its header's lines; the responsible column's words
 * (thaiWords: "ทุกส่วนราชการ" may break as ทุก / ส่วน / ราชการ); the timeline's runs between
 * spaces ("(เกินกำหนด)" whole); the follow-up column's rounds whole ("รอบ ๑๒ เดือน").
 */
function fittedWidth(i: number, rows: Cell[][], header: Cell | undefined): number {
  const size = REPORT_STYLE.measuresTableSize;
  const runs = rows.flatMap((r) => (i === 4 ? r[i].text.split('\n') : r[i].text.split(/[\s\u200b]+/).flatMap(i === 2 ? thaiWords : (t) => [t])));
  const headerLines = header ? header.text.split('\n') : [];
  const need = Math.max(
    0,
    ...runs.map((t) => boldLabelWidthPt(t, size)),
    ...headerLines.map((t) => boldLabelWidthPt(t, header?.size ?? REPORT_STYLE.measuresHeaderSize)),
  ) + CELL_PADDING_PT;
  // Never under 2 cm: only the three status marks are narrower.
  return Math.min(MEASURE_COLUMNS[i], Math.ceil((Math.max(need, MIN_COLUMN_PT) / contentWidthPt('landscape')) * 1000) / 10);
}

/**
 * The measures table's widths for these rows (and the header's first row, whose cells before the
 * marks are one a column): from MEASURE_COLUMNS, with the responsible, timeline and follow-up
 * columns as narrow as their text allows, the width left over goes
 * a tenth of a percent at a time to the flexible column where it shortens the table most (the sum
 * of the rows' estimated heights), so an empty ผลลัพธ์ column stays narrow and a long method
 * or result gets the room. Rounded to 0.1 %, adding up to 100.
 */
export function measureColumnWidths(rows: Cell[][], header: Cell[] = []): number[] {
  const widths = [...MEASURE_COLUMNS];
  for (const i of FITTED_COLUMNS) widths[i] = fittedWidth(i, rows, header[i]);
  const size = REPORT_STYLE.measuresTableSize;
  const page = contentWidthPt('landscape');
  // Each paragraph's width is measured once: the search below tries hundreds of widths.
  const paragraphs = rows.map((r) => r.map((c) => c.text.split('\n').map((p) => boldLabelWidthPt(p, size))));
  // Lines of a cell, counted without rounding up, so that every step of width shows its gain.
  const lines = (widthsPt: number[], pct: number): number => {
    const inner = Math.max(1, (page * pct) / 100 - CELL_PADDING_PT);
    return widthsPt.reduce((n, w) => n + Math.max(1, w / inner), 0);
  };
  const flexible = FLEXIBLE_COLUMNS as readonly number[];
  const fixed = paragraphs.map((r) => Math.max(1, ...r.map((c, i) => (flexible.includes(i) ? 1 : lines(c, widths[i])))));
  const height = (w: number[]): number => paragraphs.reduce((sum, r, k) => sum + Math.max(fixed[k], ...flexible.map((i) => lines(r[i], w[i]))), 0);
  for (let left = Math.round((100 - widths.reduce((a, b) => a + b, 0)) / WIDTH_STEP); left > 0; left--) {
    const now = height(widths);
    let best = flexible[1]; // the method column when nothing gains (no rows)
    let gain = -1;
    for (const i of flexible) {
      const trial = [...widths];
      trial[i] += WIDTH_STEP;
      const g = now - height(trial);
      if (g > gain) { gain = g; best = i; }
    }
    widths[best] += WIDTH_STEP;
  }
  return widths.map((w) => Math.round(w * 10) / 10);
}

/** Cell padding of a table, left plus right, in pt (the .docx's 2 pt each side, with room for rounding). */
const CELL_PADDING_PT = 6;

/** Sarabun's single line is about 1.3 em in LibreOffice and Word. */
const LINE_EM = 1.3;

/** A landscape page's text height less the measures table's repeated header (about five lines). */
const LANDSCAPE_ROOM_PT = REPORT_STYLE.page.width - REPORT_STYLE.landscapeMargins.marginTop - REPORT_STYLE.landscapeMargins.marginBottom - 70;

/**
 * Whether a row fits on a landscape page, by a generous estimate of its height (bold widths, an
 * upper bound, and one extra line a paragraph): a row that fits is kept whole (the .docx's
 * cantSplit); one taller than a page must be allowed to break.
 */
export function rowFitsPage(row: Cell[], columns: { width: number }[], size: number, lineSpacing = 1): boolean {
  const width = contentWidthPt('landscape');
  const lines = Math.max(...row.map((cell, i) => {
    const inner = Math.max(1, (width * columns[i].width) / 100 - CELL_PADDING_PT);
    return cell.text.split('\n').reduce((n, p) => n + Math.ceil(boldLabelWidthPt(p, size) / inner) + 0.5, 0);
  }));
  return lines * size * LINE_EM * lineSpacing <= LANDSCAPE_ROOM_PT;
}
