/**
 * Unit sheets in Sheets (issue 21): แยกชีตมาตรการตามหน่วยงาน (split), รวมชีตมาตรการ (merge) and
 * ป้องกันข้อมูลตามหน่วยงาน (protect; it splits first when needed). The moves are planned in
 * core (unit-sheets-plan.ts) and written here: each sheet written whole in one setValues and
 * one setNotes (a row's formulas and cell notes go with it), so the calls grow with the units,
 * never with the rows.
 */
import type { Lang, Problem, WorkbookGrids } from '../core/engine/types';
import type { Bilingual } from '../core/i18n';
import { COLOURS, SHEETS, STATUS_LABELS } from '../core/workbook/template';
import { findSheetName, normalizeName } from '../core/workbook/sheets';
import { applyUnitSheetsPlan, planMerge, planSplit, type SheetWrite, type UnitSheetsPlan } from '../core/workbook/unit-sheets-plan';
import { isUnitSheetName } from '../core/workbook/unit-sheets';
import { planProtection, type ProtectionPlan } from '../core/workbook/unit-protection';
import { tr } from './lang';
import { readWorkbookGrids, sheetsByName, withDocumentLock } from './workbook';
import { matchHeader, THAI_FONT } from './template-sheets';
import { applyRules, measureRuleSpecs } from './format-rules';
import { withProgressToast } from './progress';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UnitSheetsOutcome {
  ok: boolean;
  problems: Problem[];
  /** What was done, in both languages (the dialog shows the user's, the sidebar its own). */
  message: Bilingual;
  moved: number;
  created: string[];
  removed: string[];
  protectedSheets: number;
}

const both = (text: (lang: Lang) => string): Bilingual => ({ th: text('th'), en: text('en') });

const failed = (problems: Problem[]): UnitSheetsOutcome => ({ ok: false, problems, message: { th: '', en: '' }, moved: 0, created: [], removed: [], protectedSheets: 0 });

/** Refuses (before anything is written) when the person cannot edit a sheet the plan writes. */
function uneditable(sheets: Map<string, Sheet>, names: string[], lang: Lang): Problem[] {
  const out: Problem[] = [];
  for (const name of names) {
    const sheet = sheets.get(name);
    if (!sheet) continue;
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
      if (!p.isWarningOnly() && !p.canEdit()) {
        const text = tr(lang, 'units.cannotEdit', { sheet: name });
        out.push({ sheet: name, cell: '', code: 'cannotEdit', message: { th: text, en: text } });
      }
    }
  }
  return out;
}

/** A measures sheet's look for a new unit sheet: header bold and coloured, frozen, widths, Sarabun, status rules and dropdown. */
function dressUnitSheet(sheet: Sheet, header: unknown[], rows: number, lang: Lang): void {
  const width = Math.max(header.length, 1);
  sheet.getRange(1, 1, Math.max(rows, 1), width).setFontFamily(THAI_FONT);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(COLOURS.header).setWrap(true);
  sheet.setFrozenRows(1);
  const columns = matchHeader(header, SHEETS.measures);
  for (const c of SHEETS.measures.columns) if (columns[c.key] > 0) sheet.setColumnWidth(columns[c.key], c.width);
  dressMeasureColumns(sheet, columns, lang);
}

/** The status dropdown and our conditional-format rules (status colours, overdue) on a measures sheet. */
export function dressMeasureColumns(sheet: Sheet, columns: Record<string, number>, lang: Lang): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  if (columns.status > 0) {
    const statuses = Object.values(STATUS_LABELS) as string[];
    sheet.getRange(2, columns.status, rows, 1).setDataValidation(SpreadsheetApp.newDataValidation()
      .requireValueInList(statuses, true).setAllowInvalid(true).setHelpText(tr(lang, 'validation.status')).build());
  }
  if (columns.status > 0 && columns.measure > 0 && columns.year > 0 && columns.timeline > 0) applyRules({ sheet } as Parameters<typeof applyRules>[0], measureRuleSpecs(columns));
}

