/**
 * The sidebar without Google: a node:http server that serves the built page with a
 * `google.script.run` shim injected, backed by the offline engine on an in-memory workbook.
 * It implements the same contract as src/gas/sidebar.ts (src/core/views/sidebar-api.ts), so a
 * person can click through the sidebar in a browser, and the browser tests drive it.
 *
 *   GET  /                   the sidebar page (+ shim)
 *   POST /api/<function>     {"args": [...]} → {"ok": true, "value": …} | 500 {"ok": false, "message": "…"}
 *   GET  /reports/<file>     a report written by sidebarGenerateReport
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Grid, WorkbookGrids } from '../core/engine/types';
import { analyse, type Analysis } from '../core/workbook/analyse';
import { SIDEBAR_FUNCTIONS, rankingsResult, reportOptionsError, reportOptionsProblem, validateResult, type AsyncSidebarApi, type ReportOptions, type SidebarFunction, planRequestProblem, type PlanRequest } from '../core/views/sidebar-api';
import { buildSidebarState, bangkokToday } from '../core/views/dashboard';
import { readReportLog, logRow, type LogRecord } from '../core/workbook/report-log';
import { sidebarError } from '../core/i18n/sidebar';
import { msg, registerStrings } from '../core/i18n';
import { UNITS_SIDEBAR_STRINGS } from '../core/i18n/units-sidebar';
import { applyUnitSheetsPlan, planMerge, planSplit, type UnitSheetsPlan } from '../core/workbook/unit-sheets-plan';
import { unitSheetNames } from '../core/workbook/unit-sheets';
import { ALL_SHEETS, SHEETS } from '../core/workbook/template';
import { findSheetName } from '../core/workbook/sheets';
import { buildEmptyWorkbook } from '../core/workbook/sample';
import { buildRankingsSheet } from '../core/views/rankings-sheet';
import { buildOverview } from '../core/views/overview';
import { buildOverviewSheet } from '../core/views/overview-sheet';
import { planWarning, planName, ReportError, reportName, type PlanDoc } from '../core/documents';
import { applyBlock, importRequest, planScoreImport, previewOf, runScoreImport } from '../core/score-import/plan';
import { applySheetWrites } from '../core/workbook/sheet-write';
import { planNewYear } from '../core/year/new-year';
import { LIBRARY, LIBRARY_INDICATORS } from '../core/year/library';
import { libraryApproachPick, libraryMeasurePick } from '../core/year/library-rows';
import { libraryItem, newYearRequest, newYearResult, pickMessage, pickRequest } from '../core/year/api';
import { now as clockNow } from '../core/engine/clock';


/** Writes the report of `options` to `outPath` (the report engineer's .docx renderer). */
export type ReportWriter = (
  analysis: Analysis, options: ReportOptions & { today: ReturnType<typeof bangkokToday> }, outPath: string,
) => Promise<{ path: string; name?: string; asOf?: ReturnType<typeof bangkokToday>; warning?: { th: string; en: string } }>;

/** Writes the year-start document of `options` to `outPath` (writePlanDocx in src/node/docx-files.ts). */
export type PlanWriter = (analysis: Analysis, options: PlanRequest & { today: ReturnType<typeof bangkokToday> }, outPath: string) => Promise<{ path: string; doc: PlanDoc }>;

export interface NodeSidebarOptions {
  grids: WorkbookGrids;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** null: the server answers generate-report with a clear error. */
  writeReport?: ReportWriter | null;
  /** null or absent: the server answers generate-plan with a clear error. */
  writePlan?: PlanWriter | null;
  /** Where reports are written; default a fresh temporary folder. */
  reportsDir?: string;
  /** Who the report log names as the author. */
  user?: string;
  /** The base URL report links point at (set by the server once it listens). */
  baseUrl?: () => string;
}

const A1 = /^(?:\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\d{1,7}:\d{1,7}|[A-Z]{1,3}:[A-Z]{1,3})$/;

/** A file name safe on every OS, keeping Thai letters. */
const fileName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150) || 'report';

registerStrings(UNITS_SIDEBAR_STRINGS);

/** A split or merge plan applied to the grids in place; its problems (with their cells) instead when it has any. */
function unitSheetsAction(grids: WorkbookGrids, plan: UnitSheetsPlan, key: string) {
  if (plan.problems.length) return { written: false, problems: plan.problems, message: msg('sidebar.server.unitsBlocked', { count: plan.problems.length }) };
  const after = applyUnitSheetsPlan(grids, plan);
  for (const name of Object.keys(grids.sheets)) if (!(name in after.sheets)) delete grids.sheets[name];
  Object.assign(grids.sheets, after.sheets);
  return { written: true, problems: [], message: msg(key, { moved: plan.moved, created: plan.created.length, removed: plan.removed.length }) };
}

