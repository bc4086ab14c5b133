/**
 * The report model (src/core/documents) as a .docx, with the `docx` package: A4, Sarabun 16 pt,
 * margins left 3 cm / right 2 cm, bold headings, bordered tables whose header rows repeat on
 * every page, the chart as a PNG (resvg + Sarabun TTFs).
 *
 * Thai is a complex script in WordprocessingML: Word and LibreOffice take its font, size and
 * bold from the complex-script properties (w:cs, w:szCs, w:bCs), so every run sets both the
 * plain and the complex-script ones. The font is "Sarabun" — the name Google Docs offers —
 * so the .docx and the Google Doc look alike.
 */
import {
  AlignmentType, BorderStyle, Document, ImageRun, LineRuleType, NumberFormat, Packer, PageBreak, PageOrientation, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType, type ISectionOptions,
} from 'docx';
import {
  contentWidthPt, keepWordsWhole, memoValueIndentPt, placeName, REPORT_STYLE, signatureIndentPt,
  type Align, type Block, type Cell, type ChartBlock, type ReportDoc, type ReportSection, type TableBlock,
} from '../core/documents';
import { chartPng } from './chart-png';
import { FONT, pageNumberHeader, plainHeader } from './docx-header';

const TWIP = 20; // twips per point
const S = REPORT_STYLE;
const PAGE = {
  width: Math.round(S.page.width * TWIP),
  height: Math.round(S.page.height * TWIP),
  left: Math.round(S.page.marginLeft * TWIP),
  right: Math.round(S.page.marginRight * TWIP),
  top: Math.round(S.page.marginTop * TWIP),
  bottom: Math.round(S.page.marginBottom * TWIP),
};
/** First-line indent of Thai official prose: 2.5 cm. */
const INDENT = 1418;
const HEADER_FILL = S.headerFill.replace('#', '').toUpperCase();
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.THAI_DISTRIBUTE,
};

/** The document's own names kept whole (its unit's place), set while a document is laid out. */
let wholeNames: string[] = [];

/** Half-points, for both the Latin and the complex-script size. */
const run = (text: string, opts: { bold?: boolean; size?: number } = {}): TextRun => {
  const size = (opts.size ?? S.bodySize) * 2;
  // Compounds and names kept whole (พื้นฐาน, the unit's place: thai-breaks.ts): a word joiner LibreOffice and Word honour.
  return new TextRun({ text: keepWordsWhole(text, wholeNames), bold: opts.bold, boldComplexScript: opts.bold, size, sizeComplexScript: size, font: FONT });
};

/** Lines of a cell or paragraph: "\n" starts a new paragraph. */
const lines = (text: string): string[] => text.split('\n');

/** Space between a table and the text next to it, in twips: no paragraph touches a table. */
const TABLE_GAP = 120;

type Orientation = NonNullable<ReportSection['orientation']>;
/** Text width of a section's pages, in twips. */
const contentTwips = (orientation: Orientation): number => Math.round(contentWidthPt(orientation) * TWIP);

function headingParagraph(block: Extract<Block, { kind: 'heading' }>, beforeTable: boolean): Paragraph {
  const size = block.size ?? (block.level === 1 ? S.titleSize : S.headingSize);
  const before = block.spaceBefore !== undefined ? block.spaceBefore * TWIP : block.level === 2 ? 240 : block.level === 3 ? 120 : 0;
  return new Paragraph({
    alignment: ALIGN[block.align],
    keepNext: true,
    spacing: { before, after: beforeTable ? TABLE_GAP : block.level === 3 ? 60 : 0 },
    children: [run(block.text, { bold: true, size })],
  });
}

function cellParagraphs(cell: Cell, align: Align, size: number, bold: boolean, lineSpacing = 1, keepNext = false): Paragraph[] {
  return lines(cell.text).map((text) => new Paragraph({
    alignment: ALIGN[cell.align ?? align],
    keepNext,
    spacing: lineSpacing === 1 ? undefined : { line: Math.round(240 * lineSpacing), lineRule: LineRuleType.AUTO },
    children: [run(text, { bold: bold || cell.bold, size })],
  }));
}

