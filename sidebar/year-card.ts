/**
 * The sidebar's year card (issue 20): start the new fiscal year (what it adds first, then the
 * write), and the library of measures for the unit's indicators to develop — pick an entry to
 * add it as a Measures row, or the approach into the analysis row. The library is fetched when
 * the person opens it (sidebarLibrary), not with the page. Nothing is written without a click on
 * the button that says what it writes. The panel's busy state, notices and reload stay in main.ts.
 */
import type { Lang } from '../src/core/engine/types';
import type { SidebarState } from '../src/core/views/sidebar-api';
import type { LibraryData, NewYearResult } from '../src/core/year/api';
import type { LibraryEntry } from '../src/core/year/library';
import { call } from './api';
import { both } from './i18n';
import { h } from './dom';

type Message = { th: string; en: string };

/** What the card needs from the panel (as the plan card's host). */
export interface YearHost {
  lang(): Lang;
  L(key: string, params?: Record<string, string | number>): string;
  disabled(): boolean;
  working(): boolean;
  button(label: string, onClick: () => void, testid: string, primary?: boolean): HTMLButtonElement;
  notice(): HTMLElement | null;
  run(task: () => Promise<void>): void;
  ok(text: Message): void;
  fail(text: Message): void;
  after(): Promise<void>;
}

interface YearState {
  yearText: string;
  /** The fiscal year the form was made for: a new one resets it. */
  base: number;
  onlyUnit: boolean;
  preview: NewYearResult | null;
  done: NewYearResult | null;
  library: LibraryData | null;
  open: boolean;
  indicator: string;
}

let state: YearState | null = null;

function stateFor(d: SidebarState): YearState {
  if (!state || state.base !== d.fiscalYear) {
    const weak = d.dashboard?.latest?.weak[0]?.code ?? '1';
    state = { yearText: String(d.fiscalYear + 1), base: d.fiscalYear, onlyUnit: false, preview: null, done: null, library: state?.library ?? null, open: state?.open ?? false, indicator: weak };
  }
  return state;
}

function yearOf(s: YearState, host: YearHost): number | null {
  const text = s.yearText.trim();
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2500 || year > 2700) {
    host.fail(both('sidebar.report.badYear'));
    return null;
  }
  return year;
}

function newYear(d: SidebarState, s: YearState, host: YearHost, dryRun: boolean): void {
  host.run(async () => {
    const year = yearOf(s, host);
    if (year === null) return;
    const result = await call('sidebarNewYear', { year, unit: s.onlyUnit ? d.unit : null, dryRun });
    if (dryRun) { s.preview = result; s.done = null; return; }
    s.preview = null;
    s.done = result;
    // Settings' year is now the year started: the reload must not reset the card (and its result).
    if (result.written) { s.base = year; s.yearText = String(year + 1); }
    if (result.written) await host.after();
  });
}

function lines(r: NewYearResult, host: YearHost, testid: string): HTMLElement {
  return h('ul', { className: 'lines', attrs: { 'data-testid': testid } }, ...r.lines[host.lang()].map((line) => h('li', { className: line.startsWith('  ') ? 'row' : '' }, line.trim())));
}

function pick(d: SidebarState, id: string, host: YearHost): void {
  host.run(async () => {
    if (!d.unit) return;
    const r = await call('sidebarAddFromLibrary', { unit: d.unit, year: d.fiscalYear, id });
    host.ok(r.message);
    await host.after();
  });
}

function openLibrary(s: YearState, host: YearHost): void {
  s.open = true;
  if (s.library) return;
  host.run(async () => { s.library = await call('sidebarLibrary'); });
}

function entryView(d: SidebarState, e: LibraryEntry, host: YearHost): HTMLElement {
  return h('li', { className: 'entry', attrs: { 'data-testid': 'library-entry', 'data-id': e.id } },
    h('strong', null, e.measure),
    e.topic ? h('span', { className: 'caption' }, ` · ${e.topic}`) : null,
    h('p', { className: 'caption' }, `${e.responsible} · ${e.timeline} · ${host.L('year.library.rounds', { rounds: e.followUp })}`),
    h('details', null, h('summary', null, host.L('year.library.method')), h('p', { className: 'method' }, e.method)),
    host.button(host.L('year.library.addMeasure', { year: d.fiscalYear }), () => pick(d, e.id, host), `library-add-${e.id}`),
  );
}

