/**
 * The sidebar's import card (นำเข้าคะแนน): a paste box, the unit and ITA year a pasted result
 * is for (defaults: the sidebar's unit, the reporting fiscal year − 1), a preview of every
 * cell the import writes and how it differs from the sheet, then confirm. The server plans
 * (previewScoreImport) and imports (importScores) with the same core plan; the card only
 * shows it. Its state lives here; panel.ts renders it with `importCard(host)` (host: hosts.ts).
 */
import type { Lang } from '../src/core/engine/types';
import type { SidebarState } from '../src/core/views/sidebar-api';
import type { ImportNote, ScoreChange, ScoreImportPreview, ScoreImportResult } from '../src/core/score-import/plan';
import { call } from './api';
import { tr } from './i18n';
import { h, type Child } from './dom';

type Message = { th: string; en: string };

/** What the card needs from the page. */
export interface ImportHost {
  lang(): Lang;
  data(): SidebarState | null;
  /** Another action of the page is running. */
  busy(): boolean;
  render(): void;
  /** Reloads the dashboard after scores were written. */
  reload(): Promise<void>;
  errorMessage(error: unknown): Message;
}

interface CardState {
  open: boolean;
  text: string;
  /** null: the sidebar's unit. */
  unit: string | null;
  /** '' : the default year. */
  yearText: string;
  replace: boolean;
  busy: null | 'preview' | 'import';
  preview: ScoreImportPreview | null;
  /** The inputs the preview was made for: a change makes it stale. */
  previewed: string | null;
  result: ScoreImportResult | null;
  error: Message | null;
  /** Scroll the card into view and focus the paste box after the next render. */
  reveal: boolean;
}

const card: CardState = {
  open: false, text: '', unit: null, yearText: '', replace: false, busy: null, preview: null, previewed: null, result: null, error: null, reveal: false,
};

/** The ITA year a paste is for unless one is typed: the reporting fiscal year − 1 (core's defaultImportYear). */
const defaultYear = (d: SidebarState): number => d.fiscalYear - 1;
const unitOf = (d: SidebarState): string => card.unit ?? d.unit ?? '';
const request = (d: SidebarState) => ({ text: card.text, unit: unitOf(d), year: card.yearText.trim() || String(defaultYear(d)), replace: card.replace });
const inputsKey = (d: SidebarState): string => JSON.stringify({ ...request(d), replace: undefined });

/**
 * Opens the card when the menu item นำเข้าคะแนน asked for it: Apps Script appends a script
 * that sets `window.itaOpenCard` and fires `ita-open-card` (src/gas/score-import.ts).
 */
export function watchOpenRequest(host: ImportHost): void {
  const openIfAsked = () => {
    const w = window as unknown as { itaOpenCard?: string };
    if (w.itaOpenCard !== 'import') return;
    w.itaOpenCard = undefined;
    card.open = true;
    card.reveal = true;
    host.render();
  };
  window.addEventListener('ita-open-card', openIfAsked);
  openIfAsked();
}

/** After a render: the card in view, the paste box focused, when the menu opened it. */
export function revealImportCard(root: HTMLElement): void {
  if (!card.reveal) return;
  const box = root.querySelector<HTMLTextAreaElement>('#imp-text');
  if (!box) return;
  card.reveal = false;
  root.querySelector('[data-testid=import-card]')?.scrollIntoView({ block: 'start' });
  box.focus({ preventScroll: true });
}

async function preview(host: ImportHost, d: SidebarState): Promise<void> {
  await run(host, 'preview', async () => {
    // Without replace: what differs comes back as conflicts, for the card to show and ask about.
    card.preview = await call('previewScoreImport', { ...request(d), replace: false });
    card.previewed = inputsKey(d);
    card.replace = false;
  });
}

async function confirm(host: ImportHost, d: SidebarState): Promise<void> {
  if (card.previewed !== inputsKey(d)) { host.render(); return; } // only what was previewed is imported
  await run(host, 'import', async () => {
    const result = await call('importScores', request(d));
    card.result = result;
    if (result.problems.length === 0) {
      card.preview = null;
      card.previewed = null;
      card.text = '';
      await host.reload();
    } else if (card.preview) {
      card.preview = { ...card.preview, problems: result.problems };
    }
  });
}