/** Writes a plan: each sheet whole (values with its rows' formulas, and their notes), then clears and deletes. */
export function writeUnitSheetsPlan(ss: Spreadsheet, sheets: Map<string, Sheet>, plan: UnitSheetsPlan, lang: Lang): void {
  // Formulas and notes of every source sheet, one read each.
  const sourceNames = new Set(plan.writes.flatMap((w) => w.sources.filter((s) => s !== null).map((s) => (s as { sheet: string }).sheet)));
  const formulas = new Map<string, string[][]>();
  const notes = new Map<string, string[][]>();
  for (const name of sourceNames) {
    const sheet = sheets.get(name);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    formulas.set(name, range.getFormulas());
    notes.set(name, range.getNotes());
  }
  for (const w of plan.writes) writeSheet(ss, sheets, w, formulas, notes, lang);
  for (const name of plan.cleared) {
    const sheet = sheets.get(name);
    const last = sheet ? sheet.getLastRow() : 0;
    const width = sheet ? sheet.getLastColumn() : 0;
    if (sheet && last > 1 && width > 0) sheet.getRange(2, 1, last - 1, width).clearContent().clearNote();
  }
  for (const name of plan.removed) {
    const sheet = sheets.get(name);
    if (sheet) {
      ss.deleteSheet(sheet);
      sheets.delete(name);
    }
  }
}

function writeSheet(ss: Spreadsheet, sheets: Map<string, Sheet>, w: SheetWrite, formulas: Map<string, string[][]>, notes: Map<string, string[][]>, lang: Lang): void {
  let sheet = sheets.get(w.sheet);
  if (!sheet) {
    sheet = ss.insertSheet(w.sheet, sheets.size);
    sheets.set(w.sheet, sheet);
  }
  const rows = w.grid.length;
  const width = Math.max(1, ...w.grid.map((r) => r.length));
  const values = w.grid.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  const cellNotes = values.map((r) => r.map(() => ''));
  w.sources.forEach((source, i) => {
    if (!source) return;
    const map = w.columns[source.sheet] ?? [];
    const f = formulas.get(source.sheet)?.[source.row - 1];
    const n = notes.get(source.sheet)?.[source.row - 1];
    for (let j = 0; j < width; j++) {
      const from = map[j] ?? -1;
      if (from < 0) continue;
      if (f && f[from]) values[i][j] = f[from];
      if (n && n[from]) cellNotes[i][j] = n[from];
    }
  });
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, rows, width);
  range.setValues(values);
  if (cellNotes.some((r) => r.some((n) => n !== ''))) range.setNotes(cellNotes);
  if (w.created) dressUnitSheet(sheet, values[0], rows, lang);
}

const skippedText = (lang: Lang, skipped: number): string => (skipped > 0 ? tr(lang, 'units.skipped', { count: skipped }) : '');

/**
 * Moves rows between the shared sheet and the unit sheets, under the document lock: one read,
 * the plan in core, nothing written when it has problems or touches a sheet the person cannot
 * edit, then one write per sheet.
 */
function moveRows(ss: Spreadsheet, lang: Lang, startKey: string, makePlan: (grids: WorkbookGrids) => UnitSheetsPlan,
  touched: (plan: UnitSheetsPlan) => string[], done: (l: Lang, plan: UnitSheetsPlan) => string): UnitSheetsOutcome {
  return withProgressToast(ss, tr(lang, 'title'), tr(lang, startKey), () => withDocumentLock(() => {
    const sheets = sheetsByName(ss);
    const plan = makePlan(readWorkbookGrids(ss, sheets));
    if (plan.problems.length) return failed(plan.problems);
    const locked = uneditable(sheets, [...plan.writes.map((w) => w.sheet), ...touched(plan)], lang);
    if (locked.length) return failed(locked);
    writeUnitSheetsPlan(ss, sheets, plan, lang);
    return {
      ok: true, problems: [], moved: plan.moved, created: plan.created, removed: plan.removed, protectedSheets: 0,
      message: both((l) => done(l, plan)),
    };
  }));
}

