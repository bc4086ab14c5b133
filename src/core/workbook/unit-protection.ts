/**
 * Protection by unit (issue 21), as a plan: who may edit which sheet. Each unit sheet: the
 * unit's `ผู้แก้ไข` (หน่วยงาน), the district's admins (Settings `ผู้ดูแล`) and the owner; the
 * framework, settings, scores, the units list and (once split) the shared `มาตรการ` sheet: the
 * admins and the owner. The generated sheets stay warning-only (ตั้งค่าแม่แบบ does that).
 *
 * Protection cannot give access that sharing does not: a person named who is not among the
 * spreadsheet's editors is not added (Sheets refuses) and is named to the person with the cell
 * that names them. An address that is not an e-mail address is a problem with its cell, and the
 * plan protects nothing then (the person fixes the cell and runs it again).
 */
import type { Problem, WorkbookGrids } from '../engine/types';
import { SETTINGS, SHEETS, type SheetKey } from './template';
import { a1, cell, findSheetName, normalizeName, readTable } from './sheets';
import { parseWorkbook } from './workbook';
import { unitSheetNames, unitSheetResolver, isSplit } from './unit-sheets';
import { msg } from '../i18n';

/** A pragmatic check: one @, no spaces or separators, a dot in the domain. */
export const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]+$/;

/** Addresses in a cell: comma-, semicolon- or line-separated (spaces too). */
export const splitAddresses = (value: unknown): string[] => String(value ?? '').split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

/** The sheets only the admins and the owner edit once protected. */
export const ADMIN_SHEETS: SheetKey[] = ['settings', 'units', 'indicators', 'scores'];

export interface FilePeople {
  /** Spreadsheet.getEditors(): the owner is among them. */
  editors: string[];
  /** Spreadsheet.getViewers(): viewers and commenters. */
  viewers: string[];
  owner: string | null;
  /** Who runs the action (Session.getEffectiveUser()). */
  me: string;
}

export interface SheetProtection {
  sheet: string;
  /** The unit of a unit sheet; null for an admin sheet. */
  unit: string | null;
  /** Who may edit it besides the owner (only people who are editors of the file). */
  editors: string[];
}

/** A person named in a cell who cannot edit the spreadsheet at all. */
export interface AccessNotice {
  email: string;
  /** `หน่วยงาน!H5`, `ตั้งค่า!B17`. */
  place: string;
  /** viewer: can open the file but not edit it; none: cannot open it. */
  access: 'viewer' | 'none';
}

export interface ProtectionPlan {
  problems: Problem[];
  sheets: SheetProtection[];
  notices: AccessNotice[];
  /** Units with no editor who can edit the file: their sheet is the admins' alone. */
  unitsWithoutEditors: string[];
  admins: string[];
}

const lower = (s: string) => s.trim().toLowerCase();

/**
 * The plan for a workbook that is split (the add-on splits first when it is not). `grids` are
 * the workbook as it will be, its unit sheets present.
 */
export function planProtection(grids: WorkbookGrids, people: FilePeople): ProtectionPlan {
  const problems: Problem[] = [];
  const notices: AccessNotice[] = [];
  const fileEditors = new Set([...people.editors, ...(people.owner ? [people.owner] : [])].map(lower));
  const fileViewers = new Set(people.viewers.map(lower));
  /** The addresses of a cell that can be protection editors; the others are problems or notices. */
  const usable = (sheet: string, ref: string, raw: unknown): string[] => {
    const out: string[] = [];
    for (const email of splitAddresses(raw)) {
      if (!EMAIL.test(email)) {
        problems.push({ sheet, cell: ref, code: 'notAnEmail', message: msg('problem.notAnEmail', { value: email }) });
        continue;
      }
      if (fileEditors.has(lower(email))) out.push(email);
      else if (!notices.some((n) => lower(n.email) === lower(email) && n.place === `${sheet}!${ref}`)) {
        notices.push({ email, place: `${sheet}!${ref}`, access: fileViewers.has(lower(email)) ? 'viewer' : 'none' });
      }
    }
    return out;
  };

  // Settings ผู้ดูแล: the admins.
  const admins: string[] = [];
  const settings = readTable(grids, SHEETS.settings, problems);
  const adminSpec = SETTINGS.find((s) => s.key === 'admins');
  if (settings && adminSpec) {
    const keys = [adminSpec.th, adminSpec.en].map(normalizeName);
    for (const row of settings.rows) {
      if (!keys.includes(normalizeName(cell(settings, row, 'key')))) continue;
      admins.push(...usable(settings.sheet, a1(row.row, settings.columns.value + 1), cell(settings, row, 'value')));
    }
  }
  // หน่วยงาน ผู้แก้ไข: each unit's editors.
  const unitsTable = readTable(grids, SHEETS.units, problems);
  const editorsOf = new Map<string, string[]>();
  const { workbook } = parseWorkbook(grids);
  if (unitsTable) {
    const column = unitsTable.columns.editors;
    for (const unit of workbook.units) {
      const row = unitsTable.rows.find((r) => r.row === unit.row);
      if (!row) continue;
      editorsOf.set(unit.name, column < 0 ? [] : usable(unitsTable.sheet, a1(row.row, column + 1), row.values[column]));
    }
  }
  const me = lower(people.me);
  const isOwner = people.owner !== null && lower(people.owner) === me;
  if (!isOwner && !admins.some((a) => lower(a) === me)) {
    problems.push({ sheet: settings?.sheet ?? SHEETS.settings.th, cell: '', code: 'protectNotAdmin', message: msg('problem.protectNotAdmin', { me: people.me || '?' }) });
  }

  const unique = (list: string[]) => [...new Map(list.map((e) => [lower(e), e])).values()];
  const sheets: SheetProtection[] = [];
  const resolve = unitSheetResolver(workbook.units.map((u) => u.name));
  const unitsWithoutEditors: string[] = [];
  for (const sheet of unitSheetNames(grids)) {
    const unit = resolve(sheet);
    if (unit === undefined) continue; // an orphan sheet is already named by every check
    const own = editorsOf.get(unit) ?? [];
    if (own.length === 0) unitsWithoutEditors.push(unit);
    sheets.push({ sheet, unit, editors: unique([...own, ...admins]) });
  }
  const adminSheets: SheetKey[] = isSplit(grids) ? [...ADMIN_SHEETS, 'measures'] : ADMIN_SHEETS;
  for (const key of adminSheets) {
    const name = findSheetName(grids, SHEETS[key]);
    if (name !== undefined) sheets.push({ sheet: name, unit: null, editors: unique(admins) });
  }
  return { problems, sheets, notices, unitsWithoutEditors, admins: unique(admins) };
}
