/**
 * The CLI records what it makes (issue 20, point 4): `ita report` and `ita plan` add their rows
 * to ประวัติรายงาน with the add-on's schema (core's logWrite; the output path in the link
 * column), in one atomic write after the documents are made, so `ita status` offline shows the
 * report as made. `--no-log` skips it.
 */
import { userInfo } from 'node:os';
import type { LogRecord, ReportKind } from '../core/workbook/report-log';
import { logWrite } from '../core/workbook/report-log';
import type { CalendarDate } from '../core/engine/types';
import { t } from '../core/i18n';
import { now as clockNow } from '../core/engine/clock';
import { loadGrids } from './load';
import { updateWorkbook } from './workbook-update';
import type { Io } from './commands/command';

/** Who made it: the login name of the person running the CLI ('' when the system will not say). */
function maker(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export function offlineLogRecord(document: { unit: string; year: number; round: number | null; kind: ReportKind; asOf: CalendarDate | null; path: string; note: string }, now = clockNow()): LogRecord {
  return {
    time: now, unit: document.unit, year: document.year, round: document.round, link: document.path, by: maker(),
    kind: document.kind, asOf: document.asOf, sharedWith: '', note: document.note,
  };
}

/** Appends the records to the workbook's report log in one atomic write, and says so. */
export async function logDocuments(workbook: string, records: LogRecord[], io: Io): Promise<void> {
  if (records.length === 0) return;
  const grids = await loadGrids(workbook, io);
  const write = logWrite(grids, records);
  await updateWorkbook(workbook, grids, [write]);
  io.out(t(io.lang, 'cli.log.wrote', { count: records.length, sheet: write.sheet, path: workbook }));
}
