/**
 * What DocumentApp cannot do, done with the Docs REST API (the advanced `Docs` service) after
 * the document is built and saved: landscape sections, merged header cells, header rows
 * repeated on each page, headings kept with what follows, signature blocks kept whole.
 *
 * One `Documents.get` and one `Documents.batchUpdate`, whatever the number of measures. Every
 * position comes from that get: blocks of the report model are matched in order to the
 * document's structural elements (tables by order, paragraphs by their text), and the requests
 * are sent in descending index order so that no request moves the positions of the ones after
 * it. The one position we derive is the documented one: a section break inserted at index p
 * inserts a newline and the break (two indexes), so the new section's content starts at p + 2.
 *
 * Pure planning (`planDocsPass`) is apart from the service call (`applyDocsPass`) so tests can
 * check the requests against the fake's emulation of the documented index rules.
 * Over 400 lines on purpose: every request shares one index map and one descending order, which
 * splitting the planners (sections, tables, paragraphs, numbering) across files would scatter.
 */
import { REPORT_STYLE, blockText, type Block, type ReportDoc, type TableBlock } from '../core/documents';

/** The parts of the Docs API's Document JSON this pass reads. */
export interface DocsParagraphElement {
  startIndex?: number;
  endIndex?: number;
  textRun?: { content?: string };
  inlineObjectElement?: unknown;
  pageBreak?: unknown;
}

export interface DocsStructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: DocsParagraphElement[] };
  table?: { rows?: number; columns?: number; tableRows?: { tableCells?: { content?: DocsStructuralElement[] }[] }[] };
  sectionBreak?: unknown;
}

export interface DocsDocument {
  documentId?: string;
  body?: { content?: DocsStructuralElement[] };
}

export type DocsRequest = Record<string, unknown>;

/** The advanced service as this pass uses it (GoogleAppsScript's typings predate these requests). */
export interface DocsService {
  Documents: {
    get(documentId: string): DocsDocument;
    batchUpdate(resource: { requests: DocsRequest[] }, documentId: string): unknown;
  };
}

/** What a landscape page's text is wide: the A4 height less the left and right margins. */
export const LANDSCAPE_CONTENT_WIDTH_PT = REPORT_STYLE.page.height - REPORT_STYLE.landscapeMargins.marginLeft - REPORT_STYLE.landscapeMargins.marginRight;

/** Features the pass adds; what the user is told is missing when it cannot run. */
export type DocsFeature = 'landscape' | 'merge' | 'keepWithNext' | 'keepTogether' | 'repeatHeader' | 'align';

export interface DocsPlan {
  requests: DocsRequest[];
  /** Features the model asks for. */
  wanted: DocsFeature[];
  /** Blocks the pass wanted to touch but could not find in the document (should not happen). */
  unplaced: string[];
}

interface Placed {
  /** Sort key: the index the request acts at. */
  at: number;
  /** Inserts go after every style request at the same index (they move what follows). */
  insert: boolean;
  /** Requests that must stay in this order (a break, then the style of the section it starts). */
  requests: DocsRequest[];
}

const normalise = (s: string): string => s.replace(/[\u000b\r\n]+/g, '\n').replace(/[ \t]+/g, ' ').trim();

