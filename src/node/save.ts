/**
 * Where the CLI writes: workbooks (.xlsx / .json, by extension) and report files. Nothing the
 * CLI writes may destroy a workbook: an existing workbook is replaced only when asked
 * (--force), a report never lands on a workbook, and every write is atomic (atomic-write.ts).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { WorkbookGrids } from '../core/engine/types';
import { UsageError } from './args';
import { msg } from '../core/i18n';

const WORKBOOK_EXTENSIONS = ['.xlsx', '.json'];
export const isWorkbookPath = (path: string): boolean => WORKBOOK_EXTENSIONS.includes(extname(path).toLowerCase());

export interface SaveOptions {
  /** Replace a file that is already there (`--force`). */
  force?: boolean;
}

export async function saveWorkbook(path: string, grids: WorkbookGrids, { force = false }: SaveOptions = {}): Promise<void> {
  if (!isWorkbookPath(path)) throw new UsageError(msg('cli.usage.outExtension', { file: path }));
  // A folder in the way is not a workbook: the write itself says so (cli.fs.EISDIR).
  if (!force && existsSync(path) && !statSync(path).isDirectory()) throw new UsageError(msg('cli.usage.exists', { file: path }));
  // exceljs is loaded only by the commands that write a workbook.
  if (extname(path).toLowerCase() === '.json') await (await import('./workbook-io')).writeJsonGrids(path, grids);
  else await (await import('./xlsx-write')).writeWorkbookXlsx(path, grids);
}

/** The same file, following links: `./a.xlsx`, `a.xlsx` and a symlink to it are one file. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * A report file (`--out`, or a file inside `--out-dir`) must not be a workbook: not .xlsx or
 * .json, and never the input workbook itself. `option` names the flag in the message.
 */
export function checkReportTarget(target: string, workbook: string, option: string): void {
  if (isWorkbookPath(target) || samePath(target, workbook)) {
    throw new UsageError(msg('cli.usage.reportOnWorkbook', { option, file: target }));
  }
}
