/**
 * Fake rule builders and protection: conditional-format rules, data validation, sheet
 * protection. Built objects are immutable like the real ones; `copy()` gives a builder.
 */
import { counted } from './counter';
import { FakeUser } from './services';

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
} as const;

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
} as const;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

/** What a range in a rule must offer: the fake Range satisfies it. */
export interface RangeLike {
  getA1Notation(): string;
  _sheetName(): string;
}

export class FakeBooleanCondition {
  constructor(
    private readonly type: string,
    private readonly values: unknown[],
    private readonly background: string | null,
    private readonly fontColor: string | null,
    private readonly bold: boolean | null,
  ) {
    return counted(this, 'BooleanCondition');
  }
  getCriteriaType(): string { return this.type; }
  getCriteriaValues(): unknown[] { return [...this.values]; }
  getBackground(): string | null { return this.background; }
  getFontColor(): string | null { return this.fontColor; }
  getBold(): boolean | null { return this.bold; }
}

export class FakeConditionalFormatRule {
  constructor(private readonly state: RuleState) {
    return counted(this, 'ConditionalFormatRule');
  }
  getRanges(): RangeLike[] { return [...this.state.ranges]; }
  getBooleanCondition(): FakeBooleanCondition | null {
    const s = this.state;
    return s.type === null ? null : new FakeBooleanCondition(s.type, s.values, s.background, s.fontColor, s.bold);
  }
  getGradientCondition(): null { return null; }
  copy(): FakeConditionalFormatRuleBuilder { return new FakeConditionalFormatRuleBuilder({ ...this.state, ranges: [...this.state.ranges] }); }
  /** Test helper: the rule as plain data. */
  _describe(): { type: string | null; values: unknown[]; background: string | null; ranges: string[] } {
    const s = this.state;
    return { type: s.type, values: [...s.values], background: s.background, ranges: s.ranges.map((r) => `${r._sheetName()}!${r.getA1Notation()}`) };
  }
}

interface RuleState {
  type: string | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: RangeLike[];
}

export class FakeConditionalFormatRuleBuilder {
  private readonly state: RuleState;
  constructor(state?: RuleState) {
    this.state = state ?? { type: null, values: [], background: null, fontColor: null, bold: null, ranges: [] };
    return counted(this, 'ConditionalFormatRuleBuilder');
  }
  private when(type: string, values: unknown[]): this {
    this.state.type = type;
    this.state.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this { return this.when(BooleanCriteria.CUSTOM_FORMULA, [formula]); }
  whenTextEqualTo(text: string): this { return this.when(BooleanCriteria.TEXT_EQUAL_TO, [text]); }
  whenTextContains(text: string): this { return this.when(BooleanCriteria.TEXT_CONTAINS, [text]); }
  whenNumberBetween(a: number, b: number): this { return this.when(BooleanCriteria.NUMBER_BETWEEN, [a, b]); }
  whenNumberGreaterThanOrEqualTo(n: number): this { return this.when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]); }
  whenNumberLessThan(n: number): this { return this.when(BooleanCriteria.NUMBER_LESS_THAN, [n]); }
  setBackground(color: string | null): this { this.state.background = color; return this; }
  setFontColor(color: string | null): this { this.state.fontColor = color; return this; }
  setBold(bold: boolean | null): this { this.state.bold = bold; return this; }
  setRanges(ranges: RangeLike[]): this {
    if (!Array.isArray(ranges)) throw new Error('Exception: The parameters (Range) don\'t match the method signature for ConditionalFormatRuleBuilder.setRanges.');
    this.state.ranges = [...ranges];
    return this;
  }
  getRanges(): RangeLike[] { return [...this.state.ranges]; }
  build(): FakeConditionalFormatRule {
    if (this.state.type === null) throw new Error('Exception: A conditional format rule must have a condition.');
    return new FakeConditionalFormatRule({ ...this.state, ranges: [...this.state.ranges] });
  }
}