function paragraphText(el: DocsStructuralElement): string {
  return (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

const has = (el: DocsStructuralElement, part: 'inlineObjectElement' | 'pageBreak'): boolean =>
  (el.paragraph?.elements ?? []).some((e) => e[part] !== undefined);

/** Does structural element `el` hold `block`'s first paragraph or table? */
function fits(block: Block, el: DocsStructuralElement): boolean {
  switch (block.kind) {
    case 'table':
      return el.table !== undefined;
    case 'heading':
    case 'paragraph':
      return el.paragraph !== undefined && normalise(paragraphText(el)) === normalise(blockText(block));
    case 'chart':
      return el.paragraph !== undefined && has(el, 'inlineObjectElement');
    case 'pageBreak':
      return el.paragraph !== undefined && has(el, 'pageBreak');
    case 'memoHeader':
      return el.paragraph !== undefined && normalise(paragraphText(el)) === normalise(block.title);
    case 'signature': {
      // Its first paragraph: the first line read with it (a heading, a dated line), else its own lines.
      if (block.lead?.length) return el.paragraph !== undefined && normalise(paragraphText(el)) === normalise(block.lead[0].text);
      const first = normalise(block.lines.find((l) => l.trim() !== '') ?? '');
      return el.paragraph !== undefined && first !== '' && normalise(paragraphText(el)).startsWith(first);
    }
    default:
      return false; // a block kind this pass does not know: never an anchor
  }
}

/**
 * Each block's first structural element (index into `elements`), or -1 when it is not in the
 * document (a chart the Charts service could not draw). Matching moves forward only, so
 * repeated texts match in order.
 */
function matchBlocks(blocks: Block[], elements: DocsStructuralElement[]): number[] {
  let cursor = 0;
  return blocks.map((block) => {
    for (let i = cursor; i < elements.length; i++) {
      if (fits(block, elements[i])) {
        cursor = i + paragraphCount(block);
        return i;
      }
    }
    return -1;
  });
}

/** How many body paragraphs the DocumentApp renderer makes of a block it renders as paragraphs. */
const paragraphCount = (block: Block): number => (block.kind === 'signature' ? (block.lead?.length ?? 0) + 1 : 1);

/**
 * A signature block kept whole (issue 19): every paragraph of it (its lead lines, then its own
 * lines, one paragraph with line breaks) keeps its lines together and stays with the next, the
 * last one only when the block is kept with the block after it.
 */
function signatureRequests(block: Extract<Block, { kind: 'signature' }>, at: number, elements: DocsStructuralElement[]): Placed[] | null {
  const own = elements.slice(at, at + paragraphCount(block));
  if (own.length < paragraphCount(block) || own.some((el) => !el.paragraph || el.startIndex === undefined || el.endIndex === undefined)) return null;
  return own.map((el, k) => ({
    at: el.startIndex as number, insert: false,
    requests: [{
      updateParagraphStyle: {
        range: { startIndex: el.startIndex, endIndex: el.endIndex },
        paragraphStyle: { keepLinesTogether: true, keepWithNext: k < own.length - 1 || !!block.keepWithNext },
        fields: 'keepLinesTogether,keepWithNext',
      },
    }],
  }));
}

/**
 * A page break just before a section break would leave a blank page (the section already starts
 * a new one): delete it, keeping its (then empty) paragraph.
 */
function dropPageBreak(el: DocsStructuralElement | undefined): Placed | null {
  const parts = el?.paragraph?.elements ?? [];
  const pb = parts.find((e) => e.pageBreak !== undefined);
  const onlyBreak = parts.every((e) => e.pageBreak !== undefined || (e.textRun?.content ?? '').trim() === '');
  if (!pb || !onlyBreak || pb.startIndex === undefined || pb.endIndex === undefined) return null;
  return { at: pb.startIndex, insert: true, requests: [{ deleteContentRange: { range: { startIndex: pb.startIndex, endIndex: pb.endIndex } } }] };
}

/** Where a section break may go so that the section starts with `el`: inside a paragraph. */
function breakIndexBefore(el: DocsStructuralElement, previous: DocsStructuralElement | undefined): number | null {
  if (el.paragraph && el.startIndex !== undefined) return el.startIndex;
  // A table: the break goes at the end of the paragraph before it, before that paragraph's newline.
  if (el.table && previous?.paragraph && previous.endIndex !== undefined) return previous.endIndex - 1;
  return null;
}

/** The merged cells of a header as (row, column, rowSpan, columnSpan) of the full grid. */
export function headerMerges(header: TableBlock['header'], columns: number): { row: number; column: number; rowSpan: number; columnSpan: number }[] {
  const taken = header.map(() => new Array<boolean>(columns).fill(false));
  const merges: { row: number; column: number; rowSpan: number; columnSpan: number }[] = [];
  header.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < columns && taken[r][c]) c++;
      const rowSpan = Math.min(cell.rowSpan ?? 1, header.length - r);
      const columnSpan = Math.min(cell.colSpan ?? 1, columns - c);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < columnSpan; dc++) taken[r + dr][c + dc] = true;
      if (rowSpan > 1 || columnSpan > 1) merges.push({ row: r, column: c, rowSpan, columnSpan });
      c += columnSpan;
    }
  });
  return merges;
}

