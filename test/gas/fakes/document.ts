/**
 * Fake DocumentApp (Document, Body, Paragraph, Text, Table, TableRow, TableCell, InlineImage),
 * Charts and HtmlService, counting every call into the shared `serviceCalls` counter, so the
 * report renderer can be checked for batching (the same calls for 10 and 500 measures).
 *
 * Behaviour follows the Apps Script reference where the renderer relies on it:
 * - `Body.appendTable(string[][])` builds the whole table in one call (rows of equal length);
 * - container `setAttributes` merges the given attributes into the element's own;
 * - removing the body's last remaining child throws, as Docs cannot remove a section's last paragraph;
 * - `Body.appendImage(blob)` appends a paragraph holding an InlineImage and returns the image;
 *   the image's `getParent()` is a generic ContainerElement (`asParagraph()` to align it);
 * - InlineImage sizes are pixels; `Charts…build().getAs('image/png')` gives a PNG blob.
 * Plus helpers for the menu flow: `withPrompts` (Ui.prompt answers) and `setActiveCell`.
 */
import { counted, installGlobals } from './counter';
import { createFakeDocsApi, type FakeDocsApi } from './docs-api';
import { createFakeDrive, type FakeDrive } from './drive';

export const Attribute = Object.freeze(Object.fromEntries([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT',
  'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP',
  'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
].map((k) => [k, k])));
export const HorizontalAlignment = Object.freeze({ LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' });
export const ColumnType = Object.freeze({ STRING: 'STRING', NUMBER: 'NUMBER', DATE: 'DATE' });
export const Position = Object.freeze({ TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' });

export type Attrs = Record<string, unknown>;

/**
 * Whether a Document is still open. Every element of a document shares its document's state:
 * after saveAndClose, a change through any handle (the body, a paragraph, a table cell, a text)
 * throws the reference's error, as Apps Script does; reading still works (tests inspect).
 */
export interface DocState { closed: boolean }
const CLOSED_MESSAGE = 'Exception: Document is closed, its contents cannot be updated.';
const CHANGES = /^(set|append|insert|remove|replace|clear|merge|add)/;
/** `counted`, plus the closed-document check on every changing method. */
function docElement<T extends object>(target: T, className: string, state: DocState): T {
  const proxy = counted(target, className);
  return new Proxy(proxy, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        if (state.closed && CHANGES.test(prop)) throw new Error(CLOSED_MESSAGE);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === proxy ? receiver : result;
      };
    },
  });
}
const OPEN = (): DocState => ({ closed: false });

export class FakeBlob {
  constructor(private readonly type: string, private readonly bytes: number[] = [0x89, 0x50, 0x4e, 0x47], private name: string | null = null) {
    return counted(this, 'Blob');
  }
  getContentType(): string { return this.type; }
  getBytes(): number[] { return [...this.bytes]; }
  getAs(type: string): FakeBlob { return new FakeBlob(type, this.bytes); }
  getName(): string | null { return this.name; }
  setName(name: string): this { this.name = name; return this; }
}

/**
 * BlobSource.getAs's file name: "adds the appropriate extension to the filename", taking the
 * part after the last period as an extension already there ("ShoppingList.12.25.2014" becomes
 * "ShoppingList.12.25.pdf"), so "อบต.ก รายงาน" becomes "อบต.pdf".
 */
export function blobSourceName(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.${extension}`;
}

/** A document opened again by id (DocumentApp.openById): what it holds as saved. */
export class FakeOpenedDocument {
  constructor(private readonly doc: FakeDocument, private readonly app: { pdfRefuses: string | null }) {
    return counted(this, 'Document');
  }
  getId(): string { return this.doc.id; }
  getName(): string { return this.doc.name; }
  getUrl(): string { return this.doc.getUrl(); }
  /** 'application/pdf' only (the reference: the one valid conversion of most blob sources; also text/markdown). */
  getAs(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf' && contentType !== 'text/markdown') throw new Error(`Exception: Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    if (this.app.pdfRefuses) throw new Error(this.app.pdfRefuses);
    const text = this.doc.body.getText();
    const bytes = [...Buffer.from(`%PDF-1.4\n${text}`, 'utf8')];
    return new FakeBlob(contentType, bytes, blobSourceName(this.doc.name, contentType === 'application/pdf' ? 'pdf' : 'md'));
  }
}