interface ValidationState {
  type: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation {
  constructor(private readonly state: ValidationState) {
    return counted(this, 'DataValidation');
  }
  getCriteriaType(): string | null { return this.state.type; }
  getCriteriaValues(): unknown[] { return [...this.state.values]; }
  getAllowInvalid(): boolean { return this.state.allowInvalid; }
  getHelpText(): string { return this.state.helpText; }
  copy(): FakeDataValidationBuilder { return new FakeDataValidationBuilder({ ...this.state, values: [...this.state.values] }); }
  /** Test helper: the rule as plain data (ranges as A1). */
  _describe(): { type: string | null; values: unknown[]; allowInvalid: boolean } {
    const values = this.state.values.map((v) => (v && typeof v === 'object' && '_sheetName' in v ? `${(v as RangeLike)._sheetName()}!${(v as RangeLike).getA1Notation()}` : v));
    return { type: this.state.type, values, allowInvalid: this.state.allowInvalid };
  }
}

export class FakeDataValidationBuilder {
  private readonly state: ValidationState;
  constructor(state?: ValidationState) {
    this.state = state ?? { type: null, values: [], allowInvalid: true, helpText: '' };
    return counted(this, 'DataValidationBuilder');
  }
  requireValueInList(values: string[], showDropdown = true): this {
    this.state.type = DataValidationCriteria.VALUE_IN_LIST;
    this.state.values = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: RangeLike, showDropdown = true): this {
    this.state.type = DataValidationCriteria.VALUE_IN_RANGE;
    this.state.values = [range, showDropdown];
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.state.type = DataValidationCriteria.NUMBER_BETWEEN;
    this.state.values = [start, end];
    return this;
  }
  setAllowInvalid(allow: boolean): this { this.state.allowInvalid = allow; return this; }
  setHelpText(text: string): this { this.state.helpText = text; return this; }
  build(): FakeDataValidation {
    if (this.state.type === null) throw new Error('Exception: You must specify a data validation criteria.');
    return new FakeDataValidation({ ...this.state, values: [...this.state.values] });
  }
}

let nextProtectionId = 1;

/** What a protection needs to know about its spreadsheet: who shares it, who owns it, who runs the script. */
export interface ProtectionHost {
  _removeProtection(id: number): void;
  _access(): { owner: string | null; editors: string[]; domain: string | null; me: string };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const PROTECTED_MESSAGE = 'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const emailOf = (who: unknown): string => String(typeof who === 'object' && who !== null && 'getEmail' in who ? (who as { getEmail(): string }).getEmail() : who).trim();

/**
 * Sheet protection as the Apps Script reference describes it (Sheet.protect, class Protection):
 * - a new protection mirrors the spreadsheet's permissions (its editors are the file's editors,
 *   domain edit as the file's domain) until the script changes the list — it protects nothing yet;
 * - only someone who may edit the protection (the owner, or one of its editors) may read its
 *   editors or change it; the owner can never be removed (removeEditors leaves them);
 * - addEditors does not share the file (the reference: call Spreadsheet.addEditors for that): an
 *   address that is not an e-mail is refused with Drive's "Invalid email", and one that is not
 *   among the file's editors is refused too — the fake is strict here so that code adding such an
 *   address is caught; ours names those people instead (unit-protection.ts);
 * - setDomainEdit needs a spreadsheet in a Google Workspace domain (callers test canDomainEdit first).
 */
export class FakeProtection {
  private readonly id = nextProtectionId++;
  private warningOnly = false;
  private description = '';
  private editors: string[];
  private domainEdit: boolean;
  constructor(private readonly owner: ProtectionHost, private readonly type: string) {
    const access = owner._access();
    this.editors = [...access.editors];
    this.domainEdit = access.domain !== null;
    return counted(this, 'Protection');
  }
  private guard(): void {
    if (!this._canEdit(this.owner._access().me)) throw new Error(PROTECTED_MESSAGE);
  }
  setWarningOnly(warningOnly: boolean): this { this.guard(); this.warningOnly = warningOnly; return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  setDescription(description: string): this { this.guard(); this.description = description; return this; }
  getDescription(): string { return this.description; }
  getProtectionType(): string { return this.type; }
  remove(): void { this.guard(); this.owner._removeProtection(this.id); }
  canEdit(): boolean { return this._canEdit(this.owner._access().me); }
  canDomainEdit(): boolean { return this.domainEdit; }
  setDomainEdit(editable: boolean): this {
    this.guard();
    if (this.owner._access().domain === null) throw new Error('Exception: Domain edit can only be set on a spreadsheet in a Google Workspace domain.');
    this.domainEdit = editable;
    return this;
  }
  getEditors(): FakeUser[] {
    this.guard();
    const { owner } = this.owner._access();
    return [...new Set([...(owner ? [owner] : []), ...this.editors])].map((e) => new FakeUser(e));
  }
  addEditor(who: unknown): this { return this.addEditors([emailOf(who)]); }
  addEditors(emailAddresses: string[]): this {
    this.guard();
    if (!Array.isArray(emailAddresses)) throw new Error('Exception: The parameters (String) don\'t match the method signature for SpreadsheetApp.Protection.addEditors.');
    const { owner, editors } = this.owner._access();
    const fileEditors = new Set([...(owner ? [owner] : []), ...editors].map((e) => e.toLowerCase()));
    for (const raw of emailAddresses) {
      const email = String(raw).trim();
      if (!EMAIL.test(email)) throw new Error(`Exception: Invalid email: ${email}`);
      if (!fileEditors.has(email.toLowerCase())) throw new Error(`Exception: ${email} is not an editor of this spreadsheet: share the spreadsheet with them first.`);
    }
    for (const raw of emailAddresses) {
      const email = String(raw).trim();
      if (!this.editors.some((e) => e.toLowerCase() === email.toLowerCase())) this.editors.push(email);
    }
    return this;
  }
  removeEditor(who: unknown): this { return this.removeEditors([emailOf(who)]); }
  removeEditors(emailAddresses: unknown[]): this {
    this.guard();
    const gone = new Set(emailAddresses.map((e) => emailOf(e).toLowerCase()));
    const { owner } = this.owner._access();
    this.editors = this.editors.filter((e) => !gone.has(e.toLowerCase()) || e.toLowerCase() === owner?.toLowerCase());
    return this;
  }
  _id(): number { return this.id; }
  /** The owner, or a listed editor (anyone who may edit the file, while the protection is warning-only). */
  _canEdit(email: string): boolean {
    const { owner } = this.owner._access();
    const key = email.trim().toLowerCase();
    return this.warningOnly || (owner !== null && owner.toLowerCase() === key) || this.editors.some((e) => e.toLowerCase() === key);
  }
  _editors(): string[] { return [...this.editors]; }
}