/** Split: every shared row to its unit's sheet. */
export function splitUnits(ss: Spreadsheet, lang: Lang): UnitSheetsOutcome {
  return moveRows(ss, lang, 'units.splitStart', planSplit, (plan) => plan.cleared,
    (l, plan) => tr(l, 'units.split', { moved: plan.moved, created: plan.created.length, skipped: skippedText(l, plan.skipped) }));
}

/** Merge: every unit sheet's rows back to `มาตรการ`, the unit sheets deleted. */
export function mergeUnits(ss: Spreadsheet, lang: Lang): UnitSheetsOutcome {
  return moveRows(ss, lang, 'units.mergeStart', planMerge, (plan) => plan.removed,
    (l, plan) => tr(l, 'units.merged', { moved: plan.moved, removed: plan.removed.length, skipped: skippedText(l, plan.skipped) }));
}

const emailsOf = (users: GoogleAppsScript.Base.User[]): string[] => users.map((u) => String(u.getEmail() || '').trim()).filter(Boolean);

/** Who shares the file, who owns it and who runs this: one call each (and one per person). */
function filePeople(ss: Spreadsheet) {
  const owner = ss.getOwner();
  return {
    editors: emailsOf(ss.getEditors()),
    viewers: emailsOf(ss.getViewers()),
    owner: owner ? String(owner.getEmail() || '') || null : null,
    me: String(Session.getEffectiveUser().getEmail() || ''),
  };
}

/**
 * Makes one sheet's protection exactly `editors` (and the owner): not warning-only, the people
 * not wanted removed, the missing ones added, domain-wide editing off. Idempotent: a second run
 * finds nothing to add or remove. `me` is never removed (the runner is the owner or an admin).
 */
export function protectSheet(sheet: Sheet, editors: string[], description: string, keep: (string | null)[]): void {
  const protection = sheet.protect();
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  if (protection.getDescription() !== description) protection.setDescription(description);
  const wanted = new Set([...editors, ...keep.filter((e): e is string => !!e)].map((e) => e.toLowerCase()));
  const current = emailsOf(protection.getEditors());
  const currentKeys = new Set(current.map((e) => e.toLowerCase()));
  const extra = current.filter((e) => !wanted.has(e.toLowerCase()));
  const missing = editors.filter((e) => !currentKeys.has(e.toLowerCase()));
  if (missing.length) protection.addEditors(missing);
  if (extra.length) protection.removeEditors(extra);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Applies a protection plan to the sheets it names (or only to `only`). */
export function applyProtection(sheets: Map<string, Sheet>, plan: ProtectionPlan, keep: (string | null)[], lang: Lang, only?: Set<string>): number {
  let count = 0;
  for (const p of plan.sheets) {
    if (only && !only.has(p.sheet)) continue;
    const sheet = sheets.get(p.sheet);
    if (!sheet) continue;
    const description = p.unit === null ? tr(lang, 'units.adminDescription') : tr(lang, 'units.protectDescription', { unit: p.unit });
    protectSheet(sheet, p.editors, description, keep);
    count++;
  }
  return count;
}

/** The person's view of a plan's notices (one line each). */
export function noticeLines(plan: ProtectionPlan, lang: Lang): string[] {
  const lines: string[] = [];
  if (plan.notices.length) {
    lines.push(tr(lang, 'units.notices'));
    for (const n of plan.notices) lines.push(`• ${tr(lang, `units.notice.${n.access}`, { email: n.email, place: n.place })}`);
  }
  if (plan.unitsWithoutEditors.length) lines.push(tr(lang, 'units.noEditors', { units: plan.unitsWithoutEditors.join(', ') }));
  return lines;
}

/**
 * ป้องกันข้อมูลตามหน่วยงาน: split if needed, then protect every unit sheet for its unit and the
 * admin sheets for the admins. Problems (an address that is not one, a runner who is neither
 * owner nor admin, a row that cannot be placed) stop it before anything is written.
 */
export function protectUnits(ss: Spreadsheet, lang: Lang): UnitSheetsOutcome {
  return withProgressToast(ss, tr(lang, 'title'), tr(lang, 'units.protectStart'), () => withDocumentLock(() => {
    const sheets = sheetsByName(ss);
    const grids = readWorkbookGrids(ss, sheets);
    const needsSplit = !Object.keys(grids.sheets).some(isUnitSheetName);
    const split = needsSplit ? planSplit(grids) : null;
    if (split && split.problems.length) return failed(split.problems);
    const after: WorkbookGrids = split ? applyUnitSheetsPlan(grids, split) : grids;
    const people = filePeople(ss);
    const plan = planProtection(after, people);
    if (plan.problems.length) return failed(plan.problems);
    if (split) writeUnitSheetsPlan(ss, sheets, split, lang);
    const count = applyProtection(sheets, plan, [people.me, people.owner], lang);
    const units = plan.sheets.filter((p) => p.unit !== null).length;
    const shared = plan.sheets.some((p) => p.unit === null && normalizeName(p.sheet) === normalizeName(SHEETS.measures.th));
    const lines = (l: Lang) => [
      ...(split ? [tr(l, 'units.splitFirst', { moved: split.moved, created: split.created.length })] : []),
      tr(l, 'units.protected', { units, shared: shared ? tr(l, 'units.protectedShared') : '' }),
      ...noticeLines(plan, l),
    ].join('\n\n');
    return {
      ok: true, problems: [], moved: split?.moved ?? 0, created: split?.created ?? [], removed: [], protectedSheets: count,
      message: both(lines),
    };
  }));
}

export interface UnitSheetsSetup {
  /** Unit sheets created for units that had none (a unit added after the split). */
  created: string[];
  /** Why a created sheet could not be protected (the workbook is protected by unit). */
  problems: Problem[];
}

/** Is a sheet protected for its people (not only with a warning)? */
const lockedDown = (sheet: Sheet): boolean => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => !p.isWarningOnly());