/** A run of bold/size overrides on a paragraph's text, inclusive offsets as in Text.setBold. */
export interface TextStyle {
  start: number;
  end: number;
  bold?: boolean;
  size?: number;
}

interface Parent {
  _remove(child: unknown): void;
  _children(): unknown[];
}

export class FakeText {
  constructor(private readonly owner: FakeParagraph) {
    return docElement(this, 'Text', owner._state());
  }
  getText(): string { return this.owner._text(); }
  private check(start: number, end: number): void {
    const n = this.owner._text().length;
    if (start < 0 || end >= n || start > end) throw new Error(`Exception: Index (${end}) must be less than the content length (${n}).`);
  }
  setBold(start: number, end: number, bold: boolean): this {
    this.check(start, end);
    this.owner._styles().push({ start, end, bold });
    return this;
  }
  setFontSize(start: number, end: number, size: number): this {
    this.check(start, end);
    this.owner._styles().push({ start, end, size });
    return this;
  }
}

export class FakeInlineImage {
  width = 0;
  height = 0;
  altTitle = '';
  altDescription = '';
  constructor(readonly blob: FakeBlob, private readonly parent: FakeParagraph) {
    return docElement(this, 'InlineImage', parent._state());
  }
  setWidth(px: number): this { this.width = px; return this; }
  setHeight(px: number): this { this.height = px; return this; }
  getWidth(): number { return this.width; }
  getHeight(): number { return this.height; }
  setAltTitle(s: string): this { this.altTitle = s; return this; }
  setAltDescription(s: string): this { this.altDescription = s; return this; }
  /** A ContainerElement, as the reference types it: Paragraph methods only after asParagraph(). */
  getParent(): FakeContainerElement { return new FakeContainerElement(this.parent); }
  getType(): string { return 'INLINE_IMAGE'; }
}

/**
 * The generic ContainerElement that getParent() returns: the reference gives it the as*()
 * casts and the methods common to containers, not the Paragraph ones (setAlignment…), so
 * code must call asParagraph() first.
 */
export class FakeContainerElement {
  constructor(private readonly element: FakeParagraph) {
    return docElement(this, 'ContainerElement', element._state());
  }
  asParagraph(): FakeParagraph {
    if (this.element.getType() !== 'PARAGRAPH') throw new Error('Exception: Element is not a Paragraph.');
    return this.element;
  }
  getType(): string { return this.element.getType(); }
  getText(): string { return this.element._text(); }
  getAttributes(): Attrs { return this.element.getAttributes(); }
  setAttributes(attrs: Attrs): this { this.element.setAttributes(attrs); return this; }
}

export class FakeParagraph {
  readonly attrs: Attrs = {};
  readonly styles: TextStyle[] = [];
  image: FakeInlineImage | null = null;
  constructor(private text: string, private parent: Parent | null, private readonly state: DocState = OPEN()) {
    return docElement(this, 'Paragraph', state);
  }
  getText(): string { return this.text; }
  setText(text: string): this { this.text = text; this.styles.length = 0; return this; }
  getType(): string { return 'PARAGRAPH'; }
  asParagraph(): this { return this; }
  setAttributes(attrs: Attrs): this { Object.assign(this.attrs, attrs); return this; }
  getAttributes(): Attrs { return { ...this.attrs }; }
  setAlignment(a: string): this { this.attrs.HORIZONTAL_ALIGNMENT = a; return this; }
  getAlignment(): unknown { return this.attrs.HORIZONTAL_ALIGNMENT ?? null; }
  editAsText(): FakeText { return new FakeText(this); }
  getParent(): unknown { return this.parent; }
  removeFromParent(): this {
    if (this.parent) this.parent._remove(this);
    this.parent = null;
    return this;
  }
  _text(): string { return this.text; }
  _state(): DocState { return this.state; }
  _self(): this { return this; }
  _styles(): TextStyle[] { return this.styles; }
  _setImage(image: FakeInlineImage): void { this.image = image; }
}

