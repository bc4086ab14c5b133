/**
 * The progress report as a small document tree: built once in core (build.ts), rendered
 * twice — a Google Doc with DocumentApp (src/gas/document-renderer.ts) and a .docx with the
 * `docx` package (src/node/docx-renderer.ts). Every word, figure and digit is decided here;
 * renderers only lay it out. Pure data (plus an SVG string for the chart).
 */

import type { ReportKind } from '../workbook/report-log';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A span of text; `bold` as in the seeds' labels and figures. */
export interface Run {
  text: string;
  bold?: boolean;
}

/**
 * Font sizes in points. Body text is 16 pt (cabinet resolution 2553); the memo's title
 * ~29 pt and its labels ~20 pt (seed 001, ITA-REFERENCE "Thai official documents").
 */
export const REPORT_STYLE = {
  font: 'Sarabun',
  bodySize: 16,
  tableSize: 14,
  /** The ten-column measures table, on landscape A4 pages (seed 004's columns with seed 003's and 001's). */
  measuresTableSize: 10.5,
  /** Its header: "อยู่ระหว่าง" and "ดำเนินการ" in bold must each fit a status-mark column on one line. */
  measuresHeaderSize: 9.5,
  /** The three status marks' header cells only (their cells hold a single "/"): narrow mark columns. */
  measuresMarkHeaderSize: 8,
  /** Its rows' line spacing: Sarabun's single line is 1.4 em; 0.9 of it still clears stacked Thai marks. */
  measuresLineSpacing: 0.9,
  headingSize: 16,
  titleSize: 18,
  /** The cover page's lines (seed 004's page 1). */
  coverTitleSize: 24,
  memoTitleSize: 29,
  memoLabelSize: 20,
  /** A4 in points and the margins of official documents: left 3 cm, right 2 cm. */
  page: { width: 595.28, height: 841.89, marginLeft: 85.04, marginRight: 56.69, marginTop: 70.87, marginBottom: 56.69 },
  /**
   * A landscape section's margins: top 2 cm, bottom 1.5 cm, left and right 1.5 cm (the measures
   * table's pages only; the portrait pages keep the official 3 cm / 2 cm). The 2 cm a page gains
   * in width and the two lines in height keep the seven-measure unit (นาเลียง) within three pages.
   */
  landscapeMargins: { marginTop: 56.69, marginBottom: 42.52, marginLeft: 42.52, marginRight: 42.52 },
  /** The check mark of seed 001's status table; Sarabun has no ✓ glyph, and "/" is what officials tick. */
  mark: '/',
  /** Light fill of header rows (COLOURS.header of the template). */
  headerFill: '#cfe2f3',
} as const;

/** Width of the text column of an A4 page with the official margins, in points. */
export const CONTENT_WIDTH_PT = REPORT_STYLE.page.width - REPORT_STYLE.page.marginLeft - REPORT_STYLE.page.marginRight;

/**
 * Width of the text column of a section's pages: a landscape page is A4 turned, with its own
 * margins (1.5 cm left and right), so its columns are measured against 26.7 cm, not 16 cm.
 */
export const contentWidthPt = (orientation: 'portrait' | 'landscape' = 'portrait'): number =>
  orientation === 'landscape'
    ? REPORT_STYLE.page.height - REPORT_STYLE.landscapeMargins.marginLeft - REPORT_STYLE.landscapeMargins.marginRight
    : CONTENT_WIDTH_PT;

export interface HeadingBlock {
  kind: 'heading';
  /** 1: the report title lines; 2: a numbered section; 3: a caption above a table or chart. */
  level: 1 | 2 | 3;
  text: string;
  align: Align;
  /** Point size when not the level's own (the cover page's large lines). */
  size?: number;
  /** Space above, in points (the cover page spreads its lines down the page). */
  spaceBefore?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align: Align;
  /** First-line indent as in Thai official prose (2.5 cm). */
  indent?: boolean;
  /** Point size when not the body size. */
  size?: number;
  /** Kept on the page of the next block (a pair of lines read together); where the renderer can. */
  keepWithNext?: boolean;
  /**
   * A list: its text holds one item a line ("\n"), each line starting at the 2.5 cm indent. One
   * block whatever the number of items, so the Google Doc's calls do not grow with the measures.
   */
  list?: boolean;
}

