/**
 * The Apps Script bundle (dist/) built by `npm run build`:
 * every export of src/gas/main.ts must be a real top-level function of
 * dist/Code.js, custom functions must keep their JSDoc on that top-level
 * function, and onOpen must build the add-on menu from stub services.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as entry from '../../src/gas/main';

const { readExports } = require('../../scripts/gas-jsdoc-plugin.js') as {
  readExports(file: string): { functions: { name: string; jsdoc: string }[]; others: string[] };
};

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const ENTRY_FILE = path.join(ROOT, 'src/gas/main.ts');
const { MAX_CODE_BYTES } = require('../../scripts/code-budget') as { MAX_CODE_BYTES: number };

/** Names of the functions exported by the entry module: the source of truth. */
const exportedFunctions = Object.keys(entry).filter(
  (k) => typeof (entry as Record<string, unknown>)[k] === 'function',
);

interface MenuRecord {
  kind: 'addon' | 'menu';
  caption?: string;
  items: { caption: string; functionName: string }[];
  separators: number;
  added: boolean;
}

/** Minimal Apps Script globals: enough for loading Code.js and running onOpen. */
function makeGlobals(menus: MenuRecord[], alerts: string[]): Record<string, unknown> {
  const makeMenu = (rec: MenuRecord): unknown => {
    const menu = {
      addItem(caption: string, functionName: string) {
        rec.items.push({ caption, functionName });
        return menu;
      },
      addSeparator() {
        rec.separators++;
        return menu;
      },
      addSubMenu() {
        return menu;
      },
      addToUi() {
        rec.added = true;
      },
    };
    return menu;
  };
  const ui = {
    createAddonMenu() {
      const rec: MenuRecord = { kind: 'addon', items: [], separators: 0, added: false };
      menus.push(rec);
      return makeMenu(rec);
    },
    createMenu(caption: string) {
      const rec: MenuRecord = { kind: 'menu', caption, items: [], separators: 0, added: false };
      menus.push(rec);
      return makeMenu(rec);
    },
    alert(...args: unknown[]) {
      alerts.push(args.map(String).join(' | '));
      return 'OK';
    },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
  };
  const fail = (name: string) => () => {
    throw new Error(`${name} must not be called while building the menu`);
  };
  return {
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: fail('SpreadsheetApp.getActiveSpreadsheet'),
      getActive: fail('SpreadsheetApp.getActive'),
    },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    Session: { getActiveUserLocale: () => 'th', getActiveUser: fail('Session.getActiveUser') },
    PropertiesService: {
      getDocumentProperties: fail('PropertiesService.getDocumentProperties'),
      getUserProperties: fail('PropertiesService.getUserProperties'),
    },
    Logger: { log: () => undefined },
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  };
}

describe('Apps Script bundle (dist/)', () => {
  let code = '';

  beforeAll(() => {
    execSync('npm run build', { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
    code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  }, 180_000);

  const load = () => {
    const menus: MenuRecord[] = [];
    const alerts: string[] = [];
    const context = vm.createContext(makeGlobals(menus, alerts));
    vm.runInContext(code, context, { filename: 'Code.js' });
    return { context: context as Record<string, unknown>, menus, alerts };
  };

  it('has the entry module exporting at least onOpen and onInstall', () => {
    expect(exportedFunctions).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
  });

  it('writes Code.js within the size budget and appsscript.json', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(MAX_CODE_BYTES);
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')).rootDir).toBe('dist');
  });

  it('copies the built sidebar page only when there is one', () => {
    const built = path.join(ROOT, 'build/sidebar/index.html');
    expect(fs.existsSync(path.join(DIST, 'sidebar.html'))).toBe(fs.existsSync(built));
  });

  it('loads in a plain V8 context (no require, no Node globals)', () => {
    expect(() => load()).not.toThrow();
  });

  it.each(exportedFunctions)('declares %s as a top-level function that runs the real code', (name) => {
    // Declared at top level in the file text (what Apps Script lists and calls)...
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    // ...and, once the script has run, bound to the implementation, not the empty stub.
    const { context } = load();
    const fn = context[name];
    expect(typeof fn).toBe('function');
    expect(String(fn)).not.toMatch(/^function\s*\w*\s*\([^)]*\)\s*\{\s*\}$/);
  });

  it('keeps each custom function JSDoc (with @customfunction) on its top-level function', () => {
    const { functions } = readExports(ENTRY_FILE);
    expect(functions.map((f) => f.name).sort()).toEqual([...exportedFunctions].sort());
    // Cross-check the reader with a plain scan of the entry file for direct declarations.
    const source = fs.readFileSync(ENTRY_FILE, 'utf8');
    const direct = [...source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)/g)]
      .filter((m) => m[1].includes('@customfunction'))
      .map((m) => m[2]);
    const custom = functions.filter((f) => f.jsdoc.includes('@customfunction'));
    expect(custom.map((f) => f.name)).toEqual(expect.arrayContaining(direct));
    expect(custom.length).toBeGreaterThan(0);
    for (const f of custom) {
      const at = code.search(new RegExp(`^function ${f.name}\\(`, 'm'));
      expect(at).toBeGreaterThan(0);
      // The JSDoc block ends right before the top-level declaration.
      const before = code.slice(0, at).trimEnd();
      expect(before.endsWith(f.jsdoc)).toBe(true);
      expect(f.jsdoc).toMatch(/@customfunction/);
    }
  });

  it('builds the add-on menu in AuthMode.NONE with items that call top-level functions', () => {
    const { context, menus, alerts } = load();
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(menus).toHaveLength(1);
    const [menu] = menus;
    expect(menu.kind).toBe('addon');
    expect(menu.added).toBe(true);
    expect(menu.items.length).toBeGreaterThan(0);
    for (const item of menu.items) {
      expect(item.caption).toMatch(/[\u0E00-\u0E7F]/); // Thai caption
      expect(exportedFunctions).toContain(item.functionName);
      expect(typeof context[item.functionName]).toBe('function');
    }
    expect(alerts).toEqual([]);
  });

  it('onInstall builds the same menu', () => {
    const a = load();
    (a.context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    const b = load();
    (b.context.onInstall as (e: unknown) => void)({ authMode: 'NONE' });
    expect(b.menus).toEqual(a.menus);
  });
});
