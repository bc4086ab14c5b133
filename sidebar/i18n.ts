/**
 * The page's strings: the sidebar catalog plus the engine's level and status names, the import
 * card's and the district card's, looked up client-side so that the TH/EN switch needs no
 * server call. Only these catalogs are bundled (not every area's), to keep sidebar.html small.
 */
import type { Lang } from '../src/core/engine/types';
import { SIDEBAR_STRINGS } from '../src/core/i18n/sidebar';
import { CORE_STRINGS } from '../src/core/i18n/core';
import { PLAN_SIDEBAR_STRINGS } from '../src/core/i18n/plan';
import { REPORT_CARD_STRINGS } from '../src/core/i18n/report-card';
import { OVERVIEW_CARD_STRINGS, OVERVIEW_STRINGS } from '../src/core/i18n/overview';
import { SAFE_INPUT_SIDEBAR_STRINGS } from '../src/core/i18n/safe-input';
import { IMPORT_STRINGS } from '../src/core/i18n/import';
import { IMPORT_CARD_STRINGS } from '../src/core/i18n/import-card';

type Entry = { th: string; en: string };
const CATALOG: Record<string, Entry> = {
  ...CORE_STRINGS, ...SIDEBAR_STRINGS, ...REPORT_CARD_STRINGS, ...IMPORT_STRINGS, ...IMPORT_CARD_STRINGS, ...OVERVIEW_STRINGS, ...OVERVIEW_CARD_STRINGS,
  ...SAFE_INPUT_SIDEBAR_STRINGS, ...PLAN_SIDEBAR_STRINGS,
};

export type SidebarKey = keyof typeof SIDEBAR_STRINGS;

/** One string in one language, `{name}` placeholders filled; an unknown key shows itself. */
export function tr(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = CATALOG[key];
  if (!entry) return key;
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Both languages of a string, for messages kept in state across a language switch. */
export function both(key: string, params: Record<string, string | number> = {}): Entry {
  return { th: tr('th', key, params), en: tr('en', key, params) };
}