export class FakePageBreak {
  constructor(state: DocState = OPEN()) {
    return docElement(this, 'PageBreak', state);
  }
  getType(): string { return 'PAGE_BREAK'; }
  _self(): this { return this; }
}

export class FakeTableCell {
  readonly attrs: Attrs = {};
  background: string | null = null;
  readonly paragraph: FakeParagraph;
  constructor(text: string, state: DocState = OPEN()) {
    this.paragraph = new FakeParagraph(text, null, state);
    return docElement(this, 'TableCell', state);
  }
  getText(): string { return this.paragraph._text(); }
  getChild(i: number): FakeParagraph {
    if (i !== 0) throw new Error(`Exception: Child index (${i}) must be less than the number of child elements (1).`);
    return this.paragraph;
  }
  getNumChildren(): number { return 1; }
  setBackgroundColor(colour: string): this { this.background = colour; return this; }
  getBackgroundColor(): string | null { return this.background; }
  setAttributes(attrs: Attrs): this { Object.assign(this.attrs, attrs); return this; }
  /** Uncounted: the cell's text. */
  _text(): string { return this.paragraph._text(); }
}

export class FakeTableRow {
  readonly attrs: Attrs = {};
  readonly cells: FakeTableCell[];
  constructor(texts: string[], state: DocState = OPEN()) {
    this.cells = texts.map((t) => new FakeTableCell(t, state));
    return docElement(this, 'TableRow', state);
  }
  getCell(i: number): FakeTableCell {
    const c = this.cells[i];
    if (!c) throw new Error(`Exception: Child index (${i}) must be less than the number of child elements (${this.cells.length}).`);
    return c;
  }
  getNumCells(): number { return this.cells.length; }
  setAttributes(attrs: Attrs): this { Object.assign(this.attrs, attrs); return this; }
  getText(): string { return this.cells.map((c) => c.getText()).join('\t'); }
}

export class FakeTable {
  readonly attrs: Attrs = {};
  readonly rows: FakeTableRow[];
  readonly columnWidths = new Map<number, number>();
  constructor(cells: string[][], private parent: Parent | null, state: DocState = OPEN()) {
    this.rows = cells.map((r) => new FakeTableRow(r, state));
    return docElement(this, 'Table', state);
  }
  getType(): string { return 'TABLE'; }
  getNumRows(): number { return this.rows.length; }
  getRow(i: number): FakeTableRow {
    const r = this.rows[i];
    if (!r) throw new Error(`Exception: Child index (${i}) must be less than the number of child elements (${this.rows.length}).`);
    return r;
  }
  getCell(row: number, col: number): FakeTableCell { return this.getRow(row).getCell(col); }
  setAttributes(attrs: Attrs): this { Object.assign(this.attrs, attrs); return this; }
  setColumnWidth(i: number, width: number): this {
    if (i < 0 || i >= (this.rows[0]?.cells.length ?? 0)) throw new Error(`Exception: Column index (${i}) out of range.`);
    this.columnWidths.set(i, width);
    return this;
  }
  getColumnWidth(i: number): number | null { return this.columnWidths.get(i) ?? null; }
  removeFromParent(): this {
    if (this.parent) this.parent._remove(this);
    this.parent = null;
    return this;
  }
  _self(): this { return this; }
  /** Uncounted: the cell texts. */
  _cells(): string[][] { return this.rows.map((r) => r.cells.map((c) => c._text())); }
}

export type BodyChild = FakeParagraph | FakeTable | FakePageBreak;