async function run(host: ImportHost, busy: 'preview' | 'import', work: () => Promise<void>): Promise<void> {
  if (card.busy || host.busy()) return;
  card.busy = busy;
  card.error = null;
  card.result = null;
  host.render();
  try {
    await work();
  } catch (error) {
    card.error = host.errorMessage(error);
  } finally {
    card.busy = null;
    host.render();
  }
}

export function importCard(host: ImportHost): HTMLElement | null {
  const d = host.data();
  if (!d || d.missingSheets.length > 0) return null;
  const lang = host.lang();
  const L = (key: string, params: Record<string, string | number> = {}) => tr(lang, key, params);
  const note = (n: ImportNote): string => (n.text ? n.text[lang] : tr(lang, n.key, n.params as Record<string, string | number>));
  const disabled = card.busy !== null || host.busy();
  /**
   * Typing updates the controls in place instead of re-rendering: a render on "change" (when
   * the box loses focus) would replace the button being clicked and lose the click.
   */
  const typed = () => {
    card.result = null;
    previewButton.disabled = disabled || card.text.trim() === '';
    const stale = card.preview !== null && card.previewed !== inputsKey(d);
    const confirmButton = document.querySelector<HTMLButtonElement>('[data-testid=import-confirm]');
    if (confirmButton && stale) confirmButton.disabled = true;
    const note = document.querySelector<HTMLElement>('[data-testid=import-stale]');
    if (note) note.hidden = !stale;
  };

  const text = h('textarea', {
    attrs: { id: 'imp-text', rows: 6, placeholder: L('import.card.placeholder'), 'data-testid': 'import-text', disabled, spellcheck: 'false' },
    on: { input: (e) => { card.text = (e.target as HTMLTextAreaElement).value; typed(); } },
  });
  text.value = card.text;
  const unit = h('select', {
    attrs: { id: 'imp-unit', 'data-testid': 'import-unit', disabled },
    on: { change: (e) => { card.unit = (e.target as HTMLSelectElement).value; typed(); } },
  }, ...d.units.map((u) => {
    const o = h('option', { attrs: { value: u.name } }, u.name);
    o.selected = u.name === unitOf(d);
    return o;
  }));
  const year = h('input', {
    attrs: {
      id: 'imp-year', type: 'number', min: 2400, max: 2800, step: 1, inputmode: 'numeric', 'data-testid': 'import-year', disabled,
      value: card.yearText || String(defaultYear(d)),
    },
    on: { input: (e) => { card.yearText = (e.target as HTMLInputElement).value; typed(); } },
  });
  const previewButton = h('button', {
    className: 'btn', attrs: { type: 'button', 'data-testid': 'import-preview', disabled: disabled || card.text.trim() === '', 'aria-busy': card.busy === 'preview' },
    on: { click: () => void preview(host, d) },
  }, card.busy === 'preview' ? h('span', { className: 'spinner small' }) : null, card.busy === 'preview' ? L('import.card.working') : L('import.card.preview'));

  const body: Child[] = [
    h('p', { className: 'caption' }, L('import.card.hint')),
    h('label', { className: 'caption', attrs: { for: 'imp-text' } }, L('import.card.text')),
    text,
    h('div', { className: 'form' },
      h('label', { attrs: { for: 'imp-unit' } }, L('import.card.unit')), unit,
      h('label', { attrs: { for: 'imp-year' } }, L('import.card.year')), year,
    ),
    h('p', { className: 'caption' }, L('import.card.forPaste')),
    previewButton,
  ];
  if (card.error) body.push(h('div', { className: 'notice error', attrs: { role: 'alert', 'data-testid': 'import-error' } }, h('span', null, card.error[lang])));
  if (card.preview) body.push(...previewView(host, d, card.preview, L, note));
  if (card.result && card.result.problems.length === 0) {
    body.push(h('div', { className: 'result', attrs: { role: 'status', 'data-testid': 'import-result' } }, `✓ ${note(card.result.message)}`));
  }
  return h('details', {
    className: 'card import', attrs: { open: card.open, 'data-testid': 'import-card' },
    on: { toggle: (e) => { card.open = (e.target as HTMLDetailsElement).open; } },
  }, h('summary', { attrs: { 'data-testid': 'import-toggle' } }, h('h2', null, L('import.card.title'))), ...body);
}

