/**
 * The report model (src/core/documents) as a Google Doc, with DocumentApp.
 *
 * Batching: each table is ONE `body.appendTable(string[][])` call; its styling is done by
 * attributes on the whole table and on its header rows, never cell by cell for the body of
 * a table that grows with the measures (`bulk`). So the number of service calls depends on
 * the report's sections (and the indicator framework: ranking and coverage tables have at
 * most one row per indicator), never on the number of measures. The test suite checks that
 * 10 and 500 measures make exactly the same calls.
 *
 * What DocumentApp cannot do is done after it by the Docs API pass (docs-pass.ts): landscape
 * sections, merged header cells (here the text is in the first cell, the covered cells empty),
 * header rows repeated, keep-with-next, and the measures table's centred status marks (here
 * centring is per paragraph, one call per row, so this renderer leaves them left-aligned; header
 * rows and the small tables it centres itself). The differences from the .docx that remain:
 * - the chart is drawn by the Charts service (see chartImage), not from the SVG: the same bars in
 *   the same order (the ranking's), the same two colours and the same legend words;
 * - DocumentApp has no "keep the row whole" setting: the model's keepRowsWhole (the .docx's
 *   cantSplit) reaches the Google Doc through the Docs API pass (updateTableRowStyle
 *   preventOverflow), and only if that pass runs.
 */
import {
  CONTENT_WIDTH_PT, REPORT_STYLE, expandHeader, headerGrid, memoValueIndentPt, signatureIndentPt,
  type Align, type Block, type ChartBlock, type ReportDoc, type TableBlock,
} from '../core/documents';
import { CHART_COLOURS } from '../core/documents/chart';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Blob = GoogleAppsScript.Base.Blob;

const S = REPORT_STYLE;
/** First-line indent of Thai official prose: 2.5 cm. */
const INDENT_PT = 70.87;
/** InlineImage sizes are in pixels (96 per inch); the text width in px. */
const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH_PT * 96) / 72) - 4;

/** Draws the chart as a PNG blob; null when it cannot (the ranking table still has the figures). */
export type ChartImage = (chart: ChartBlock) => Blob | null;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return align === 'center' ? H.CENTER : align === 'right' ? H.RIGHT : align === 'justify' ? H.JUSTIFY : H.LEFT;
}

function style(entries: [GoogleAppsScript.Document.Attribute, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k as unknown as string] = v;
  return out;
}

/**
 * The chart by the Charts service (still documented and not on Apps Script's deprecation
 * list; needs no extra OAuth scope): a stacked bar chart with two series so that indicators
 * below the pass threshold get the warning colour, as in the SVG. An embedded chart on a
 * hidden sheet would need to write into the user's workbook; the Charts service does not.
 */
export const chartsServiceImage: ChartImage = (chart) => {
  try {
    // The series names are the model's legend words; with one colour only there is no legend.
    const passName = chart.legend?.pass ?? chart.thresholdLabel;
    const belowName = chart.legend?.below ?? chart.thresholdLabel;
    const table = Charts.newDataTable()
      .addColumn(Charts.ColumnType.STRING, '')
      .addColumn(Charts.ColumnType.NUMBER, passName)
      .addColumn(Charts.ColumnType.NUMBER, belowName);
    chart.labels.forEach((label, i) => {
      const v = chart.values[i];
      table.addRow([label, v >= chart.threshold ? v : 0, v < chart.threshold ? v : 0]);
    });
    return Charts.newBarChart()
      .setDataTable(table)
      .setStacked()
      .setRange(0, 100)
      .setDimensions(chart.width, chart.height)
      .setColors([CHART_COLOURS.pass, CHART_COLOURS.below])
      .setLegendPosition(chart.legend ? Charts.Position.BOTTOM : Charts.Position.NONE)
      .setOption('fontName', S.font)
      .build()
      .getAs('image/png');
  } catch (_err) {
    return null;
  }
};

export interface RenderOptions {
  chartImage?: ChartImage;
}

/** Space between a table and the text next to it, in pt: no paragraph touches a table. */
const TABLE_GAP_PT = 6;

