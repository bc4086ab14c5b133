/**
 * In-memory SpreadsheetApp: Spreadsheet, Sheet and Range that behave as the Apps Script
 * reference says where our code depends on it:
 * - ranges are 1-based; getRange validates its arguments and the sheet's dimensions with
 *   the real messages; a sheet starts with 1000 rows × 26 columns;
 * - getValues gives '' for empty cells and (copies of) Date objects for dates;
 *   getDataRange on an empty sheet is A1 (1×1, [['']]); getLastRow() is 0 then;
 * - setValues (and setBackgrounds…) throw the real message on a dimension mismatch;
 *   typed text is converted as Sheets converts it, unless the cell's format is '@' (see
 *   storedValue): numbers ('10', '1,234.5', '85%'), TRUE/FALSE, ISO dates (midnight in the
 *   spreadsheet's time zone), a leading apostrophe kept as text; text that Sheets would read as a
 *   date by the locale ('31/3/2568') throws, so the product never relies on a locale guess;
 * - the spreadsheet has a time zone (Asia/Bangkok unless a test sets another with
 *   setSpreadsheetTimeZone): a date cell holds a wall-clock day in that zone;
 * - a written string that begins with '=' is a formula (unless the cell's format is '@', where
 *   it stays text), read back by getFormulas; the fake does not evaluate formulas, so such a
 *   cell's value reads '' (what Sheets gives for an in-cell chart such as SPARKLINE);
 * - setConditionalFormatRules replaces all of the sheet's rules.
 * Every public call is counted (counter.ts).
 */
import { counted } from './counter';
import { FakeUser } from './services';
import {
  BooleanCriteria, DataValidationCriteria, FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder,
  FakeDataValidation, FakeDataValidationBuilder, FakeProtection, ProtectionType,
} from './rules';

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const DEFAULT_WIDTH = 100;
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FORMAT = '0.###############';

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

interface CellData {
  value: unknown;
  /** The formula written into the cell ('=…'), if any. */
  formula?: string;
  background?: string;
  fontWeight?: string;
  numberFormat?: string;
  validation?: FakeDataValidation | null;
  wrap?: boolean;
  fontFamily?: string;
  horizontalAlignment?: string;
  /** The cell's note (Range.setNote/setNotes), '' or absent when none. */
  note?: string;
}

export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The instant of midnight on `y-m-d` in time zone `tz` (what a typed date is in Sheets). */
export function midnightIn(tz: string, y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const offset = (t: number): number => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(t)).reduce<Record<string, number>>((a, p) => (p.type === 'literal' ? a : { ...a, [p.type]: Number(p.value) }), {});
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - t;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}

/**
 * What setValues stores for a value: Sheets' own coercions of typed text (a cell formatted '@'
 * keeps text as text). The product's decision (README, "The test suite"): it writes numbers as
 * numbers and dates as Dates, never as text for Sheets to guess; this fake converts what Sheets
 * converts, and refuses locale-dependent date text outright.
 */
function storedValue(v: unknown, format: string | undefined, tz: string): unknown {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  if (typeof v !== 'string' || format === '@') return v;
  const t = v.trim();
  if (v.startsWith("'")) return v.slice(1);
  if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^[-+]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return midnightIn(tz, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t)) {
    throw new Error(`fake Sheets: "${v}" would be read as a date by the spreadsheet's locale; write a Date, or format the cell '@'`);
  }
  return v;
}

const readValue = (v: unknown): unknown => (isDate(v) ? new Date(v.getTime()) : v);

const isFormula = (v: unknown, format: string | undefined): v is string => typeof v === 'string' && format !== '@' && v.startsWith('=');

/** Writes a value as Sheets does: a formula when it is one (see the header), else the stored value. */
function writeCell(cell: CellData, v: unknown, tz: string): void {
  if (isFormula(v, cell.numberFormat)) {
    cell.formula = v;
    cell.value = '';
  } else {
    delete cell.formula;
    cell.value = storedValue(v, cell.numberFormat, tz);
  }
}

const hasContent = (c: CellData | undefined): boolean => !!c && (c.value !== '' || c.formula !== undefined);