const ALIGNMENT: Record<string, string> = { center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

/**
 * Body cells of a table DocumentApp styles in bulk (the measures table: one appendTable, no
 * per-row calls) aligned as their column says, e.g. seed 001's status marks centred. One
 * request per such cell, all in the one batchUpdate: requests grow with the rows, calls do not.
 */
function alignRequests(block: TableBlock, el: DocsStructuralElement): Placed[] {
  const aligned = block.columns.map((c, i) => (ALIGNMENT[c.align] ? i : -1)).filter((i) => i >= 0);
  if (!block.bulk || aligned.length === 0) return [];
  const out: Placed[] = [];
  (el.table?.tableRows ?? []).slice(block.header.length).forEach((row) => {
    for (const c of aligned) {
      for (const p of row.tableCells?.[c]?.content ?? []) {
        if (!p.paragraph || p.startIndex === undefined || p.endIndex === undefined) continue;
        out.push({
          at: p.startIndex, insert: false,
          requests: [{ updateParagraphStyle: { range: { startIndex: p.startIndex, endIndex: p.endIndex }, paragraphStyle: { alignment: ALIGNMENT[block.columns[c].align] }, fields: 'alignment' } }],
        });
      }
    }
  });
  return out;
}

function tableRequests(block: TableBlock, start: number, landscape: boolean): DocsRequest[] {
  const tableStartLocation = { index: start };
  const out: DocsRequest[] = headerMerges(block.header, block.columns.length).map((m) => ({
    mergeTableCells: {
      tableRange: {
        tableCellLocation: { tableStartLocation, rowIndex: m.row, columnIndex: m.column },
        rowSpan: m.rowSpan, columnSpan: m.columnSpan,
      },
    },
  }));
  if (block.header.length > 0) out.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: block.header.length } });
  // Rows that fit on a page are never split across two (the model's keepRowsWhole; the .docx's
  // cantSplit): one request for all of them, so the count does not grow with the measures.
  const whole = (block.keepRowsWhole ?? []).flatMap((keep, r) => (keep ? [block.header.length + r] : []));
  if (whole.length > 0) {
    out.push({ updateTableRowStyle: { tableStartLocation, rowIndices: whole, tableRowStyle: { preventOverflow: true }, fields: 'preventOverflow' } });
  }
  if (landscape) {
    // DocumentApp sized the columns for a portrait page; on a landscape page they take its width.
    block.columns.forEach((c, i) => out.push({
      updateTableColumnProperties: {
        tableStartLocation, columnIndices: [i],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: round2((LANDSCAPE_CONTENT_WIDTH_PT * c.width) / 100), unit: 'PT' } },
        fields: 'width,widthType',
      },
    }));
  }
  return out;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

const keepWithNext = (el: DocsStructuralElement): DocsRequest => ({
  updateParagraphStyle: {
    range: { startIndex: el.startIndex, endIndex: el.endIndex },
    paragraphStyle: { keepWithNext: true },
    fields: 'keepWithNext',
  },
});