export interface Cell {
  text: string;
  bold?: boolean;
  align?: Align;
  /** A status mark cell (seed 001): `text` is the mark or ''. */
  mark?: boolean;
  /** Point size when not the table's (header only: the status marks' narrow cells). */
  size?: number;
  /** Merged cells (header only): the covered cells are simply absent from the row. */
  colSpan?: number;
  rowSpan?: number;
}

export interface TableColumn {
  /** Percent of the text width; a table's columns add up to 100. */
  width: number;
  align: Align;
}

export interface TableBlock {
  kind: 'table';
  /**
   * What the table is, for renderers and tests: 'ranking' | 'coverage' | 'measures' | 'summary'
   * (progress report); 'analysis' (per-indicator notes) and 'plan' (the year's measures) of the plan.
   */
  role: 'ranking' | 'coverage' | 'measures' | 'summary' | 'analysis' | 'plan';
  columns: TableColumn[];
  /** Header rows, bold and shaded, repeated on each page; may use colSpan/rowSpan. */
  header: Cell[][];
  /** Body rows: one cell per column, never merged (so one appendTable call can hold them). */
  rows: Cell[][];
  /** Point size of the table's text. */
  size: number;
  /** Point size of the header rows when smaller than `size` (narrow status columns). */
  headerSize?: number;
  /** Line spacing of the body rows, a multiple of single (default 1): the long measures table is set a little tighter. */
  lineSpacing?: number;
  /** True when the rows grow with the number of measures: renderers must style it in bulk. */
  bulk: boolean;
  /** Bold last row (a total). */
  totalRow?: boolean;
  /**
   * Per body row: true when the row fits on a page, so it must not be split across two (the
   * .docx's cantSplit; the Google Doc's Docs API pass: preventOverflow). DocumentApp has no such
   * setting. A taller row must be allowed to break.
   */
  keepRowsWhole?: boolean[];
}

export interface ChartBlock {
  kind: 'chart';
  title: string;
  /** Category labels, top to bottom, and their values (0–100). */
  labels: string[];
  values: number[];
  /** Values as they are written on the bars (digits per the report's setting). */
  valueLabels: string[];
  /** Pass threshold line, with its label. */
  threshold: number;
  thresholdLabel: string;
  /** What the two bar colours mean; null when every bar has the same colour. */
  legend: { pass: string; below: string } | null;
  /** The chart drawn as SVG (chart.ts), width × height in px (= pt at 72 dpi when placed). */
  svg: string;
  width: number;
  height: number;
  /** Alternative text for accessibility. */
  alt: string;
}

export interface MemoHeaderBlock {
  kind: 'memoHeader';
  title: string;
  /** ส่วนราชการ / ที่ + วันที่ / เรื่อง / เรียน — label bold, value plain; several on a line. */
  lines: { label: string; value: string }[][];
}

/**
 * Sarabun Bold's advance widths (1/1000 em) of U+0E01–U+0E5B, read from the font file that
 * @expo-google-fonts/sarabun ships (Google's Sarabun): vowels and tone marks above or below
 * a consonant are 0. Only for placing memo header labels, so the table stays this small.
 */
const SARABUN_BOLD_THAI = [
  597, 632, 656, 624, 628, 679, 482, 571, 594, 650, 667, 832, 849, 622, 622, 573, 761, 876, 884, 614, 628, 598, 678, 584,
  650, 651, 669, 649, 649, 739, 739, 630, 630, 587, 498, 598, 600, 622, 535, 624, 718, 600, 645, 739, 601, 584, 574, 548,
  0, 510, 510, 0, 0, 0, 0, 0, 0, 0, 700, 700, 700, 700, 603, 326, 616, 409, 425, 449, 304, 666, 0, 0, 0, 0, 0, 0, 0, 0,
  626, 666, 691, 716, 709, 688, 688, 673, 793, 684, 700, 831, 1055,
];
/** Any other character: a mean advance, and a space's. */
const OTHER_ADVANCE = 560;
const SPACE_ADVANCE = 243;
/** Punctuation of signature lines ("(ลงชื่อ)......"), Sarabun Bold: dots are far narrower than a letter. */
const PUNCTUATION_ADVANCE: Record<string, number> = { '.': 285, '(': 351, ')': 351, '/': 470 };

