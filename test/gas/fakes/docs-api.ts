/**
 * Fake advanced Docs service (`Docs.Documents.get` / `batchUpdate`) over the DocumentApp fake's
 * documents, emulating the Docs API reference where our pass relies on it:
 *
 * - indexes (UTF-16 code units): the body opens with a section break ending at 1; a paragraph
 *   is its text plus one newline (an inline image or a page break is one index); a table takes
 *   one index at its start, one per row, one per cell (then the cell's paragraphs) and one at
 *   its end; a table is always followed by a paragraph (Docs adds an empty one);
 * - a newline inside a DocumentApp paragraph's text is a line break within it (\u000b);
 * - `get` sees what was saved: before `saveAndClose` the document is still the empty new one;
 * - `batchUpdate` validates and applies the requests in order and atomically: one invalid
 *   request fails the call ("Invalid requests[i].kind: …") and nothing is applied;
 * - insertSectionBreak: inside the bounds of a body paragraph (not at a table's start, not in
 *   a table), inserts a newline and the break; updateSectionStyle: a non-empty body range, a
 *   concrete value for each field named; updateParagraphStyle: a non-empty range inside the
 *   body; mergeTableCells: the table start location must be a table's start index and the range
 *   inside the table and rectangular against earlier merges; the text of merged cells goes to
 *   the head cell; pinTableHeaderRows: 0…rows; updateTableColumnProperties: columns of the table,
 *   a fixed width of at least 5 pt; updateTableRowStyle: rows of the table, fields named and set.

 * Only the requests ITA Tracker sends are emulated; any other is refused as unknown.
 */
import { counted } from './counter';
import { FakeDocument, FakeDocumentApp, FakePageBreak, FakeParagraph, FakeTable } from './document';

type Part = { kind: 'text'; text: string } | { kind: 'image' } | { kind: 'pageBreak' };

export interface ParagraphNode {
  kind: 'paragraph';
  parts: Part[];
  style: { keepWithNext?: boolean; keepLinesTogether?: boolean; alignment?: string };
}

export interface CellNode {
  paragraphs: ParagraphNode[];
  rowSpan: number;
  columnSpan: number;
  /** Covered by a merged cell (still present in the table, as in the API's JSON). */
  covered: boolean;
}

export interface TableNode {
  kind: 'table';
  rows: CellNode[][];
  pinnedHeaderRows: number;
  columnWidths: Record<number, number>;
  /** Rows that may not overflow across a page (updateTableRowStyle preventOverflow), ascending. */
  preventOverflow: number[];
}

export interface SectionBreakNode {
  kind: 'sectionBreak';
  style: { flipPageOrientation?: boolean; sectionType?: string };
}

export type BodyNode = ParagraphNode | TableNode | SectionBreakNode;

const paragraph = (text: string): ParagraphNode => ({ kind: 'paragraph', parts: text ? [{ kind: 'text', text }] : [], style: {} });
const partLength = (p: Part): number => (p.kind === 'text' ? p.text.length : 1);
const paragraphLength = (p: ParagraphNode): number => p.parts.reduce((n, x) => n + partLength(x), 0) + 1;
const cellLength = (c: CellNode): number => 1 + c.paragraphs.reduce((n, p) => n + paragraphLength(p), 0);
const tableLength = (t: TableNode): number => 2 + t.rows.reduce((n, r) => n + 1 + r.reduce((m, c) => m + cellLength(c), 0), 0);
const nodeLength = (n: BodyNode): number => (n.kind === 'paragraph' ? paragraphLength(n) : n.kind === 'table' ? tableLength(n) : 1);
const textOf = (p: ParagraphNode): string => p.parts.map((x) => (x.kind === 'text' ? x.text : '')).join('');