/** The requests that make the saved DocumentApp document match the model (see the file comment). */
export function planDocsPass(report: ReportDoc, doc: DocsDocument): DocsPlan {
  const elements = (doc.body?.content ?? []).filter((e) => e.paragraph || e.table);
  const blocks = report.sections.flatMap((s) => s.blocks);
  const sectionOf = report.sections.flatMap((s, i) => s.blocks.map(() => i));
  const found = matchBlocks(blocks, elements);
  const placed: Placed[] = [];
  const unplaced: string[] = [];
  const landscape = report.sections.map((s) => s.orientation === 'landscape');

  blocks.forEach((block, b) => {
    const el = found[b] >= 0 ? elements[found[b]] : undefined;
    const needs = block.kind === 'heading' || (block.kind === 'paragraph' && block.keepWithNext) || block.kind === 'signature'
      || (block.kind === 'table' && (block.header.length > 0 || landscape[sectionOf[b]]));
    if (!needs) return;
    if (!el || el.startIndex === undefined || el.endIndex === undefined) {
      unplaced.push(`${block.kind}: ${blockText(block).slice(0, 40)}`);
      return;
    }
    if (block.kind === 'signature') {
      const kept = signatureRequests(block, found[b], elements);
      if (kept) placed.push(...kept);
      else unplaced.push(`signature: ${blockText(block).slice(0, 40)}`);
    } else if (block.kind === 'table') {
      placed.push({ at: el.startIndex, insert: false, requests: tableRequests(block, el.startIndex, landscape[sectionOf[b]]) });
      placed.push(...alignRequests(block, el));
    } else {
      placed.push({ at: el.startIndex, insert: false, requests: [keepWithNext(el)] });
    }
  });

  // Landscape runs: a break before the run (unless it opens the document) and one after it
  // (unless it ends the document); the run's own section is flipped.
  const firstElementOf = (section: number): number => {
    let best = -1;
    blocks.forEach((_, b) => { if (sectionOf[b] === section && found[b] >= 0 && best < 0) best = found[b]; });
    return best;
  };
  for (let s = 0; s < report.sections.length; s++) {
    if (!landscape[s] || (s > 0 && landscape[s - 1])) continue;
    let end = s;
    while (end + 1 < report.sections.length && landscape[end + 1]) end++;
    const first = firstElementOf(s);
    if (first < 0) {
      unplaced.push(`section ${report.sections[s].id}`);
      continue;
    }
    let next = -1;
    for (let after = end + 1; after < report.sections.length && next < 0; after++) next = firstElementOf(after);
    if (next >= 0) {
      const at = breakIndexBefore(elements[next], elements[next - 1]);
      if (at === null) unplaced.push(`section break after ${report.sections[end].id}`);
      else {
        placed.push({ at, insert: true, requests: [{ insertSectionBreak: { location: { index: at }, sectionType: 'NEXT_PAGE' } }] });
        const drop = dropPageBreak(elements[next - 1]);
        if (drop) placed.push(drop);
      }
    }
    const flip = (from: number): DocsRequest => ({
      updateSectionStyle: {
        range: { startIndex: from, endIndex: from + 1 },
        // The landscape pages' own left and right margins (1.5 cm): the measures table's widths are measured against them.
        sectionStyle: {
          flipPageOrientation: true,
          marginLeft: { magnitude: REPORT_STYLE.landscapeMargins.marginLeft, unit: 'PT' },
          marginRight: { magnitude: REPORT_STYLE.landscapeMargins.marginRight, unit: 'PT' },
        },
        fields: 'flipPageOrientation,marginLeft,marginRight',
      },
    });
    if (!report.sections.slice(0, s).some((_, k) => firstElementOf(k) >= 0)) {
      // Nothing of the model before the run: it opens the document, in the body's first section
      // (after its opening break), which is flipped as it is.
      placed.push({ at: 1, insert: true, requests: [flip(1)] });
      continue;
    }
    const at = breakIndexBefore(elements[first], elements[first - 1]);
    if (at === null) {
      unplaced.push(`section break before ${report.sections[s].id}`);
      continue;
    }
    // The break inserts a newline and itself at `at`: the new section's content starts at at + 2.
    placed.push({ at, insert: true, requests: [{ insertSectionBreak: { location: { index: at }, sectionType: 'NEXT_PAGE' } }, flip(at + 2)] });
    const drop = dropPageBreak(elements[first - 1]);
    if (drop) placed.push(drop);
  }

  placed.push(...numberingRequests(report, elements, firstElementOf, unplaced));

  placed.sort((a, b) => b.at - a.at || Number(a.insert) - Number(b.insert));
  return { requests: placed.flatMap((p) => p.requests), wanted: modelWants(report), unplaced };
}

/**
 * Page numbers as สารบรรณ has them, as far as the Docs API goes (issue 19, point 6). It cannot
 * insert a page-number field (the user does: แทรก → เลขหน้า), nor write it in Thai digits, but
 * it can prepare the sections the numbers will follow: each section of the model with its own
 * numbering (the cover: none; the memo and the report's title: 'start') begins a section of the
 * document (a NEXT_PAGE break, replacing the page break before it) whose first page uses the
 * first-page header, left empty (useFirstPageHeaderFooter); the memo and the report each restart
 * at 1 (pageNumberStart), so the report's second page is numbered 2 and the cover is not counted.
 * A landscape section's own break is the landscape loop's; numbering sections are portrait.
 */