/** Body.editAsText(): the whole body's text, including table cells; only what the renderer uses. */
export class FakeBodyText {
  constructor(private readonly body: FakeBody) {
    return docElement(this, 'Text', body._state());
  }
  /** setFontFamily(name) sets the entire text; the (start, end, name) form is not used here. */
  setFontFamily(...args: unknown[]): this {
    if (args.length !== 1 || typeof args[0] !== 'string') throw new Error('Exception: The parameters don\'t match the method signature for DocumentApp.Text.setFontFamily.');
    this.body.fontFamily = args[0];
    return this;
  }
}

export class FakeBody implements Parent {
  readonly attrs: Attrs = {};
  /** Set by editAsText().setFontFamily(name): the family of every run in the body. */
  fontFamily: string | null = null;
  readonly page: Record<string, number> = {};
  private readonly children: BodyChild[] = [];
  constructor(private readonly state: DocState = OPEN()) {
    // A new Google Doc has one empty paragraph.
    this.children.push(new FakeParagraph('', this, state));
    return docElement(this, 'Body', state);
  }
  _state(): DocState { return this.state; }
  editAsText(): FakeBodyText { return new FakeBodyText(this); }
  appendParagraph(text: string): FakeParagraph {
    if (typeof text !== 'string') throw new Error('Exception: Invalid argument: text');
    const p = new FakeParagraph(text, this, this.state);
    this.children.push(p);
    return p;
  }
  appendTable(cells?: string[][]): FakeTable {
    const grid = cells ?? [];
    if (!Array.isArray(grid) || grid.some((r) => !Array.isArray(r) || r.some((c) => typeof c !== 'string'))) {
      throw new Error('Exception: Invalid argument: cells');
    }
    if (grid.some((r) => r.length !== grid[0].length)) throw new Error('Exception: Invalid argument: cells (rows of unequal length)');
    const table = new FakeTable(grid, this, this.state);
    this.children.push(table);
    return table;
  }
  appendImage(blob: FakeBlob): FakeInlineImage {
    if (!(blob instanceof Object) || typeof (blob as FakeBlob).getContentType !== 'function') throw new Error('Exception: Invalid argument: image');
    const p = new FakeParagraph('', this, this.state);
    const image = new FakeInlineImage(blob, p);
    p._setImage(image);
    this.children.push(p);
    return image;
  }
  appendPageBreak(): FakePageBreak {
    const pb = new FakePageBreak(this.state);
    this.children.push(pb);
    return pb;
  }
  getNumChildren(): number { return this.children.length; }
  getChild(i: number): BodyChild {
    const c = this.children[i];
    if (!c) throw new Error(`Exception: Child index (${i}) must be less than the number of child elements (${this.children.length}).`);
    return c;
  }
  getParagraphs(): FakeParagraph[] { return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph); }
  getTables(): FakeTable[] { return this.children.filter((c): c is FakeTable => c instanceof FakeTable); }
  setAttributes(attrs: Attrs): this { Object.assign(this.attrs, attrs); return this; }
  getAttributes(): Attrs { return { ...this.attrs }; }
  setPageWidth(pt: number): this { this.page.width = pt; return this; }
  setPageHeight(pt: number): this { this.page.height = pt; return this; }
  setMarginLeft(pt: number): this { this.page.marginLeft = pt; return this; }
  setMarginRight(pt: number): this { this.page.marginRight = pt; return this; }
  setMarginTop(pt: number): this { this.page.marginTop = pt; return this; }
  setMarginBottom(pt: number): this { this.page.marginBottom = pt; return this; }
  getText(): string { return this._all().map((c) => (c instanceof FakeTable ? c._cells().map((r) => r.join('\t')).join('\n') : c instanceof FakeParagraph ? c._text() : '')).join('\n'); }
  _remove(child: unknown): void {
    // Elements are stored as their counting proxies; a method runs on the raw object.
    const i = this.children.findIndex((c) => c === child || (c as unknown as { _self(): unknown })._self() === child);
    if (i < 0) return;
    if (this.children.length === 1) throw new Error("Exception: Can't remove the last paragraph in a document section.");
    this.children.splice(i, 1);
  }
  _children(): BodyChild[] { return this.children; }
  /** Uncounted: the body's elements in order. */
  _all(): BodyChild[] { return [...this.children]; }
}