function tableOf(block: TableBlock, orientation: Orientation, keepLastWithNext = false): Table {
  const content = contentTwips(orientation);
  const widths = block.columns.map((c) => Math.round((content * c.width) / 100));
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, b) => a + b, 0);
  const header = block.header.map((cells, r) => {
    let col = 0;
    // Columns covered by a row span from the row above are absent from this row.
    const covered = new Set<number>();
    for (let above = 0; above < r; above++) {
      let c = 0;
      for (const cell of block.header[above]) {
        while (covered.has(c)) c++;
        if ((cell.rowSpan ?? 1) > r - above) for (let k = 0; k < (cell.colSpan ?? 1); k++) covered.add(c + k);
        c += cell.colSpan ?? 1;
      }
    }
    return new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: cells.map((cell) => {
        while (covered.has(col)) col++;
        const n = cell.colSpan ?? 1;
        const width = span(col, n);
        col += n;
        return new TableCell({
          children: cellParagraphs(cell, 'center', cell.size ?? block.headerSize ?? block.size, true),
          columnSpan: cell.colSpan, rowSpan: cell.rowSpan,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        });
      }),
    });
  });
  // A row that fits on a page is never split across two (keepRowsWhole, estimated in the model);
  // only a row taller than a page breaks, as the seeds' longest rows do.
  // A small table (ranking, coverage, summary) is kept on one page: its rows keep with the next
  // (Word's way), so a last row is never left alone on a page of its own.
  const body = block.rows.map((cells, r) => new TableRow({
    cantSplit: !block.bulk || !!block.keepRowsWhole?.[r],
    children: cells.map((cell, c) => new TableCell({
      children: cellParagraphs(cell, block.columns[c].align, block.size, !!block.totalRow && r === block.rows.length - 1, block.lineSpacing,
        (!block.bulk && r < block.rows.length - 1) || (keepLastWithNext && r === block.rows.length - 1)),
      width: { size: widths[c], type: WidthType.DXA },
      verticalAlign: cell.mark ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    })),
  }));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 40, right: 40 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...header, ...body],
  });
}

function chartParagraph(block: ChartBlock): Paragraph {
  // The chart fills the text width; its PNG is drawn at twice the size for print.
  const widthPx = Math.round((contentTwips('portrait') / TWIP) * (96 / 72)) - 4;
  const heightPx = Math.round((widthPx * block.height) / block.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({
      type: 'png',
      data: chartPng(block.svg),
      transformation: { width: widthPx, height: heightPx },
      altText: { name: 'chart', title: block.title, description: block.alt },
    })],
  });
}

function memoParagraphs(block: Extract<Block, { kind: 'memoHeader' }>): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [run(block.title, { bold: true, size: S.memoTitleSize })],
  })];
  for (const line of block.lines) {
    const children: TextRun[] = [];
    line.forEach((part, i) => {
      if (i > 0) children.push(new TextRun({ text: '\t' }));
      children.push(run(part.label, { bold: true, size: S.memoLabelSize }), run(`  ${part.value}`));
    });
    // A one-part line (ส่วนราชการ, เรื่อง, เรียน) that wraps runs on under its value.
    const hanging = line.length === 1 ? memoValueIndentPt(line[0].label) * TWIP : 0;
    out.push(new Paragraph({
      children,
      tabStops: [{ type: TabStopType.LEFT, position: Math.round(contentTwips('portrait') / 2) }],
      indent: hanging ? { left: hanging, hanging } : undefined,
    }));
  }
  return out;
}

/** No border: a signature block's table is only there to keep it on one page. */
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * A signature block (or a run of them kept with each other) as a borderless one-row table whose
 * row cannot break across pages (w:cantSplit): Word and LibreOffice both move the whole row to
 * the next page. Keep-with-next on paragraphs alone is not enough: LibreOffice split the
 * endorsement's (ลงชื่อ) line from its name at a page foot with every line marked keepNext.
 */
