/**
 * Every user-facing string lives in this folder: one catalog per area, Thai first with
 * English beside it. `{name}` placeholders are filled by `t`/`msg`.
 */
import { CORE_STRINGS } from './core';
import { CALENDAR_STRINGS } from './calendar';
import { REPORT_STRINGS } from './report';
import { ADDON_STRINGS } from './addon';
import { SAFE_INPUT_STRINGS } from './safe-input';
import { DELIVERY_STRINGS } from './delivery';
import { OVERVIEW_STRINGS } from './overview';
import { PLAN_STRINGS } from './plan';
import { UNITS_STRINGS } from './units';
import { TOOL_STRINGS } from './tools';

/** The user's language (every layer above imports it from here). */
export type Lang = 'th' | 'en';

export interface Bilingual {
  th: string;
  en: string;
}

export type Catalog = Record<string, Bilingual>;

// The offline I/O strings (./io) are registered by src/node/workbook-io.ts: not in the Apps Script bundle.
const CATALOG: Catalog = { ...CORE_STRINGS, ...CALENDAR_STRINGS, ...REPORT_STRINGS, ...ADDON_STRINGS, ...DELIVERY_STRINGS, ...OVERVIEW_STRINGS,
  ...SAFE_INPUT_STRINGS, ...PLAN_STRINGS, ...TOOL_STRINGS, ...UNITS_STRINGS };

/** Adds an area's catalog (report, add-on, sidebar). Keys must be unique across areas. */
export function registerStrings(catalog: Catalog): void {
  for (const key of Object.keys(catalog)) {
    if (key in CATALOG && CATALOG[key] !== catalog[key]) throw new Error(`duplicate string key: ${key}`);
    CATALOG[key] = catalog[key];
  }
}

export type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Both languages of a message, placeholders filled. */
export function msg(key: string, params: Params = {}): Bilingual {
  const entry = CATALOG[key];
  if (!entry) throw new Error(`unknown string key: ${key}`);
  return { th: fill(entry.th, params), en: fill(entry.en, params) };
}

/** One language of a message. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  return msg(key, params)[lang];
}