/**
 * Document.addHeader()'s HeaderSection: like a new body, it starts with one empty paragraph; it
 * holds paragraphs (what the renderer puts there). A Document has at most one.
 */
export class FakeHeaderSection implements Parent {
  private readonly children: FakeParagraph[] = [];
  constructor() {
    this.children.push(new FakeParagraph('', this));
    return counted(this, 'HeaderSection');
  }
  appendParagraph(text: string): FakeParagraph {
    if (typeof text !== 'string') throw new Error('Exception: Invalid argument: text');
    const p = new FakeParagraph(text, this);
    this.children.push(p);
    return p;
  }
  getParagraphs(): FakeParagraph[] { return [...this.children]; }
  getNumChildren(): number { return this.children.length; }
  getText(): string { return this.children.map((c) => c._text()).join('\n'); }
  _remove(child: unknown): void {
    const i = this.children.findIndex((c) => c === child || (c as unknown as { _self(): unknown })._self() === child);
    if (i < 0) return;
    if (this.children.length === 1) throw new Error("Exception: Can't remove the last paragraph in a document section.");
    this.children.splice(i, 1);
  }
  _children(): unknown[] { return this.children; }
}

export class FakeDocument {
  /** Shared by the body and every element: saveAndClose closes them all. */
  private readonly state: DocState = { closed: false };
  readonly body = new FakeBody(this.state);
  saved = false;
  private static next = 1;
  readonly id: string;
  /** Uncounted: the document's sharing, as Document.addViewers / addEditors left it. */
  readonly viewers: string[] = [];
  readonly editors: string[] = [];
  constructor(public name: string, private readonly app: { sharingRefuses: (email: string) => string | null }) {
    this.id = `fake-doc-${FakeDocument.next++}`;
    return counted(this, 'Document');
  }
  /** A closed Document may not be used again (the reference: saveAndClose "closes" it). */
  private open(): void {
    if (this.state.closed) throw new Error(CLOSED_MESSAGE);
  }
  getBody(): FakeBody { this.open(); return this.body; }
  /** Uncounted: the header section, or null (a new document has none). */
  header: FakeHeaderSection | null = null;
  /** The reference: "Adds a document header section, if none exists" — a second one is refused. */
  addHeader(): FakeHeaderSection {
    this.open();
    if (this.header) throw new Error('Exception: Document tab already contains a header.');
    this.header = new FakeHeaderSection();
    return this.header;
  }
  getHeader(): FakeHeaderSection | null { this.open(); return this.header; }
  getId(): string { return this.id; }
  getName(): string { return this.name; }
  setName(name: string): this {
    this.open();
    if (typeof name !== 'string' || name === '') throw new Error('Exception: Invalid argument: name');
    this.name = name;
    return this;
  }
  getUrl(): string { return `https://docs.google.com/document/d/${this.id}/edit`; }
  saveAndClose(): void {
    this.saved = true;
    this.state.closed = true;
  }
  /**
   * Sharing as Drive does it one address at a time: addresses before a refused one are added,
   * then the call throws Drive's message (a domain policy, an address outside the domain).
   */
  private share(emails: unknown, list: string[]): this {
    this.open();
    if (!Array.isArray(emails) || emails.some((e) => typeof e !== 'string')) throw new Error('Exception: Invalid argument: emailAddresses');
    for (const email of emails as string[]) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Exception: Invalid argument: ${email}`);
      const refused = this.app.sharingRefuses(email);
      if (refused) throw new Error(refused);
      if (list === this.viewers && this.editors.includes(email)) continue; // already an editor: no effect
      if (list === this.editors) this.viewers.splice(0, this.viewers.length, ...this.viewers.filter((v) => v !== email));
      if (!list.includes(email)) list.push(email);
    }
    return this;
  }
  addViewers(emails: string[]): this { return this.share(emails, this.viewers); }
  addEditors(emails: string[]): this { return this.share(emails, this.editors); }
  addViewer(email: string): this { return this.share([email], this.viewers); }
  addEditor(email: string): this { return this.share([email], this.editors); }
}

export class FakeDocumentApp {
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly documents: FakeDocument[] = [];
  /** Set by a test: the Drive error for an address sharing may not reach, else null. */
  sharingRefuses: (email: string) => string | null = () => null;
  /** Set by a test: the conversion to PDF fails with this message (quota of conversions a day…). */
  pdfRefuses: string | null = null;
  constructor() {
    return counted(this, 'DocumentApp');
  }
  /** A saved document by id; the reference's message for one missing or not readable. */
  openById(id: string): FakeOpenedDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new Error('Exception: Document is missing (perhaps it was deleted, or you don\'t have read access?)');
    return new FakeOpenedDocument(doc, this);
  }
  create(name: string): FakeDocument {
    if (typeof name !== 'string' || name === '') throw new Error('Exception: Invalid argument: name');
    const doc = new FakeDocument(name, this);
    this.documents.push(doc);
    return doc;
  }
}

// ---------------------------------------------------------------------------------------
// Charts

export class FakeDataTableBuilder {
  readonly columns: { type: string; label: string }[] = [];
  readonly rows: unknown[][] = [];
  constructor() {
    return counted(this, 'DataTableBuilder');
  }
  addColumn(type: string, label: string): this { this.columns.push({ type, label }); return this; }
  addRow(values: unknown[]): this {
    if (values.length !== this.columns.length) throw new Error('Exception: Row length does not match the number of columns.');
    this.rows.push(values);
    return this;
  }
  build(): this { return this; }
}

export class FakeChart {
  constructor(readonly options: Record<string, unknown>, readonly table: FakeDataTableBuilder | null) {
    return counted(this, 'Chart');
  }
  getAs(type: string): FakeBlob { return new FakeBlob(type); }
  getBlob(): FakeBlob { return new FakeBlob('image/png'); }
}

export class FakeBarChartBuilder {
  readonly options: Record<string, unknown> = {};
  private table: FakeDataTableBuilder | null = null;
  constructor() {
    return counted(this, 'BarChartBuilder');
  }
  setDataTable(t: FakeDataTableBuilder): this { this.table = t; return this; }
  /** The data table given (for tests). */
  _table(): FakeDataTableBuilder | null { return this.table; }
  setStacked(): this { this.options.stacked = true; return this; }
  setRange(min: number, max: number): this { this.options.range = [min, max]; return this; }
  setDimensions(w: number, h: number): this { this.options.dimensions = [w, h]; return this; }
  setColors(c: string[]): this { this.options.colors = c; return this; }
  setLegendPosition(p: string): this { this.options.legend = p; return this; }
  setTitle(t: string): this { this.options.title = t; return this; }
  setOption(k: string, v: unknown): this { this.options[k] = v; return this; }
  build(): FakeChart {
    if (!this.table) throw new Error('Exception: A data table is required.');
    return new FakeChart({ ...this.options }, this.table);
  }
}

export class FakeCharts {
  readonly ColumnType = ColumnType;
  readonly Position = Position;
  readonly charts: FakeBarChartBuilder[] = [];
  /** Set to simulate the service being unavailable. */
  broken = false;
  constructor() {
    return counted(this, 'Charts');
  }
  newDataTable(): FakeDataTableBuilder {
    if (this.broken) throw new Error('Exception: Service unavailable: Charts');
    return new FakeDataTableBuilder();
  }
  newBarChart(): FakeBarChartBuilder {
    const b = new FakeBarChartBuilder();
    this.charts.push(b);
    return b;
  }
}

// ---------------------------------------------------------------------------------------
// HtmlService

export class FakeHtmlOutput {
  width = 0;
  height = 0;
  title = '';
  constructor(private html: string) {
    return counted(this, 'HtmlOutput');
  }
  setWidth(w: number): this { this.width = w; return this; }
  setHeight(h: number): this { this.height = h; return this; }
  setTitle(title?: string): this { this.title = String(title ?? ''); return this; }
  getTitle(): string { return this.title; }
  /** Appends trusted content (not escaped), as HtmlOutput.append does. */
  append(addedContent: string): this {
    if (typeof addedContent !== 'string') throw new Error('Exception: The parameters (' + typeof addedContent + ') don\'t match the method signature for HtmlService.HtmlOutput.append.');
    this.html += addedContent;
    return this;
  }
  getContent(): string { return this.html; }
}

export class FakeHtmlService {
  /** The project's HTML files by name (without .html), for createHtmlOutputFromFile. */
  readonly files: Record<string, string> = { sidebar: '<!DOCTYPE html><html><body><main id="app"></main></body></html>' };
  constructor() {
    return counted(this, 'HtmlService');
  }
  createHtmlOutput(html = ''): FakeHtmlOutput { return new FakeHtmlOutput(html); }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    if (!(name in this.files)) throw new Error(`Exception: No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.files[name]);
  }
}

