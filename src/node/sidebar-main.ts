/**
 * `npm run sidebar [-- --workbook <file.xlsx|file.json>] [--port N]`: the sidebar in a
 * browser with no Google account, on the offline engine. PORT (env) or --port, default 5173;
 * 0 picks a free port. The workbook is held in memory: actions change it, the file is never
 * written.
 */
import { readFileSync } from 'node:fs';
import type { WorkbookGrids } from '../core/engine/types';
import { buildSampleWorkbook } from '../core/workbook/sample';
import { readWorkbook } from './workbook-io';
import { writePlanDocx, writeReportDocx } from './docx-files';
import { startSidebarServer, type PlanWriter, type ReportWriter } from './sidebar-server';
import { parseReportDate, reportWarning } from '../core/documents';

/** The report engineer's renderer: builds the report model and writes the .docx. */
export const writeReport: ReportWriter = async (analysis, o, outPath) => {
  const { path, doc } = await writeReportDocx(analysis, {
    unit: o.unit, fiscalYear: o.year, round: o.round, memo: o.memo, thaiDigits: o.thaiDigits, today: o.today,
    asOf: o.asOf ? parseReportDate(o.asOf) ?? undefined : undefined, date: o.date ? parseReportDate(o.date) ?? undefined : undefined,
    docNo: o.docNo, cover: o.cover, endorsement: o.endorsement,
  }, outPath);
  const warning = reportWarning(doc);
  return { path, asOf: doc.meta.asOf, ...(warning ? { warning } : {}) };
};

/** The year-start document's writer (issue 12). */
export const writePlan: PlanWriter = (analysis, o, outPath) =>
  writePlanDocx(analysis, {
    unit: o.unit, fiscalYear: o.year, thaiDigits: o.thaiDigits, today: o.today, date: o.date ? parseReportDate(o.date) ?? undefined : undefined, draft: o.draft === true,
  }, outPath);

interface Args {
  workbook: string | null;
  port: number;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  let workbook: string | null = null;
  let port = env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : 5173;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a}: missing value`);
      return v;
    };
    if (a === '--workbook' || a.startsWith('--workbook=') || a === '-w') workbook = value();
    else if (a === '--port' || a.startsWith('--port=')) port = Number(value());
    else if (a === '--help' || a === '-h') {
      process.stdout.write('npm run sidebar [-- --workbook <file.xlsx|file.json>] [--port N]\n');
      process.exit(0);
    } else throw new Error(`unknown option: ${a}`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port: ${port}`);
  return { workbook, port };
}

export async function main(argv: string[], htmlPath: string): Promise<void> {
  const args = parseArgs(argv, process.env);
  let grids: WorkbookGrids;
  if (args.workbook) {
    grids = await readWorkbook(args.workbook); // a missing or unreadable file throws WorkbookReadError, in Thai and English
  } else grids = buildSampleWorkbook();
  const running = await startSidebarServer({ grids, html: readFileSync(htmlPath, 'utf8'), port: args.port, writeReport, writePlan });
  process.stdout.write(`ITA sidebar: ${running.url}  (${args.workbook ?? 'sample workbook'}; reports in ${running.api.reportsDir})\n`);
  const stop = () => { void running.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
