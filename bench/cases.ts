/**
 * The benchmark's cases. Each runs in a fresh child process (bench/run.ts spawns one per
 * case), so CPU and peak memory belong to that case alone. Add-on cases run the real entry
 * points of src/gas/main.ts against the counting fakes of test/gas/fakes; offline cases run
 * the real CLI (`main([...])` of src/node/cli.ts) on the workbook file written by the parent.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createFakeGas, type FakeGas, type FakeSheet } from '../test/gas/fakes';
import { createFakeDocs, FakeParagraph, FakeTable, type FakeDocs } from '../test/gas/fakes/document';
import * as gas from '../src/gas/main';
import { analyse } from '../src/core/workbook/analyse';
import { buildRankingsSheet } from '../src/core/views/rankings-sheet';
import { SHEETS } from '../src/core/workbook/template';
import { readWorkbookGrids, sheetsByName } from '../src/gas/workbook';
import { main as cli } from '../src/node/cli';
import { generateWorkbook, unitName, type BenchSize } from './generate';
import { naiveWriteLayout } from './naive';
import { buildOverview } from '../src/core/views/overview';
import { buildOverviewSheet } from '../src/core/views/overview-sheet';
import { readReportLog, logRow } from '../src/core/workbook/report-log';
import { measure, peakRssMB, round1, rssMB } from './measure';

export type CaseOp =
  | 'setup' | 'rankings' | 'rankings-naive' | 'rankings-compute' | 'report' | 'report-all' | 'onedit' | 'onopen'
  | 'cli-rank' | 'cli-report'
  | 'overview' | 'overview-compute' | 'cli-status'
  | 'protect-units' | 'read-split';

export interface CaseInput {
  op: CaseOp;
  size: BenchSize;
  /** Workbook file for the offline cases. */
  file?: string;
}

export interface CaseResult {
  op: CaseOp;
  size: BenchSize;
  /** Service calls (add-on cases); null offline. */
  calls: number | null;
  /** Calls grouped by fake class: Range, Sheet, Spreadsheet… */
  byClass?: Record<string, number>;
  cpuMs: number;
  wallMs: number;
  /** Peak RSS of the case's process (fixture included), MB. */
  peakRssMB: number;
  /** RSS just before the operation started (the fixture: workbook, fakes, loaded code), MB. */
  rssBeforeMB: number;
  /** CPU ms of every run when the case was repeated. */
  cpuMsRuns?: number[];
  /** Not built yet, or otherwise not measured. */
  missing?: string;
  extra?: Record<string, unknown>;
}

/** A fake spreadsheet holding the workbook (filled uncounted, like data typed in earlier), globals installed. */
function fakeWorkbook(size: BenchSize): FakeGas {
  const env = createFakeGas({ firstSheet: null });
  for (const [name, grid] of Object.entries(generateWorkbook(size).sheets)) env.ss._addSheet(name, grid);
  env.install();
  return env;
}

function byClass(env: FakeGas): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, n] of Object.entries(env.calls.snapshot())) {
    const cls = name.split('.')[0];
    out[cls] = (out[cls] ?? 0) + n;
  }
  return out;
}

/** Calls that read or touch data; building a menu (getUi, Ui.*, Menu.*) is all onOpen may do. */
function dataCalls(env: FakeGas): { count: number; names: string[] } {
  const names = Object.entries(env.calls.snapshot())
    .filter(([name]) => name !== 'SpreadsheetApp.getUi' && !name.startsWith('Ui.') && !name.startsWith('Menu.'))
    .map(([name, n]) => `${name}×${n}`);
  const count = Object.entries(env.calls.snapshot())
    .filter(([name]) => name !== 'SpreadsheetApp.getUi' && !name.startsWith('Ui.') && !name.startsWith('Menu.'))
    .reduce((acc, [, n]) => acc + n, 0);
  return { count, names };
}

async function addonCase(input: CaseInput, prepare: (env: FakeGas) => () => unknown): Promise<CaseResult> {
  const env = fakeWorkbook(input.size);
  const run = prepare(env);
  env.calls.reset();
  const rssBeforeMB = rssMB();
  const m = await measure(run);
  return {
    op: input.op, size: input.size, calls: env.calls.total, byClass: byClass(env),
    cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB,
    extra: m.value && typeof m.value === 'object' ? (m.value as Record<string, unknown>) : undefined,
  };
}

/** 1,000 measure rows pasted below the data (stamp columns left blank, as a paste from elsewhere). */
function pasteRows(sheet: FakeSheet): { first: number; rows: unknown[][] } {
  const rows = generateWorkbook({ units: 1, measures: 1000 }, 7).sheets[SHEETS.measures.th].slice(1);
  const keys = SHEETS.measures.columns.map((c) => c.key);
  for (const row of rows) {
    row[keys.indexOf('updated')] = '';
    row[keys.indexOf('updatedBy')] = '';
    row[keys.indexOf('unit')] = unitName(0);
  }
  const first = sheet.getLastRow() + 1;
  const need = first + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows);
  return { first, rows };
}