function checkShape(data: unknown, rows: number, cols: number): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw new Error('Exception: The parameters (String) don\'t match the method signature.');
  if (data.length !== rows) {
    throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
  }
  for (const line of data) {
    const n = Array.isArray(line) ? line.length : 0;
    if (n !== cols) {
      throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${cols}.`);
    }
  }
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    return counted(this, 'Range');
  }

  private each<T>(fn: (cell: CellData | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(fn(this.sheet._cell(this.row + i, this.column + j), i, j));
      out.push(line);
    }
    return out;
  }

  private write(data: unknown, apply: (cell: CellData, v: unknown) => void): this {
    checkShape(data, this.numRows, this.numColumns);
    this.sheet._guardEdit();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) apply(this.sheet._cellForWrite(this.row + i, this.column + j), data[i][j]);
    }
    return this;
  }

  private fill(apply: (cell: CellData) => void): this {
    this.sheet._guardEdit();
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) apply(this.sheet._cellForWrite(this.row + i, this.column + j));
    return this;
  }

  getRow(): number { return this.row; }
  getColumn(): number { return this.column; }
  getNumRows(): number { return this.numRows; }
  getNumColumns(): number { return this.numColumns; }
  getLastRow(): number { return this.row + this.numRows - 1; }
  getLastColumn(): number { return this.column + this.numColumns - 1; }
  getSheet(): FakeSheet { return this.sheet; }
  getA1Notation(): string { return this._a1(); }
  /** Selects the range (and its sheet) as the user's active range. */
  activate(): this {
    this.sheet.getParent()._activate(this.sheet, this._a1());
    return this;
  }

  getValues(): unknown[][] { return this.each((c) => (c ? readValue(c.value) : '')); }
  getValue(): unknown { const c = this.sheet._cell(this.row, this.column); return c ? readValue(c.value) : ''; }
  getDisplayValues(): string[][] { return this.each((c) => (c ? String(c.value) : '')); }
  setValues(values: unknown[][]): this {
    const tz = this.sheet.getParent().getSpreadsheetTimeZone();
    return this.write(values, (cell, v) => writeCell(cell, v, tz));
  }
  setValue(value: unknown): this {
    const tz = this.sheet.getParent().getSpreadsheetTimeZone();
    return this.fill((cell) => writeCell(cell, value, tz));
  }
  getFormulas(): string[][] { return this.each((c) => c?.formula ?? ''); }
  getNotes(): string[][] { return this.each((c) => c?.note ?? ''); }
  getNote(): string { return this.sheet._cell(this.row, this.column)?.note ?? ''; }
  setNotes(notes: (string | null)[][]): this { return this.write(notes, (cell, v) => { cell.note = v === null || v === undefined ? '' : String(v); }); }
  setNote(note: string | null): this { return this.fill((cell) => { cell.note = note ?? ''; }); }
  clearNote(): this { return this.fill((cell) => { cell.note = ''; }); }
  clearContent(): this { return this.fill((cell) => { cell.value = ''; delete cell.formula; }); }

  getBackgrounds(): string[][] { return this.each((c) => c?.background ?? DEFAULT_BACKGROUND); }
  getBackground(): string { return this.sheet._cell(this.row, this.column)?.background ?? DEFAULT_BACKGROUND; }
  setBackgrounds(colors: (string | null)[][]): this { return this.write(colors, (cell, v) => { cell.background = v === null ? undefined : String(v); }); }
  setBackground(color: string | null): this { return this.fill((cell) => { cell.background = color ?? undefined; }); }

  getFontWeights(): string[][] { return this.each((c) => c?.fontWeight ?? 'normal'); }
  getFontWeight(): string { return this.sheet._cell(this.row, this.column)?.fontWeight ?? 'normal'; }
  setFontWeights(weights: (string | null)[][]): this { return this.write(weights, (cell, v) => { cell.fontWeight = v === null ? undefined : String(v); }); }
  setFontWeight(weight: string | null): this { return this.fill((cell) => { cell.fontWeight = weight ?? undefined; }); }

  getNumberFormats(): string[][] { return this.each((c) => c?.numberFormat ?? DEFAULT_FORMAT); }
  getNumberFormat(): string { return this.sheet._cell(this.row, this.column)?.numberFormat ?? DEFAULT_FORMAT; }
  setNumberFormats(formats: string[][]): this { return this.write(formats, (cell, v) => { cell.numberFormat = String(v); }); }
  setNumberFormat(format: string): this { return this.fill((cell) => { cell.numberFormat = format; }); }

  getWraps(): boolean[][] { return this.each((c) => c?.wrap ?? false); }
  setWrap(wrap: boolean): this { return this.fill((cell) => { cell.wrap = wrap; }); }
  getFontFamily(): string { return this.sheet._cell(this.row, this.column)?.fontFamily ?? 'Arial'; }
  setFontFamily(family: string): this { return this.fill((cell) => { cell.fontFamily = family; }); }
  setHorizontalAlignment(alignment: string): this { return this.fill((cell) => { cell.horizontalAlignment = alignment; }); }
  setVerticalAlignment(): this { return this; }

  getDataValidation(): FakeDataValidation | null { return this.sheet._cell(this.row, this.column)?.validation ?? null; }
  getDataValidations(): (FakeDataValidation | null)[][] { return this.each((c) => c?.validation ?? null); }
  setDataValidation(rule: FakeDataValidation | null): this { return this.fill((cell) => { cell.validation = rule; }); }
  clearDataValidations(): this { return this.setDataValidation(null); }

  _a1(): string {
    const start = `${columnLetter(this.column)}${this.row}`;
    return this.numRows === 1 && this.numColumns === 1 ? start : `${start}:${columnLetter(this.getLastColumn())}${this.getLastRow()}`;
  }
  _sheetName(): string { return this.sheet._name(); }
}

let nextSheetId = 1;

export class FakeSheet {
  /** rows[r - 1][c - 1]; rows and cells are created on first write. */
  private rows: (CellData | undefined)[][] = [];
  private maxRows = DEFAULT_ROWS;
  private maxColumns = DEFAULT_COLUMNS;
  private frozenRows = 0;
  private readonly widths = new Map<number, number>();
  private rules: FakeConditionalFormatRule[] = [];
  private protections: FakeProtection[] = [];
  private readonly id = nextSheetId++;

  constructor(private readonly parent: FakeSpreadsheet, private name: string) {
    return counted(this, 'Sheet');
  }

  getName(): string { return this.name; }
  setName(name: string): this { this.name = name; return this; }
  getSheetId(): number { return this.id; }
  getIndex(): number { return this.parent._indexOf(this) + 1; }
  getParent(): FakeSpreadsheet { return this.parent; }
  getMaxRows(): number { return this.maxRows; }
  getMaxColumns(): number { return this.maxColumns; }

  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if ((this.rows[r - 1] ?? []).some(hasContent)) return r;
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) if (hasContent(line[c - 1])) { last = c; break; }
    }
    return last;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') return this._rangeFromA1(a);
    const rows = numRows ?? 1;
    const cols = numColumns ?? 1;
    for (const n of [a, column, rows, cols]) {
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error('Exception: The parameters (number,number,number,number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    }
    if (a < 1) throw new Error('Exception: The starting row of the range is too small.');
    if ((column as number) < 1) throw new Error('Exception: The starting column of the range is too small.');
    if (rows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    return this._range(Math.floor(a), Math.floor(column as number), Math.floor(rows), Math.floor(cols));
  }

  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** Writes one row below the last row with content, adding a row when the sheet is full (as Sheets does). */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw new Error('Exception: The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    this._range(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (howMany < 1) throw new Error('Exception: The number of rows to insert must be at least 1.');
    if (this.rows.length > afterPosition) this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (this.maxRows - howMany < Math.max(1, this.frozenRows) && rowPosition > this.frozenRows) {
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    }
    if (howMany >= this.maxRows) throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.maxColumns) throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this.rows) if (line && line.length > afterPosition) line.splice(afterPosition, 0, ...new Array(howMany).fill(undefined));
    this.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): void { this.frozenRows = rows; }
  getFrozenRows(): number { return this.frozenRows; }
  setColumnWidth(column: number, width: number): this { this.widths.set(column, width); return this; }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number { return this.widths.get(column) ?? DEFAULT_WIDTH; }

  clear(): this { this.rows = []; return this; }
  clearContents(): this {
    for (const line of this.rows) for (const c of line ?? []) if (c) { c.value = ''; delete c.formula; }
    return this;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] { return [...this.rules]; }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw new Error('Exception: The parameters don\'t match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.');
    this.rules = [...rules]; // replaces every rule of the sheet, as the real service does
  }
  clearConditionalFormatRules(): void { this.rules = []; }

  protect(): FakeProtection {
    const existing = this.protections.find((p) => p.getProtectionType() === ProtectionType.SHEET);
    if (existing) return existing;
    const p = new FakeProtection(this, ProtectionType.SHEET);
    this.protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] { return this.protections.filter((p) => p.getProtectionType() === type); }

  /** Makes this the active sheet (its selection is left to Sheets: A1 here). */
  activate(): this {
    this.parent._activate(this, null);
    return this;
  }

  // ---- test helpers (not counted) ----
  _name(): string { return this.name; }
  _access(): { owner: string | null; editors: string[]; domain: string | null; me: string } { return this.parent._access(); }
  /** Sheets refuses an edit of a protected sheet by someone the protection does not list. */
  _guardEdit(): void {
    const me = this.parent._access().me;
    if (this.protections.some((p) => !p._canEdit(me))) {
      throw new Error('Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
  }
  _removeProtection(id: number): void { this.protections = this.protections.filter((p) => p._id() !== id); }
  _cell(row: number, column: number): CellData | undefined { return this.rows[row - 1]?.[column - 1]; }
  _cellForWrite(row: number, column: number): CellData {
    const line = (this.rows[row - 1] ??= []);
    for (let r = this.rows.length - 2; r >= 0 && this.rows[r] === undefined; r--) this.rows[r] = [];
    return (line[column - 1] ??= { value: '' });
  }
  _range(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  _rangeFromA1(a1: string): FakeRange {
    const m = /^([A-Z]+)?(\d+)?(?::([A-Z]+)?(\d+)?)?$/i.exec(a1.trim());
    if (!m || (!m[1] && !m[2])) throw new Error(`Exception: Range not found`);
    const c1 = m[1] ? columnNumber(m[1]) : 1;
    const r1 = m[2] ? Number(m[2]) : 1;
    const hasEnd = a1.includes(':');
    const c2 = hasEnd ? (m[3] ? columnNumber(m[3]) : this.maxColumns) : c1;
    const r2 = hasEnd ? (m[4] ? Number(m[4]) : this.maxRows) : r1;
    return this._range(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  }
  /** The whole used area as values, like getDataRange().getValues(), uncounted. */
  _values(): unknown[][] { return this.getDataRange().getValues(); }
  _rules(): FakeConditionalFormatRule[] { return this.rules; }
  _protections(): FakeProtection[] { return this.protections; }
  _widths(): Map<number, number> { return this.widths; }
  /** Fills the sheet from A1 with a grid, growing it as needed (uncounted: like typing it in). */
  _fill(grid: unknown[][]): void {
    this.maxRows = Math.max(this.maxRows, grid.length);
    this.maxColumns = Math.max(this.maxColumns, ...grid.map((r) => r.length));
    grid.forEach((line, i) => line.forEach((v, j) => {
      if (v === '' || v === null || v === undefined) return;
      this._cellForWrite(i + 1, j + 1).value = isDate(v) ? new Date(v.getTime()) : v;
    }));
  }
}

export interface Toast {
  message: string;
  title: string;
  timeout: number | undefined;
}

export class FakeSpreadsheet {
  private sheets: FakeSheet[] = [];
  readonly toasts: Toast[] = [];

  private active: { sheet: FakeSheet; a1: string | null } | null = null;
  /** Uncounted record of Range.activate calls, `Sheet!A1`, for tests. */
  readonly activations: string[] = [];

  constructor(private readonly name = 'ITA', firstSheet: string | null = 'Sheet1') {
    if (firstSheet) this.sheets.push(new FakeSheet(this, firstSheet));
    return counted(this, 'Spreadsheet');
  }

  /**
   * Uncounted: who shares the workbook (Spreadsheet.getEditors / getViewers; the owner is an
   * editor), who owns it, its Google Workspace domain (null: a consumer account), and who runs
   * the script (`me`: Session's user, set by createFakeGas).
   */
  readonly people: { editors: string[]; viewers: string[]; owner: string | null; domain: string | null } =
    { editors: ['staff@example.go.th'], viewers: [], owner: 'staff@example.go.th', domain: null };
  _me: () => string = () => this.people.owner ?? '';
  _access(): { owner: string | null; editors: string[]; domain: string | null; me: string } {
    return { owner: this.people.owner, editors: this.people.editors, domain: this.people.domain, me: this._me() };
  }
  getOwner(): FakeUser | null { return this.people.owner ? new FakeUser(this.people.owner) : null; }
  getName(): string { return this.name; }
  getId(): string { return 'fake-spreadsheet-id'; }
  getEditors(): FakeUser[] { return this.people.editors.map((e) => new FakeUser(e)); }
  getViewers(): FakeUser[] { return this.people.viewers.map((e) => new FakeUser(e)); }
  getSheets(): FakeSheet[] { return [...this.sheets]; }
  getNumSheets(): number { return this.sheets.length; }
  getSheetByName(name: string): FakeSheet | null { return this.sheets.find((s) => s._name() === name) ?? null; }
  /** Uncounted: the user's selection, as Sheet.activate / Range.activate set it. */
  _activate(sheet: FakeSheet, a1: string | null): void {
    this.active = { sheet, a1 };
    if (a1 !== null) this.activations.push(`${sheet.getName()}!${a1}`);
  }

  getActiveSheet(): FakeSheet { return this.active?.sheet ?? this.sheets[0]; }
  /** The selected range: what Range.activate chose, else A1 of the active sheet. */
  getActiveRange(): FakeRange { return this.getActiveSheet().getRange(this.active?.a1 ?? 'A1'); }
  getSpreadsheetLocale(): string { return 'th_TH'; }
  private timeZone = 'Asia/Bangkok';
  getSpreadsheetTimeZone(): string { return this.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone }); // throws on an unknown zone, as Sheets refuses it
    this.timeZone = timezone;
  }

  insertSheet(name?: string | number, index?: number): FakeSheet {
    const sheetName = typeof name === 'string' ? name : `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s._name() === sheetName)) {
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const at = typeof name === 'number' ? name : index ?? this.sheets.length;
    const sheet = new FakeSheet(this, sheetName);
    this.sheets.splice(Math.max(0, Math.min(at, this.sheets.length)), 0, sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    sheet._guardEdit();
    if (this.sheets.length === 1) throw new Error('Exception: You can\'t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((s) => s.getSheetId() !== sheet.getSheetId());
  }

  toast(message: string, title = '', timeout?: number): void {
    this.toasts.push({ message: String(message), title: String(title), timeout });
  }

  // ---- test helpers ----
  _indexOf(sheet: FakeSheet): number { return this.sheets.findIndex((s) => s.getSheetId() === sheet.getSheetId()); }
  _sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x._name() === name);
    if (!s) throw new Error(`test: no sheet ${name}`);
    return s;
  }
  _sheetNames(): string[] { return this.sheets.map((s) => s._name()); }
  /** Test helper: a sheet filled with a grid from A1 (uncounted, like typing it in). */
  _addSheet(name: string, grid: unknown[][]): FakeSheet {
    const sheet = new FakeSheet(this, name);
    this.sheets.push(sheet);
    sheet._fill(grid);
    return sheet;
  }
}

export class FakeSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };

  constructor(private readonly active: FakeSpreadsheet, private readonly ui: unknown) {
    return counted(this, 'SpreadsheetApp');
  }
  getActiveSpreadsheet(): FakeSpreadsheet { return this.active; }
  getActive(): FakeSpreadsheet { return this.active; }
  getUi(): unknown { return this.ui; }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder { return new FakeConditionalFormatRuleBuilder(); }
  newDataValidation(): FakeDataValidationBuilder { return new FakeDataValidationBuilder(); }
  flush(): void { /* writes are immediate in memory */ }
}
