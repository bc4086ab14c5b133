/**
 * The sidebar page: unit picker, dashboard, every action. State lives here; `render()`
 * rebuilds the panel from it (the panel is small), so a language switch or a finished call
 * is one render. Every workbook text is a text node (see dom.ts).
 */
import type { Lang, Problem, Status } from '../src/core/engine/types';
import type {
  Dashboard, DashboardMeasure, DashboardResult, ReportLogEntry, ReportResult, SidebarState,
} from '../src/core/views/sidebar-api';
import type { RoundMonths } from '../src/core/engine/calendar';
import { call, CallError } from './api';
import { both, tr } from './i18n';
import { h, replace, safeHref, type Child } from './dom';
import { planCard, type PlanHost } from './plan-card';
import { emptyExtras, extrasFields, extrasOptions, warningNote, type ReportExtras } from './report-extras';
import { restoreListScroll, overviewCard } from './overview-card';
import { importCard, revealImportCard, watchOpenRequest, type ImportHost } from './import-card';

type Message = { th: string; en: string };
type Busy = null | 'load' | 'setUp' | 'rankings' | 'validate' | 'select' | 'report' | 'plan';
/** `field`: the control the message is about; correcting it removes the message. */
type Notice = { kind: 'ok' | 'error'; text: Message; at: 'top' | 'actions' | 'report' | 'plan'; field?: string };

interface ReportForm {
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

const LANG_KEY = 'ita.sidebar.lang';
const ROUNDS: RoundMonths[] = [3, 6, 9, 12];

function savedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

const ui: Ui = {
  lang: savedLang(), data: null, loadError: null, busy: 'load', notice: null, reveal: false, problems: null, validation: null, report: null,
  measuresOpen: false, focus: null, revealSelector: null, overviewOpen: true,
};

function notify(kind: Notice['kind'], text: Message, at: Notice['at'], field?: string): void {
  ui.notice = { kind, text, at, ...(field ? { field } : {}) };
  ui.reveal = true;
}

/** A fiscal year as typed: 4 digits, Arabic or Thai (๒๕๖๘), 2400–2800; null otherwise. */
function typedYear(text: string): number | null {
  const t = text.trim().replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  const year = Number(t);
  return /^\d{4}$/.test(t) && year >= 2400 && year <= 2800 ? year : null;
}

const L = (key: string, params: Record<string, string | number> = {}): string => tr(ui.lang, key, params);
const pick = (m: Message): string => m[ui.lang];

/**
 * A message as nodes, each "quoted" name (a sheet, a button) kept on one line: Thai has no
 * spaces between words, so the browser may otherwise break inside "ตัวชี้วัด".
 */
function quoted(text: string): Child[] {
  return text.split(/("[^"\n]{1,24}")/).map((part, i) => (i % 2 === 1 ? h('span', { className: 'nw' }, part) : part));
}
const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toFixed(2));
const signed = (n: number): string => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));
const levelText = (r: { level: string; levelKey: string }): string =>
  /^(AA|A|B|C|D|E|F)$/.test(r.levelKey) ? r.levelKey : L(`level.${r.levelKey}`);

const TH_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NBSP = '\u00a0';

/** "2025-03-31" → "31 มี.ค. 2568" / "31 Mar 2025", never broken across lines. */
function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return ui.lang === 'th' ? [d, TH_MONTHS[mo - 1], y + 543].join(NBSP) : [d, EN_MONTHS[mo - 1], y].join(NBSP);
}

/** An ISO instant in Bangkok time: "31 มี.ค. 2568 14:05". */
function timeText(iso: string): string {
  const t = Date.parse(iso);
  if (isNaN(t)) return '';
  const b = new Date(t + 7 * 3600 * 1000);
  const day = `${b.getUTCFullYear()}-${String(b.getUTCMonth() + 1).padStart(2, '0')}-${String(b.getUTCDate()).padStart(2, '0')}`;
  return `${dayText(day)}${NBSP}${String(b.getUTCHours()).padStart(2, '0')}:${String(b.getUTCMinutes()).padStart(2, '0')}`;
}