/** The Docs model of a DocumentApp fake body, as the API would show it once saved. */
export function nodesOfBody(children: unknown[]): BodyNode[] {
  const nodes: BodyNode[] = [{ kind: 'sectionBreak', style: { sectionType: 'CONTINUOUS' } }];
  for (const child of children) {
    if (child instanceof FakeTable || (child as { getType?: () => string }).getType?.() === 'TABLE') {
      const table = child as FakeTable;
      if (nodes[nodes.length - 1].kind !== 'paragraph') nodes.push(paragraph(''));
      nodes.push({
        kind: 'table', pinnedHeaderRows: 0, columnWidths: {}, preventOverflow: [],
        rows: table._cells().map((row) => row.map((text) => ({ paragraphs: [paragraph(text.replace(/\n/g, '\u000b'))], rowSpan: 1, columnSpan: 1, covered: false }))),
      });
    } else if (child instanceof FakePageBreak || (child as { getType?: () => string }).getType?.() === 'PAGE_BREAK') {
      nodes.push({ kind: 'paragraph', parts: [{ kind: 'pageBreak' }], style: {} });
    } else {
      const p = child as FakeParagraph;
      const node = paragraph(p._text().replace(/\n/g, '\u000b'));
      if (p.image) node.parts.unshift({ kind: 'image' });
      nodes.push(node);
    }
  }
  if (nodes[nodes.length - 1].kind !== 'paragraph') nodes.push(paragraph(''));
  return nodes;
}

/** Start index of every body node (the first section break starts at 0). */
function starts(nodes: BodyNode[]): number[] {
  let at = 0;
  return nodes.map((n) => {
    const s = at;
    at += nodeLength(n);
    return s;
  });
}

function paragraphJson(p: ParagraphNode, start: number): Record<string, unknown> {
  let at = start;
  const elements = p.parts.map((x) => {
    const e: Record<string, unknown> = { startIndex: at, endIndex: at + partLength(x) };
    if (x.kind === 'text') e.textRun = { content: x.text };
    else if (x.kind === 'image') e.inlineObjectElement = { inlineObjectId: `kix.image${start}` };
    else e.pageBreak = {};
    at += partLength(x);
    return e;
  });
  // The newline ends the last run (or is a run of its own).
  const last = elements[elements.length - 1] as { endIndex: number; textRun?: { content: string } } | undefined;
  if (last?.textRun) {
    last.textRun.content += '\n';
    last.endIndex += 1;
  } else elements.push({ startIndex: at, endIndex: at + 1, textRun: { content: '\n' } });
  return { startIndex: start, endIndex: start + paragraphLength(p), paragraph: { elements, paragraphStyle: { ...p.style } } };
}

export function documentJson(id: string, title: string, nodes: BodyNode[]): Record<string, unknown> {
  const at = starts(nodes);
  const content = nodes.map((n, i) => {
    const start = at[i];
    if (n.kind === 'sectionBreak') {
      const json: Record<string, unknown> = { endIndex: start + 1, sectionBreak: { sectionStyle: { ...n.style } } };
      if (i > 0) json.startIndex = start; // the body's opening break has no start index
      return json;
    }
    if (n.kind === 'paragraph') return paragraphJson(n, start);
    let pos = start + 1;
    const tableRows = n.rows.map((row) => {
      const rowStart = pos++;
      const tableCells = row.map((cell) => {
        const cellStart = pos++;
        const content2 = cell.paragraphs.map((p) => {
          const j = paragraphJson(p, pos);
          pos += paragraphLength(p);
          return j;
        });
        return { startIndex: cellStart, endIndex: pos, content: content2, tableCellStyle: { rowSpan: cell.rowSpan, columnSpan: cell.columnSpan } };
      });
      return { startIndex: rowStart, endIndex: pos, tableCells };
    });
    return {
      startIndex: start, endIndex: start + tableLength(n),
      table: { rows: n.rows.length, columns: n.rows[0]?.length ?? 0, tableRows, pinnedHeaderRowsCount: n.pinnedHeaderRows, columnWidths: { ...n.columnWidths } },
    };
  });
  return { documentId: id, title, body: { content } };
}