function previewView(host: ImportHost, d: SidebarState, p: ScoreImportPreview, L: (k: string, params?: Record<string, string | number>) => string, note: (n: ImportNote) => string): Child[] {
  const stale = card.previewed !== inputsKey(d);
  const count = (kind: ScoreChange['kind']) => p.changes.filter((c) => c.kind === kind).length;
  const conflicts = p.problems.filter((x) => x.code === 'conflict');
  const blocking = p.problems.filter((x) => x.code !== 'conflict');
  const writes = count('add') + (card.replace ? count('replace') : 0);
  const can = !stale && blocking.length === 0 && (conflicts.length === 0 || card.replace) && writes > 0;
  const fmt = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? v.toFixed(2) : `"${v}"`);
  /** Where a value came from, for the row's tooltip: the cell it goes to, the line and what the line says. */
  const source = (c: ScoreChange) => {
    const at = L(p.source === 'table' ? 'import.card.source.row' : 'import.card.source.line', { line: c.line });
    const said = p.matched.find((m) => m.code === c.code)?.text;
    return said ? `${at}: "${said}"` : at;
  };

  const groups = p.unitYears.map((u) => {
    const rows = p.changes.filter((c) => c.unit === u.unit && c.year === u.year);
    const shown = u.total ?? u.computedTotal;
    return h('div', { className: 'imp-group' },
      h('p', { className: 'imp-head' }, h('strong', null, L('import.card.unitYear', { unit: u.unit, year: u.year }))),
      shown !== null ? h('p', { className: 'caption' },
        L('import.card.figures', { total: shown.toFixed(2), level: u.computedLevel ?? u.level ?? '–' }),
        u.total !== null && u.computedTotal !== null ? ` (${L('import.card.computed', { total: u.computedTotal.toFixed(2) })})` : '') : null,
      h('table', { className: 'imp-table' }, h('tbody', null, ...rows.map((c) => h('tr', { className: `imp-${c.kind}`, attrs: { title: `${c.cell} · ${source(c)}` } },
        h('td', { className: 'imp-name' }, c.code === null ? L('import.card.totalRow') : `${c.code}. ${c.name}`),
        h('td', { className: 'imp-val' }, c.kind === 'replace' ? h('span', null, h('s', null, fmt(c.before)), ` → ${fmt(c.after)}`) : fmt(c.after)),
        h('td', null, h('span', { className: `tag imp-tag-${c.kind}` }, L(`import.card.tag.${c.kind}`))),
      )))),
    );
  });

  return [
    h('div', { className: stale ? 'imp-preview dim' : 'imp-preview', attrs: { 'data-testid': 'import-preview-result' } },
      h('p', { className: 'imp-counts', attrs: { 'data-testid': 'import-counts' } }, L('import.card.counts', { add: count('add'), replace: count('replace'), same: count('same') })),
      ...groups,
      ...p.warnings.map((w) => h('p', { className: 'warn' }, `⚠ ${note(w)}`)),
    ),
    h('p', { className: 'warn', attrs: { 'data-testid': 'import-stale', hidden: !stale } }, L('import.card.stale')),
    blocking.length ? h('div', { className: 'notice error', attrs: { role: 'alert', 'data-testid': 'import-problems' } },
      h('strong', null, L('import.card.problems')),
      h('ul', null, ...blocking.map((x) => h('li', null, `• ${note(x)}`)))) : null,
    conflicts.length ? checkbox(host, L('import.card.replace', { count: conflicts.length })) : null,
    // Say why the button is off: scores that differ are written only when replacing is ticked.
    conflicts.length && !card.replace && !blocking.length
      ? h('p', { className: 'caption', attrs: { 'data-testid': 'import-why-disabled' } }, L('import.card.tickReplace')) : null,
    h('button', {
      className: 'btn primary', attrs: { type: 'button', 'data-testid': 'import-confirm', disabled: !can || card.busy !== null || host.busy(), 'aria-busy': card.busy === 'import' },
      on: { click: () => void confirm(host, d) },
    }, card.busy === 'import' ? h('span', { className: 'spinner small' }) : null,
    card.busy === 'import' ? L('import.card.working') : writes > 0 ? L('import.card.import', { count: writes }) : L('import.card.nothing')),
  ];
}

function checkbox(host: ImportHost, label: string): HTMLElement {
  const box = h('input', {
    attrs: { id: 'imp-replace', type: 'checkbox', 'data-testid': 'import-replace', disabled: card.busy !== null || host.busy() },
    on: { change: (e) => { card.replace = (e.target as HTMLInputElement).checked; host.render(); } },
  });
  box.checked = card.replace;
  return h('label', { className: 'check', attrs: { for: 'imp-replace' } }, box, label);
}