/** A failed call as a message in both languages: the server's own when it sent one. */
function errorMessage(error: unknown): Message {
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
function defaultRound(fiscalYear: number, asOf: string): RoundMonths {
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

// ---------------------------------------------------------------------------------------
// Calls

/**
 * The state as the page needs it, or a clear error: google.script.run hands the page null
 * when a server value cannot be serialised, and a half-built state would break the panel.
 */
function checked(data: SidebarState | null | undefined): SidebarState {
  const ok = !!data && typeof data === 'object' && Array.isArray(data.units) && typeof data.fiscalYear === 'number'
    && typeof data.asOf === 'string' && typeof data.problemCount === 'number';
  if (!ok) throw new CallError(both('sidebar.error.badResponse'), 'bad response', 'server');
  return { ...data, missingSheets: Array.isArray(data.missingSheets) ? data.missingSheets : [] };
}

async function load(unit: string | null): Promise<void> {
  ui.busy = 'load';
  render();
  try {
    const data = checked(await call('sidebarData', unit));
    ui.data = data;
    ui.loadError = null;
    if (!ui.report || ui.report.year !== data.fiscalYear) {
      ui.report = {
        year: data.fiscalYear, yearText: String(data.fiscalYear), round: defaultRound(data.fiscalYear, data.asOf), memo: true, thaiDigits: data.thaiDigits, extras: emptyExtras(), result: null,
      };
    }
  } catch (error) {
    if (ui.data) notify('error', errorMessage(error), 'top');
    else ui.loadError = errorMessage(error);
  } finally {
    ui.busy = null;
    render();
  }
}

async function act(busy: Exclude<Busy, null | 'load'>, run: () => Promise<void>): Promise<void> {
  if (ui.busy) return;
  ui.busy = busy;
  ui.notice = null;
  render();
  try {
    await run();
  } catch (error) {
    notify('error', errorMessage(error), busy === 'report' || busy === 'plan' ? busy : 'actions');
  } finally {
    ui.busy = null;
    render();
  }
}

const currentUnit = (): string | null => ui.data?.unit ?? null;

async function reloadQuietly(): Promise<void> {
  try {
    ui.data = checked(await call('sidebarData', currentUnit()));
  } catch (error) {
    notify('error', errorMessage(error), 'top');
  }
}

const setUp = () => act('setUp', async () => {
  const r = await call('sidebarSetUp');
  await reloadQuietly();
  notify('ok', r.message, 'actions');
});

const computeRankings = () => act('rankings', async () => {
  const r = await call('sidebarComputeRankings');
  if (!r.written) {
    ui.problems = r.problems;
    notify('error', r.message, 'actions');
    return;
  }
  await reloadQuietly();
  notify('ok', r.message, 'actions');
});

const validate = () => act('validate', async () => {
  const r = await call('sidebarValidate');
  ui.problems = r.problems;
  ui.validation = { notReady: r.notReady ?? null, warnings: Array.isArray(r.warnings) ? r.warnings : [] };
  ui.revealSelector = '[data-testid=problems], [data-testid=problems-ok], [data-testid=problems-not-ready]';
  if (ui.data) ui.data = { ...ui.data, problemCount: r.problems.length };
});

const selectCell = (p: Problem) => act('select', async () => {
  const r = await call('sidebarSelectCell', p.sheet, p.cell);
  notify('ok', r.message, 'actions');
});

const generateReport = () => act('report', async () => {
  const unit = currentUnit();
  const form = ui.report;
  if (!unit || !form) return;
  form.result = null;
  const year = typedYear(form.yearText);
  if (year === null) {
    ui.focus = 'report-year';
    notify('error', both('sidebar.report.badYear'), 'report', 'report-year');
    return;
  }
  form.year = year;
  const result = await call('sidebarGenerateReport', { unit, year: form.year, round: form.round, memo: form.memo, thaiDigits: form.thaiDigits, ...extrasOptions(form.extras) });
  form.result = result;
  await reloadQuietly();
  // The new document's link, right under the button that made it.
  ui.revealSelector = '[data-testid=report-result]';
});

// ---------------------------------------------------------------------------------------
// Rendering

const app = (): HTMLElement => document.getElementById('app') as HTMLElement;

/** What identifies a control across renders: its id, else its data-testid. */
function focusKey(el: Element | null): string | null {
  if (!el || el === document.body || !(el instanceof HTMLElement)) return null;
  return el.id || el.getAttribute('data-testid') || null;
}

function byFocusKey(root: HTMLElement, key: string): HTMLElement | null {
  const css = (window.CSS && CSS.escape) ? CSS.escape(key) : key.replace(/[^\w-]/g, '\\$&');
  return root.querySelector<HTMLElement>(`#${css}, [data-testid="${key.replace(/["\\]/g, '\\$&')}"]`);
}

/**
 * Rebuilds the panel. The panel is rebuilt whole, so the keyboard focus is carried over to
 * the same control (a keyboard user keeps their place after every action); a failure to
 * render shows an error and a retry, never a blank or stuck panel.
 */
function render(): void {
  const root = app();
  const focused = focusKey(document.activeElement);
  if (focused) ui.focus = focused;
  try {
    document.documentElement.lang = ui.lang;
    document.title = L('sidebar.title');
    root.setAttribute('aria-busy', String(ui.busy !== null));
    // Rebuilding the panel empties it for a moment and the browser scrolls back to the top:
    // keep the user where they are (an action never scrolls the panel away from its button).
    const scroller = document.scrollingElement;
    const scrolled = scroller ? scroller.scrollTop : 0;
    replace(root, header(), ...body());
    if (scroller && scroller.scrollTop !== scrolled) scroller.scrollTop = scrolled;
  } catch (error) {
    renderBroken(root, error);
    return;
  }
  if (ui.focus) {
    const target = byFocusKey(root, ui.focus);
    if (target && !(target as HTMLButtonElement).disabled && document.activeElement !== target) target.focus({ preventScroll: true });
  }
  fitUnitName(root);
  restoreListScroll(root);
  revealImportCard(root);
  if (ui.revealSelector) {
    const el = root.querySelector(ui.revealSelector);
    if (el) { el.scrollIntoView({ block: 'nearest' }); ui.revealSelector = null; }
  }
  if (ui.reveal) {
    ui.reveal = false;
    root.querySelector('.notice')?.scrollIntoView({ block: 'nearest' });
  }
}

/** The last resort when the panel itself cannot be drawn: the reason and a way to reload. */
function renderBroken(root: HTMLElement, error: unknown): void {
  ui.busy = null;
  const reason = error instanceof Error ? error.message : String(error);
  const text = both('sidebar.error.page', { message: reason });
  try {
    replace(root, h('div', { className: 'card error', attrs: { role: 'alert', 'data-testid': 'error' } },
      h('strong', null, L('sidebar.error.title')),
      h('p', null, pick(text)),
      h('button', { className: 'btn', attrs: { type: 'button' }, on: { click: () => { ui.data = null; ui.loadError = null; const importHost: ImportHost = {
  lang: () => ui.lang, data: () => ui.data, busy: () => ui.busy !== null, render, reload: reloadQuietly, errorMessage,
};
watchOpenRequest(importHost);

void load(null); } } }, L('sidebar.error.retry'))));
  } catch {
    root.textContent = `${text.th} / ${text.en}`;
  }
}

/** The full unit name under the picker when the picker has to cut it short. */
function fitUnitName(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>('#unit');
  const full = root.querySelector<HTMLElement>('[data-testid=unit-name]');
  if (!select || !full) return;
  const name = select.value;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) { full.hidden = false; return; }
  const style = getComputedStyle(select);
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // The select's own padding and arrow take about 32 px.
  full.hidden = ctx.measureText(name).width <= select.clientWidth - 32;
}

function header(): HTMLElement {
  return h('header', { className: 'top' },
    h('h1', null, L('sidebar.title')),
    h('button', {
      className: 'lang', attrs: { type: 'button', title: L('sidebar.langHint'), lang: ui.lang === 'th' ? 'en' : 'th', 'data-testid': 'lang' },
      on: { click: () => { ui.lang = ui.lang === 'th' ? 'en' : 'th'; try { window.localStorage.setItem(LANG_KEY, ui.lang); } catch { /* private mode */ } render(); } },
    }, L('sidebar.lang')),
  );
}

function body(): Child[] {
  if (!ui.data) {
    if (ui.loadError) return [errorCard(ui.loadError, true)];
    return [h('div', { className: 'loading', attrs: { role: 'status' } }, h('span', { className: 'spinner' }), L('sidebar.loading'))];
  }
  const d = ui.data;
  const needsSetUp = d.missingSheets.length > 0;
  return [
    unitPicker(d),
    d.overview && d.units.length > 1 ? overviewCard(d.overview, {
      L, day: dayText, current: d.unit, busy: ui.busy !== null, open: ui.overviewOpen,
      onToggle: (open) => { ui.overviewOpen = open; },
      choose: (unit) => { ui.problems = null; ui.notice = null; ui.revealSelector = '[data-testid=dashboard]'; void load(unit); },
    }) : null,
    noticeAt('top'),
    needsSetUp ? setUpCard(d) : null,
    d.dashboard && d.problemCount > 0 ? problemsBanner(d.problemCount) : null,
    d.dashboard ? dashboardView(d.dashboard) : needsSetUp ? null : h('p', { className: 'card muted', attrs: { 'data-testid': 'no-units' } }, ...quoted(L('sidebar.noUnits'))),
    actionsCard(d),
    importCard(importHost),
    d.unit && ui.report ? reportCard(d, ui.report) : null,
    d.unit ? planCard(d, planHost) : null,
  ];
}

/** The template is not set up: say so first, with the button that does it. */
function setUpCard(d: SidebarState): HTMLElement {
  return h('section', { className: 'card next', attrs: { 'data-testid': 'needs-setup' } },
    h('p', null, ...quoted(L('sidebar.setup.needed', { sheets: d.missingSheets.map((s) => `"${s}"`).join(', ') }))),
    button(L('sidebar.actions.setUp'), 'setUp', () => void setUp(), 'set-up-first', true),
  );
}

/** The figures leave out rows with problems: say so above them. */
function problemsBanner(count: number): HTMLElement {
  return h('div', { className: 'notice warning', attrs: { role: 'note', 'data-testid': 'problems-banner' } },
    h('span', null, L('sidebar.problems.banner', { count })),
    h('button', { className: 'link', attrs: { type: 'button', 'data-testid': 'show-problems', disabled: ui.busy !== null }, on: { click: () => void validate() } }, L('sidebar.problems.show')),
  );
}

function errorCard(message: Message, retry: boolean): HTMLElement {
  return h('div', { className: 'card error', attrs: { role: 'alert', 'data-testid': 'error' } },
    h('strong', null, L('sidebar.error.title')),
    h('p', null, ...quoted(pick(message))),
    retry ? h('button', { className: 'btn', attrs: { type: 'button' }, on: { click: () => void load(currentUnit()) } }, L('sidebar.error.retry')) : null,
  );
}

function noticeAt(at: Notice['at']): HTMLElement | null {
  return ui.notice && ui.notice.at === at ? noticeBar(ui.notice) : null;
}

function noticeBar(n: Notice): HTMLElement {
  return h('div', { className: `notice ${n.kind}`, attrs: { role: n.kind === 'error' ? 'alert' : 'status', 'data-testid': n.kind === 'error' ? 'error' : 'notice' } },
    n.kind === 'error' ? h('strong', null, L('sidebar.error.title')) : null,
    h('span', null, ...quoted(pick(n.text))),
    h('button', { className: 'close', attrs: { type: 'button', 'aria-label': L('sidebar.error.dismiss'), title: L('sidebar.error.dismiss') }, on: { click: () => { ui.notice = null; render(); } } }, '×'),
  );
}

function unitPicker(d: SidebarState): HTMLElement {
  const select = h('select', {
    attrs: { id: 'unit', 'data-testid': 'unit', title: d.unit ?? '', disabled: ui.busy !== null || d.units.length === 0 },
    on: { change: (e) => { ui.problems = null; ui.validation = null; ui.notice = null; void load((e.target as HTMLSelectElement).value); } },
  }, ...(d.units.length === 0 ? [h('option', { attrs: { value: '' } }, L('sidebar.unit.none'))] : d.units.map((u) => {
    const o = h('option', { attrs: { value: u.name } }, u.name);
    o.selected = u.name === d.unit;
    return o;
  })));
  return h('div', { className: 'picker' },
    h('label', { attrs: { for: 'unit' } }, L('sidebar.unit')),
    h('div', { className: 'row' },
      select,
      h('button', { className: 'icon', attrs: { type: 'button', title: L('sidebar.refresh'), 'aria-label': L('sidebar.refresh'), 'data-testid': 'refresh', disabled: ui.busy !== null }, on: { click: () => void load(currentUnit()) } }, '⟳'),
    ),
    d.unit ? h('p', { className: 'unit-full', attrs: { 'data-testid': 'unit-name', hidden: true } }, d.unit) : null,
    ui.busy === 'load' ? h('div', { className: 'bar indeterminate', attrs: { role: 'progressbar', 'aria-label': L('sidebar.loading') } }) : null,
  );
}

function dashboardView(dash: Dashboard): HTMLElement {
  return h('div', { className: ui.busy === 'load' ? 'dash dim' : 'dash', attrs: { 'data-testid': 'dashboard' } },
    dash.latest ? resultCard(dash, dash.latest) : h('section', { className: 'card muted', attrs: { 'data-testid': 'no-scores' } }, ...quoted(L('sidebar.result.none'))),
    progressCard(dash),
  );
}

function resultCard(dash: Dashboard, r: DashboardResult): HTMLElement {
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.result.title', { year: r.year })),
    h('div', { className: 'headline' },
      h('div', { className: 'total' },
        h('span', { className: 'big', attrs: { 'data-testid': 'total' } }, fmt(r.total)),
        h('span', { className: 'caption' }, L('sidebar.result.total')),
      ),
      h('div', { className: 'level', style: { backgroundColor: r.colour }, attrs: { 'data-testid': 'level', 'data-band': r.band } }, levelText(r)),
    ),
    h('div', { className: 'meta' },
      r.rank !== null ? h('span', { attrs: { 'data-testid': 'rank' } }, L('sidebar.result.rank', { rank: r.rank, of: r.rankOf })) : null,
      r.totalChange !== null && r.previousYear !== null
        ? h('span', { className: r.totalChange >= 0 ? 'up' : 'down' }, L('sidebar.result.change', { change: signed(r.totalChange), year: r.previousYear }))
        : null,
    ),
    // The year's framework's tools, in its order (IIT, EIT, OIT up to 2568; whatever a newer framework names).
    h('div', { className: 'tools', attrs: { 'data-testid': 'tools' } }, ...Object.entries(r.tools).map(([tool, score]) =>
      h('div', { className: score !== null && score < r.passThreshold ? 'tool low' : 'tool' },
        h('span', { className: 'caption' }, tool), h('strong', null, fmt(score))))),
    r.heldBy ? h('p', { className: 'caption', attrs: { 'data-testid': 'level-held-by' } },
      L('sidebar.result.heldBy', { level: levelText(r), tools: r.heldBy.tools.join(', '), mark: r.heldBy.mark })) : null,
    chart(r),
    weakList(r),
    ...r.warnings.map((w) => h('p', { className: 'warn' }, `⚠ ${pick(w)}`)),
    dash.history.length > 1 ? h('div', { className: 'history' },
      h('span', { className: 'caption' }, L('sidebar.result.history')),
      ...dash.history.map((y) => h('span', { className: 'chip', attrs: { 'data-band': y.band } }, `${y.year} ${fmt(y.total)} ${levelText(y)}`)),
    ) : null,
  );
}

