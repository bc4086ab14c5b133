/** Writes grids as .xlsx (styled template) or .json (grid form), by extension. */
import { mkdirSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { WorkbookGrids } from '../core/types';
import { writeJsonGrids, writeWorkbookXlsx } from './workbook-io';
import { UsageError } from './args';
import { msg } from '../core/i18n';

export async function saveWorkbook(path: string, grids: WorkbookGrids): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.json') throw new UsageError(msg('cli.usage.outExtension', { file: path }));
  mkdirSync(dirname(path), { recursive: true });
  if (ext === '.json') await writeJsonGrids(path, grids);
  else await writeWorkbookXlsx(path, grids);
}
