/**
 * Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), and the offline sidebar server on an ephemeral port.
 *
 * Under CI=true the browser tests FAIL when /usr/bin/chromium is missing (`.ci/run` installs
 * it with apt-get); elsewhere they are skipped with a message saying how to install it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WorkbookGrids } from '../../src/core/engine/types';
import { startSidebarServer, type RunningSidebarServer, type SidebarServerOptions } from '../../src/node/sidebar-server';

export const CHROMIUM = '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true';
const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** `describe` when the browser tests must run (Chromium present, or CI), else `describe.skip`. */
export const describeBrowser: jest.Describe = HAVE_CHROMIUM || IN_CI ? describe : describe.skip;
if (!HAVE_CHROMIUM && !IN_CI) {
  // eslint-disable-next-line no-console
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium). Under CI=true they fail instead.`);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); CI must not skip the browser tests`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let html: string | null = null;

/** The built page (built once per test file, as `npm run build:sidebar` builds it). */
export function sidebarHtml(): string {
  if (html === null) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildSidebar } = require(join(__dirname, '..', '..', 'scripts', 'build-sidebar.js')) as { buildSidebar: () => { path: string } };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    html = require('node:fs').readFileSync(buildSidebar().path, 'utf8') as string;
  }
  return html as string;
}

/** A fixed clock: 15 May 2025 10:00 Bangkok (FY 2568, after the 6-month round). */
export const NOW = new Date('2025-05-15T03:00:00Z');

export function serve(grids: WorkbookGrids, extra: Partial<SidebarServerOptions> = {}): Promise<RunningSidebarServer> {
  return startSidebarServer({ grids, html: sidebarHtml(), port: 0, now: () => NOW, ...extra });
}

/** A page at Google's sidebar width that records console errors and uncaught exceptions. */
export async function sidebarPage(browser: Browser, url: string, lang: 'th' | 'en' = 'th'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: lang === 'th' ? 'th-TH' : 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, errors };
}

/**
 * For a describeBrowser block: one Chromium for the block and every server it starts closed after
 * it. `open(grids)` serves a workbook offline and opens the sidebar on it.
 */
export function browserHarness(): {
  readonly browser: Browser;
  servers: RunningSidebarServer[];
  open: (grids: WorkbookGrids, extra?: Partial<SidebarServerOptions>) => Promise<{ server: RunningSidebarServer; page: Page; errors: string[] }>;
} {
  let browser: Browser | undefined;
  const servers: RunningSidebarServer[] = [];
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  return {
    get browser() { return browser as Browser; },
    servers,
    async open(grids, extra = {}) {
      const server = await serve(grids, extra);
      servers.push(server);
      return { server, ...(await sidebarPage(browser as Browser, server.url)) };
    },
  };
}