function chart(r: DashboardResult): HTMLElement {
  const min = Math.min(...r.indicators.map((i) => i.score), r.passThreshold);
  const lo = Math.max(0, Math.floor((min - 5) / 10) * 10);
  const pos = (v: number): string => `${Math.max(0, Math.min(100, ((v - lo) / (100 - lo)) * 100)).toFixed(2)}%`;
  return h('figure', { className: 'chart', attrs: { 'data-testid': 'chart' } },
    h('figcaption', null, L('sidebar.result.indicators'), h('span', { className: 'caption' }, ` · ${L('sidebar.result.threshold', { value: r.passThreshold })}`)),
    ...r.indicators.map((i) => h('div', { className: i.weak ? 'crow weak' : 'crow', attrs: { title: `${i.code}. ${i.name} ${fmt(i.score)}` } },
      h('span', { className: 'cname' }, h('b', null, i.code), ` ${i.name}`),
      h('span', { className: 'track' },
        h('span', { className: 'fill', style: { width: pos(i.score) } }),
        h('span', { className: 'mark', style: { left: pos(r.passThreshold) } })),
      h('span', { className: 'cval' }, fmt(i.score)),
    )),
  );
}

function weakList(r: DashboardResult): HTMLElement {
  return h('div', { className: 'weak' },
    h('h3', null, L('sidebar.result.weak')),
    r.weak.length === 0 ? h('p', { className: 'muted' }, L('sidebar.result.noWeak')) : h('ul', { attrs: { 'data-testid': 'weak' } },
      ...r.weak.map((w) => h('li', null,
        h('span', { className: 'code' }, w.code),
        h('span', { className: 'wname' }, w.name,
          w.covered ? null : h('span', { className: 'tag' }, L('sidebar.result.uncovered'))),
        h('span', { className: 'score' }, fmt(w.score)),
      ))),
  );
}

