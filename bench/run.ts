/**
 * `npm run bench` (issue 6): proves the add-on costs the same number of Apps Script calls
 * whatever the size of the workbook, and that its compute is negligible.
 *
 *   node build/bench/run.js            all sizes (1×10 … 1,000×20,000), ~2–3 minutes on 2 cores
 *   node build/bench/run.js --quick    without the 1,000×20,000 workbook
 *   node build/bench/run.js --no-build skip `npm run build` (dist/Code.js size then read as is)
 *   node build/bench/run.js --repeat=N runs of each case (default 3; the median CPU is kept)
 *   node build/bench/run.js --ratios   only the start-up and rank ratios (bench/ratios.ts), on the largest workbook
 *
 * The parent generates the workbooks (bench/generate.ts), writes each as .xlsx and .json
 * into a temporary folder, then runs every case in a fresh child process (bench/cases.ts)
 * so CPU time and peak memory are the case's own. Prints Markdown tables and the targets
 * (PASS/FAIL), and writes bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_SIZES, REPORT_SIZE, generateWorkbook, measuresOfUnit, rowCounts, sizeLabel, type BenchSize } from './generate';
import { runCase, type CaseInput, type CaseOp, type CaseResult } from './cases';
import { measure, round1 } from './measure';
import { measureRatios, type Ratio } from './ratios';
import { writeJsonGrids } from '../src/node/workbook-io';
import { writeWorkbookXlsx } from '../src/node/xlsx-write';

const ROOT = resolve(__dirname, '..', '..');
const CODE_JS = join(ROOT, 'dist', 'Code.js');
const RESULTS = join(ROOT, 'bench', 'results.json');
const { MAX_CODE_BYTES } = require('../scripts/code-budget') as { MAX_CODE_BYTES: number };
/** Above this, the largest workbook is handed to the CLI as JSON grids instead of .xlsx. */
const XLSX_WRITE_LIMIT_MS = 60_000;

// ---------------------------------------------------------------------------------------
// Child mode: one case, one JSON line on stdout.

