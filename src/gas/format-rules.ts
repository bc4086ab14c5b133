/**
 * Conditional-format rules: status colours and overdue measures on Measures, level-band
 * colours on Scores. They live in the sheet, so colours stay right while people type.
 *
 * setConditionalFormatRules replaces ALL of a sheet's rules, so we read the rules, drop
 * only ours (recognised by a marker, N("ita-tracker:…") which is 0 and changes nothing),
 * append the current ones and write back: the user's rules are kept in front (they win),
 * ours never pile up, and a moved column gets its rule moved too.
 */
import type { GradeBands } from '../core/engine/types';
import { COLOURS } from '../core/workbook/template';
import { columnLetter } from '../core/workbook/sheets';
import { STATUS_PATTERNS } from '../core/engine/measure-fields';
import type { EnsuredSheet } from './template-sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const RULE_MARKER = 'ita-tracker:';

export interface RuleSpec {
  id: string;
  formula: string;
  background: string;
  /** 1-based first column and number of columns; rows are always 2…max. */
  column: number;
  width: number;
}

const marked = (id: string, condition: string): string => `=AND(N("${RULE_MARKER}${id}")=0,${condition})`;

/** An engine pattern as an RE2 literal in a formula (the patterns hold no double quote). */
const re = (pattern: RegExp): string => `"${pattern.source}"`;

/**
 * Measures: the status cell coloured by status (rows with a measure only), and the whole
 * row highlighted when overdue. The status is tested with the engine's own patterns
 * (STATUS_PATTERNS) on the same compact text — lower case, no spaces, no trailing full stop —
 * and in the engine's order (Sheets applies the first rule that matches): ยกเลิก, not
 * started (also blank), in progress, done; so every variant README lists gets its colour.
 * The due date follows the engine for the common timelines: a date, "ไตรมาส(ที่) N" (last
 * quarter named, Thai or Arabic digit), "ทุกไตรมาส"/"ตลอดปี" (end of the fiscal year). Other
 * wordings are not highlighted here; the report and the sidebar use the engine's full reading.
 * Neither a done nor a cancelled measure is overdue.
 */
export function measureRuleSpecs(columns: Record<string, number>): RuleSpec[] {
  const col = (key: string) => `$${columnLetter(columns[key])}2`;
  const status = `REGEXREPLACE(LOWER(TO_TEXT(${col('status')})),"\\s+|[.。]+$","")`;
  const is = (pattern: RegExp) => `REGEXMATCH(${status},${re(pattern)})`;
  const cancelled = is(STATUS_PATTERNS.cancelled);
  const done = `OR(${STATUS_PATTERNS.done.map(is).join(',')})`;
  const hasMeasure = `LEN(TO_TEXT(${col('measure')}))>0`;
  const year = col('year');
  const timeline = `TO_TEXT(${col('timeline')})`;
  const quarter = `MOD(FIND(REGEXEXTRACT(${timeline},"ไตรมาส(?:ที่)?\\s*(?:[1-4๑-๔]\\s*(?:-|–|,|และ|ถึง)\\s*)*([1-4๑-๔])"),"1234๑๒๓๔")-1,4)+1`;
  const due = `IF(ISNUMBER(${col('timeline')}),${col('timeline')},IF(REGEXMATCH(${timeline},"ทุกไตรมาส|ตลอดปี"),DATE(${year}-543,9,30),EOMONTH(DATE(${year}-544,9,1),3*(${quarter}))))`;
  const statusColumn = columns.status;
  const width = Math.max(...Object.values(columns));
  const statusRule = (id: string, condition: string, background: string): RuleSpec =>
    ({ id, formula: marked(id, `${hasMeasure},${condition}`), background, column: statusColumn, width: 1 });
  return [
    statusRule('status-cancelled', cancelled, COLOURS.status.cancelled),
    statusRule('status-not-started', `OR(LEN(${status})=0,${is(STATUS_PATTERNS.not_started)})`, COLOURS.status.not_started),
    statusRule('status-in-progress', is(STATUS_PATTERNS.in_progress), COLOURS.status.in_progress),
    statusRule('status-done', done, COLOURS.status.done),
    { id: 'overdue', formula: marked('overdue', `${hasMeasure},NOT(${done}),NOT(${cancelled}),IFERROR(${due}<TODAY(),FALSE)`), background: COLOURS.overdue, column: 1, width },
  ];
}

/** Scores: each score cell coloured by the band of the grade it falls in (AA…F, from Settings). */
export function scoreRuleSpecs(columns: Record<string, number>, grades: GradeBands): RuleSpec[] {
  const cell = `$${columnLetter(columns.score)}2`;
  const band = (id: string, condition: string, background: string): RuleSpec =>
    ({ id, formula: marked(id, `ISNUMBER(${cell}),${condition}`), background, column: columns.score, width: 1 });
  return [
    band('score-excellent', `${cell}>=${grades.AA}`, COLOURS.level.excellent),
    band('score-good', `${cell}>=${grades.A},${cell}<${grades.AA}`, COLOURS.level.good),
    band('score-pass', `${cell}>=${grades.B},${cell}<${grades.A}`, COLOURS.level.pass),
    band('score-improve', `${cell}>=${grades.D},${cell}<${grades.B}`, COLOURS.level.improve),
    band('score-urgent', `${cell}<${grades.D}`, COLOURS.level.urgent),
  ];
}

/** Is this one of our rules (a custom formula carrying the marker)? */
export function isOurRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const [formula] = condition.getCriteriaValues();
  return typeof formula === 'string' && formula.includes(`N("${RULE_MARKER}`);
}

/** Replaces our rules on `sheet` by `specs`, keeping every other rule in place. One read, one write. */
export function applyRules({ sheet }: EnsuredSheet, specs: RuleSpec[]): number {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return 0;
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurRule(r));
  const ours = specs.map((s) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(s.formula)
      .setBackground(s.background)
      .setRanges([sheet.getRange(2, s.column, rows, s.width)])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...ours]);
  return ours.length;
}
