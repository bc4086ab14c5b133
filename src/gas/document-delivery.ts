/**
 * Document delivery in Google Sheets, for any document of the report model (the progress
 * report, the year-start plan): create → render (DocumentApp) → share → save → Docs API pass
 * → log in ประวัติรายงาน. One function so every document type is made, shared and logged alike.
 *
 * No orphans: once `DocumentApp.create` has made the file, it always ends up in the log. If
 * rendering fails, the file is renamed "<name> (ไม่สมบูรณ์)", logged with a note that says so,
 * and the user is told; the skip-what-is-done rule ignores such rows (isIncompleteLogNote), so
 * a rerun makes a complete copy and logs it. A failed Docs pass or a refused address does not
 * make a document incomplete: it is logged with a note and the user is told what is missing.
 */
import type { Lang } from '../core/engine/types';
import type { ReportDoc } from '../core/documents';
import type { LogRecord } from '../core/workbook/report-log';
import { msg, t, type Bilingual } from '../core/i18n';
import { renderReportBody, type ChartImage } from './document-renderer';
import { applyDocsPass, type DocsPassOutcome } from './docs-pass';
import { shareWithWorkbook, type ShareOutcome } from './sharing';
import { withDocumentLock } from './workbook';
import { appendLogRow } from './report-log';
import type { ShareMode } from '../core/engine/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DeliveryOptions {
  lang: Lang;
  now: Date;
  share: ShareMode;
  /** The person making it (the log's by, never shared with: they own it). */
  by: string;
  /** The log row's fields that depend on the document type (`note`: the type's own, before delivery's). */
  log: Pick<LogRecord, 'kind' | 'unit' | 'year' | 'round' | 'asOf'> & { note?: string };
  chartImage?: ChartImage;
}

export interface DeliveredDocument {
  url: string;
  name: string;
  /** What the user should know, in both languages: sharing, what is missing, page numbers. */
  notes: Bilingual[];
  share: ShareOutcome;
  docs: DocsPassOutcome;
}

/** A document that could not be finished or logged: its text names the file and what to do. */
export class DeliveryError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.th);
    this.name = 'DeliveryError';
    this.text = text;
  }
}

const INCOMPLETE_WORD = 'ไม่สมบูรณ์';

/** The file exists by the time its row is written: wait longer for the lock than a menu action would. */
const LOG_LOCK_WAIT_MS = 30_000;

/** A log note written for an incomplete document: its row does not count as reported. */
export const isIncompleteLogNote = (note: unknown): boolean => String(note ?? '').trim().startsWith(INCOMPLETE_WORD);

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Who runs the script when the active user's address is hidden: the new file's owner, never shared with. */
function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch (_err) {
    return '';
  }
}

/** "a, b and c" / "a b และc" as each language writes a list. */
function list(lang: Lang, keys: string[]): string {
  const items = keys.map((k) => t(lang, k));
  if (items.length < 2) return items.join('');
  const last = items.pop() as string;
  return lang === 'th' ? `${items.join(' ')} และ${last}` : `${items.join(', ')} and ${last}`;
}

/** Whom it was shared with, for the log (Thai). */
function sharedWithText(share: ShareOutcome): string {
  const byRole = (role: 'view' | 'edit') => share.added.filter((a) => a.role === role).map((a) => a.email);
  return (['edit', 'view'] as const)
    .filter((role) => byRole(role).length)
    .map((role) => t('th', `delivery.log.${role}`, { list: byRole(role).join(', ') }))
    .join('; ');
}

function whyLeftOut(lang: Lang, docs: DocsPassOutcome): string {
  return docs.reason === 'unavailable' ? t(lang, 'delivery.why.unavailable') : t(lang, 'delivery.why.failed', { detail: docs.detail ?? '' });
}

