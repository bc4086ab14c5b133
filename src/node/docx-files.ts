/** Building a document and writing it as .docx, atomically (`ita plan`, `ita report`, `npm start`, the local sidebar). */
import { writeFileAtomic } from './atomic-write';
import type { Analysis } from '../core/workbook/analyse';
import { buildPlan, buildReport, type PlanDoc, type PlanOptions, type ReportDoc, type ReportOptions } from '../core/documents';
import { renderDocx } from './docx-renderer';

/** Builds one unit's year-start plan and writes it atomically. Throws ReportError / PlanError (Thai message). */
export async function writePlanDocx(analysis: Analysis, options: PlanOptions, outPath: string): Promise<{ path: string; doc: PlanDoc }> {
  const doc = buildPlan(analysis, options);
  writeFileAtomic(outPath, await renderDocx(doc));
  return { path: outPath, doc };
}

/** Builds one unit's progress report and writes it atomically (`ita report`, `npm start`). Throws ReportError (Thai message). */
export async function writeReportDocx(analysis: Analysis, options: ReportOptions, outPath: string): Promise<{ path: string; doc: ReportDoc }> {
  const doc = buildReport(analysis, options);
  writeFileAtomic(outPath, await renderDocx(doc));
  return { path: outPath, doc };
}