/** Renders the report into an (empty) document body. */
export function renderReportBody(body: Body, report: ReportDoc, options: RenderOptions = {}): void {
  const chartImage = options.chartImage ?? chartsServiceImage;
  body.setPageWidth(S.page.width).setPageHeight(S.page.height)
    .setMarginLeft(S.page.marginLeft).setMarginRight(S.page.marginRight)
    .setMarginTop(S.page.marginTop).setMarginBottom(S.page.marginBottom);
  // A new document starts with one empty paragraph: removed once there is other content.
  const initial = body.getNumChildren() > 0 ? body.getChild(0) : null;
  const blocks = report.sections.flatMap((section) => section.blocks.map((block) => ({ block })));
  blocks.forEach(({ block }, i) => {
    // Every page is portrait here; the Docs API pass turns a landscape section and widens its tables.
    const width = CONTENT_WIDTH_PT;
    renderBlock(body, block, chartImage, { width, afterTable: blocks[i - 1]?.block.kind === 'table', beforeTable: blocks[i + 1]?.block.kind === 'table' });
  });
  if (initial && body.getNumChildren() > 1) initial.removeFromParent();
  // Every run in Sarabun; sizes and bold were set per element. Text.setFontFamily(name) is the
  // documented way to set a whole text's font; the body attribute also makes it the default
  // for text appended later by hand.
  body.editAsText().setFontFamily(S.font);
  body.setAttributes(style([[DocumentApp.Attribute.FONT_FAMILY, S.font]]));
}

/**
 * A draft's mark (ร่าง, issue 19) in the document's header, bold at the right: the header shows on
 * every page, the first included, and the sections the Docs pass adds inherit it. A document to
 * be signed gets no header from here.
 */
export function renderDraftHeader(document: GoogleAppsScript.Document.Document, report: ReportDoc): void {
  if (!report.meta.draft) return;
  const A = DocumentApp.Attribute;
  const header = document.getHeader() ?? document.addHeader();
  // A new header section holds one empty paragraph: the mark goes there.
  const first = header.getParagraphs()[0] ?? header.appendParagraph('');
  first.setText(report.meta.draft);
  first.setAttributes(style([
    [A.BOLD, true], [A.FONT_SIZE, S.bodySize], [A.FONT_FAMILY, S.font], [A.HORIZONTAL_ALIGNMENT, DocumentApp.HorizontalAlignment.RIGHT],
  ]));
}

function paragraph(body: Body, text: string, attrs: Record<string, unknown>): Paragraph {
  const p = body.appendParagraph(text);
  p.setAttributes(attrs);
  return p;
}

interface Place {
  /** Text width of the block's page, in pt. */
  width: number;
  afterTable: boolean;
  beforeTable: boolean;
}

