/**
 * The page's state: one `ui` object every card reads and every action changes, then `render()`
 * rebuilds the panel from it (the panel is small), so a language switch or a finished call is
 * one render. The drawing itself is registered by main.ts (panel.ts), so nothing here imports it.
 */
import type { RoundMonths } from '../src/core/engine/calendar';
import type { ReportExtras } from './report-extras';
import type { ReportResult, SidebarState } from '../src/core/views/sidebar-api';
import type { Lang, Problem } from '../src/core/engine/types';
import { tr, both } from './i18n';
import { CallError } from './api';

export type Message = { th: string; en: string };
export type Busy = null | 'load' | 'setUp' | 'rankings' | 'validate' | 'select' | 'report' | 'plan';
/** `field`: the control the message is about; correcting it removes the message. */
export type Notice = { kind: 'ok' | 'error'; text: Message; at: 'top' | 'actions' | 'report' | 'plan'; field?: string };

export interface ReportForm {
  year: number;
  /** The year field as typed; checked when the report is generated. */
  yearText: string;
  round: RoundMonths;
  memo: boolean;
  thaiDigits: boolean;
  extras: ReportExtras;
  result: ReportResult | null;
}

interface Ui {
  lang: Lang;
  data: SidebarState | null;
  /** The load failed and there is nothing to show: the panel shows the error and a retry. */
  loadError: Message | null;
  busy: Busy;
  /** The last outcome, shown in the card it belongs to. */
  notice: Notice | null;
  /** Scroll the notice into view after the next render. */
  reveal: boolean;
  problems: Problem[] | null;
  /** sidebarValidate's other answers: why the data is not ready yet, and the engine's assumptions. */
  validation: { notReady: Message | null; warnings: Problem[] } | null;
  report: ReportForm | null;
  /** The measures list is open (kept across renders). */
  measuresOpen: boolean;
  /** The control that had the keyboard focus, restored after each render (id or data-testid). */
  focus: string | null;
  /** Scroll this element into view after the next render (e.g. the problems list). */
  revealSelector: string | null;
  /** The district card is open (kept across renders). */
  overviewOpen: boolean;
}

export const LANG_KEY = 'ita.sidebar.lang';
export const ROUNDS: RoundMonths[] = [3, 6, 9, 12];

function savedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export const ui: Ui = {
  lang: savedLang(), data: null, loadError: null, busy: 'load', notice: null, reveal: false, problems: null, validation: null, report: null,
  measuresOpen: false, focus: null, revealSelector: null, overviewOpen: true,
};

export function notify(kind: Notice['kind'], text: Message, at: Notice['at'], field?: string): void {
  ui.notice = { kind, text, at, ...(field ? { field } : {}) };
  ui.reveal = true;
}

/** A fiscal year as typed: 4 digits, Arabic or Thai (๒๕๖๘), 2400–2800; null otherwise. */
export function typedYear(text: string): number | null {
  const t = text.trim().replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  const year = Number(t);
  return /^\d{4}$/.test(t) && year >= 2400 && year <= 2800 ? year : null;
}

export const L = (key: string, params: Record<string, string | number> = {}): string => tr(ui.lang, key, params);
export const pick = (m: Message): string => m[ui.lang];

/** A failed call as a message in both languages: the server's own when it sent one. */
export function errorMessage(error: unknown): Message {
  if (error instanceof CallError) {
    if (error.detail) return error.detail;
    if (error.kind === 'missing') return both('sidebar.error.noGoogle');
    const raw = error.raw.replace(/^(Exception|Error):\s*/, '').trim();
    return raw ? both('sidebar.error.server', { message: raw }) : both('sidebar.error.network');
  }
  const raw = error instanceof Error ? error.message : String(error);
  return both('sidebar.error.server', { message: raw });
}

/** The latest follow-up round that has ended by `asOf` within the fiscal year, else 6. */
export function defaultRound(fiscalYear: number, asOf: string): RoundMonths {
  const m = /^(\d{4})-(\d{2})/.exec(asOf);
  if (!m) return 6;
  const year = Number(m[1]) + 543;
  const month = Number(m[2]);
  const fy = year + (month >= 10 ? 1 : 0);
  if (fy > fiscalYear) return 12;
  if (fy < fiscalYear) return 6;
  const elapsed = (month + 2) % 12; // completed fiscal months before this one (Oct → 0)
  const done = ROUNDS.filter((r) => r <= elapsed);
  return done.length ? done[done.length - 1] : 6;
}

export const currentUnit = (): string | null => ui.data?.unit ?? null;

let renderer: () => void = () => {};

/** Registers the panel's drawing (main.ts registers panel.ts's renderPanel before the first load). */
export function setRenderer(draw: () => void): void {
  renderer = draw;
}

/** Rebuilds the panel from `ui`. */
export function render(): void {
  renderer();
}