const STATUS_CLASS: Record<Status, string> = { done: 'done', in_progress: 'doing', not_started: 'todo', cancelled: 'cancelled' };

function progressCard(dash: Dashboard): HTMLElement {
  const p = dash.progress;
  const title = h('h2', null, L('sidebar.progress.title', { year: p.fiscalYear ?? '–' }));
  if (p.total === 0) return h('section', { className: 'card', attrs: { 'data-testid': 'progress' } }, title, h('p', { className: 'muted' }, ...quoted(L('sidebar.progress.none'))));
  const pct = (n: number): string => `${((n / p.total) * 100).toFixed(2)}%`;
  // Older servers send no cancelled count: none.
  const cancelled = typeof p.cancelled === 'number' ? p.cancelled : 0;
  const percentText = cancelled > 0
    ? L('sidebar.progress.percentActive', { percent: p.percentDone, done: p.done, active: p.active, cancelled })
    : L('sidebar.progress.percent', { percent: p.percentDone, done: p.done, total: p.total });
  const legend = (cls: string, key: string, n: number, testid: string, className = '') =>
    h('li', { className, attrs: { 'data-testid': testid } }, h('span', { className: `dot ${cls}` }), h('span', null, L(key)), h('b', null, n));
  return h('section', { className: 'card', attrs: { 'data-testid': 'progress' } },
    title,
    h('div', { className: 'stack', attrs: { role: 'img', 'aria-label': percentText } },
      h('span', { className: 'done', style: { width: pct(p.done) } }),
      h('span', { className: 'doing', style: { width: pct(p.inProgress) } }),
      h('span', { className: 'todo', style: { width: pct(p.notStarted) } }),
      cancelled > 0 ? h('span', { className: 'cancelled', style: { width: pct(cancelled) } }) : null,
    ),
    h('p', { className: 'percent', attrs: { 'data-testid': 'percent' } }, percentText),
    h('ul', { className: 'legend' },
      legend('done', 'status.done', p.done, 'count-done'),
      legend('doing', 'status.in_progress', p.inProgress, 'count-in-progress'),
      legend('todo', 'status.not_started', p.notStarted, 'count-not-started'),
      cancelled > 0 ? legend('cancelled', 'sidebar.progress.cancelled', cancelled, 'count-cancelled') : null,
      // Overdue measures are among the not done, not a fourth kind: the counts above add up to the total.
      legend('late', 'sidebar.progress.overdueOf', p.overdue, 'count-overdue', 'sub'),
    ),
    h('details', { className: 'measures', attrs: { open: ui.measuresOpen }, on: { toggle: (e) => { ui.measuresOpen = (e.target as HTMLDetailsElement).open; } } },
      h('summary', { attrs: { 'data-testid': 'measures-toggle' } }, L('sidebar.progress.list', { count: p.total })),
      h('ol', { attrs: { 'data-testid': 'measures' } }, ...p.measures.map(measureItem)),
    ),
  );
}

