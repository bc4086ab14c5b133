/**
 * The report model (src/core/report) as a .docx, with the `docx` package: A4, Sarabun 16 pt,
 * margins left 3 cm / right 2 cm, bold headings, bordered tables whose header rows repeat on
 * every page, the chart as a PNG (resvg + Sarabun TTFs).
 *
 * Thai is a complex script in WordprocessingML: Word and LibreOffice take its font, size and
 * bold from the complex-script properties (w:cs, w:szCs, w:bCs), so every run sets both the
 * plain and the complex-script ones. The font is "Sarabun" — the name Google Docs offers —
 * so the .docx and the Google Doc look alike.
 */
import { writeFileAtomic } from './atomic-write';
import {
  AlignmentType, BorderStyle, Document, Header, ImageRun, NumberFormat, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType, type ISectionOptions,
} from 'docx';
import type { Analysis } from '../core/engine';
import {
  buildReport, memoValueIndentPt, REPORT_STYLE, type Align, type Block, type Cell, type ChartBlock, type ReportDoc, type ReportOptions, type TableBlock,
} from '../core/report';
import { chartPng } from './chart-png';

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
const CONTENT = PAGE.width - PAGE.left - PAGE.right;
/** First-line indent of Thai official prose: 2.5 cm. */
const INDENT = 1418;
const FONT = { ascii: S.font, hAnsi: S.font, cs: S.font, eastAsia: S.font };
const HEADER_FILL = S.headerFill.replace('#', '').toUpperCase();
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.THAI_DISTRIBUTE,
};

/** Half-points, for both the Latin and the complex-script size. */
const run = (text: string, opts: { bold?: boolean; size?: number } = {}): TextRun => {
  const size = (opts.size ?? S.bodySize) * 2;
  return new TextRun({ text, bold: opts.bold, boldComplexScript: opts.bold, size, sizeComplexScript: size, font: FONT });
};

/** Lines of a cell or paragraph: "\n" starts a new paragraph. */
const lines = (text: string): string[] => text.split('\n');

function headingParagraph(block: Extract<Block, { kind: 'heading' }>): Paragraph {
  const size = block.level === 1 ? S.titleSize : S.headingSize;
  return new Paragraph({
    alignment: ALIGN[block.align],
    keepNext: true,
    spacing: { before: block.level === 2 ? 240 : block.level === 3 ? 120 : 0, after: block.level === 3 ? 60 : 0 },
    children: [run(block.text, { bold: true, size })],
  });
}

function cellParagraphs(cell: Cell, align: Align, size: number, bold: boolean): Paragraph[] {
  return lines(cell.text).map((text) => new Paragraph({
    alignment: ALIGN[cell.align ?? align],
    children: [run(text, { bold: bold || cell.bold, size })],
  }));
}

function tableOf(block: TableBlock): Table {
  const widths = block.columns.map((c) => Math.round((CONTENT * c.width) / 100));
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
          children: cellParagraphs(cell, 'center', block.headerSize ?? block.size, true),
          columnSpan: cell.colSpan, rowSpan: cell.rowSpan,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        });
      }),
    });
  });
  // Body rows may break across pages, as the seeds' long rows do; a row kept whole would
  // leave half-empty pages behind it.
  const body = block.rows.map((cells, r) => new TableRow({
    cantSplit: !block.bulk,
    children: cells.map((cell, c) => new TableCell({
      children: cellParagraphs(cell, block.columns[c].align, block.size, !!block.totalRow && r === block.rows.length - 1),
      width: { size: widths[c], type: WidthType.DXA },
      verticalAlign: cell.mark ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    })),
  }));
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 50, right: 50 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...header, ...body],
  });
}

function chartParagraph(block: ChartBlock): Paragraph {
  // The chart fills the text width; its PNG is drawn at twice the size for print.
  const widthPx = Math.round((CONTENT / TWIP) * (96 / 72)) - 4;
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
      tabStops: [{ type: TabStopType.LEFT, position: Math.round(CONTENT / 2) }],
      indent: hanging ? { left: hanging, hanging } : undefined,
    }));
  }
  return out;
}

function signatureParagraphs(block: Extract<Block, { kind: 'signature' }>): Paragraph[] {
  return block.lines.map((text, i) => new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: Math.round(CONTENT * 0.4) },
    keepNext: i < block.lines.length - 1,
    keepLines: true,
    spacing: { before: i === 0 ? 480 : 0 },
    children: [run(text)],
  }));
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': return [headingParagraph(block)];
    case 'paragraph': return [new Paragraph({
      alignment: ALIGN[block.align],
      keepNext: block.keepWithNext,
      indent: block.indent ? { firstLine: INDENT } : undefined,
      children: block.runs.map((r) => run(r.text, { bold: r.bold, size: block.size })),
    })];
    case 'table': return [tableOf(block), new Paragraph({ children: [], spacing: { after: 0 } })];
    case 'chart': return [chartParagraph(block)];
    case 'memoHeader': return memoParagraphs(block);
    case 'signature': return signatureParagraphs(block);
    case 'pageBreak': return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Page numbers as Thai official documents carry them: "- ๒ -" centred at the top from the
 * second page on (none on the first), in the report's digits (the section's number format). The memo is a document of its
 * own: it gets no number, and the attached report counts from its title page.
 */
function pageNumberHeader(): Header {
  const size = S.bodySize * 2;
  const text = (t: string) => new TextRun({ text: t, size, sizeComplexScript: size, font: FONT });
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [text('- '), new TextRun({ children: [PageNumber.CURRENT], size, sizeComplexScript: size, font: FONT }), text(' -')],
    })],
  });
}

/** The report as .docx bytes. */
export async function renderDocx(doc: ReportDoc): Promise<Buffer> {
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 708, footer: 708 },
  };
  const memo = doc.sections.filter((s) => s.id === 'memo');
  const report = doc.sections.filter((s) => s.id !== 'memo');
  const blocks = (sections: typeof doc.sections) => sections.flatMap((s) => s.blocks)
    // The memo's closing page break becomes the section break.
    .filter((b, i, all) => !(b.kind === 'pageBreak' && i === all.length - 1 && sections === memo));
  const docSections: ISectionOptions[] = [];
  if (memo.length) docSections.push({ properties: { page }, children: blocks(memo).flatMap(render) });
  docSections.push({
    properties: {
      page: { ...page, pageNumbers: { start: 1, formatType: doc.meta.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } },
      titlePage: true,
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children: blocks(report).flatMap(render),
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
  return Packer.toBuffer(document);
}

/**
 * Builds the report of one unit and writes it as .docx (what `ita report` and `npm start`
 * call). Throws ReportError (Thai message) when the unit is unknown or has no measures.
 */
export async function writeReportDocx(analysis: Analysis, options: ReportOptions, outPath: string): Promise<{ path: string; doc: ReportDoc }> {
  const doc = buildReport(analysis, options);
  const bytes = await renderDocx(doc);
  writeFileAtomic(outPath, bytes);
  return { path: outPath, doc };
}
