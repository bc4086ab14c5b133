/** The year-start document as a .docx: buildPlan (core) through the progress report's own renderer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Analysis } from '../core/engine';
import { buildPlan, type PlanDoc, type PlanOptions } from '../core/report';
import { renderDocx } from './docx-renderer';

/** Builds one unit's plan and writes it. Throws ReportError / PlanError (Thai message) when it cannot be made. */
export async function writePlanDocx(analysis: Analysis, options: PlanOptions, outPath: string): Promise<{ path: string; doc: PlanDoc }> {
  const doc = buildPlan(analysis, options);
  const bytes = await renderDocx(doc);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, bytes);
  return { path: outPath, doc };
}
