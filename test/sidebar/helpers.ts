/** Shared by the sidebar's Apps Script tests. */
import { parseSidebarError } from '../../src/core/i18n/sidebar';

/** The bilingual message a sidebar call threw (what the page shows); fails when it did not throw. */
export function errorOf(fn: () => unknown): ReturnType<typeof parseSidebarError> {
  try {
    fn();
  } catch (e) {
    return parseSidebarError((e as Error).message);
  }
  throw new Error('expected an error');
}