function numberingRequests(
  report: ReportDoc, elements: DocsStructuralElement[], firstElementOf: (section: number) => number, unplaced: string[],
): Placed[] {
  const out: Placed[] = [];
  const style = (from: number, numbering: 'none' | 'start'): DocsRequest => ({
    updateSectionStyle: {
      range: { startIndex: from, endIndex: from + 1 },
      sectionStyle: { useFirstPageHeaderFooter: true, ...(numbering === 'start' ? { pageNumberStart: 1 } : {}) },
      fields: numbering === 'start' ? 'useFirstPageHeaderFooter,pageNumberStart' : 'useFirstPageHeaderFooter',
    },
  });
  let opened = false;
  report.sections.forEach((section, s) => {
    const first = firstElementOf(s);
    if (first < 0) return;
    const opens = !opened;
    opened = true;
    if (!section.numbering || section.orientation === 'landscape') return;
    if (opens) {
      // The body's first section (after its opening break).
      out.push({ at: 1, insert: false, requests: [style(1, section.numbering)] });
      return;
    }
    const at = breakIndexBefore(elements[first], elements[first - 1]);
    if (at === null) {
      unplaced.push(`section break before ${section.id}`);
      return;
    }
    out.push({ at, insert: true, requests: [{ insertSectionBreak: { location: { index: at }, sectionType: 'NEXT_PAGE' } }, style(at + 2, section.numbering)] });
    const drop = dropPageBreak(elements[first - 1]);
    if (drop) out.push(drop);
  });
  return out;
}

export interface DocsPassOutcome {
  /** True when every request was applied. */
  applied: boolean;
  /** What the document lacks because the pass could not run (empty when applied). */
  leftOut: DocsFeature[];
  /** Why, for the log's note and the user (the service's own message). */
  reason?: 'unavailable' | 'failed';
  detail?: string;
  /** Calls made to the Docs API (for the bench). */
  calls: number;
}

/** The `Docs` global when the advanced service is enabled; undefined when it is not. */
function docsService(): DocsService | undefined {
  return typeof Docs === 'undefined' ? undefined : (Docs as unknown as DocsService);
}

/**
 * Runs the pass on a saved document. Never throws: a document without the Docs API is still
 * a complete report in one orientation, and the outcome says what it lacks.
 */
export function applyDocsPass(documentId: string, report: ReportDoc, service: DocsService | undefined = docsService()): DocsPassOutcome {
  if (!service) return { applied: false, leftOut: modelWants(report), reason: 'unavailable', calls: 0 };
  let calls = 0;
  try {
    calls++;
    const doc = service.Documents.get(documentId);
    const plan = planDocsPass(report, doc);
    if (plan.requests.length) {
      calls++;
      service.Documents.batchUpdate({ requests: plan.requests }, documentId);
    }
    return { applied: true, leftOut: [], calls, ...(plan.unplaced.length ? { detail: plan.unplaced.join('; ') } : {}) };
  } catch (err) {
    return { applied: false, leftOut: modelWants(report), reason: 'failed', detail: err instanceof Error ? err.message : String(err), calls };
  }
}

/** The features a report model asks of the Docs API, from the model alone. */
export function modelWants(report: ReportDoc): DocsFeature[] {
  const out = new Set<DocsFeature>();
  for (const s of report.sections) {
    if (s.orientation === 'landscape') out.add('landscape');
    for (const b of s.blocks) {
      if (b.kind === 'heading' || (b.kind === 'paragraph' && b.keepWithNext)) out.add('keepWithNext');
      if (b.kind === 'signature') out.add('keepTogether');
      if (b.kind === 'table' && b.header.length) out.add('repeatHeader');
      if (b.kind === 'table' && headerMerges(b.header, b.columns.length).length) out.add('merge');
      if (b.kind === 'table' && b.bulk && b.rows.length && b.columns.some((c) => ALIGNMENT[c.align])) out.add('align');
    }
  }
  const order: DocsFeature[] = ['landscape', 'merge', 'repeatHeader', 'align', 'keepWithNext', 'keepTogether'];
  return order.filter((f) => out.has(f));
}