async function child(json: string): Promise<void> {
  const result = await runCase(JSON.parse(json) as CaseInput);
  process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------------------------------
// Parent mode.

interface Prepared {
  size: BenchSize;
  rows: Record<string, number>;
  xlsx: string;
  json: string;
  /** The file the offline cases read. */
  file: string;
  xlsxWriteMs: number;
  xlsxBytes: number;
  jsonBytes: number;
  note?: string;
}

async function prepare(dir: string, size: BenchSize): Promise<Prepared> {
  const grids = generateWorkbook(size);
  const base = join(dir, `bench-${size.units}x${size.measures}`);
  const xlsx = `${base}.xlsx`;
  const json = `${base}.json`;
  const w = await measure(() => writeWorkbookXlsx(xlsx, grids));
  await writeJsonGrids(json, grids);
  const slow = w.wallMs > XLSX_WRITE_LIMIT_MS;
  return {
    size, rows: rowCounts(grids), xlsx, json, file: slow ? json : xlsx,
    xlsxWriteMs: round1(w.wallMs), xlsxBytes: statSync(xlsx).size, jsonBytes: statSync(json).size,
    note: slow ? `.xlsx write took ${Math.round(w.wallMs / 1000)} s: the offline cases read the JSON grid form` : undefined,
  };
}

/**
 * Runs a case `repeat` times, each in a fresh process, and keeps the run with the median CPU
 * time (every Apps Script execution starts cold too, so no warm-up). Call counts must not
 * differ between runs; if they do, the result says so.
 */
function runRepeated(input: CaseInput, repeat: number): CaseResult {
  const runs = Array.from({ length: repeat }, () => spawnCase(input));
  const ok = runs.filter((r) => !r.missing);
  if (ok.length < runs.length) return runs.find((r) => r.missing) as CaseResult;
  const sorted = [...ok].sort((a, b) => a.cpuMs - b.cpuMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const calls = new Set(ok.map((r) => r.calls));
  return {
    ...median,
    cpuMsRuns: ok.map((r) => round1(r.cpuMs)),
    ...(calls.size > 1 ? { missing: `failed: call counts differ between runs (${[...calls].join(', ')})` } : {}),
  };
}

function spawnCase(input: CaseInput): CaseResult {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', __filename, '--child', JSON.stringify(input)], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: ROOT,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('@@RESULT '));
  if (r.status !== 0 || !line) {
    const why = (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-5).join(' | ');
    return { op: input.op, size: input.size, calls: null, cpuMs: 0, wallMs: 0, peakRssMB: 0, rssBeforeMB: 0, missing: `failed: ${why}` };
  }
  return JSON.parse(line.slice('@@RESULT '.length)) as CaseResult;
}

/** The CLI as users run it (bin/ita.js → build/ita.js) and the yardstick, rebuilt from the sources. */
function buildCliAndYardstick(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.js')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
  (require('esbuild') as typeof import('esbuild')).buildSync({
    entryPoints: [join(ROOT, 'bench', 'yardstick.ts')], outfile: join(ROOT, 'build', 'bench', 'yardstick.js'),
    bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning',
  });
}

function ratioTargets(ratios: Ratio[]): Target[] {
  return ratios.map((r) => (r.error
    ? { name: `${r.name} at most ${r.goal}×`, status: 'N/A' as const, detail: r.error }
    : {
      name: `${r.name} at most ${r.goal}×`, status: r.ratio <= r.goal ? 'PASS' as const : 'FAIL' as const,
      detail: `${r.ratio.toFixed(2)}× (${fmtInt(r.ours)} ms ÷ ${fmtInt(r.yardstick)} ms wall, median of ${r.runs} interleaved runs)`,
    }));
}

function ratioTable(ratios: Ratio[], file: string): string {
  const lines = ['| ratio (fresh processes, wall time, same run) | ours ms | yardstick ms | ratio | goal |', '|---|---:|---:|---:|---:|'];
  for (const r of ratios) lines.push(r.error ? `| ${r.name} | failed | | | ≤ ${r.goal}× |` : `| ${r.name} | ${fmtInt(r.ours)} | ${fmtInt(r.yardstick)} | **${r.ratio.toFixed(2)}×** | ≤ ${r.goal}× |`);
  lines.push(`Workbook for the rank ratio: ${file.split('/').pop()}.`);
  return lines.join('\n');
}

function buildCodeJs(skip: boolean): { bytes: number | null; buildMs: number | null; error?: string } {
  let buildMs: number | null = null;
  if (!skip) {
    const t0 = Date.now();
    const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    buildMs = Date.now() - t0;
    if (r.status !== 0) return { bytes: null, buildMs, error: (r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ') };
  }
  return { bytes: existsSync(CODE_JS) ? statSync(CODE_JS).size : null, buildMs };
}

// ---------------------------------------------------------------------------------------
// Report.

const fmtInt = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
const fmtMs = (n: number): string => (n >= 100 ? fmtInt(n) : n.toFixed(1));

interface Target {
  name: string;
  status: 'PASS' | 'FAIL' | 'N/A';
  detail: string;
}

const allEqual = (xs: number[]): boolean => xs.length > 0 && xs.every((x) => x === xs[0]);

/** The classes of DocumentApp's objects in the fakes (Document.addViewers… included: sharing is DocumentApp too). */
const DOCUMENT_APP_CLASSES = ['DocumentApp', 'Document', 'Body', 'Paragraph', 'Text', 'Table', 'TableRow', 'TableCell', 'InlineImage', 'ContainerElement', 'PageBreak'];

/** A report case's calls by service: DocumentApp, and the Docs REST API (the advanced `Docs` service). */
function documentCalls(r: CaseResult | undefined): { documentApp: number; docsApi: number } | null {
  if (!r?.byClass) return null;
  const documentApp = DOCUMENT_APP_CLASSES.reduce((n, c) => n + (r.byClass?.[c] ?? 0), 0);
  return { documentApp, docsApi: r.byClass.Docs ?? 0 };
}

/** Protect by unit: a new unit sheet is written and dressed (header, widths, dropdown, colours: ~60 calls) and protected (~10); the ceiling checked. */
const UNIT_CALLS = 80;
const FIXED_CALLS = 200;

function evaluate(results: CaseResult[], sizes: BenchSize[], code: { bytes: number | null }): Target[] {
  const get = (op: CaseOp, size: BenchSize) => results.find((r) => r.op === op && r.size.units === size.units && r.size.measures === size.measures);
  const callsOf = (op: CaseOp, list: BenchSize[]) => list.map((s) => get(op, s)).filter((r): r is CaseResult => !!r && r.calls !== null && !r.missing);
  const targets: Target[] = [];

  const same = (name: string, op: CaseOp, list: BenchSize[]) => {
    const rs = callsOf(op, list);
    if (rs.length < list.length) {
      const miss = list.map((s) => get(op, s)).find((r) => r?.missing)?.missing ?? 'not measured';
      targets.push({ name, status: 'N/A', detail: miss });
      return;
    }
    const calls = rs.map((r) => r.calls as number);
    targets.push({
      name, status: allEqual(calls) ? 'PASS' : 'FAIL',
      detail: list.map((s, i) => `${sizeLabel(s)}: ${fmtInt(calls[i])}`).join(', '),
    });
  };
  same('set-up: the same number of calls at every size', 'setup', sizes);
  same('compute rankings: the same number of calls at every size', 'rankings', sizes);
  same('onEdit (1,000-row paste): the same number of calls at every size', 'onedit', sizes);
  same('overview (สรุปภาพรวม): the same number of calls at every size', 'overview', sizes);
  for (const [op, name] of [['protect-units', 'protect by unit'], ['read-split', 'reading a split workbook']] as [CaseOp, string][]) {
    // Issue 21: calls grow with the units at most (a few per unit sheet), never with the rows.
    const rs = sizes.map((s) => get(op, s));
    const title = `${name}: the same calls with twice the rows, at most ${UNIT_CALLS} per unit + ${FIXED_CALLS}`;
    if (rs.some((r) => !r || r.missing || r.calls === null)) { targets.push({ name: title, status: 'N/A', detail: 'not measured' }); continue; }
    const ok = rs.every((r) => r && r.calls === r.extra?.callsTwiceTheRows && (r.calls as number) <= UNIT_CALLS * r.size.units + FIXED_CALLS);
    targets.push({ name: title, status: ok ? 'PASS' : 'FAIL', detail: rs.map((r) => r && `${sizeLabel(r.size)}: ${fmtInt(r.calls)} (twice the rows: ${fmtInt(Number(r.extra?.callsTwiceTheRows))})`).join(', ') });
  }
  // One unit's report: its measures range from 10 (1×10) through 20 to 500 (1×500).
  same('one report: calls independent of the number of measures (10, 20 … 500 measures)', 'report', [...sizes, REPORT_SIZE]);
  {
    const docsApi = [...sizes, REPORT_SIZE].map((s) => documentCalls(get('report', s))?.docsApi);
    const measured = docsApi.every((n) => n !== undefined);
    targets.push({
      name: 'one report: the Docs API pass is one get and one batchUpdate at every size',
      status: !measured ? 'N/A' : docsApi.every((n) => n === 2) ? 'PASS' : 'FAIL',
      detail: [...sizes, REPORT_SIZE].map((s, i) => `${sizeLabel(s)}: ${docsApi[i] ?? '–'}`).join(', '),
    });
  }

  const largest = sizes[sizes.length - 1];
  const rank = get('rankings', largest);
  const compute = get('rankings-compute', largest);
  if (!rank || rank.missing) targets.push({ name: `compute rankings for ${sizeLabel(largest)} under 1 s of CPU`, status: 'N/A', detail: rank?.missing ?? 'not measured' });
  else {
    targets.push({
      name: `compute rankings for ${sizeLabel(largest)} under 1 s of CPU`,
      status: rank.cpuMs < 1000 ? 'PASS' : 'FAIL',
      detail: `${fmtInt(rank.cpuMs)} ms CPU for the whole menu action against the fakes (their in-memory writes included)`
        + (compute ? `; read-free engine part (analyse + layout): ${fmtInt(compute.cpuMs)} ms` : ''),
    });
  }

  const overview = get('overview', largest);
  const overviewCompute = get('overview-compute', largest);
  if (!overview || overview.missing) targets.push({ name: `overview for ${sizeLabel(largest)} under 1 s of CPU`, status: 'N/A', detail: overview?.missing ?? 'not measured' });
  else {
    targets.push({
      name: `overview for ${sizeLabel(largest)} under 1 s of CPU`,
      status: overview.cpuMs < 1000 ? 'PASS' : 'FAIL',
      detail: `${fmtInt(overview.cpuMs)} ms CPU for the whole menu action against the fakes (${fmtInt(Number(overview.extra?.units))} units, report log read)`
        + (overviewCompute ? `; read-free part (analyse + overview + layout): ${fmtInt(overviewCompute.cpuMs)} ms` : ''),
    });
  }

  const docx = get('cli-report', REPORT_SIZE);
  if (!docx || docx.missing || (docx.extra?.exitCode ?? 1) !== 0) {
    targets.push({ name: 'a 500-measure .docx (ita report) under 3 s', status: docx && !docx.missing ? 'FAIL' : 'N/A', detail: docx?.missing ?? `exit ${String(docx?.extra?.exitCode)} ${JSON.stringify(docx?.extra?.errors ?? [])}` });
  } else {
    targets.push({
      name: 'a 500-measure .docx (ita report) under 3 s',
      status: docx.wallMs < 3000 ? 'PASS' : 'FAIL',
      detail: `${fmtInt(docx.wallMs)} ms wall, ${fmtInt(docx.cpuMs)} ms CPU (read .xlsx, analyse, render, write ${fmtInt(Number(docx.extra?.docxBytes) / 1024)} KB)`,
    });
  }

  targets.push(code.bytes === null
    ? { name: `dist/Code.js at most ${MAX_CODE_BYTES / 1024} KB`, status: 'N/A', detail: 'no dist/Code.js (build failed?)' }
    : { name: `dist/Code.js at most ${MAX_CODE_BYTES / 1024} KB`, status: code.bytes <= MAX_CODE_BYTES ? 'PASS' : 'FAIL', detail: `${(code.bytes / 1024).toFixed(1)} KB (${fmtInt(code.bytes)} bytes)` });

  const open = results.find((r) => r.op === 'onopen');
  if (!open || open.missing) targets.push({ name: 'onOpen (AuthMode.NONE) reads nothing', status: 'N/A', detail: open?.missing ?? 'not measured' });
  else {
    const data = Number(open.extra?.dataCalls ?? -1);
    targets.push({
      name: 'onOpen (AuthMode.NONE) reads nothing',
      status: data === 0 ? 'PASS' : 'FAIL',
      detail: `${data} data calls; ${open.calls} calls in all (getUi + menu building)`
        + (data > 0 ? `: ${(open.extra?.dataCallNames as string[]).join(', ')}` : ''),
    });
  }
  return targets;
}

const OP_LABEL: Partial<Record<CaseOp, string>> = {
  setup: 'set-up (ตั้งค่าแม่แบบ)',
  rankings: 'compute rankings (คำนวณอันดับ)',
  'rankings-naive': 'naive per-cell rankings writer',
  report: 'one report (first unit)',
  'report-all': 'report for all units (one run ²)',
  onedit: 'onEdit, 1,000-row paste',
  overview: 'overview (สรุปภาพรวม)',
  'protect-units': 'protect by unit (split + protect ³)',
  'read-split': 'read a split workbook ³',
};

function tables(results: CaseResult[], sizes: BenchSize[]): string {
  const get = (op: CaseOp, size: BenchSize) => results.find((r) => r.op === op && r.size.units === size.units && r.size.measures === size.measures);
  const head = (first: string) => [`| ${first} | ${sizes.map(sizeLabel).join(' | ')} |`, `|---|${sizes.map(() => '---:').join('|')}|`];
  const cell = (r: CaseResult | undefined, f: (r: CaseResult) => string) => (!r ? '–' : r.missing ? (r.missing.startsWith('n/a') ? 'n/a (not built yet)' : 'failed') : f(r));

  const calls = head('Apps Script calls (units × measures)');
  const callsCell = (r: CaseResult): string => {
    if (r.op !== 'report-all') return fmtInt(r.calls);
    const docs = Number(r.extra?.documents ?? 0);
    return `${fmtInt(r.calls)} (${fmtInt(docs)} doc${docs === 1 ? '' : 's'}, ${fmtInt(Number(r.extra?.callsPerDocument ?? 0))}/doc)${r.extra?.error ? ' **failed** ¹' : ''}`;
  };
  for (const op of ['setup', 'rankings', 'rankings-naive', 'report', 'report-all', 'onedit', 'overview', 'protect-units', 'read-split'] as CaseOp[]) {
    calls.push(`| ${OP_LABEL[op]} | ${sizes.map((s) => cell(get(op, s), callsCell)).join(' | ')} |`);
  }
  // A report's calls by service: DocumentApp builds and shares the document, the Docs API lays it out.
  const split = (r: CaseResult): string => {
    const d = documentCalls(r);
    return d ? `${fmtInt(d.documentApp)} · ${fmtInt(d.docsApi)}` : '–';
  };
  calls.push(`| one report: DocumentApp · Docs API | ${sizes.map((s) => cell(get('report', s), split)).join(' | ')} |`);
  calls.push(`| all units: DocumentApp · Docs API | ${sizes.map((s) => cell(get('report-all', s), split)).join(' | ')} |`);
  calls.push(`| naive ÷ ours (rankings) | ${sizes.map((s) => {
    const ours = get('rankings', s);
    const naive = get('rankings-naive', s);
    return ours?.calls && naive?.calls ? `${fmtInt(naive.calls / ours.calls)}×` : '–';
  }).join(' | ')} |`);

  const cpu = head('CPU ms · peak RSS MB');
  const rows: [CaseOp, string][] = [
    ['setup', 'set-up (fakes)'],
    ['rankings', 'compute rankings (fakes)'],
    ['rankings-compute', 'rankings: engine only (analyse + layout)'],
    ['report', 'one report (fakes)'],
    ['report-all', 'report for all units, one run (fakes)'],
    ['onedit', 'onEdit, 1,000-row paste (fakes)'],
    ['cli-rank', '`ita rank` (.xlsx)'],
    ['cli-report', '`ita report` one unit (.xlsx → .docx)'],
    ['overview', 'overview (fakes)'],
    ['overview-compute', 'overview: engine only (analyse + overview + layout)'],
    ['cli-status', '`ita status` (.xlsx)'],
  ];
  for (const [op, label] of rows) {
    cpu.push(`| ${label} | ${sizes.map((s) => cell(get(op, s), (r) => `${fmtMs(r.cpuMs)} ms · ${fmtInt(r.peakRssMB)} MB`)).join(' | ')} |`);
  }
  const notes: string[] = [];
  const failed = results.filter((r) => r.extra?.error);
  if (failed.length) {
    notes.push('', ...failed.map((r) => `¹ ${OP_LABEL[r.op] ?? r.op}, ${sizeLabel(r.size)}: stopped with "${String(r.extra?.error)}" after ${fmtInt(Number(r.extra?.documents))} documents.`));
  }
  return [...calls, ...notes, '', ...cpu].join('\n');
}

function reportSizeTable(results: CaseResult[]): string {
  const label = sizeLabel(REPORT_SIZE);
  const gasReport = results.find((r) => r.op === 'report' && r.size.measures === REPORT_SIZE.measures && r.size.units === REPORT_SIZE.units);
  const docx = results.find((r) => r.op === 'cli-report' && r.size.measures === REPORT_SIZE.measures && r.size.units === REPORT_SIZE.units);
  const lines = [`| ${label} (one unit, 500 measures) | calls | CPU ms | wall ms | peak RSS MB |`, '|---|---:|---:|---:|---:|'];
  const row = (name: string, r: CaseResult | undefined) => lines.push(!r || r.missing
    ? `| ${name} | ${r?.missing?.startsWith('n/a') ? 'n/a (not built yet)' : 'failed'} | | | |`
    : `| ${name} | ${fmtInt(r.calls)}${documentCalls(r) ? ` (DocumentApp ${fmtInt(documentCalls(r)?.documentApp ?? 0)} · Docs API ${fmtInt(documentCalls(r)?.docsApi ?? 0)})` : ''} | ${fmtInt(r.cpuMs)} | ${fmtInt(r.wallMs)} | ${fmtInt(r.peakRssMB)} |`);
  row('one report (fakes)', gasReport);
  row('`ita report` (.xlsx → .docx)', docx);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

async function parent(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const repeatArg = args.find((a) => a.startsWith('--repeat='));
  const repeat = repeatArg ? Math.max(1, Number(repeatArg.slice('--repeat='.length)) || 1) : 3;
  const sizes = quick ? BENCH_SIZES.slice(0, -1) : [...BENCH_SIZES];
  const started = Date.now();
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'ita-bench-'));
  try {
    log(`ita bench: workbooks in ${dir}`);
    buildCliAndYardstick();
    if (args.includes('--ratios')) {
      const largest = await prepare(dir, sizes[sizes.length - 1]);
      const ratios = measureRatios(ROOT, largest.file);
      process.stdout.write(`${ratioTable(ratios, largest.file)}\n\n${ratioTargets(ratios).map((t) => `${t.name}: ${t.status} — ${t.detail}`).join('\n')}\n`);
      return;
    }
    const prepared: Prepared[] = [];
    for (const size of [...sizes, REPORT_SIZE]) {
      const p = await prepare(dir, size);
      prepared.push(p);
      log(`  ${sizeLabel(size)}: .xlsx ${fmtInt(p.xlsxBytes / 1024)} KB written in ${fmtInt(p.xlsxWriteMs)} ms${p.note ? ` (${p.note})` : ''}`);
    }
    const fileOf = (size: BenchSize) => prepared.find((p) => p.size === size)?.file;

    const inputs: CaseInput[] = [];
    for (const size of sizes) {
      for (const op of ['setup', 'rankings', 'rankings-naive', 'rankings-compute', 'report', 'report-all', 'onedit'] as CaseOp[]) inputs.push({ op, size });
      inputs.push({ op: 'cli-rank', size, file: fileOf(size) });
      inputs.push({ op: 'cli-report', size, file: fileOf(size) });
      inputs.push({ op: 'overview', size }, { op: 'overview-compute', size }, { op: 'cli-status', size, file: fileOf(size) });
      inputs.push({ op: 'protect-units', size }, { op: 'read-split', size });
    }
    inputs.push({ op: 'report', size: REPORT_SIZE });
    inputs.push({ op: 'cli-report', size: REPORT_SIZE, file: fileOf(REPORT_SIZE) });
    inputs.push({ op: 'onopen', size: sizes[sizes.length - 1] });

    const results: CaseResult[] = [];
    for (const input of inputs) {
      const r = runRepeated(input, repeat);
      results.push(r);
      log(`  ${sizeLabel(input.size).padEnd(13)} ${input.op.padEnd(17)} ${r.missing ? r.missing : `${fmtInt(r.calls)} calls, ${fmtMs(r.cpuMs)} ms CPU, ${fmtInt(r.peakRssMB)} MB`}`);
    }

    log('  ratios: ita --help ÷ node -e 0, ita rank --json ÷ reading the largest workbook …');
    const largestFile = fileOf(sizes[sizes.length - 1]) as string;
    const ratios = measureRatios(ROOT, largestFile);

    log('  npm run build …');
    const code = buildCodeJs(args.includes('--no-build'));
    const targets = [...evaluate(results, sizes, code), ...ratioTargets(ratios)];

    const out: string[] = [];
    out.push(`## ITA Tracker benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}`);
    out.push('');
    out.push(tables(results, sizes));
    out.push('');
    out.push(reportSizeTable(results));
    out.push('');
    out.push(ratioTable(ratios, largestFile));
    out.push('');
    out.push(`Each case ran ${repeat}× in a fresh Node process; the run with the median CPU time is shown. Peak RSS is the whole process (Node, code, the workbook and the fakes).`);
    out.push('³ Issue 21: ป้องกันข้อมูลตามหน่วยงาน on the workbook as generated (it splits first: every row to its unit\'s sheet, then protects each unit sheet and the admin sheets); reading = readWorkbookGrids of the split workbook (one getValues per sheet). Each is measured again with twice the rows in the same case: the target holds the calls equal.');
    out.push('² The menu action สร้างรายงานทุกหน่วยงาน stops starting documents after 4.5 minutes (the run\'s first batch); against the in-memory fakes it never gets near that, so its one run covers every unit. Per document it costs the same calls.');
    out.push(`Measures of the first unit (the one reported): ${[...sizes, REPORT_SIZE].map((s) => `${sizeLabel(s)}: ${measuresOfUnit(0, s)}`).join(', ')}.`);
    out.push(`dist/Code.js: ${code.bytes === null ? 'missing' : `${(code.bytes / 1024).toFixed(1)} KB`}${code.buildMs !== null ? ` (npm run build ${fmtInt(code.buildMs / 1000)} s)` : ''}.`);
    for (const p of prepared) if (p.note) out.push(`Note: ${sizeLabel(p.size)}: ${p.note}.`);
    out.push('');
    out.push('| target | result | measured |');
    out.push('|---|---|---|');
    for (const t of targets) out.push(`| ${t.name} | **${t.status}** | ${t.detail} |`);
    out.push('');
    out.push(`Total bench time ${fmtInt((Date.now() - started) / 1000)} s.`);
    process.stdout.write(`${out.join('\n')}\n`);

    writeFileSync(RESULTS, `${JSON.stringify({
      date: new Date().toISOString(), node: process.version, platform: `${process.platform}/${process.arch}`,
      sizes, reportSize: REPORT_SIZE,
      workbooks: prepared.map(({ size, rows, xlsxWriteMs, xlsxBytes, jsonBytes, file, note }) => ({ size, rows, xlsxWriteMs, xlsxBytes, jsonBytes, offlineFormat: file.endsWith('.json') ? 'json' : 'xlsx', note })),
      codeJs: code, ratios, results: results.map((r) => ({ ...r, cpuMs: round1(r.cpuMs), wallMs: round1(r.wallMs), peakRssMB: round1(r.peakRssMB), rssBeforeMB: round1(r.rssBeforeMB) })),
      targets,
    }, null, 2)}\n`);
    log(`wrote ${RESULTS}`);
    if (code.error) log(`npm run build failed: ${code.error}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const done = argv[0] === '--child' ? child(argv[1]) : parent(argv);
done.catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