function measureItem(m: DashboardMeasure): HTMLElement {
  return h('li', { className: m.overdue ? 'late' : '' },
    h('span', { className: `dot ${m.overdue ? 'late' : STATUS_CLASS[m.status]}`, attrs: { title: L(m.overdue ? 'status.overdue' : `status.${m.status}`) } }),
    h('span', { className: 'mtext' },
      h('span', { className: 'mtitle', attrs: { title: m.no ? `${m.no}. ${m.title}` : m.title } }, m.no ? `${m.no}. ${m.title}` : m.title),
      h('span', { className: 'caption' }, L(`status.${m.status}`), m.overdue ? ` · ${L('status.overdue')}` : '', m.due ? ` · ${L('sidebar.progress.due', { date: dayText(m.due) })}` : ''),
    ),
  );
}

function button(label: string, busy: Busy, onClick: () => void, testid: string, primary = false): HTMLButtonElement {
  const working = ui.busy === busy;
  return h('button', {
    className: primary ? 'btn primary' : 'btn',
    attrs: { type: 'button', disabled: ui.busy !== null, 'data-testid': testid, 'aria-busy': working },
    on: { click: onClick },
  }, working ? h('span', { className: 'spinner small' }) : null, working ? L('sidebar.actions.working') : label);
}

function actionsCard(d: SidebarState): HTMLElement {
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.actions.title'),
      d.problemCount > 0 ? h('span', { className: 'badge', attrs: { 'data-testid': 'problem-count' } }, L('sidebar.validate.badge', { count: d.problemCount })) : null),
    h('div', { className: 'actions' },
      button(L('sidebar.actions.setUp'), 'setUp', () => void setUp(), 'set-up'),
      button(L('sidebar.actions.rankings'), 'rankings', () => void computeRankings(), 'rankings'),
      button(L('sidebar.actions.validate'), 'validate', () => void validate(), 'validate'),
    ),
    noticeAt('actions'),
    ui.problems ? problemsList(ui.problems) : null,
  );
}

