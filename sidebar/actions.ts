/** The page's calls to the server (sidebar-api's contract through api.ts): load, the actions, the report; each one render before and after. */
import type { SidebarState } from '../src/core/views/sidebar-api';
import { CallError, call } from './api';
import { both } from './i18n';
import { ui, defaultRound, notify, errorMessage, currentUnit, typedYear, type Busy } from './state';
import { render } from './state';
import { emptyExtras, extrasOptions } from './report-extras';
import type { Problem } from '../src/core/engine/types';

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

export async function load(unit: string | null): Promise<void> {
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

export async function act(busy: Exclude<Busy, null | 'load'>, run: () => Promise<void>): Promise<void> {
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

export async function reloadQuietly(): Promise<void> {
  try {
    ui.data = checked(await call('sidebarData', currentUnit()));
  } catch (error) {
    notify('error', errorMessage(error), 'top');
  }
}

export const setUp = () => act('setUp', async () => {
  const r = await call('sidebarSetUp');
  await reloadQuietly();
  notify('ok', r.message, 'actions');
});

export const computeRankings = () => act('rankings', async () => {
  const r = await call('sidebarComputeRankings');
  if (!r.written) {
    ui.problems = r.problems;
    notify('error', r.message, 'actions');
    return;
  }
  await reloadQuietly();
  notify('ok', r.message, 'actions');
});

export const validate = () => act('validate', async () => {
  const r = await call('sidebarValidate');
  ui.problems = r.problems;
  ui.validation = { notReady: r.notReady ?? null, warnings: Array.isArray(r.warnings) ? r.warnings : [] };
  ui.revealSelector = '[data-testid=problems], [data-testid=problems-ok], [data-testid=problems-not-ready]';
  if (ui.data) ui.data = { ...ui.data, problemCount: r.problems.length };
});

export const selectCell = (p: Problem) => act('select', async () => {
  const r = await call('sidebarSelectCell', p.sheet, p.cell);
  notify('ok', r.message, 'actions');
});

export const generateReport = () => act('report', async () => {
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
