/**
 * The sidebar page's entry: wires the panel's drawing (panel.ts) to the state (state.ts), catches
 * what would otherwise leave a blank panel, and makes the first load. The page's parts: state.ts
 * (the one `ui` object), actions.ts (calls to the server), panel.ts (the whole panel, rebuilt on
 * every render), one file per card, format.ts (numbers, dates, quoted names). Every workbook
 * text is a text node (see dom.ts).
 */
import { ui, notify, setRenderer } from './state';
import { both } from './i18n';
import { render } from './state';
import { renderPanel } from './panel';
import { watchOpenRequest } from './import-card';
import { importHost } from './hosts';
import { load } from './actions';

setRenderer(renderPanel);

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

watchOpenRequest(importHost);

void load(null);
