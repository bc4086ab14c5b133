/**
 * The fake Apps Script environment: one spreadsheet, its Ui and the services our code uses,
 * all counting into `serviceCalls`. `install()` puts them on globalThis (for the TypeScript
 * sources under test); `globals` is the same set for a vm context (for dist/Code.js).
 */
import { installGlobals, serviceCalls, type CallCounter } from './counter';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeLockService, FakePropertiesService, FakeScriptApp, FakeSession } from './services';
import { globalsIn, type AuthModeName } from './auth-mode';

export { serviceCalls, CallCounter, counted } from './counter';
export { FakeSpreadsheet, FakeSheet, FakeRange, isDate, columnLetter } from './spreadsheet';
export { FakeUi } from './ui';
export { globalsIn, type AuthModeName } from './auth-mode';

export interface FakeGas {
  ss: FakeSpreadsheet;
  ui: FakeUi;
  app: FakeSpreadsheetApp;
  lock: FakeLockService;
  properties: FakePropertiesService;
  session: FakeSession;
  script: FakeScriptApp;
  calls: CallCounter;
  /** The service globals by their Apps Script names. */
  globals: Record<string, unknown>;
  /**
   * Sets the globals on globalThis; returns a function that removes them. With `mode`, the
   * services refuse what the reference says that auth mode may not call (auth-mode.ts).
   */
  install(mode?: AuthModeName): () => void;
}

export interface FakeGasOptions {
  /** Name of the sheet a new spreadsheet starts with; null for none. */
  firstSheet?: string | null;
}

export function createFakeGas(options: FakeGasOptions = {}): FakeGas {
  const ss = new FakeSpreadsheet('ITA', options.firstSheet === undefined ? 'ชีต1' : options.firstSheet);
  const ui = new FakeUi();
  const app = new FakeSpreadsheetApp(ss, ui);
  const lock = new FakeLockService();
  const properties = new FakePropertiesService();
  const session = new FakeSession();
  const script = new FakeScriptApp();
  const globals: Record<string, unknown> = {
    SpreadsheetApp: app,
    LockService: lock,
    PropertiesService: properties,
    Session: session,
    ScriptApp: script,
  };
  ss._me = () => session.email;
  serviceCalls.reset();
  return {
    ss, ui, app, lock, properties, session, script, calls: serviceCalls, globals,
    install: (mode: AuthModeName = 'FULL') => installGlobals(globalsIn(globals, mode)),
  };
}