class InvalidRequest extends Error {}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function need(cond: unknown, message: string): asserts cond {
  if (!cond) throw new InvalidRequest(message);
}

function bodyEnd(nodes: BodyNode[]): number {
  const at = starts(nodes);
  return at[at.length - 1] + nodeLength(nodes[nodes.length - 1]);
}

function checkRange(nodes: BodyNode[], range: { startIndex?: number; endIndex?: number; segmentId?: string } | undefined): { start: number; end: number } {
  need(range && Number.isInteger(range.startIndex) && Number.isInteger(range.endIndex), 'The range must have a start and end index.');
  need(!range.segmentId, 'The segment ID must be empty: only the body is supported.');
  const start = range.startIndex as number;
  const end = range.endIndex as number;
  need(start >= 1 && start < end, `Invalid range: the start index (${start}) must be at least 1 and less than the end index (${end}).`);
  need(end <= bodyEnd(nodes), `Index ${end} must be less than the end index of the referenced segment, ${bodyEnd(nodes)}.`);
  return { start, end };
}

/** Every paragraph, in the body and in table cells, with its [start, end). */
function paragraphsOf(nodes: BodyNode[]): { node: ParagraphNode; start: number; end: number }[] {
  const at = starts(nodes);
  const out: { node: ParagraphNode; start: number; end: number }[] = [];
  nodes.forEach((n, k) => {
    if (n.kind === 'paragraph') out.push({ node: n, start: at[k], end: at[k] + paragraphLength(n) });
    if (n.kind !== 'table') return;
    let pos = at[k] + 1;
    for (const row of n.rows) {
      pos++;
      for (const cell of row) {
        pos++;
        for (const p of cell.paragraphs) {
          out.push({ node: p, start: pos, end: pos + paragraphLength(p) });
          pos += paragraphLength(p);
        }
      }
    }
  });
  return out;
}

function tableAt(nodes: BodyNode[], location: { index?: number } | undefined): TableNode {
  need(location && Number.isInteger(location.index), 'The table start location must have an index.');
  const at = starts(nodes);
  const i = nodes.findIndex((n, k) => n.kind === 'table' && at[k] === location.index);
  need(i >= 0, `The provided table start location (${location.index}) is not the start index of a table.`);
  return nodes[i] as TableNode;
}