/** The engine's assumptions (e.g. the default framework), under the validation result. */
function warningsList(warnings: Problem[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  return h('ul', { className: 'warnings', attrs: { 'data-testid': 'validate-warnings' } },
    ...warnings.map((w) => h('li', null, `⚠ ${pick(w.message)}`)));
}

function problemsList(problems: Problem[]): HTMLElement {
  const v = ui.validation;
  if (problems.length === 0 && v?.notReady) {
    // Nothing wrong, but nothing to work on either: never "ready".
    return h('div', null, h('p', { className: 'next-step', attrs: { 'data-testid': 'problems-not-ready' } }, ...quoted(pick(v.notReady))), warningsList(v.warnings));
  }
  if (problems.length === 0) return h('div', null, h('p', { className: 'ok', attrs: { 'data-testid': 'problems-ok' } }, `✓ ${L('sidebar.validate.ok')}`), warningsList(v?.warnings ?? []));
  return h('div', { className: 'problems' },
    h('p', { className: 'caption' }, L('sidebar.validate.count', { count: problems.length })),
    h('ul', { attrs: { 'data-testid': 'problems' } }, ...problems.map((p, i) => h('li', null,
      h('button', { className: 'problem', attrs: { type: 'button', disabled: ui.busy !== null, 'data-testid': `problem-${i}` }, on: { click: () => void selectCell(p) } },
        h('span', { className: 'ref' }, p.cell ? `${p.sheet}!${p.cell}` : p.sheet),
        h('span', null, pick(p.message)),
      )))),
  );
}

function reportCard(d: SidebarState, form: ReportForm): HTMLElement {
  const year = h('input', {
    // Text, not type=number: a year typed in Thai digits (๒๕๖๘) is a year too.
    attrs: {
      id: 'r-year', type: 'text', inputmode: 'numeric', maxlength: 4, autocomplete: 'off', value: form.yearText, 'data-testid': 'report-year', disabled: ui.busy !== null,
      'aria-invalid': ui.notice?.field === 'report-year' ? 'true' : null,
    },
    on: { input: (e) => yearTyped(form, e.target as HTMLInputElement) },
  });
  const round = h('select', {
    attrs: { id: 'r-round', 'data-testid': 'report-round', disabled: ui.busy !== null },
    on: { change: (e) => { form.round = Number((e.target as HTMLSelectElement).value) as RoundMonths; } },
  }, ...ROUNDS.map((r) => {
    const o = h('option', { attrs: { value: r } }, L('sidebar.report.roundOption', { months: r }));
    o.selected = r === form.round;
    return o;
  }));
  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void) => {
    const box = h('input', { attrs: { id, type: 'checkbox', 'data-testid': id, disabled: ui.busy !== null }, on: { change: (e) => set((e.target as HTMLInputElement).checked) } });
    box.checked = value;
    return h('label', { className: 'check', attrs: { for: id } }, box, label);
  };
  const reports = d.dashboard?.reports ?? [];
  return h('section', { className: 'card' },
    h('h2', null, L('sidebar.report.title')),
    h('div', { className: 'form' },
      h('label', { attrs: { for: 'r-year' } }, L('sidebar.report.year')), year,
      h('label', { attrs: { for: 'r-round' } }, L('sidebar.report.round')), round,
    ),
    check('report-memo', L('sidebar.report.memo'), form.memo, (v) => { form.memo = v; }),
    check('report-digits', L('sidebar.report.thaiDigits'), form.thaiDigits, (v) => { form.thaiDigits = v; }),
    ...extrasFields(form.extras, ui.lang, ui.busy !== null),
    button(L('sidebar.report.generate'), 'report', () => void generateReport(), 'generate', true),
    ui.busy === 'report' ? h('div', { className: 'working', attrs: { role: 'status', 'data-testid': 'report-progress' } },
      h('div', { className: 'bar indeterminate' }), h('span', { className: 'caption' }, L('sidebar.report.working'))) : null,
    noticeAt('report'),
    form.result ? reportLink(form.result) : null,
    warningNote(form.result, ui.lang),
    h('h3', null, L('sidebar.report.recent')),
    reports.length === 0 ? h('p', { className: 'muted' }, L('sidebar.report.noRecent')) : h('ul', { className: 'recent', attrs: { 'data-testid': 'recent' } }, ...reports.map(recentItem)),
  );
}