/** The contract over an in-memory workbook; the grids are changed by set up, rankings and reports. */
export function createNodeSidebarApi(options: NodeSidebarOptions): AsyncSidebarApi & { grids: WorkbookGrids; reportsDir: string } {
  const grids = options.grids;
  const now = options.now ?? clockNow;
  const reportsDir = options.reportsDir ?? mkdtempSync(join(tmpdir(), 'ita-sidebar-reports-'));
  const fail = (key: string, params: Record<string, string | number> = {}): never => { throw sidebarError(msg(key, params)); };

  function logReport(record: Omit<LogRecord, 'time' | 'by' | 'sharedWith' | 'note'> & { note?: string }): void {
    const name = findSheetName(grids, SHEETS.reportLog) ?? SHEETS.reportLog.th;
    const sheet: Grid = grids.sheets[name] ?? (grids.sheets[name] = []);
    const { header, row } = logRow(sheet[0] ?? [], { ...record, time: now(), by: options.user ?? 'offline', sharedWith: '', note: record.note ?? '' });
    sheet[0] = header;
    sheet.push(row);
  }

  return {
    grids,
    reportsDir,
    sidebarData(unit) {
      return buildSidebarState(grids, analyse(grids), unit, now());
    },
    sidebarSetUp() {
      const added: string[] = [];
      const empty = buildEmptyWorkbook();
      for (const key of ALL_SHEETS) {
        const spec = SHEETS[key];
        if (findSheetName(grids, spec) !== undefined) continue;
        grids.sheets[spec.th] = empty.sheets[spec.th] ?? [spec.columns.map((c) => c.th)];
        added.push(spec.th);
      }
      return { message: added.length ? msg('sidebar.server.setUpAdded', { sheets: added.join(', ') }) : msg('sidebar.server.setUpDone') };
    },
    sidebarComputeRankings() {
      const analysis = analyse(grids);
      if (analysis.problems.length === 0) {
        const spec = SHEETS.rankings;
        grids.sheets[findSheetName(grids, spec) ?? spec.th] = buildRankingsSheet(analysis, { computedAt: now() }).values;
        // ภาพรวม too, as คำนวณอันดับ writes it in Sheets.
        const overview = buildOverview(analysis, readReportLog(grids), { today: bangkokToday(now()) });
        grids.sheets[findSheetName(grids, SHEETS.overview) ?? SHEETS.overview.th] = buildOverviewSheet(overview, { computedAt: now() }).values;
      }
      return rankingsResult(analysis.problems, analysis.assessments.length, Object.keys(analysis.unitRanking).length);
    },
    // Unit sheets (issue 21) on the in-memory workbook, as the add-on does them; protection is Sheets' own.
    sidebarSplitUnits: () => unitSheetsAction(grids, planSplit(grids), 'sidebar.server.split'),
    sidebarMergeUnits: () => unitSheetsAction(grids, planMerge(grids), 'sidebar.server.merged'),
    sidebarProtectUnits() {
      const plan = unitSheetNames(grids).length ? null : planSplit(grids);
      if (plan && plan.problems.length) return unitSheetsAction(grids, plan, 'sidebar.server.split');
      if (plan) unitSheetsAction(grids, plan, 'sidebar.server.split');
      return { written: false, problems: [], message: msg('sidebar.units.offlineProtect', { count: unitSheetNames(grids).length }) };
    },
    sidebarValidate() {
      return validateResult(analyse(grids));
    },
    sidebarSelectCell(sheet, a1) {
      // Problems name template sheets canonically; the workbook may use the English alias (as in Apps Script).
      const spec = Object.values(SHEETS).find((x) => x.th === sheet || x.en === sheet);
      const actual = typeof sheet !== 'string' ? undefined : sheet in grids.sheets ? sheet : spec ? findSheetName(grids, spec) : undefined;
      if (actual === undefined) return fail('sidebar.error.noSheet', { sheet: String(sheet) });
      if (typeof a1 !== 'string' || (a1 !== '' && !A1.test(a1))) fail('sidebar.error.badCell', { cell: String(a1) });
      return { message: msg('sidebar.server.selected', { ref: a1 ? `${actual}!${a1}` : actual }) };
    },
    sidebarNewYear(request) {
      const r = newYearRequest(request);
      if (!r) return fail('newYear.badYear', { value: String((request as { year?: unknown } | null)?.year ?? '') });
      const plan = planNewYear(grids, analyse(grids), r);
      const write = !r.dryRun && plan.problems.length === 0 && plan.writes.length > 0;
      if (write) applySheetWrites(grids, plan.writes);
      return newYearResult(plan, write);
    },
    sidebarLibrary: () => ({ indicators: [...LIBRARY_INDICATORS], entries: [...LIBRARY] }),
    sidebarAddFromLibrary(request) {
      const r = pickRequest(request);
      const item = r ? libraryItem({ indicators: [...LIBRARY_INDICATORS], entries: [...LIBRARY] }, r.id) : null;
      if (!r || !item) return fail('library.badPick');
      const analysis = analyse(grids);
      const pick = 'entry' in item
        ? libraryMeasurePick(grids, analysis, { unit: r.unit, year: r.year, entry: item.entry })
        : libraryApproachPick(grids, analysis, { unit: r.unit, itaYear: r.year - 1, indicator: item.indicator });
      if (pick.problems.length || !pick.write) throw sidebarError(pick.problems[0] ?? msg('library.badPick'));
      applySheetWrites(grids, [pick.write]);
      return { message: pickMessage('entry' in item ? 'measure' : 'approach', pick.cell, pick.text), cell: pick.cell };
    },
    previewScoreImport: (request) => previewOf(planScoreImport(grids, importRequest(request), now())),
    importScores: (request) => runScoreImport(grids, request, now(), (block) => applyBlock(grids, block)),
    async sidebarGenerateReport(opts) {
      const bad = reportOptionsProblem(opts);
      if (bad !== null) throw sidebarError(reportOptionsError(bad));
      const o = opts as ReportOptions;
      const writer = options.writeReport;
      if (!writer) return fail('sidebar.error.noRenderer');
      const analysis = analyse(grids);
      // A workbook with problems makes no report, as on Apps Script (nothing left out silently).
      if (analysis.problems.length) {
        const p = analysis.problems[0];
        throw sidebarError(new ReportError('invalidWorkbook', { count: analysis.problems.length, first: `${p.sheet}${p.cell ? `!${p.cell}` : ''} ${p.message.th}` }).text);
      }
      const options2: ReportOptions = {
        unit: o.unit, year: o.year, round: o.round, memo: o.memo, thaiDigits: o.thaiDigits,
        asOf: o.asOf, date: o.date, docNo: o.docNo, cover: o.cover, endorsement: o.endorsement,
      };
      const stamp = now().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
      const name = fileName(`${reportName(options2.unit, options2.year, options2.round)} ${stamp}`);
      mkdirSync(reportsDir, { recursive: true });
      let written: Awaited<ReturnType<ReportWriter>>;
      try {
        written = await writer(analysis, { ...options2, today: bangkokToday(now()) }, join(reportsDir, `${name}.docx`));
      } catch (e) {
        const text = (e as { text?: { th: string; en: string } }).text;
        if (text && typeof text.th === 'string') throw sidebarError(text);
        throw e;
      }
      const file = basename(written.path);
      const url = `${options.baseUrl ? options.baseUrl() : ''}/reports/${encodeURIComponent(file)}`;
      logReport({ unit: options2.unit, year: options2.year, round: options2.round, link: url, kind: 'progress', asOf: written.asOf ?? bangkokToday(now()) });
      const result = { url, name: written.name ?? reportName(options2.unit, options2.year, options2.round) };
      return written.warning ? { ...result, warning: written.warning } : result;
    },
    async sidebarGeneratePlan(opts) {
      const bad = planRequestProblem(opts);
      if (bad !== null) throw sidebarError(reportOptionsError(bad));
      const o = opts as PlanRequest;
      const writer = options.writePlan;
      if (!writer) return fail('sidebar.error.noRenderer');
      const analysis = analyse(grids);
      if (analysis.problems.length) {
        const p = analysis.problems[0];
        throw sidebarError(new ReportError('invalidWorkbook', { count: analysis.problems.length, first: `${p.sheet}${p.cell ? `!${p.cell}` : ''} ${p.message.th}` }).text);
      }
      const stamp = now().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
      mkdirSync(reportsDir, { recursive: true });
      let written: { path: string; doc: PlanDoc };
      try {
        written = await writer(analysis, {
          unit: o.unit, year: o.year, thaiDigits: o.thaiDigits, ...(o.date ? { date: o.date } : {}), ...(o.draft ? { draft: true } : {}), today: bangkokToday(now()),
        }, join(reportsDir, `${fileName(`${planName(o.unit, o.year)} ${stamp}`)}.docx`));
      } catch (e) {
        const text = (e as { text?: { th: string; en: string } }).text;
        if (text && typeof text.th === 'string') throw sidebarError(text);
        throw e;
      }
      const url = `${options.baseUrl ? options.baseUrl() : ''}/reports/${encodeURIComponent(basename(written.path))}`;
      const warning = planWarning(written.doc);
      const meta = written.doc.meta;
      logReport({ unit: meta.unit, year: meta.fiscalYear, round: null, link: url, kind: 'plan', asOf: null, note: warning ? warning.th : '' });
      return { url, name: meta.name, ...(warning ? { warning } : {}) };
    },
  };
}