function renderBlock(body: Body, block: Block, chartImage: ChartImage, place: Place): void {
  const A = DocumentApp.Attribute;
  const gapAbove = (own: number) => (place.afterTable ? Math.max(own, TABLE_GAP_PT) : own);
  const gapBelow = (own: number) => (place.beforeTable ? Math.max(own, TABLE_GAP_PT) : own);
  switch (block.kind) {
    case 'heading': {
      const before = block.spaceBefore ?? (block.level === 2 ? 12 : block.level === 3 ? 6 : 0);
      paragraph(body, block.text, style([
        [A.BOLD, true], [A.FONT_SIZE, block.size ?? (block.level === 1 ? S.titleSize : S.headingSize)],
        [A.HORIZONTAL_ALIGNMENT, alignment(block.align)], [A.SPACING_BEFORE, gapAbove(before)],
        [A.SPACING_AFTER, gapBelow(block.level === 3 ? 3 : 0)], [A.INDENT_FIRST_LINE, 0], [A.FOREGROUND_COLOR, '#000000'],
      ]));
      return;
    }
    case 'paragraph': {
      const p = paragraph(body, block.runs.map((r) => r.text).join(''), style([
        [A.BOLD, false], [A.FONT_SIZE, block.size ?? S.bodySize], [A.HORIZONTAL_ALIGNMENT, alignment(block.align)],
        // A list's items (one a line) all start at the 2.5 cm indent.
        [A.INDENT_FIRST_LINE, block.indent || block.list ? INDENT_PT : 0], [A.INDENT_START, block.list ? INDENT_PT : 0],
        [A.SPACING_BEFORE, gapAbove(0)], [A.SPACING_AFTER, gapBelow(0)],
      ]));
      boldRuns(p, block.runs);
      return;
    }
    case 'table':
      renderTable(body, block, place.width);
      return;
    case 'chart': {
      const blob = chartImage(block);
      if (!blob) return;
      const image = body.appendImage(blob);
      const width = Math.min(CONTENT_WIDTH_PX, block.width);
      image.setWidth(width).setHeight(Math.round((width * block.height) / block.width));
      image.setAltTitle(block.title).setAltDescription(block.alt);
      // getParent() is a generic ContainerElement: cast before using a Paragraph method.
      image.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      return;
    }
    case 'memoHeader': {
      paragraph(body, block.title, style([
        [A.BOLD, true], [A.FONT_SIZE, S.memoTitleSize], [A.HORIZONTAL_ALIGNMENT, DocumentApp.HorizontalAlignment.CENTER],
        [A.SPACING_AFTER, 6], [A.INDENT_FIRST_LINE, 0],
      ]));
      for (const line of block.lines) {
        const text = line.map((part) => `${part.label}  ${part.value}`).join('\t\t');
        // A one-part line (ส่วนราชการ, เรื่อง, เรียน) that wraps runs on under its value.
        const runOn = line.length === 1 ? memoValueIndentPt(line[0].label) : 0;
        const p = paragraph(body, text, style([
          [A.BOLD, false], [A.FONT_SIZE, S.bodySize], [A.INDENT_FIRST_LINE, 0], [A.INDENT_START, runOn],
          [A.HORIZONTAL_ALIGNMENT, DocumentApp.HorizontalAlignment.LEFT],
        ]));
        const t = p.editAsText();
        let at = 0;
        line.forEach((part, i) => {
          if (i > 0) at += 2; // the two tabs
          t.setBold(at, at + part.label.length - 1, true).setFontSize(at, at + part.label.length - 1, S.memoLabelSize);
          at += part.label.length + 2 + part.value.length;
        });
      }
      return;
    }
    case 'signature': {
      // What is read with the signature, a paragraph each (a heading, lines to write on, a dated
      // line), then the signature's lines as one paragraph. DocumentApp cannot keep them on one
      // page: the Docs API pass keeps each paragraph's lines together and with the next.
      for (const lead of block.lead ?? []) {
        paragraph(body, lead.text, style([
          [A.BOLD, !!lead.bold], [A.FONT_SIZE, S.bodySize], [A.INDENT_FIRST_LINE, lead.indent ? INDENT_PT : 0], [A.INDENT_START, 0],
          [A.HORIZONTAL_ALIGNMENT, lead.align === 'center' ? DocumentApp.HorizontalAlignment.CENTER : DocumentApp.HorizontalAlignment.LEFT],
          [A.SPACING_BEFORE, lead.bold ? 12 : 0],
        ]));
      }
      // Indented less when a long position would not fit on one line (signatureIndentPt).
      const indent = signatureIndentPt(block.lines, place.width);
      paragraph(body, block.lines.join('\n'), style([
        [A.BOLD, false], [A.FONT_SIZE, S.bodySize], [A.HORIZONTAL_ALIGNMENT, DocumentApp.HorizontalAlignment.CENTER],
        [A.INDENT_START, indent], [A.INDENT_FIRST_LINE, indent], [A.SPACING_BEFORE, 24],
      ]));
      return;
    }
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

/** Bold runs of a paragraph: one setBold per bold run (a handful per paragraph, never per measure). */
function boldRuns(p: Paragraph, runs: { text: string; bold?: boolean }[]): void {
  if (!runs.some((r) => r.bold && r.text)) return;
  const text = p.editAsText();
  let at = 0;
  for (const r of runs) {
    if (r.bold && r.text.length) text.setBold(at, at + r.text.length - 1, true);
    at += r.text.length;
  }
}

function renderTable(body: Body, block: TableBlock, width: number): void {
  const A = DocumentApp.Attribute;
  const n = block.columns.length;
  const header = expandHeader(block.header, n);
  const cells = [...header, ...block.rows.map((row) => row.map((c) => c.text))];
  const table = body.appendTable(cells);
  table.setAttributes(style([
    [A.FONT_SIZE, block.size], [A.BOLD, false], [A.BORDER_WIDTH, 0.5], [A.BORDER_COLOR, '#000000'],
  ]));
  block.columns.forEach((c, i) => table.setColumnWidth(i, (width * c.width) / 100));
  // Header rows: bold, shaded, centred — a fixed number of cells whatever the data.
  const headerCells = headerGrid(block.header, n);
  for (let r = 0; r < header.length; r++) {
    const row = table.getRow(r);
    row.setAttributes(style([[A.BOLD, true], [A.FONT_SIZE, block.headerSize ?? block.size]]));
    for (let c = 0; c < n; c++) {
      const cell = row.getCell(c);
      // A cell's own size (the status marks' narrow header cells).
      const size = headerCells[r][c]?.size;
      if (size) cell.setAttributes(style([[A.FONT_SIZE, size]]));
      cell.setBackgroundColor(S.headerFill);
      cell.getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    }
  }
  if (block.totalRow) table.getRow(header.length + block.rows.length - 1).setAttributes(style([[A.BOLD, true]]));
  // Centred columns of the small tables (ranking, coverage, summary: at most one row per
  // indicator or status). The measures table is styled in bulk only.
  if (!block.bulk) {
    const centred = block.columns.map((c, i) => (c.align === 'center' ? i : -1)).filter((i) => i >= 0);
    for (let r = 0; r < block.rows.length; r++) {
      const row = table.getRow(header.length + r);
      for (const c of centred) row.getCell(c).getChild(0).asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      // A bold cell of its own (the summary's total column), as the .docx sets it.
      block.rows[r].forEach((cell, c) => { if (cell.bold) row.getCell(c).setAttributes(style([[A.BOLD, true]])); });
    }
  }
}