function signatureTable(blocks: Extract<Block, { kind: 'signature' }>[], orientation: Orientation): Table {
  const width = contentTwips(orientation);
  const children = blocks.flatMap((block) => {
    const lead = (block.lead ?? []).map((l) => new Paragraph({
      alignment: l.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      keepNext: true,
      keepLines: true,
      indent: l.indent ? { firstLine: INDENT } : undefined,
      spacing: { before: l.bold ? 240 : 0, after: l.indent ? 240 : 0 },
      children: [run(l.text, { bold: l.bold })],
    }));
    // Indented less when a long position would not fit on one line (signatureIndentPt).
    const left = Math.round(signatureIndentPt(block.lines, width / TWIP) * TWIP);
    const lines = block.lines.map((text, i) => new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left },
      keepNext: true,
      keepLines: true,
      spacing: { before: i === 0 ? 480 : 0 },
      children: [run(text)],
    }));
    return [...lead, ...lines];
  });
  return keptTogether(children, width);
}

/**
 * Paragraphs in a borderless one-row table whose row cannot break across pages: Word and
 * LibreOffice move them to the next page together (a signature with its name; a chart with its
 * caption, which LibreOffice left alone at a page's foot though it kept with next).
 */
function keptTogether(children: Paragraph[], width: number): Table {
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({
      cantSplit: true,
      children: [new TableCell({
        children,
        width: { size: width, type: WidthType.DXA },
        borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      })],
    })],
  });
}

/** The gap after a table: an empty paragraph 11 pt high (a whole line took the signature's room). */
const afterTable = (keepNext = false): Paragraph => new Paragraph({
  // Before a signature it passes the last row's keep-with-next on (else the chain stops here).
  keepNext,
  spacing: { before: 0, after: 0, line: 220, lineRule: LineRuleType.EXACT },
  children: [new TextRun({ text: '', size: 2, sizeComplexScript: 2 })],
});

/** A paragraph of no height after a kept-together table (a signature, a captioned chart): Word needs one between two tables and before a section's end. */
const afterKeptTogether = (): Paragraph => new Paragraph({
  spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
  children: [new TextRun({ text: '', size: 2, sizeComplexScript: 2 })],
});

/** A chart under its caption, kept on one page. */
function captionedChart(caption: Extract<Block, { kind: 'heading' }>, chart: ChartBlock, orientation: Orientation): (Paragraph | Table)[] {
  return [keptTogether([headingParagraph(caption, false), chartParagraph(chart)], contentTwips(orientation)), afterKeptTogether()];
}

function render(block: Block, next: Block | undefined, orientation: Orientation): (Paragraph | Table)[] {
  const beforeTable = next?.kind === 'table';
  switch (block.kind) {
    case 'heading': return [headingParagraph(block, beforeTable)];
    case 'paragraph': if (block.list) {
      // One paragraph an item, each at the 2.5 cm indent; the list is kept together.
      const items = lines(block.runs.map((r) => r.text).join(''));
      return items.map((text, i) => new Paragraph({
        alignment: ALIGN[block.align],
        keepNext: i < items.length - 1 || block.keepWithNext || beforeTable,
        indent: { left: INDENT },
        spacing: beforeTable && i === items.length - 1 ? { after: TABLE_GAP } : undefined,
        children: [run(text, { size: block.size })],
      }));
    }
    return [new Paragraph({
      alignment: ALIGN[block.align],
      keepNext: block.keepWithNext || beforeTable,
      indent: block.indent ? { firstLine: INDENT } : undefined,
      spacing: beforeTable ? { after: TABLE_GAP } : undefined,
      children: block.runs.map((r) => run(r.text, { bold: r.bold, size: block.size })),
    })];
    // The empty paragraph after a table is the gap before what follows (Word needs one there
    // anyway): half a line, not a whole one (issue 19: room for the signature on the table's page).
    // A table right before a signature keeps its last row with it: the signature never alone on a page.
    case 'table': return [tableOf(block, orientation, next?.kind === 'signature'), afterTable(next?.kind === 'signature')];
    case 'chart': return [chartParagraph(block)];
    case 'memoHeader': return memoParagraphs(block);
    case 'signature': return [signatureTable([block], orientation), afterKeptTogether()];
    case 'pageBreak': return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Renders a run of sections' blocks, each knowing the block after it (spacing next to tables).
 * Signature blocks kept with the next signature block share one unsplittable row.
 */
function renderBlocks(blocks: Block[], orientation: Orientation): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const after = blocks[i + 1];
    if (b.kind === 'heading' && after?.kind === 'chart') {
      out.push(...captionedChart(b, after, orientation));
      i++;
      continue;
    }
    if (b.kind !== 'signature') {
      out.push(...render(b, after, orientation));
      continue;
    }
    const chain = [b];
    while (chain[chain.length - 1].keepWithNext && blocks[i + 1]?.kind === 'signature') chain.push(blocks[++i] as typeof b);
    out.push(signatureTable(chain, orientation), afterKeptTogether());
  }
  return out;
}