/** The page-side stand-in for google.script.run: each call is a POST to /api/<name>. */
export function shimScript(names: readonly string[] = SIDEBAR_FUNCTIONS): string {
  return `(function () {
  var NAMES = ${JSON.stringify(names)};
  function runner(ok, fail) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail); },
      withFailureHandler: function (f) { return runner(ok, f); }
    };
    NAMES.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/api/' + name, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: args }) })
          .then(function (res) {
            return res.json().then(function (body) {
              if (res.ok && body && body.ok) { if (ok) ok(body.value); }
              else if (fail) fail(new Error((body && body.message) || ('HTTP ' + res.status)));
            });
          })
          .catch(function () { if (fail) fail(new Error('')); });
      };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } };
})();`;
}

/** The built page with the shim as the first script of <head>. */
export function pageWithShim(html: string): string {
  const shim = `<script>${shimScript()}</script>`;
  return html.includes('<head>') ? html.replace('<head>', () => `<head>\n${shim}`) : shim + html;
}

export interface SidebarServerOptions extends Omit<NodeSidebarOptions, 'baseUrl'> {
  /** The built page (build/sidebar/index.html). */
  html: string;
  /** 0: any free port. Default 5173. */
  port?: number;
  host?: string;
  /** Called with each API call (tests check the arguments). */
  onCall?: (name: SidebarFunction, args: unknown[]) => void;
}

