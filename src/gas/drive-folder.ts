/**
 * The workbook's Drive folder (`ITA Tracker — <workbook name>`): made by the first document,
 * remembered in the workbook's document properties, every document filed in it, shared once
 * per Settings แชร์รายงาน (documents filed later inherit it), and the PDF saved beside each
 * document.
 *
 * Only the advanced Drive service v3 (the `Drive` global) under the `drive.file` scope: it
 * reaches the files this add-on made (the folder, the documents, the PDFs) and nothing else.
 * DriveApp is not used: its reference lists the full `drive` scope. Nothing here throws: a
 * document whose filing, sharing or PDF fails stays whole where it is, and the outcome says why.
 *
 * Calls per document, whatever the workbook's size: a properties read, one files.get (is the
 * folder still there?), one files.update (file it), and for the PDF one openById, one getAs
 * and one files.create; sharing adds one permissions.create per person not yet given access
 * (none once the folder is shared) and one for สาธารณะ until it is granted.
 */
import type { ShareMode } from '../core/engine/types';
import { peopleToShare, type ShareOutcome } from './sharing';
import { withDocumentLock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The advanced Drive service, when the manifest enables it (`enabledAdvancedServices`). */
declare const Drive: unknown;

interface DriveFile { id?: string; trashed?: boolean; webViewLink?: string }
export interface DriveService {
  Files: {
    create(resource: object, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: object): DriveFile;
    get(fileId: string, optionalArgs?: object): DriveFile;
    update(resource: object, fileId: string, mediaData?: null, optionalArgs?: object): DriveFile;
  };
  Permissions: { create(resource: object, fileId: string, optionalArgs?: object): object };
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** The document property holding the folder (JSON of FolderRecord). */
export const FOLDER_PROPERTY = 'ita.reportFolder';

type DriveRole = 'reader' | 'writer';

/** What the workbook remembers of its folder. */
export interface FolderRecord {
  id: string;
  name: string;
  /** Who made it ('' when the address was hidden): only its maker remakes it when it is not found. */
  by: string;
  /** People given access to it, with their role; refused addresses with Drive's message. */
  shared: Record<string, DriveRole>;
  refused: Record<string, string>;
  /** Anyone with the link may view (สาธารณะ was granted). */
  anyone: boolean;
}

export const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;
export const folderNameFor = (workbook: string): string => `ITA Tracker — ${workbook}`;

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A Drive "not found" (404): deleted for good, or a file drive.file does not let this person reach. */
function isNotFound(err: unknown): boolean {
  const code = (err as { details?: { code?: unknown } } | null)?.details?.code;
  return code === 404 || /File not found/i.test(messageOf(err));
}

/** The `Drive` global when the advanced service is enabled; undefined when it is not. */
export function driveService(): DriveService | undefined {
  return typeof Drive === 'undefined' ? undefined : (Drive as DriveService);
}

/** The folder this workbook remembers, or null (never made, or a property it cannot read). */
export function rememberedFolder(): FolderRecord | null {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(FOLDER_PROPERTY);
    const parsed = raw ? JSON.parse(raw) as Partial<FolderRecord> : null;
    if (!parsed || typeof parsed.id !== 'string' || parsed.id === '') return null;
    return { id: parsed.id, name: String(parsed.name ?? ''), by: String(parsed.by ?? ''), shared: { ...parsed.shared }, refused: { ...parsed.refused }, anyone: parsed.anyone === true };
  } catch (_err) {
    return null;
  }
}

function remember(record: FolderRecord): void {
  PropertiesService.getDocumentProperties().setProperty(FOLDER_PROPERTY, JSON.stringify(record));
}

export type FolderProblem = { reason: 'unavailable' } | { reason: 'notYours'; by: string } | { reason: 'failed'; detail: string };

export interface Filing {
  /** The folder the document went into (null: it stays in the maker's My Drive). */
  folder: FolderRecord | null;
  /** The folder was made (again) for this document. */
  made: boolean;
  problem?: FolderProblem;
}

/** Makes the folder under the document lock, unless a run that held it first made one. */
function makeFolder(ss: Spreadsheet, service: DriveService, me: string, gone: string | null): FolderRecord {
  return withDocumentLock(() => {
    const now = rememberedFolder();
    if (now && now.id !== gone) return now;
    const name = folderNameFor(ss.getName());
    const made = service.Files.create({ name, mimeType: FOLDER_MIME }, null, { fields: 'id' });
    const record: FolderRecord = { id: String(made.id), name, by: me, shared: {}, refused: {}, anyone: false };
    remember(record);
    return record;
  });
}

/** The workbook's folder, made when there is none or it was deleted or trashed. */
function workbookFolder(ss: Spreadsheet, service: DriveService, me: string): { folder: FolderRecord; made: boolean } | FolderProblem {
  const known = rememberedFolder();
  if (known) {
    try {
      const found = service.Files.get(known.id, { fields: 'id,trashed' });
      if (found.trashed !== true) return { folder: known, made: false };
    } catch (err) {
      if (!isNotFound(err)) return { reason: 'failed', detail: messageOf(err) };
      // Someone else's folder this person cannot reach (drive.file is per person): not gone, keep it.
      if (known.by && me && known.by.toLowerCase() !== me.toLowerCase()) return { reason: 'notYours', by: known.by };
    }
  }
  try {
    const folder = makeFolder(ss, service, me, known ? known.id : null);
    return { folder, made: folder.id !== known?.id };
  } catch (err) {
    return { reason: 'failed', detail: messageOf(err) };
  }
}

/**
 * Files the new document `fileId` (in the maker's My Drive root, where DocumentApp.create put it)
 * into the workbook's folder. Never throws; on any failure the document stays where it is.
 */
export function fileInWorkbookFolder(ss: Spreadsheet, fileId: string, me: string, service: DriveService | undefined = driveService()): Filing {
  if (!service) return { folder: null, made: false, problem: { reason: 'unavailable' } };
  const found = workbookFolder(ss, service, me);
  if ('reason' in found) return { folder: null, made: false, problem: found };
  try {
    // A My Drive file has one parent: adding the folder without leaving the root is refused.
    service.Files.update({}, fileId, null, { addParents: found.folder.id, removeParents: 'root', fields: 'id' });
    return { folder: found.folder, made: found.made };
  } catch (err) {
    return { folder: null, made: found.made, problem: { reason: 'failed', detail: messageOf(err) } };
  }
}

const ANYONE_READER = { type: 'anyone', role: 'reader' };

/** The error of a Drive step when the advanced service is not enabled (told as drive.why.unavailable). */
export const DRIVE_UNAVAILABLE = 'Drive API unavailable';

/** สาธารณะ on one file (a document or a PDF outside the folder). */
export function shareWithAnyone(fileId: string, service: DriveService | undefined = driveService()): { ok: true } | { ok: false; error: string } {
  if (!service) return { ok: false, error: DRIVE_UNAVAILABLE };
  try {
    // No sendNotificationEmail: Drive refuses it for any type but user and group.
    service.Permissions.create(ANYONE_READER, fileId);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: messageOf(err) };
  }
}