/**
 * The report as .docx bytes. The memo and the cover are a Word section without page numbers; the
 * report follows in one Word section per run of same-orientation sections: the measures table
 * on landscape pages, portrait before and after it, page numbers running on across them.
 */
export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const margin = { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 708, footer: 708 };
  const landscape = {
    ...margin, header: 454, footer: 454,
    top: Math.round(S.landscapeMargins.marginTop * TWIP), bottom: Math.round(S.landscapeMargins.marginBottom * TWIP),
    left: Math.round(S.landscapeMargins.marginLeft * TWIP), right: Math.round(S.landscapeMargins.marginRight * TWIP),
  };
  const pageOf = (orientation: Orientation) => ({
    // docx swaps width and height itself for a landscape page.
    size: { width: PAGE.width, height: PAGE.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: orientation === 'landscape' ? landscape : margin,
  });
  // A draft says so in the header of every page, the first included (issue 19).
  const draft = doc.meta.draft ?? null;
  // Laid out synchronously below, before the one await: no other document's names in between.
  const place = placeName(doc.meta.unit);
  wholeNames = place ? [place] : [];
  // Word sections: pages without numbers (the cover: numbering 'none') a section of their own, with
  // no header; each document (the memo, the report proper) from its 'start' section on, one section
  // per run of the same orientation, numbered from 1 with no number on its first page; numbers run
  // on across runs.
  const runs: { orientation: Orientation; numbered: boolean; start: boolean; blocks: Block[] }[] = [];
  let numbered = false;
  for (const section of doc.sections) {
    const orientation = section.orientation ?? 'portrait';
    const start = section.numbering === 'start';
    if (start) numbered = true;
    if (section.numbering === 'none') numbered = false;
    const last = runs[runs.length - 1];
    // A section with its own numbering starts a Word section (the memo's page break becomes the
    // section break: kept as a break, a full memo page would push it onto a blank page).
    if (last && !section.numbering && last.orientation === orientation && last.numbered === numbered) last.blocks.push(...section.blocks);
    else runs.push({ orientation, numbered, start, blocks: [...section.blocks] });
  }
  const formatType = doc.meta.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  const docSections: ISectionOptions[] = runs.map((r, i): ISectionOptions => {
    const blocks = [...r.blocks];
    // A page break closing a run is its section break's job (no blank page).
    if (i < runs.length - 1 && blocks[blocks.length - 1]?.kind === 'pageBreak') blocks.pop();
    const children = renderBlocks(blocks, r.orientation);
    if (!r.numbered) {
      // No header at all; an empty one where a numbered section came before (Word would carry its header on).
      const blank = runs.slice(0, i).some((x) => x.numbered);
      return {
        properties: { page: pageOf(r.orientation) },
        ...(draft || blank ? { headers: { default: plainHeader(draft) } } : {}),
        children,
      };
    }
    return {
      properties: {
        page: { ...pageOf(r.orientation), pageNumbers: r.start ? { start: 1, formatType } : { formatType } },
        // The document's first page (its title page) carries no number.
        titlePage: r.start,
      },
      headers: r.start
        ? { default: pageNumberHeader(draft), first: plainHeader(draft) }
        : { default: pageNumberHeader(draft) },
      children,
    };
  });
  const document = new Document({
    creator: 'ITA Tracker',
    title: doc.meta.name,
    styles: {
      default: {
        document: {
          // Thai is tagged on the complex script only (w:bidi): tagging the Latin script Thai too
          // makes LibreOffice break Latin words and numbers anywhere ("Webs|ite", "พ.ศ. 2|568").
          run: { font: FONT, size: S.bodySize * 2, sizeComplexScript: S.bodySize * 2, language: { value: 'en-US', bidirectional: 'th-TH' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: docSections,
  });
  wholeNames = [];
  return Packer.toBuffer(document);
}
