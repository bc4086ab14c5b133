/**
 * The one clock. Every "now" and "today" of the add-on and the CLI comes from `now()`, so a
 * test sets the day in one place (`setClock`) and a run of the whole suite can be moved to any
 * day (test/setup/clock.ts). Only the global Date: runs in Apps Script V8 and Node alike.
 */

let source: (() => Date) | null = null;

/** The current instant (a new Date each call). */
export function now(): Date {
  return source ? new Date(source().getTime()) : new Date();
}

/**
 * Test seam: from now on `now()` returns `at` (a fixed instant) or what `at()` returns; null
 * restores the real clock. The product never calls this.
 */
export function setClock(at: Date | (() => Date) | null): void {
  if (at === null) source = null;
  else if (at instanceof Date) {
    const fixed = at.getTime();
    source = () => new Date(fixed);
  } else source = at;
}