/**
 * Shares the folder per `mode` with the workbook's people who do not have access yet (one
 * permissions.create each, without notification e-mails), and with anyone with the link for
 * สาธารณะ. Access given earlier is never taken back; the outcome names everyone the folder
 * carries to its documents.
 */
export function shareFolder(ss: Spreadsheet, folder: FolderRecord, mode: ShareMode, me: string, service: DriveService): ShareOutcome {
  const outcome: ShareOutcome = { mode, added: [], failed: [], viaFolder: true };
  const before = JSON.stringify(folder);
  // The folder's maker owns it (and every file in it inherits that): never added, whoever runs this.
  const people = peopleToShare(ss, mode, me || folder.by);
  if ('unreadable' in people) outcome.unreadable = people.unreadable;
  else {
    for (const { role, list } of people.groups) {
      const driveRole: DriveRole = role === 'edit' ? 'writer' : 'reader';
      for (const email of list) {
        const key = email.toLowerCase();
        if (key === folder.by.toLowerCase()) continue;
        if (folder.shared[key] === driveRole || folder.shared[key] === 'writer' || key in folder.refused) continue;
        try {
          service.Permissions.create({ type: 'user', role: driveRole, emailAddress: email }, folder.id, { sendNotificationEmail: false });
          folder.shared[key] = driveRole;
        } catch (err) {
          folder.refused[key] = messageOf(err);
        }
      }
    }
  }
  if (mode === 'public' && !folder.anyone) {
    const opened = shareWithAnyone(folder.id, service);
    if (opened.ok) folder.anyone = true;
    else {
      outcome.anyone = 'refused';
      outcome.anyoneError = opened.error;
    }
  }
  if (folder.anyone) {
    if (mode === 'public') outcome.anyone = 'shared';
    else outcome.stillPublic = true;
  }
  for (const [email, role] of Object.entries(folder.shared)) outcome.added.push({ email, role: role === 'writer' ? 'edit' : 'view' });
  for (const [email, message] of Object.entries(folder.refused)) outcome.failed.push({ email, message });
  try {
    if (JSON.stringify(folder) !== before) remember(folder);
  } catch (_err) { /* the next document tries the same people again: no one is lost */ }
  return outcome;
}

export interface PdfOutcome {
  url?: string;
  error?: string;
}

/**
 * The saved document as PDF, beside it: Document.getAs('application/pdf') (the Docs editors'
 * own conversion, documents scope) then Drive files.create in the folder. The PDF is named
 * here: getAs would cut a name at its last period ("อบต.ก รายงาน…" → "อบต.pdf").
 */
export function savePdf(docId: string, name: string, folder: FolderRecord | null, publicLink: boolean, service: DriveService | undefined = driveService()): PdfOutcome {
  if (!service) return { error: DRIVE_UNAVAILABLE };
  try {
    const blob = DocumentApp.openById(docId).getAs('application/pdf');
    const file = service.Files.create(
      { name: `${name}.pdf`, mimeType: 'application/pdf', ...(folder ? { parents: [folder.id] } : {}) }, blob, { fields: 'id,webViewLink' },
    );
    const id = String(file.id);
    if (!folder && publicLink) shareWithAnyone(id, service);
    return { url: file.webViewLink || `https://drive.google.com/file/d/${id}/view` };
  } catch (err) {
    return { error: messageOf(err) };
  }
}