/**
 * ตั้งค่าแม่แบบ on a split workbook: a unit with no sheet gets one (the shared sheet's header),
 * every unit sheet gets the status dropdown and colours, and when the workbook is protected by
 * unit the new sheets are protected like the others. An unsplit workbook costs no call here.
 */
export function ensureUnitSheets(ss: Spreadsheet, sheets: Map<string, Sheet>, lang: Lang): UnitSheetsSetup {
  const unitSheets = [...sheets.keys()].filter(isUnitSheetName);
  if (unitSheets.length === 0) return { created: [], problems: [] };
  const grids = readWorkbookGrids(ss, sheets);
  const shared = findSheetName(grids, SHEETS.measures);
  // Only the sheets: rows typed in the shared sheet stay where they are (split moves them).
  const headerOnly: WorkbookGrids = shared === undefined ? grids : { sheets: { ...grids.sheets, [shared]: [grids.sheets[shared][0] ?? []] } };
  const plan = planSplit(headerOnly);
  if (plan.problems.length) return { created: [], problems: plan.problems };
  const protectedByUnit = unitSheets.some((name) => lockedDown(sheets.get(name) as Sheet));
  writeUnitSheetsPlan(ss, sheets, plan, lang);
  for (const name of unitSheets) {
    const header = grids.sheets[name]?.[0] ?? [];
    dressMeasureColumns(sheets.get(name) as Sheet, matchHeader(header, SHEETS.measures), lang);
  }
  if (!protectedByUnit || plan.created.length === 0) return { created: plan.created, problems: [] };
  const people = filePeople(ss);
  const protection = planProtection(applyUnitSheetsPlan(headerOnly, plan), people);
  if (protection.problems.length) return { created: plan.created, problems: protection.problems };
  applyProtection(sheets, protection, [people.me, people.owner], lang, new Set(plan.created));
  return { created: plan.created, problems: [] };
}
