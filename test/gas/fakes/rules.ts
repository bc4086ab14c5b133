/**
 * Fake rule builders and protection: conditional-format rules, data validation, sheet
 * protection. Built objects are immutable like the real ones; `copy()` gives a builder.
 */
import { counted } from './counter';

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

export class FakeProtection {
  private readonly id = nextProtectionId++;
  private warningOnly = false;
  private description = '';
  constructor(private readonly owner: { _removeProtection(id: number): void }, private readonly type: string) {
    return counted(this, 'Protection');
  }
  setWarningOnly(warningOnly: boolean): this { this.warningOnly = warningOnly; return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  setDescription(description: string): this { this.description = description; return this; }
  getDescription(): string { return this.description; }
  getProtectionType(): string { return this.type; }
  remove(): void { this.owner._removeProtection(this.id); }
  _id(): number { return this.id; }
}