export interface FakeDocs {
  documentApp: FakeDocumentApp;
  charts: FakeCharts;
  html: FakeHtmlService;
  /** The advanced Docs service (the `Docs` global), also when not installed. */
  docsApi: FakeDocsApi;
  /** The advanced Drive service v3 (the `Drive` global), also when not installed. */
  drive: FakeDrive;
  globals: Record<string, unknown>;
  /** Sets DocumentApp, Charts, HtmlService (and Docs when enabled) on globalThis; returns the undo. */
  install(): () => void;
}

export interface FakeDocsOptions {
  /** The advanced Docs service enabled in the manifest (default true): the `Docs` global exists. */
  advancedDocs?: boolean;
  /** The advanced Drive service enabled in the manifest (default true): the `Drive` global exists. */
  advancedDrive?: boolean;
}

export function createFakeDocs(options: FakeDocsOptions = {}): FakeDocs {
  const documentApp = new FakeDocumentApp();
  const charts = new FakeCharts();
  const html = new FakeHtmlService();
  const docsApi = createFakeDocsApi(documentApp);
  const drive = createFakeDrive(documentApp);
  const globals: Record<string, unknown> = { DocumentApp: documentApp, Charts: charts, HtmlService: html };
  // Without the service in the manifest there is no `Docs` (or `Drive`) global at all.
  if (options.advancedDocs !== false) globals.Docs = docsApi;
  if (options.advancedDrive !== false) globals.Drive = drive;
  return {
    documentApp, charts, html, docsApi, drive, globals,
    install: () => installGlobals(globals),
  };
}

// ---------------------------------------------------------------------------------------
// Menu helpers: Ui.prompt and the active cell, which the shared fakes do not model.

export interface PromptRecord {
  title: string;
  prompt: string;
}

/**
 * Gives a FakeUi a `prompt` that answers from `answers` in order: a string is typed and OK
 * pressed; null is Cancel. Returns the prompts asked.
 */
export function withPrompts(ui: object, answers: (string | null)[]): PromptRecord[] {
  const asked: PromptRecord[] = [];
  const queue = [...answers];
  Object.assign(ui, {
    prompt(title: string, prompt?: unknown) {
      asked.push({ title, prompt: String(prompt ?? '') });
      if (queue.length === 0) throw new Error('test: no prompt answer left');
      const a = queue.shift() as string | null;
      return {
        getSelectedButton: () => (a === null ? 'CANCEL' : 'OK'),
        getResponseText: () => a ?? '',
      };
    },
  });
  return asked;
}

/** Makes `sheetName` the active sheet with the cursor on `row` (getActiveSheet / getActiveRange). */
export function setActiveCell(ss: { _sheet(name: string): { getRange(row: number, column: number): { activate(): unknown } } }, sheetName: string, row: number): void {
  ss._sheet(sheetName).getRange(row, 1).activate();
}