export async function runCase(input: CaseInput): Promise<CaseResult> {
  switch (input.op) {
    case 'setup':
      return addonCase(input, () => () => { gas.menuSetupTemplate(); });

    case 'rankings':
      return addonCase(input, (env) => () => {
        gas.menuComputeRankings();
        const out = env.ss.getSheetByName(SHEETS.rankings.th);
        return { rankingsRows: out ? out.getLastRow() : 0, alerts: env.ui.alerts.length };
      });

    case 'rankings-naive':
      // The same read and analysis as menuComputeRankings, then the per-cell writer.
      return addonCase(input, (env) => () => {
        const ss = env.app.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
        const sheets = sheetsByName(ss);
        const analysis = analyse(readWorkbookGrids(ss, sheets));
        const sheet = ss.insertSheet(SHEETS.rankings.th);
        const layout = buildRankingsSheet(analysis, { lang: 'th' });
        naiveWriteLayout(sheet, layout);
        return { cells: layout.values.length * layout.columnWidths.length };
      });

    case 'rankings-compute': {
      // The pure part of compute rankings (what Apps Script runs between the reads and the
      // writes): analyse the grids and lay out the Rankings sheet. No fakes.
      const grids = generateWorkbook(input.size);
      const rssBeforeMB = rssMB();
      const m = await measure(() => {
        const layout = buildRankingsSheet(analyse(grids), { lang: 'th', computedAt: new Date(0) });
        return { rows: layout.values.length };
      });
      return { op: input.op, size: input.size, calls: null, cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB, extra: m.value };
    }

    case 'onedit':
      return addonCase(input, (env) => {
        const sheet = env.ss._sheet(SHEETS.measures.th);
        const { first, rows } = pasteRows(sheet);
        const range = sheet.getRange(first, 1, rows.length, rows[0].length);
        const event = { range, source: env.ss, user: env.session.getActiveUser(), authMode: 'LIMITED', triggerUid: '' };
        return () => {
          gas.onEdit(event as unknown as GoogleAppsScript.Events.SheetsOnEdit);
          const stamped = sheet.getRange(first, 14, rows.length, 1).getValues().filter((r) => r[0] !== '').length;
          return { pastedRows: rows.length, stampedRows: stamped };
        };
      });

    case 'onopen':
      return addonCase(input, (env) => () => {
        gas.onOpen({ authMode: env.script.AuthMode.NONE } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
        const data = dataCalls(env);
        return { dataCalls: data.count, dataCallNames: data.names, menuItems: env.ui.menus[0]?.items.length ?? 0 };
      });

    case 'report':
      // generateReport is what the menu (after asking unit and round), the sidebar and scripts all call.
      return addonCase(input, () => {
        const docs = installDocs();
        return () => {
          const made = gas.generateReport({ unit: unitName(0) });
          return { documents: docs.documentApp.documents.length, name: made.name, ...docCounts(docs) };
        };
      });

    case 'report-all':
      // The menu entry as users run it: one document per unit until the run's time budget.
      return addonCase(input, (env) => {
        const docs = installDocs();
        return () => {
          let error: string | undefined;
          try {
            gas.generateAllReports();
          } catch (e) {
            error = e instanceof Error ? e.message : String(e); // reported, with the documents made until then
          }
          const n = docs.documentApp.documents.length;
          return { documents: n, units: input.size.units, callsPerDocument: n ? Math.round(env.calls.total / n) : null, ...docCounts(docs), ...(error ? { error } : {}) };
        };
      });

    case 'overview':
    case 'overview-compute':
    case 'cli-status':
      return overviewCase(input);

    case 'protect-units':
    case 'read-split':
      return unitsCase(input);

    case 'cli-rank': {
      const file = input.file as string;
      let outChars = 0;
      const rssBeforeMB = rssMB();
      const m = await measure(() => cli(['rank', file], { out: (s) => { outChars += s.length; }, err: () => undefined }));
      return {
        op: input.op, size: input.size, calls: null, cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB,
        extra: { exitCode: m.value, outputChars: outChars, file },
      };
    }

    case 'cli-report': {
      const file = input.file as string;
      const dir = mkdtempSync(join(tmpdir(), 'ita-bench-docx-'));
      const out = join(dir, 'report.docx');
      const errors: string[] = [];
      const rssBeforeMB = rssMB();
      const m = await measure(() => cli(['report', file, '--unit', unitName(0), '--out', out], { out: () => undefined, err: (s) => { errors.push(s); } }));
      let docxBytes = 0;
      try { docxBytes = statSync(out).size; } catch { /* reported through exitCode */ }
      rmSync(dir, { recursive: true, force: true });
      return {
        op: input.op, size: input.size, calls: null, cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB,
        extra: { exitCode: m.value, docxBytes, errors: errors.slice(0, 5), file },
      };
    }
  }
}

/**
 * A report log with every other unit's 6-month report of FY 2568 (as สร้างรายงานทุกหน่วยงาน
 * leaves it half done), so the overview reads and matches a log as large as the district's.
 */
function reportLogGrid(units: number): unknown[][] {
  let header: unknown[] = [];
  const rows: unknown[][] = [];
  for (let i = 0; i < units; i += 2) {
    const r = logRow(header, {
      time: new Date(Date.UTC(2025, 3, 2, 3, i % 60)), unit: unitName(i), year: 2568, round: 6, link: `https://docs.google.com/document/d/bench${i}`,
      by: 'bench@example.com', kind: 'progress', asOf: { year: 2025, month: 3, day: 31 }, sharedWith: '', note: '',
    });
    header = r.header;
    rows.push(r.row);
  }
  return [header.length ? header : SHEETS.reportLog.columns.map((c) => c.th), ...rows];
}

/** The day the overview cases look from: after FY 2568's 6-month round (the clock is pinned). */
const OVERVIEW_NOW = new Date('2025-05-15T03:00:00Z');

/** The district overview cases (issue 14). */
async function overviewCase(input: CaseInput): Promise<CaseResult> {
  switch (input.op) {
    case 'overview':
      // The menu item สรุปภาพรวม through its module with the pinned clock (the entry point uses now).
      return addonCase(input, (env) => {
        env.ss._addSheet(SHEETS.reportLog.th, reportLogGrid(input.size.units));
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { computeOverview } = require('../src/gas/overview') as typeof import('../src/gas/overview');
        const ss = env.app.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
        return () => {
          const outcome = computeOverview(ss, 'th', OVERVIEW_NOW);
          return { written: outcome.written, units: outcome.overview?.units.length ?? 0, needingAttention: outcome.overview?.needingAttention ?? 0, rows: env.ss._sheet(SHEETS.overview.th).getMaxRows() };
        };
      });
    case 'overview-compute': {
      // The pure part: analyse the grids, build the overview, lay out the sheet. No fakes.
      const grids = generateWorkbook(input.size);
      grids.sheets[SHEETS.reportLog.th] = reportLogGrid(input.size.units);
      const rssBeforeMB = rssMB();
      const m = await measure(() => {
        const overview = buildOverview(analyse(grids), readReportLog(grids), { today: { year: 2025, month: 5, day: 15 } });
        return { rows: buildOverviewSheet(overview, { computedAt: OVERVIEW_NOW }).values.length };
      });
      return { op: input.op, size: input.size, calls: null, cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB, extra: m.value };
    }
    default: {
      const file = input.file as string;
      let outChars = 0;
      const rssBeforeMB = rssMB();
      const m = await measure(() => cli(['status', file, '--round', '6'], { out: (s) => { outChars += s.length; }, err: () => undefined }));
      return {
        op: input.op, size: input.size, calls: null, cpuMs: m.cpuMs, wallMs: m.wallMs, peakRssMB: peakRssMB(), rssBeforeMB,
        extra: { exitCode: m.value, outputChars: outChars, file },
      };
    }
  }
}

/** DocumentApp, Charts and HtmlService fakes (the report engineer's), counting into the same counter. */
function installDocs(): FakeDocs {
  const docs = createFakeDocs();
  docs.install();
  return docs;
}

/** Size of the first document made: paragraphs and table rows (uncounted helpers). */
function docCounts(docs: FakeDocs): Record<string, number> {
  const doc = docs.documentApp.documents[0];
  if (!doc) return {};
  const children = doc.body._all();
  return {
    paragraphs: children.filter((c) => c instanceof FakeParagraph).length,
    tableRows: children.reduce((n, c) => n + (c instanceof FakeTable ? c.rows.length : 0), 0),
  };
}

/**
 * Issue 21: ป้องกันข้อมูลตามหน่วยงาน (split, then protect every unit sheet and the admin sheets)
 * and reading the split workbook (what every action reads first). Measured at the size, and
 * again with twice the rows (same units) in the same process: the calls must not change.
 */
async function unitsCase(input: CaseInput): Promise<CaseResult> {
  const callsFor = (size: BenchSize): number => {
    const env = fakeWorkbook(size);
    env.ss.people.owner = env.session.email;
    if (input.op === 'read-split') gas.menuSplitUnits();
    env.calls.reset();
    if (input.op === 'protect-units') gas.menuProtectUnits();
    else readWorkbookGrids(env.app.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    return env.calls.total;
  };
  const twice = callsFor({ units: input.size.units, measures: input.size.measures * 2 });
  return addonCase(input, (env) => {
    env.ss.people.owner = env.session.email;
    if (input.op === 'read-split') gas.menuSplitUnits();
    return () => {
      if (input.op === 'protect-units') gas.menuProtectUnits();
      else readWorkbookGrids(env.app.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
      const sheets = env.ss._sheetNames().filter((n) => n.startsWith(`${SHEETS.measures.th} `)).length;
      return { unitSheets: sheets, callsTwiceTheRows: twice, alerts: env.ui.alerts.map((a) => a.prompt.slice(0, 80)) };
    };
  });
}