export interface RunningSidebarServer {
  url: string;
  port: number;
  server: Server;
  api: ReturnType<typeof createNodeSidebarApi>;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

export function startSidebarServer(options: SidebarServerOptions): Promise<RunningSidebarServer> {
  const host = options.host ?? '127.0.0.1';
  let base = '';
  const api = createNodeSidebarApi({ ...options, baseUrl: () => base });
  const page = pageWithShim(options.html);

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => json(res, 500, { ok: false, message: e instanceof Error ? e.message : String(e) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      send(res, 200, 'text/html; charset=utf-8', page);
      return;
    }
    const apiMatch = /^\/api\/(\w+)$/.exec(url.pathname);
    if (apiMatch) {
      const name = apiMatch[1] as SidebarFunction;
      if (req.method !== 'POST' || !SIDEBAR_FUNCTIONS.includes(name)) {
        json(res, 404, { ok: false, message: `no such function: ${name}` });
        return;
      }
      let args: unknown[];
      try {
        const body = JSON.parse((await readBody(req)) || '{}') as { args?: unknown };
        args = Array.isArray(body.args) ? body.args : [];
      } catch {
        json(res, 400, { ok: false, message: 'bad request body' });
        return;
      }
      options.onCall?.(name, args);
      try {
        const fn = api[name] as (...a: unknown[]) => unknown;
        const value = await fn(...args);
        json(res, 200, { ok: true, value });
      } catch (e) {
        json(res, 500, { ok: false, message: e instanceof Error ? e.message : String(e) });
      }
      return;
    }
    const report = /^\/reports\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && report) {
      const file = basename(decodeURIComponent(report[1]));
      const path = join(api.reportsDir, file);
      if (file.endsWith('.docx') && existsSync(path)) {
        send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', readFileSync(path), {
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file)}`,
        });
        return;
      }
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      const port = (server.address() as AddressInfo).port;
      base = `http://${host}:${port}`;
      resolve({
        url: `${base}/`,
        port,
        server,
        api,
        close: () => new Promise<void>((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
