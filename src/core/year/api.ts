/**
 * The sidebar's year functions (issue 20): start the new fiscal year, the library of measures.
 * Apps Script implements them in src/gas/year.ts, the offline sidebar server in
 * src/node/sidebar-server.ts; they join the sidebar's contract (views/sidebar-api.ts).
 */
import type { Bilingual } from '../i18n';
import { msg } from '../i18n';
import type { LibraryEntry, LibraryIndicator } from './library';
import { newYearLines, type NewYearPlan } from './new-year';

export interface NewYearRequest {
  year: number;
  /** One unit; absent or '': every unit. */
  unit?: string | null;
  /** Only say what it would add. */
  dryRun: boolean;
}

export interface NewYearResult {
  /** What it adds (or would add), line by line, in each language. */
  lines: { th: string[]; en: string[] };
  written: boolean;
  problems: Bilingual[];
}

export interface LibraryData {
  indicators: LibraryIndicator[];
  entries: LibraryEntry[];
}

export interface LibraryPickRequest {
  unit: string;
  /** The fiscal year of the measure (the ITA year of an approach is the year before). */
  year: number;
  /** An entry's id, or `<indicator>.approach`. */
  id: string;
}

export interface LibraryPickResult {
  message: Bilingual;
  /** The cell written, e.g. `มาตรการ!A31`. */
  cell: string;
}

export interface YearApi {
  sidebarNewYear(request: NewYearRequest): NewYearResult;
  /** The library of measures, loaded when the person opens it (it is not in the page's first load). */
  sidebarLibrary(): LibraryData;
  sidebarAddFromLibrary(request: LibraryPickRequest): LibraryPickResult;
}

export const YEAR_FUNCTIONS = ['sidebarNewYear', 'sidebarLibrary', 'sidebarAddFromLibrary'] as const;

/** A new-year request from the page (any JSON), checked: null when it cannot be one. */
export function newYearRequest(value: unknown): NewYearRequest | null {
  const o = value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  if (!o || typeof o.year !== 'number' || !Number.isInteger(o.year)) return null;
  return { year: o.year, unit: typeof o.unit === 'string' ? o.unit : null, dryRun: o.dryRun !== false };
}

export function pickRequest(value: unknown): LibraryPickRequest | null {
  const o = value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  if (!o || typeof o.unit !== 'string' || typeof o.id !== 'string' || typeof o.year !== 'number' || !Number.isInteger(o.year)) return null;
  return { unit: o.unit, year: o.year, id: o.id };
}

export function newYearResult(plan: NewYearPlan, written: boolean): NewYearResult {
  return { lines: { th: newYearLines(plan, 'th'), en: newYearLines(plan, 'en') }, written, problems: plan.problems };
}

/** The entry or the indicator's approach an id names, in the library given. */
export function libraryItem(data: LibraryData, id: string): { entry: LibraryEntry } | { indicator: LibraryIndicator } | null {
  const key = String(id ?? '').trim().toLowerCase();
  const entry = data.entries.find((e) => e.id.toLowerCase() === key);
  if (entry) return { entry };
  const approach = /^(\d+)\.approach$/.exec(key);
  const indicator = approach ? data.indicators.find((i) => i.code === approach[1]) : undefined;
  return indicator ? { indicator } : null;
}

export const pickMessage = (kind: 'measure' | 'approach', cell: string, text: string): Bilingual =>
  msg(kind === 'measure' ? 'library.added' : 'library.approachAdded', { cell, text });