/** Width in pt of a bold label in Sarabun at `size` pt (an upper bound for regular text). */
export function boldLabelWidthPt(label: string, size: number): number {
  let units = 0;
  for (const ch of label) {
    const code = ch.charCodeAt(0);
    units += code >= 0x0e01 && code <= 0x0e5b ? SARABUN_BOLD_THAI[code - 0x0e01] : ch === ' ' ? SPACE_ADVANCE : PUNCTUATION_ADVANCE[ch] ?? OTHER_ADVANCE;
  }
  return (units / 1000) * size;
}

/**
 * Where a memo header value's wrapped lines start, in pt from the margin: after the label and
 * the two spaces before the value, so a long เรื่อง runs on under its own first line as memos
 * are typed, not back at the margin. Neither DocumentApp nor docx can measure text.
 */
export function memoValueIndentPt(label: string): number {
  return Math.round(boldLabelWidthPt(label, REPORT_STYLE.memoLabelSize) + 2 * (SPACE_ADVANCE / 1000) * REPORT_STYLE.bodySize);
}

/** A line read with a signature and kept on its page, across the whole text width. */
export interface SignatureLead {
  text: string;
  /** A heading (ความเห็นของผู้บริหาร): bold, with a little space above. */
  bold?: boolean;
  /** 'left' for a heading and lines to write on; 'center' for a dated line (ประกาศ ณ วันที่ …). */
  align: 'left' | 'center';
  /** Prose read with the signature (จึงประกาศให้ทราบโดยทั่วกัน): the 2.5 cm first-line indent of official prose. */
  indent?: boolean;
}

/**
 * A signature block, never split across pages in any renderer (issue 19): what is read with it
 * (`lead`: a heading, lines to write a comment on, the announcement's date), then the signature's
 * own lines, centred in the right part of the page: room to sign or (ลงชื่อ)…, (name), position,
 * date. The .docx sets it in a borderless one-row table whose row cannot break across pages;
 * the Google Doc keeps its paragraphs' lines together and each with the next (Docs API pass).
 * Made only by `signatureBlock` (signature.ts), so every signature is whole by construction.
 */
export interface SignatureBlock {
  kind: 'signature';
  lead?: SignatureLead[];
  lines: string[];
  /**
   * Kept on the page of the next block too: the memo's routing (the chief administrator's comment
   * and the executive's order) reads as one, on the memo's page when it fits, else together on the next.
   */
  keepWithNext?: boolean;
}

/** Where a signature block starts by default: 40 % of the text width in from the left margin. */
const SIGNATURE_INDENT_SHARE = 0.4;

/**
 * Left indent of a signature block, in pt: 40 % of the text width, less when its widest line
 * would not fit in what is left, so a long position ("นักวิชาการคอมพิวเตอร์ปฏิบัติการ") stays
 * on one line instead of breaking as "ปฏิบัติ / การ". Widths are Sarabun Bold's, an upper bound
 * for the regular text the block is set in.
 */
export function signatureIndentPt(lines: string[], width: number = CONTENT_WIDTH_PT): number {
  const widest = Math.max(0, ...lines.map((l) => boldLabelWidthPt(l, REPORT_STYLE.bodySize)));
  const slack = 12; // room for rounding and the renderers' own spacing
  return Math.max(0, Math.min(width * SIGNATURE_INDENT_SHARE, width - widest - slack));
}

/** Dots of a line to write on, as wide as the text column (Sarabun's "." is 0.2585 em). */
export const writingLine = (width: number = CONTENT_WIDTH_PT): string =>
  '.'.repeat(Math.floor((width * 0.94) / (0.2585 * REPORT_STYLE.bodySize)));

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock | MemoHeaderBlock | SignatureBlock | PageBreakBlock;

/** Sections of the report, in order; tests and renderers may look them up by id. */
export type SectionId = 'memo' | 'cover' | 'title' | 'ita' | 'weak' | 'measures' | 'summary' | 'signature' | 'endorsement' | 'analysis' | 'coverage';

export interface ReportSection {
  id: SectionId;
  blocks: Block[];
  /**
   * Page orientation of the section; default portrait. A landscape section starts on a new
   * page and the section after it starts on a new portrait page (the .docx as a section of
   * its own, the Google Doc through the Docs API's section breaks).
   */
  orientation?: 'portrait' | 'landscape';
  /**
   * Page numbers as สารบรรณ has them (issue 19, point 6). 'none': pages without a number (the
   * cover). 'start': a document starts here (the memo, the report proper), numbered from 1 with no
   * number on its first page, so its second page reads "- ๒ -". Absent: numbering runs on.
   */
  numbering?: 'none' | 'start';
}

