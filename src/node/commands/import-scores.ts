/**
 * `ita import-scores <workbook> [--unit <name> --year N] [--replace] [--dry-run] [--file F]`:
 * a pasted ITAS result or a district table (from --file, else standard input) into the
 * workbook's Scores sheet, in place and atomically; prints what changes. On any problem it
 * prints them all, exits 1 and leaves the file untouched. The plan is core's (score-import).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command, Io } from './command';
import { InputError, onePositional, parse, UsageError } from '../args';
import { loadGrids } from '../load';
import { formatTable } from '../terminal-table';
import { changedCells, updateWorkbookCells } from '../workbook-update';
import { importResult, planScoreImport, type ScoreChange, type ScoreImportPlan } from '../../core/score-import/plan';
import { importText } from '../../core/i18n/import-text';
import { CLI_IMPORT_STRINGS } from '../../core/i18n/cli-import';
import { msg, registerStrings, t } from '../../core/i18n';

registerStrings(CLI_IMPORT_STRINGS);

/** All of a stream as text (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const score = (v: number | string | null): string => (v === null ? '' : typeof v === 'number' ? v.toFixed(2) : `"${v}"`);

/** What the plan does, unit-year by unit-year: figures, then a table of every cell. */
function changesText(plan: ScoreImportPlan, io: Io, replace: boolean): string[] {
  const L = (key: string, params = {}) => t(io.lang, key, params);
  const lines: string[] = [];
  for (const u of plan.unitYears) {
    lines.push(L('cli.import.head', { unit: u.unit, year: u.year }));
    if (u.computedTotal !== null) {
      lines.push(L('cli.import.figures', { total: (u.total ?? u.computedTotal).toFixed(2), computed: u.computedTotal.toFixed(2), level: u.computedLevel ?? '–' }));
    }
    const mine = plan.changes.filter((c) => c.unit === u.unit && c.year === u.year);
    const kind = (c: ScoreChange) => L(`cli.import.kind.${c.kind === 'replace' && !replace ? 'conflict' : c.kind}`);
    lines.push(formatTable(
      [L('cli.import.col.cell'), L('cli.import.col.indicator'), L('cli.import.col.before'), L('cli.import.col.after'), L('cli.import.col.change'), L('cli.import.col.source')],
      mine.map((c) => [
        c.cell, c.code === null ? L('cli.import.total') : `${c.code}. ${c.name}`, score(c.before), score(c.after), kind(c),
        L(plan.source === 'table' ? 'cli.import.row' : 'cli.import.line', { line: c.line }),
      ]),
      ['left', 'left', 'right', 'right', 'left', 'left'],
    ), '');
  }
  for (const w of plan.warnings) lines.push(`⚠ ${importText(w)[io.lang]}`);
  return lines;
}

/** The command, reading standard input through `stdin` (tests give their own). */
export function importScoresCommand(stdin: () => Promise<string>): Command {
  return {
    name: 'import-scores',
    summaryKey: 'cli.import.summary',
    usage: 'ita import-scores <workbook> [--unit <name> --year N] [--replace] [--dry-run] [--file F]',
    async run(argv, io) {
      const { values, positionals } = parse(argv, {
        unit: { type: 'string' }, year: { type: 'string' }, replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, file: { type: 'string' },
      });
      const path = onePositional(positionals);
      const file = values.file;
      if (typeof file === 'string' && !existsSync(file)) throw new InputError(t(io.lang, 'cli.fileNotFound', { path: file }));
      const text = typeof file === 'string' ? (await readFile(file, 'utf8')).replace(/^\uFEFF/, '') : await stdin();
      if (text.trim() === '') throw new UsageError(msg('cli.import.needInput'));
      const grids = await loadGrids(path, io);
      const replace = values.replace === true;
      const plan = planScoreImport(grids, { text, unit: (values.unit as string | undefined) ?? null, year: (values.year as string | undefined) ?? null, replace });
      for (const line of changesText(plan, io, replace)) io.out(line);
      const result = importResult(plan);
      if (plan.problems.length) {
        io.err(t(io.lang, 'cli.import.blocked', { count: plan.problems.length, path }));
        for (const p of plan.problems) io.err(`• ${importText(p)[io.lang]}`);
        if (plan.problems.some((p) => p.code === 'conflict')) io.err(t(io.lang, 'cli.import.replaceHint'));
        return 1;
      }
      if (values['dry-run'] === true) {
        io.out(t(io.lang, 'cli.import.dryRun', { path }));
        return 0;
      }
      if (plan.block) await updateWorkbookCells(path, grids, plan.block.sheet, changedCells(grids.sheets[plan.block.sheet], plan.block));
      io.out(plan.block ? t(io.lang, 'cli.import.wrote', { path, message: importText(result.message)[io.lang] }) : importText(result.message)[io.lang]);
      return 0;
    },
  };
}

export const importScores = importScoresCommand(() => (process.stdin.isTTY ? Promise.resolve('') : readStream(process.stdin)));
