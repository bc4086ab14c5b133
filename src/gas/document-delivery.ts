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
import { renderDraftHeader, renderReportBody, type ChartImage } from './document-renderer';
import { applyDocsPass, type DocsPassOutcome } from './docs-pass';
import { shareWithWorkbook, type ShareOutcome } from './sharing';
import {
  DRIVE_UNAVAILABLE, driveService, fileInWorkbookFolder, folderUrl, savePdf, shareFolder, shareWithAnyone, type Filing, type FolderProblem, type PdfOutcome,
} from './drive-folder';
import { withDocumentLock } from './workbook';
import { appendLogRow } from './report-log';
import type { ShareMode } from '../core/engine/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DeliveryOptions {
  lang: Lang;
  now: Date;
  share: ShareMode;
  /** Settings บันทึก PDF: save the PDF beside the document. */
  savePdf: boolean;
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
  /** The PDF saved beside it (absent when off or failed). */
  pdfUrl?: string;
  /** The workbook's folder it was filed in (absent when it stays in My Drive). */
  folder?: { url: string; name: string };
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

/** Whom it was shared with, for the log (Thai): anyone with the link first, the folder's people named as such. */
function sharedWithText(share: ShareOutcome): string {
  const byRole = (role: 'view' | 'edit') => share.added.filter((a) => a.role === role).map((a) => a.email);
  const people = (['edit', 'view'] as const)
    .filter((role) => byRole(role).length)
    .map((role) => t('th', `delivery.log.${role}`, { list: byRole(role).join(', ') }))
    .join('; ');
  const parts = [
    share.anyone === 'shared' || share.stillPublic ? t('th', 'drive.log.public') : '',
    people && share.viaFolder ? t('th', 'drive.log.viaFolder', { list: people }) : people,
  ];
  return parts.filter(Boolean).join('; ');
}

const whyNotFiled = (lang: Lang, problem: FolderProblem): string => (problem.reason === 'unavailable' ? t(lang, 'drive.why.unavailable')
  : problem.reason === 'notYours' ? t(lang, 'drive.why.notYours', { by: problem.by }) : t(lang, 'drive.why.failed', { detail: problem.detail }));

const driveError = (lang: Lang, error: string): string => (error === DRIVE_UNAVAILABLE ? t(lang, 'drive.why.unavailable') : error);

/** What filing, public sharing and the PDF add to the log's note (Thai). */
function driveLogNote(filing: Filing, share: ShareOutcome, pdf: PdfOutcome | null): string[] {
  const parts: string[] = [];
  if (filing.problem) parts.push(t('th', 'drive.log.notFiled', { why: whyNotFiled('th', filing.problem) }));
  if (share.anyone === 'refused') parts.push(t('th', 'drive.log.publicRefused', { error: driveError('th', share.anyoneError ?? '') }));
  if (pdf?.error !== undefined) parts.push(t('th', 'drive.log.pdfFailed', { error: driveError('th', pdf.error) }));
  return parts;
}

/** What the person is told of filing, public sharing and the PDF. */
function driveNotes(filing: Filing, share: ShareOutcome, pdf: PdfOutcome | null): Bilingual[] {
  const both = (key: string, params: (lang: Lang) => Record<string, string | number>): Bilingual => ({ th: t('th', key, params('th')), en: t('en', key, params('en')) });
  const notes: Bilingual[] = [];
  if (filing.folder && filing.made) notes.push(msg('drive.folder.made', { name: filing.folder.name }));
  if (filing.problem) {
    const problem = filing.problem;
    notes.push(both('drive.notFiled', (lang) => ({ why: whyNotFiled(lang, problem) })));
  }
  if (share.anyone === 'shared') notes.push(msg('drive.public.shared'));
  if (share.anyone === 'refused') notes.push(both('drive.public.refused', (lang) => ({ error: driveError(lang, share.anyoneError ?? '') })));
  if (share.stillPublic) notes.push(msg('drive.stillPublic'));
  if (pdf?.error !== undefined) {
    const error = pdf.error;
    notes.push(both('drive.pdf.failed', (lang) => ({ error: driveError(lang, error) })));
  }
  return notes;
}

/**
 * Shares the new document: through the workbook's folder when it was filed there, else on the
 * document itself (and, for สาธารณะ, its link opened to anyone through Drive).
 */
function shareNewDocument(doc: GoogleAppsScript.Document.Document, ss: Spreadsheet, filing: Filing, mode: ShareMode, me: string): ShareOutcome {
  const service = driveService();
  if (filing.folder && service) return shareFolder(ss, filing.folder, mode, me, service);
  const share = shareWithWorkbook(doc, ss, mode, me);
  if (mode === 'public') {
    const opened = shareWithAnyone(doc.getId(), service);
    if (opened.ok) share.anyone = 'shared';
    else {
      share.anyone = 'refused';
      share.anyoneError = opened.error;
    }
  }
  return share;
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
  if (share.mode === 'none' && share.viaFolder && share.added.length) notes.push(msg('drive.stillShared', { count: share.added.length }));
  else if (share.mode === 'none') notes.push(msg('delivery.shared.none'));
  else if (share.unreadable) notes.push(msg('delivery.peopleUnreadable', { error: share.unreadable }));
  else if (share.added.length) notes.push(msg(`delivery.shared.${share.mode === 'edit' ? 'edit' : 'view'}`, { count: share.added.length }));
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
  const me = options.by || effectiveUserEmail();
  // Filed first, so even an unfinished document is found in the folder; filing never throws.
  const filing = fileInWorkbookFolder(ss, id, me);
  const record = (sharedWith: string, note: string, pdf = ''): LogRecord =>
    ({ time: options.now, by: options.by, link: url, ...options.log, sharedWith, note: [options.log.note, note].filter(Boolean).join('; '), pdf });
  let share: ShareOutcome;
  try {
    renderReportBody(doc.getBody(), report, { chartImage: options.chartImage });
    renderDraftHeader(doc, report);
    share = shareNewDocument(doc, ss, filing, options.share, me);
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
  // After saveAndClose: the Docs API reads what DocumentApp saved; the PDF shows what the pass made.
  const docs = applyDocsPass(id, report);
  const pdf = options.savePdf ? savePdf(id, name, filing.folder, options.share === 'public') : null;
  const note = [logNote(share, docs), ...driveLogNote(filing, share, pdf)].filter(Boolean).join('; ');
  try {
    withDocumentLock(() => appendLogRow(ss, sheets, record(sharedWithText(share), note, pdf?.url ?? ''), options.lang), LOG_LOCK_WAIT_MS);
  } catch (err) {
    throw new DeliveryError(msg('delivery.notLogged', { url, error: messageOf(err) }));
  }
  const notes = userNotes(share, docs);
  notes.splice(notes.length - 1, 0, ...driveNotes(filing, share, pdf)); // page numbers stay last
  return {
    url, name, notes, share, docs,
    ...(pdf?.url ? { pdfUrl: pdf.url } : {}),
    ...(filing.folder ? { folder: { url: folderUrl(filing.folder.id), name: filing.folder.name } } : {}),
  };
}
