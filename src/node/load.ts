/** Loading a workbook for a command: read errors become the user's input errors (exit 1). */
import { existsSync } from 'node:fs';
import type { WorkbookGrids } from '../core/engine/types';
import { analyse, type Analysis } from '../core/workbook/analyse';
import { t } from '../core/i18n';
import { InputError } from './args';
import type { Io } from './commands/command';

export async function loadGrids(path: string, io: Io): Promise<WorkbookGrids> {
  if (!existsSync(path)) throw new InputError(t(io.lang, 'cli.fileNotFound', { path }));
  // Loaded here, not at start-up: `ita --help` never pays for the workbook readers.
  const { readWorkbook, WorkbookReadError } = await import('./workbook-io');
  try {
    return await readWorkbook(path);
  } catch (e) {
    throw new InputError(e instanceof WorkbookReadError ? e.messages[io.lang] : (e as Error).message);
  }
}

/** One line per problem: `คะแนน!D7: ค่า "…" ไม่ใช่ตัวเลข`. */
export function problemLines(analysis: Analysis, io: Io): string[] {
  return analysis.problems.map((p) => `${p.cell ? `${p.sheet}!${p.cell}` : p.sheet}: ${p.message[io.lang]}`);
}

/**
 * Loads and analyses; on problems prints them all and returns null (the caller exits 1).
 * `check` prints the problems as its output (one line each, stdout); other commands as errors.
 */
export async function loadAnalysis(path: string, io: Io, problemsTo: 'out' | 'err' = 'err'): Promise<Analysis | null> {
  const analysis = analyse(await loadGrids(path, io));
  // Warnings block nothing and go to stderr, so `rank --json` output stays one JSON object.
  for (const w of analysis.warnings) io.err(`⚠ ${w.cell ? `${w.sheet}!${w.cell}` : w.sheet}: ${w.message[io.lang]}`);
  if (analysis.problems.length === 0) return analysis;
  io.err(t(io.lang, 'cli.problemsFound', { count: analysis.problems.length, path }));
  for (const line of problemLines(analysis, io)) io[problemsTo](line);
  return null;
}