/** A corrected year loses its error at once (no re-render: the caret stays where it is). */
function yearTyped(form: ReportForm, input: HTMLInputElement): void {
  form.yearText = input.value;
  if (ui.notice?.field !== 'report-year' || typedYear(input.value) === null) return;
  ui.notice = null;
  input.removeAttribute('aria-invalid');
  input.closest('section')?.querySelector('.notice')?.remove();
}


function reportLink(r: ReportResult): HTMLElement {
  const href = safeHref(r.url);
  return h('div', { className: 'result', attrs: { 'data-testid': 'report-result', role: 'status' } },
    h('span', null, `✓ ${L('sidebar.report.done')}`),
    href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'report-link' } }, r.name || L('sidebar.report.open')) : h('span', null, r.name),
    ...(r.notes ?? []).map((n) => h('p', { className: 'muted', attrs: { 'data-testid': 'report-note' } }, pick(n))),
  );
}

/** Which report a link is: unit, kind, year, round and the day it was made (two links never read the same). */
function recentLabel(r: ReportLogEntry): string {
  return L('sidebar.report.link', {
    unit: r.unit,
    kind: L(`sidebar.report.kind.${r.kind === 'plan' ? 'plan' : 'progress'}`),
    year: r.year ?? '–',
    round: r.round ? L('sidebar.report.linkRound', { round: r.round }) : '',
    date: timeText(r.time) || '–',
  });
}