/** Anything wrong, for the log's note (Thai); '' when all went well. */
function logNote(share: ShareOutcome, docs: DocsPassOutcome): string {
  const parts: string[] = [];
  if (docs.leftOut.length) {
    parts.push(t('th', 'delivery.log.leftOut', { list: list('th', docs.leftOut.map((f) => `delivery.feature.${f}`)), why: whyLeftOut('th', docs) }));
  }
  if (share.failed.length) parts.push(t('th', 'delivery.log.shareFailed', { list: share.failed.map((f) => f.email).join(', ') }));
  if (share.unreadable) parts.push(t('th', 'delivery.peopleUnreadable', { error: share.unreadable }));
  return parts.join('; ');
}

/** What the person making it is told, after the link. */
function userNotes(share: ShareOutcome, docs: DocsPassOutcome): Bilingual[] {
  const notes: Bilingual[] = [];
  if (share.mode === 'none') notes.push(msg('delivery.shared.none'));
  else if (share.unreadable) notes.push(msg('delivery.peopleUnreadable', { error: share.unreadable }));
  else if (share.added.length) notes.push(msg(`delivery.shared.${share.mode}`, { count: share.added.length }));
  else if (!share.failed.length) notes.push(msg('delivery.shared.nobody'));
  if (share.failed.length) notes.push(msg('delivery.shareFailed', { list: share.failed.map((f) => f.email).join(', ') }));
  if (docs.leftOut.length) {
    const keys = docs.leftOut.map((f) => `delivery.feature.${f}`);
    notes.push({
      th: t('th', 'delivery.leftOut', { list: list('th', keys), why: whyLeftOut('th', docs) }),
      en: t('en', 'delivery.leftOut', { list: list('en', keys), why: whyLeftOut('en', docs) }),
    });
  }
  notes.push(msg('delivery.pageNumbers'));
  return notes;
}

/**
 * Makes `report` a shared, logged Google Doc. Throws DeliveryError when the document could
 * not be finished (it is then renamed, logged and named in the message) or not logged; any
 * error before the file exists (DocumentApp.create refused: quota) propagates, nothing made.
 */
export function deliverDocument(ss: Spreadsheet, sheets: Map<string, Sheet>, report: ReportDoc, options: DeliveryOptions): DeliveredDocument {
  const name = report.meta.name;
  const doc = DocumentApp.create(name);
  const url = doc.getUrl();
  const id = doc.getId();
  const record = (sharedWith: string, note: string): LogRecord =>
    ({ time: options.now, by: options.by, link: url, ...options.log, sharedWith, note: [options.log.note, note].filter(Boolean).join('; ') });
  let share: ShareOutcome;
  try {
    renderReportBody(doc.getBody(), report, { chartImage: options.chartImage });
    share = shareWithWorkbook(doc, ss, options.share, options.by || effectiveUserEmail());
    doc.saveAndClose();
  } catch (err) {
    // Sharing never throws; rendering or saving did: the file exists, so it is marked and logged.
    const error = messageOf(err);
    const marked = `${name} ${t('th', 'delivery.incompleteMark')}`;
    try {
      doc.setName(marked);
      doc.saveAndClose();
    } catch (_closing) { /* the file exists whatever its name: the log row below still finds it */ }
    try {
      withDocumentLock(() => appendLogRow(ss, sheets, record('', t('th', 'delivery.log.incomplete', { error })), options.lang), LOG_LOCK_WAIT_MS);
    } catch (_log) { /* the message below still gives the link */ }
    throw new DeliveryError(msg('delivery.incomplete', { error, name: marked, url }));
  }
  // After saveAndClose: the Docs API reads what DocumentApp saved.
  const docs = applyDocsPass(id, report);
  try {
    withDocumentLock(() => appendLogRow(ss, sheets, record(sharedWithText(share), logNote(share, docs)), options.lang), LOG_LOCK_WAIT_MS);
  } catch (err) {
    throw new DeliveryError(msg('delivery.notLogged', { url, error: messageOf(err) }));
  }
  return { url, name, notes: userNotes(share, docs), share, docs };
}