function libraryView(d: SidebarState, s: YearState, host: YearHost): HTMLElement | null {
  if (!s.open || !s.library) return null;
  const weak = new Set((d.dashboard?.latest?.weak ?? []).map((w) => w.code));
  const select = h('select', {
    attrs: { id: 'lib-indicator', 'data-testid': 'library-indicator', disabled: host.disabled() },
    on: { change: (ev) => { s.indicator = (ev.target as HTMLSelectElement).value; host.run(async () => {}); } },
  }, ...s.library.indicators.map((i) => {
    const o = h('option', { attrs: { value: i.code } }, `${i.code} ${i.name}${weak.has(i.code) ? ` (${host.L('year.library.weak')})` : ''}`);
    o.selected = i.code === s.indicator;
    return o;
  }));
  const indicator = s.library.indicators.find((i) => i.code === s.indicator);
  const entries = s.library.entries.filter((e) => e.indicator === s.indicator);
  return h('div', { className: 'library', attrs: { 'data-testid': 'library' } },
    h('label', { attrs: { for: 'lib-indicator' } }, host.L('year.library.indicator')), select,
    indicator ? h('div', { className: 'approach', attrs: { 'data-testid': 'library-approach' } },
      h('p', null, h('strong', null, `${host.L('year.library.approach')}: `), indicator.approach),
      host.button(host.L('year.library.addApproach', { itaYear: d.fiscalYear - 1 }), () => pick(d, `${indicator.code}.approach`, host), 'library-add-approach')) : null,
    h('ul', { className: 'entries' }, ...entries.map((e) => entryView(d, e, host))),
  );
}

export function yearCard(d: SidebarState, host: YearHost): HTMLElement {
  const s = stateFor(d);
  const year = h('input', {
    attrs: { id: 'ny-year', type: 'number', min: 2500, max: 2700, step: 1, inputmode: 'numeric', value: s.yearText, 'data-testid': 'new-year-year', disabled: host.disabled() },
    on: { input: (e) => { s.yearText = (e.target as HTMLInputElement).value; s.preview = null; } },
  });
  const only = h('input', { attrs: { id: 'ny-unit', type: 'checkbox', 'data-testid': 'new-year-only-unit', disabled: host.disabled() }, on: { change: (e) => { s.onlyUnit = (e.target as HTMLInputElement).checked; s.preview = null; } } });
  only.checked = s.onlyUnit;
  const target = Number(s.yearText.trim());
  return h('section', { className: 'card', attrs: { 'data-testid': 'year-card' } },
    h('h2', null, host.L('year.card.title')),
    h('p', { className: 'caption' }, host.L('year.card.hint')),
    h('div', { className: 'form' }, h('label', { attrs: { for: 'ny-year' } }, host.L('year.card.year')), year),
    d.unit ? h('label', { className: 'check', attrs: { for: 'ny-unit' } }, only, host.L('year.card.onlyUnit', { unit: d.unit })) : null,
    h('div', { className: 'actions' },
      host.button(host.L('year.card.preview'), () => newYear(d, s, host, true), 'new-year-preview'),
      s.preview && s.preview.problems.length === 0 ? host.button(host.L('year.card.start', { year: Number.isFinite(target) ? target : s.yearText }), () => newYear(d, s, host, false), 'new-year-start', true) : null),
    s.preview ? lines(s.preview, host, 'new-year-preview-lines') : null,
    s.done ? h('div', { className: 'result', attrs: { role: 'status', 'data-testid': 'new-year-done' } },
      h('span', null, s.done.written ? `✓ ${host.L('year.card.done')}` : host.L('year.card.nothing')), lines(s.done, host, 'new-year-done-lines')) : null,
    d.unit ? h('h3', null, host.L('year.library.title')) : null,
    d.unit ? h('p', { className: 'caption' }, host.L('year.library.hint', { unit: d.unit })) : null,
    d.unit && !s.open ? host.button(host.L('year.library.open'), () => openLibrary(s, host), 'library-open') : null,
    d.unit ? libraryView(d, s, host) : null,
    host.notice(),
  );
}
