/** Shared set-up of the add-on tests: a fake Apps Script with a workbook, installed as globals. */
import type { WorkbookGrids } from '../../src/core/engine/types';
import { createFakeGas, type AuthModeName, type FakeGas } from './fakes';
import { createFakeDocs, type FakeDocs } from './fakes/document';

export interface Env extends FakeGas {
  uninstall: () => void;
}

/**
 * A fake spreadsheet holding `grids` (or only an empty default sheet), its services installed
 * on globalThis — as code running in `authMode` sees them (default FULL: a menu item).
 */
export function fakeEnv(grids?: WorkbookGrids, authMode: AuthModeName = 'FULL'): Env {
  const gas = createFakeGas({ firstSheet: grids ? null : 'ชีต1' });
  if (grids) for (const [name, grid] of Object.entries(grids.sheets)) gas.ss._addSheet(name, grid);
  const uninstall = gas.install(authMode);
  gas.calls.reset();
  return { ...gas, uninstall };
}

/** A snapshot of every sheet's values (uncounted), for "nothing was written" checks. */
export function snapshotValues(env: FakeGas): Record<string, unknown[][]> {
  return Object.fromEntries(env.ss._sheetNames().map((n) => [n, env.ss._sheet(n)._values()]));
}

/** Before each test: a fake spreadsheet holding `make()` and the DocumentApp/Charts fakes; removed after. */
export function installFakes(make: () => WorkbookGrids | undefined, set: (env: Env, docs: FakeDocs) => void): void {
  let env: Env;
  let undo = () => {};
  beforeEach(() => {
    env = fakeEnv(make());
    const docs = createFakeDocs();
    undo = docs.install();
    set(env, docs);
  });
  afterEach(() => {
    undo();
    env.uninstall();
  });
}