export interface ReportMeta {
  /** Which document of the model: absent or 'progress' the progress report, 'plan' the year-start document (plan.ts). */
  kind?: ReportKind;
  unit: string;
  fiscalYear: number;
  /** The progress report's round; null for a plan. */
  round: 3 | 6 | 9 | 12 | null;
  itaYear: number | null;
  thaiDigits: boolean;
  lang: 'th' | 'en';
  memo: boolean;
  cover: boolean;
  endorsement: boolean;
  /** The day the figures describe (ข้อมูล ณ วันที่): the as-of rule of as-of.ts, or the override. */
  asOf: { year: number; month: number; day: number };
  /** The memo's and the signature's date (default today). */
  date: { year: number; month: number; day: number };
  /** The memo's document number (ที่); '' when blank. */
  docNo: string;
  /**
   * Measures whose status on `asOf` could not be reconstructed (done, no date): their current
   * status stands. Written as "no. title" for the person making the report, never in the document.
   */
  uncertain: string[];
  /** Indicators to develop that no measure addresses, as labels ("6. คุณภาพการดำเนินงาน"): for the person, never the document. */
  uncovered?: string[];
  /** Numbers of the measures done or in progress on the as-of day whose result (สรุปผล) is blank: for the person. */
  noResult?: string[];
  /** The last day of the round the report names (the signing date is checked against it); absent for a plan. */
  roundEnd?: { year: number; month: number; day: number };
  /**
   * Names the document prints under a signature line and the หน่วยงาน sheet leaves blank (a dotted
   * line is printed): the person making it is told which column to fill. For the person, never the document.
   */
  missingNames?: ('executiveName' | 'chiefName')[];
  /** The unit's row in the หน่วยงาน sheet, for that message. */
  unitRow?: number;
  /** A draft (the plan made with its gaps shown): its mark, ร่าง, printed in the header of every page. */
  draft?: string;
  /** Suggested file/document name: `<unit> รายงานมาตรการ ITA <ปี> รอบ <n> เดือน`. */
  name: string;
  measureCount: number;
}

export interface ReportDoc {
  meta: ReportMeta;
  sections: ReportSection[];
}

/** All blocks in document order. */
export const blocksOf = (doc: ReportDoc): Block[] => doc.sections.flatMap((s) => s.blocks);

/** Plain text of a block (tables: cells joined by " | ", rows by new lines). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading': return block.text;
    case 'paragraph': return block.runs.map((r) => r.text).join('');
    case 'table': return [...block.header, ...block.rows].map((r) => r.map((c) => c.text).join(' | ')).join('\n');
    case 'chart': return `[${block.title}]`;
    case 'memoHeader': return [block.title, ...block.lines.map((l) => l.map((p) => `${p.label} ${p.value}`).join('  '))].join('\n');
    case 'signature': return [...(block.lead ?? []).map((l) => l.text), ...block.lines].join('\n');
    case 'pageBreak': return '\f';
  }
}

/** The whole report as plain text, for tests, logs and a quick look. */
export const reportText = (doc: ReportDoc): string => blocksOf(doc).map(blockText).join('\n');

/**
 * Header rows as a full grid of strings, for renderers without merged cells (DocumentApp's
 * appendTable takes a rectangle): a spanned cell's text goes in its first cell, the cells it
 * covers are ''. Also returns which cells are the start of a span, for styling.
 */
export function expandHeader(header: Cell[][], columns: number): string[][] {
  return headerGrid(header, columns).map((row) => row.map((c) => c?.text ?? ''));
}

/** The header's cells on the expanded grid: each cell at its top-left position, null where covered or empty. */
export function headerGrid(header: Cell[][], columns: number): (Cell | null)[][] {
  const covered: Cell = { text: '' };
  const grid: (Cell | undefined)[][] = header.map(() => new Array<Cell | undefined>(columns).fill(undefined));
  header.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < columns && grid[r][c] !== undefined) c++;
      const rows = cell.rowSpan ?? 1;
      const cols = cell.colSpan ?? 1;
      for (let dr = 0; dr < rows && r + dr < header.length; dr++) {
        for (let dc = 0; dc < cols && c + dc < columns; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell : covered;
      }
      c += cols;
    }
  });
  return grid.map((row) => row.map((v) => (v === undefined || v === covered ? null : v)));
}
