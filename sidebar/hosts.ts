/** What the plan and import cards may use of the page (their hosts): state, actions, render. */
import type { PlanHost } from './plan-card';
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

export const importHost: ImportHost = {
  lang: () => ui.lang, data: () => ui.data, busy: () => ui.busy !== null, render, reload: reloadQuietly, errorMessage,
};
