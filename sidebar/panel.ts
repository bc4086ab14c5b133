/**
 * The whole panel, rebuilt on every render: header, the cards in order, and the keyboard focus
 * and scroll position carried across the rebuild; a failure to draw shows an error and a retry.
 */
import { ui, L, pick, LANG_KEY, render } from './state';
import { replace, h, type Child } from './dom';
import { restoreListScroll, overviewCard } from './overview-card';
import { revealImportCard, importCard } from './import-card';
import { both } from './i18n';
import { importHost, planHost } from './hosts';
import { load } from './actions';
import { errorCard, noticeAt, problemsBanner } from './notices';
import { unitPicker } from './unit-picker';
import { dayText, quoted } from './format';
import { setUpCard, actionsCard } from './actions-card';
import { dashboardView } from './dashboard-card';
import { reportCard } from './report-card';
import { planCard } from './plan-card';

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
export function renderPanel(): void {
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
      h('button', { className: 'btn', attrs: { type: 'button' }, on: { click: () => { ui.data = null; ui.loadError = null; void load(null); } } }, L('sidebar.error.retry'))));
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
