/** What the plan and import cards may use of the page (their hosts): state, actions, render. */
import type { PlanHost } from './plan-card';
import type { YearHost } from './year-card';
import { ui, L, notify, errorMessage } from './state';
import { button } from './actions-card';
import { noticeAt } from './notices';
import { act, reloadQuietly } from './actions';
import type { ImportHost } from './import-card';
import { render } from './state';

/** The year-start document's card (plan-card.ts) runs through the panel's own busy state and notices. */
export const planHost: PlanHost = {
  lang: () => ui.lang, L, disabled: () => ui.busy !== null, working: () => ui.busy === 'plan',
  button: (label, onClick, testid) => button(label, 'plan', onClick, testid, true),
  notice: () => noticeAt('plan'),
  run: (task) => void act('plan', task),
  fail: (text) => notify('error', text, 'plan'),
  after: reloadQuietly,
};

/** The year card (year-card.ts: new fiscal year, library of measures), through the panel's busy state and notices. */
export const yearHost: YearHost = {
  lang: () => ui.lang, L, disabled: () => ui.busy !== null, working: () => ui.busy === 'year',
  button: (label, onClick, testid, primary = false) => button(label, 'year', onClick, testid, primary),
  notice: () => noticeAt('year'),
  run: (task) => void act('year', task),
  ok: (text) => notify('ok', text, 'year'),
  fail: (text) => notify('error', text, 'year'),
  after: reloadQuietly,
};

export const importHost: ImportHost = {
  lang: () => ui.lang, data: () => ui.data, busy: () => ui.busy !== null, render, reload: reloadQuietly, errorMessage,
};