/** Applies one request to `nodes` (mutating); throws InvalidRequest when the reference would refuse it. */
function apply(nodes: BodyNode[], request: Record<string, unknown>): void {
  const kinds = Object.keys(request);
  need(kinds.length === 1, 'A request must set exactly one kind.');
  const kind = kinds[0];
  const r = request[kind] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const at = starts(nodes);
  switch (kind) {
    case 'insertSectionBreak': {
      need(r.sectionType === 'NEXT_PAGE' || r.sectionType === 'CONTINUOUS', 'sectionType must be NEXT_PAGE or CONTINUOUS.');
      need(r.location && !r.location.segmentId && Number.isInteger(r.location.index), 'Section breaks can only be inserted in the body.');
      const index = r.location.index as number;
      const i = nodes.findIndex((n, k) => n.kind === 'paragraph' && index >= at[k] && index < at[k] + nodeLength(n));
      need(i >= 0, `The insertion index (${index}) must be inside the bounds of an existing paragraph.`);
      const p = nodes[i] as ParagraphNode;
      // Split the paragraph at the index: the part before ends with the inserted newline.
      let offset = index - at[i];
      const before: Part[] = [];
      const after: Part[] = [];
      for (const part of p.parts) {
        const len = partLength(part);
        if (offset >= len) before.push(part);
        else if (offset <= 0) after.push(part);
        else if (part.kind === 'text') {
          before.push({ kind: 'text', text: part.text.slice(0, offset) });
          after.push({ kind: 'text', text: part.text.slice(offset) });
        }
        offset -= len;
      }
      nodes.splice(i, 1,
        { kind: 'paragraph', parts: before, style: { ...p.style } },
        { kind: 'sectionBreak', style: { sectionType: r.sectionType } },
        { kind: 'paragraph', parts: after, style: { ...p.style } });
      return;
    }
    case 'updateSectionStyle': {
      const { start, end } = checkRange(nodes, r.range);
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
      need(fields.length > 0, 'At least one field must be specified.');
      for (const f of fields) {
        need(['flipPageOrientation', 'sectionType', 'marginLeft', 'marginRight'].includes(f), `Unsupported field: ${f}.`);
        need(r.sectionStyle && r.sectionStyle[f] !== undefined, `Setting a concrete value is required for ${f}.`);
        // A margin is a Dimension: a non-negative magnitude in PT.
        if (f.startsWith('margin')) {
          const d = r.sectionStyle[f];
          need(typeof d?.magnitude === 'number' && d.magnitude >= 0 && d.unit === 'PT', `Invalid ${f}: a Dimension { magnitude, unit: 'PT' } is required.`);
        }
      }
      // Every section overlapping [start, end): a section runs from its break to the next one.
      nodes.forEach((n, k) => {
        if (n.kind !== 'sectionBreak') return;
        const next = nodes.findIndex((m, j) => j > k && m.kind === 'sectionBreak');
        const sectionEnd = next < 0 ? bodyEnd(nodes) : at[next];
        if (at[k] < end && sectionEnd > start) for (const f of fields) (n.style as Record<string, unknown>)[f] = r.sectionStyle[f];
      });
      return;
    }
    case 'updateParagraphStyle': {
      const { start, end } = checkRange(nodes, r.range);
      const fields = String(r.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
      need(fields.length > 0, 'At least one field must be specified.');
      for (const f of fields) {
        // ParagraphStyle's read-only fields (headingId, tabStops) cannot be updated; the others are not emulated.
        need(!['headingId', 'tabStops'].includes(f), `${f} is read-only.`);
        need(['keepWithNext', 'keepLinesTogether', 'alignment'].includes(f), `Unemulated field: ${f}.`);
        need(r.paragraphStyle?.[f] !== undefined, `Setting a concrete value is required for ${f}.`);
      }
      for (const f of ['keepWithNext', 'keepLinesTogether']) {
        if (fields.includes(f)) need(typeof r.paragraphStyle[f] === 'boolean', `${f} must be a boolean.`);
      }
      if (fields.includes('alignment')) need(['START', 'CENTER', 'END', 'JUSTIFIED'].includes(r.paragraphStyle.alignment), 'Invalid alignment.');
      // Every paragraph overlapping the range, in the body or in a table's cells.
      for (const p of paragraphsOf(nodes)) {
        if (p.start < end && p.end > start) for (const f of fields) (p.node.style as Record<string, unknown>)[f] = r.paragraphStyle[f];
      }
      return;
    }
    case 'mergeTableCells': {
      const range = r.tableRange;
      need(range?.tableCellLocation, 'tableRange.tableCellLocation is required.');
      const table = tableAt(nodes, range.tableCellLocation.tableStartLocation);
      const row = range.tableCellLocation.rowIndex ?? 0;
      const col = range.tableCellLocation.columnIndex ?? 0;
      const rows = range.rowSpan;
      const cols = range.columnSpan;
      need(Number.isInteger(rows) && Number.isInteger(cols) && rows >= 1 && cols >= 1, 'rowSpan and columnSpan must be at least 1.');
      need(row >= 0 && col >= 0 && row + rows <= table.rows.length && col + cols <= table.rows[0].length, 'The table range is outside the table.');
      // Rectangular: no earlier merge may be partly inside the range.
      table.rows.forEach((cells, r0) => cells.forEach((cell, c0) => {
        if (cell.covered || (cell.rowSpan === 1 && cell.columnSpan === 1)) return;
        const inside = (rr: number, cc: number) => rr >= row && rr < row + rows && cc >= col && cc < col + cols;
        const corners = [[r0, c0], [r0 + cell.rowSpan - 1, c0 + cell.columnSpan - 1]].map(([a, b]) => inside(a, b));
        need(corners[0] === corners[1], 'The table range is non-rectangular: it covers part of a merged cell.');
      }));
      const head = table.rows[row][col];
      for (let rr = row; rr < row + rows; rr++) {
        for (let cc = col; cc < col + cols; cc++) {
          if (rr === row && cc === col) continue;
          const cell = table.rows[rr][cc];
          const texts = cell.paragraphs.filter((p) => textOf(p) !== '');
          head.paragraphs.push(...texts);
          cell.paragraphs = [paragraph('')];
          cell.covered = true;
        }
      }
      head.rowSpan = rows;
      head.columnSpan = cols;
      return;
    }
    case 'deleteContentRange': {
      // Only what a text edit inside one body paragraph is: never its final newline.
      const { start, end } = checkRange(nodes, r.range);
      const i = nodes.findIndex((n, k) => n.kind === 'paragraph' && start >= at[k] && end <= at[k] + nodeLength(n) - 1);
      need(i >= 0, 'The range must lie inside one paragraph and not include its final newline (unemulated otherwise).');
      const p = nodes[i] as ParagraphNode;
      let pos = at[i];
      const kept: Part[] = [];
      for (const part of p.parts) {
        const len = partLength(part);
        const [a, b] = [Math.max(start, pos), Math.min(end, pos + len)];
        if (b <= a) kept.push(part);
        else {
          need(part.kind === 'text' || (a === pos && b === pos + len), 'An inline object is deleted whole or not at all.');
          if (part.kind === 'text') {
            const text = part.text.slice(0, a - pos) + part.text.slice(b - pos);
            if (text) kept.push({ kind: 'text', text });
          }
        }
        pos += len;
      }
      p.parts = kept;
      return;
    }
    case 'pinTableHeaderRows': {
      const table = tableAt(nodes, r.tableStartLocation);
      const n = r.pinnedHeaderRowsCount;
      need(Number.isInteger(n) && n >= 0 && n <= table.rows.length, `pinnedHeaderRowsCount must be between 0 and ${table.rows.length}.`);
      table.pinnedHeaderRows = n;
      return;
    }
    case 'updateTableRowStyle': {
      const table = tableAt(nodes, r.tableStartLocation);
      // rowIndices unspecified: every row, as the reference says.
      const rows: number[] = r.rowIndices ?? table.rows.map((_, i) => i);
      need(rows.every((i) => Number.isInteger(i) && i >= 0 && i < table.rows.length), 'A row index is outside the table.');
      need(String(r.fields ?? '').trim() === 'preventOverflow', 'Only preventOverflow is emulated.');
      need(typeof r.tableRowStyle?.preventOverflow === 'boolean', 'tableRowStyle.preventOverflow must be set for the fields named.');
      const kept = new Set(table.preventOverflow ?? []);
      for (const i of rows) {
        if (r.tableRowStyle.preventOverflow) kept.add(i);
        else kept.delete(i);
      }
      table.preventOverflow = [...kept].sort((a, b) => a - b);
      return;
    }
    case 'updateTableColumnProperties': {
      const table = tableAt(nodes, r.tableStartLocation);
      const columns: number[] = r.columnIndices ?? [];
      need(columns.every((c) => Number.isInteger(c) && c >= 0 && c < table.rows[0].length), 'A column index is outside the table.');
      need(String(r.fields ?? '').split(',').map((s) => s.trim()).sort().join(',') === 'width,widthType', 'Only width,widthType are emulated.');
      const props = r.tableColumnProperties ?? {};
      need(props.widthType === 'FIXED_WIDTH' && props.width?.unit === 'PT', 'A fixed width in PT is expected.');
      need(props.width.magnitude >= 5, 'The minimum column width is 5 points.');
      for (const c of columns) table.columnWidths[c] = props.width.magnitude;
      return;
    }
    default:
      throw new InvalidRequest(`Unknown or unemulated request kind ${kind}.`);
  }
}

const apiError = (method: string, message: string): Error =>
  new Error(`GoogleJsonResponseException: API call to docs.documents.${method} failed with error: ${message}`);

/** `Docs.Documents`: counted as `Docs.Documents.get` / `Docs.Documents.batchUpdate`. */
export class FakeDocsDocuments {
  /** Set to make every call fail as the service does when over quota or down. */
  broken: string | null = null;
  readonly models = new Map<string, BodyNode[]>();
  /** Every batchUpdate's requests, in order (applied or not). */
  readonly batches: { documentId: string; requests: Record<string, unknown>[] }[] = [];
  constructor(private readonly documentApp: FakeDocumentApp) {
    return counted(this, 'Docs.Documents');
  }
  private document(id: string, method: string): { doc: FakeDocument; nodes: BodyNode[] } {
    const doc = this.documentApp.documents.find((d) => d.id === id);
    if (!doc) throw apiError(method, `Requested entity was not found.`);
    let nodes = this.models.get(id);
    if (!nodes) {
      // What the API sees: the saved document, or the new empty one before saveAndClose.
      nodes = nodesOfBody(doc.saved ? doc.body._all() : [new FakeParagraph('', null)]);
      if (doc.saved) this.models.set(id, nodes);
    }
    return { doc, nodes };
  }
  get(documentId: string, _optionalArgs?: object): Record<string, unknown> {
    if (this.broken) throw apiError('get', this.broken);
    const { doc, nodes } = this.document(documentId, 'get');
    return documentJson(documentId, doc.getName(), nodes);
  }
  batchUpdate(resource: { requests?: Record<string, unknown>[] }, documentId: string): Record<string, unknown> {
    if (this.broken) throw apiError('batchUpdate', this.broken);
    const requests = resource?.requests ?? [];
    this.batches.push({ documentId, requests: clone(requests) });
    const { nodes } = this.document(documentId, 'batchUpdate');
    const work = clone(nodes);
    requests.forEach((request, i) => {
      try {
        apply(work, request);
      } catch (err) {
        if (!(err instanceof InvalidRequest)) throw err;
        throw apiError('batchUpdate', `Invalid requests[${i}].${Object.keys(request)[0]}: ${err.message}`);
      }
    });
    this.models.set(documentId, work);
    return { documentId, replies: requests.map(() => ({})) };
  }
  /** Uncounted: the document's model as the API holds it now. */
  _model(documentId: string): BodyNode[] {
    return this.document(documentId, 'get').nodes;
  }
}

export interface FakeDocsApi {
  Documents: FakeDocsDocuments;
}

/** The `Docs` global; install it only where a test enables the advanced service. */
export function createFakeDocsApi(documentApp: FakeDocumentApp): FakeDocsApi {
  return { Documents: new FakeDocsDocuments(documentApp) };
}

/** Uncounted views of a model for assertions. */
export function sectionsOf(nodes: BodyNode[]): { flipped: boolean; margins: { left?: number; right?: number }; text: string[]; tables: TableNode[] }[] {
  const out: { flipped: boolean; margins: { left?: number; right?: number }; text: string[]; tables: TableNode[] }[] = [];
  for (const n of nodes) {
    if (n.kind === 'sectionBreak') {
      const st = n.style as Record<string, { magnitude?: number } | undefined>;
      out.push({ flipped: n.style.flipPageOrientation === true, margins: { left: st.marginLeft?.magnitude, right: st.marginRight?.magnitude }, text: [], tables: [] });
    }
    else if (n.kind === 'paragraph') out[out.length - 1].text.push(textOf(n));
    else out[out.length - 1].tables.push(n);
  }
  return out;
}

export const paragraphText = textOf;