function recentItem(r: ReportLogEntry): HTMLElement {
  const label = recentLabel(r);
  const href = r.link ? safeHref(r.link) : null;
  return h('li', null,
    href ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, label) : h('span', null, label),
    r.by ? h('span', { className: 'caption' }, r.by) : null,
  );
}

/** The year-start document's card (plan-card.ts) runs through the panel's own busy state and notices. */
const planHost: PlanHost = {
  lang: () => ui.lang, L, disabled: () => ui.busy !== null, working: () => ui.busy === 'plan',
  button: (label, onClick, testid) => button(label, 'plan', onClick, testid, true),
  notice: () => noticeAt('plan'),
  run: (task) => void act('plan', task),
  fail: (text) => notify('error', text, 'plan'),
  after: reloadQuietly,
};

// ---------------------------------------------------------------------------------------

function pageFailed(message: string): void {
  ui.busy = null;
  const text = both('sidebar.error.page', { message });
  notify('error', text, 'top');
  if (!ui.data && !ui.loadError) ui.loadError = text;
  try { render(); } catch { /* the page itself is broken; the static fallback stays */ }
}

window.addEventListener('error', (e) => pageFailed(e.message));
window.addEventListener('unhandledrejection', (e) => {
  const reason: unknown = e.reason;
  pageFailed(reason instanceof Error ? reason.message : String(reason));
});

const importHost: ImportHost = {
  lang: () => ui.lang, data: () => ui.data, busy: () => ui.busy !== null, render, reload: reloadQuietly, errorMessage,
};
watchOpenRequest(importHost);

void load(null);
