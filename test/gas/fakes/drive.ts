/**
 * Fake advanced Drive service v3 (the `Drive` global: `Drive.Files.create / get / update`,
 * `Drive.Permissions.create`) over a small in-memory Drive that also holds the DocumentApp
 * fake's documents (each made in the My Drive root, as `DocumentApp.create` does). Emulates the
 * Drive API v3 reference (files, permissions, "Resolve errors") where the add-on relies on it:
 *
 * - errors surface as Apps Script's advanced services throw them: `GoogleJsonResponseException:
 *   API call to drive.<resource>.<method> failed with error: <message>`, with `details`
 *   ({ code, message, errors: [{ reason }] }) as the exception carries them;
 * - an unknown id, a deleted file, or a file the app may not see under `drive.file` (one it did
 *   not create; `_foreign`) is 404 `notFound` "File not found: <id>." (drive.file hides it);
 * - a trashed file is still returned by files.get (`trashed: true`); it may not be a new parent;
 * - a file or parent the person may only view (`_readOnly`) is 403 `insufficientFilePermissions`
 *   "The user does not have sufficient permissions for this file." on update / as a parent;
 * - a My Drive item has one parent: files.update adding a parent without removing the old one is
 *   403 `cannotAddParent` "Increasing the number of parents is not allowed."; `root` is the
 *   alias of the My Drive root anywhere an id is taken;
 * - `fields` picks what is returned (default id, name, mimeType, kind);
 * - permissions.create: a `type` and a `role` are required; `user`/`group` need an
 *   `emailAddress`; `sendNotificationEmail` is only for `user`/`group` (403 `forbidden`
 *   otherwise, its real message); a sharing policy (`refuse`, set by a test: a domain
 *   that forbids sharing outside it or publishing, `publishOutNotPermitted`) refuses with the
 *   code, reason and message the test gives;
 * - files inherit their folder's permissions (`_access`).
 * `broken` makes every call fail as the service does when the Drive API is off or over quota.
 */
import { counted } from './counter';
import type { FakeBlob, FakeDocumentApp } from './document';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DOC_MIME = 'application/vnd.google-apps.document';
const ROOT_ID = 'fake-root-folder';

export interface DrivePermission {
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'reader' | 'commenter' | 'writer' | 'owner';
  emailAddress?: string;
}

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Made through this app (drive.file may reach it). */
  byApp: boolean;
  /** The person may only view it (not add to it, not move it). */
  readOnly: boolean;
  permissions: DrivePermission[];
  bytes?: number[];
}

/** A refusal a test sets: what Drive answers instead of creating the permission. */
export interface DriveRefusal {
  code: number;
  reason: string;
  message: string;
}

export class DriveApiError extends Error {
  readonly details: { code: number; message: string; errors: { domain: string; reason: string; message: string }[] };
  constructor(method: string, code: number, reason: string, message: string) {
    super(`GoogleJsonResponseException: API call to drive.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, errors: [{ domain: 'global', reason, message }] };
  }
}

const notFound = (method: string, id: string) => new DriveApiError(method, 404, 'notFound', `File not found: ${id}.`);
const noWrite = (method: string) => new DriveApiError(method, 403, 'insufficientFilePermissions', 'The user does not have sufficient permissions for this file.');
const ROLES = ['reader', 'commenter', 'writer', 'owner'];
const TYPES = ['user', 'group', 'domain', 'anyone'];

/** The shared state of the fake Drive (files by id) and the test's switches. */
export class FakeDriveStore {
  readonly files = new Map<string, DriveFile>();
  /** Set to make every call fail (the Drive API not enabled in the Cloud project, quota…). */
  broken: string | null = null;
  /** A test's sharing policy: null lets the permission through. */
  refuse: (permission: Partial<DrivePermission>, file: DriveFile) => DriveRefusal | null = () => null;
  private next = 1;
  constructor(private readonly documentApp: FakeDocumentApp | null) {
    this.files.set(ROOT_ID, { id: ROOT_ID, name: 'My Drive', mimeType: FOLDER_MIME, parents: [], trashed: false, byApp: true, readOnly: false, permissions: [] });
  }
  newId(): string { return `fake-drive-${this.next++}`; }
  /** The file as the app sees it: DocumentApp's documents are Drive files in the root. */
  lookup(id: string): DriveFile | undefined {
    const key = id === 'root' ? ROOT_ID : id;
    const doc = this.documentApp?.documents.find((d) => d.id === key);
    if (doc && !this.files.has(key)) {
      this.files.set(key, { id: key, name: doc.name, mimeType: DOC_MIME, parents: [ROOT_ID], trashed: false, byApp: true, readOnly: false, permissions: [] });
    }
    const file = this.files.get(key);
    if (file && doc) file.name = doc.name;
    return file;
  }
  /** The file, or 404 as drive.file answers for one the app may not see. */
  visible(method: string, id: unknown): DriveFile {
    const file = typeof id === 'string' ? this.lookup(id) : undefined;
    if (!file || !file.byApp) throw notFound(method, String(id));
    return file;
  }
  check(method: string): void {
    if (this.broken) throw new DriveApiError(method, 403, 'accessNotConfigured', this.broken);
  }
  /** Uncounted: what a file's people may do, its own permissions and its folders' (inherited). */
  _access(id: string): DrivePermission[] {
    const out: DrivePermission[] = [];
    for (let file = this.lookup(id); file; file = file.parents[0] ? this.lookup(file.parents[0]) : undefined) out.push(...file.permissions);
    return out;
  }
  /** Uncounted: a file the app did not make (drive.file: invisible to it). */
  _foreign(name: string, mimeType = FOLDER_MIME): DriveFile {
    const file: DriveFile = { id: this.newId(), name, mimeType, parents: [ROOT_ID], trashed: false, byApp: false, readOnly: false, permissions: [] };
    this.files.set(file.id, file);
    return file;
  }
  /** Uncounted: the folder's files (not trashed), by name. */
  _children(folderId: string): DriveFile[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId) && !f.trashed);
  }
  _root(): string { return ROOT_ID; }
}

/** The File resource with only `fields` (comma-separated; '*' for all); an unknown field is 400. */
function pick(method: string, file: DriveFile, fields: unknown): Record<string, unknown> {
  const link = file.mimeType === FOLDER_MIME ? `https://drive.google.com/drive/folders/${file.id}`
    : file.mimeType === DOC_MIME ? `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  const all: Record<string, unknown> = {
    kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType, parents: [...file.parents], trashed: file.trashed, webViewLink: link,
    ...(file.bytes ? { size: String(file.bytes.length) } : {}),
  };
  const wanted = typeof fields === 'string' && fields.trim() !== '' ? fields.split(',').map((f) => f.trim()) : ['kind', 'id', 'name', 'mimeType'];
  if (wanted.includes('*')) return all;
  const known = [...Object.keys(all), 'size'];
  for (const f of wanted) if (!known.includes(f)) throw new DriveApiError(method, 400, 'invalidParameter', `Invalid field selection ${f}`);
  return Object.fromEntries(wanted.filter((f) => f in all).map((f) => [f, all[f]]));
}

const ids = (value: unknown): string[] => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** `Drive.Files`, counted as `Drive.Files.<method>`. */
export class FakeDriveFiles {
  constructor(private readonly store: FakeDriveStore) {
    return counted(this, 'Drive.Files');
  }
  /** A parent a new or moved file may go into: visible, a folder, not trashed, writable. */
  private parent(method: string, id: string): DriveFile {
    const folder = this.store.visible(method, id);
    if (folder.mimeType !== FOLDER_MIME || folder.trashed) throw notFound(method, id);
    if (folder.readOnly) throw noWrite(method);
    return folder;
  }
  create(resource: { name?: unknown; mimeType?: unknown; parents?: unknown }, mediaData?: FakeBlob | null, optionalArgs: { fields?: string } = {}): Record<string, unknown> {
    const method = 'files.create';
    this.store.check(method);
    const parents = Array.isArray(resource?.parents) ? resource.parents.map(String) : [];
    if (parents.length > 1) throw new DriveApiError(method, 403, 'cannotAddParent', 'Increasing the number of parents is not allowed.');
    const parent = parents.length ? this.parent(method, parents[0]) : this.store.lookup('root') as DriveFile;
    const mimeType = typeof resource?.mimeType === 'string' ? resource.mimeType : mediaData ? mediaData.getContentType() : 'application/octet-stream';
    if (mimeType === FOLDER_MIME && mediaData) throw new DriveApiError(method, 400, 'badRequest', 'A folder cannot have content.');
    const name = typeof resource?.name === 'string' && resource.name !== '' ? resource.name : 'Untitled';
    const file: DriveFile = {
      id: this.store.newId(), name, mimeType, parents: [parent.id], trashed: false, byApp: true, readOnly: false, permissions: [],
      ...(mediaData ? { bytes: mediaData.getBytes() } : {}),
    };
    this.store.files.set(file.id, file);
    return pick(method, file, optionalArgs.fields);
  }
  get(fileId: string, optionalArgs: { fields?: string; alt?: string } = {}): Record<string, unknown> {
    const method = 'files.get';
    this.store.check(method);
    return pick(method, this.store.visible(method, fileId), optionalArgs.fields);
  }
  update(resource: { name?: unknown; trashed?: unknown } | null, fileId: string, _mediaData?: unknown, optionalArgs: { addParents?: string; removeParents?: string; fields?: string } = {}): Record<string, unknown> {
    const method = 'files.update';
    this.store.check(method);
    const file = this.store.visible(method, fileId);
    if (file.readOnly) throw noWrite(method);
    const adding = ids(optionalArgs.addParents).map((id) => this.parent(method, id).id);
    const removing = ids(optionalArgs.removeParents).map((id) => (id === 'root' ? this.store._root() : id));
    const parents = [...file.parents.filter((p) => !removing.includes(p)), ...adding.filter((p) => !file.parents.includes(p) || removing.includes(p))];
    if (new Set(parents).size > 1) throw new DriveApiError(method, 403, 'cannotAddParent', 'Increasing the number of parents is not allowed.');
    file.parents = [...new Set(parents)];
    if (typeof resource?.name === 'string' && resource.name !== '') file.name = resource.name;
    if (typeof resource?.trashed === 'boolean') file.trashed = resource.trashed;
    return pick(method, file, optionalArgs.fields);
  }
}

/** `Drive.Permissions`, counted as `Drive.Permissions.<method>`. */
export class FakeDrivePermissions {
  constructor(private readonly store: FakeDriveStore) {
    return counted(this, 'Drive.Permissions');
  }
  create(resource: Partial<DrivePermission>, fileId: string, optionalArgs: { sendNotificationEmail?: boolean; fields?: string } = {}): Record<string, unknown> {
    const method = 'permissions.create';
    this.store.check(method);
    const file = this.store.visible(method, fileId);
    const type = resource?.type;
    const role = resource?.role;
    if (!type || !TYPES.includes(type)) throw new DriveApiError(method, 400, 'required', 'Permission type field required');
    if (!role || !ROLES.includes(role)) throw new DriveApiError(method, 400, 'required', 'Permission role field required');
    if ((type === 'user' || type === 'group') && !resource.emailAddress) throw new DriveApiError(method, 400, 'badRequest', 'Bad Request. User message: "Sorry, there was an error. Please check that your email address is correct."');
    if (optionalArgs.sendNotificationEmail !== undefined && type !== 'user' && type !== 'group') {
      throw new DriveApiError(method, 403, 'forbidden', 'The sendNotificationEmail parameter is only applicable for permissions of type \'user\' or \'group\', and must not be disabled for ownership transfers.');
    }
    if (file.readOnly) throw noWrite(method);
    const refused = this.store.refuse(resource, file);
    if (refused) throw new DriveApiError(method, refused.code, refused.reason, refused.message);
    const same = file.permissions.find((p) => p.type === type && (p.emailAddress ?? '') === (resource.emailAddress ?? ''));
    const permission: DrivePermission = same ?? { id: type === 'anyone' ? 'anyoneWithLink' : `perm-${file.permissions.length + 1}`, type, role };
    permission.role = role;
    if (resource.emailAddress) permission.emailAddress = resource.emailAddress;
    if (!same) file.permissions.push(permission);
    return { kind: 'drive#permission', id: permission.id, type, role };
  }
}

export interface FakeDrive {
  store: FakeDriveStore;
  Files: FakeDriveFiles;
  Permissions: FakeDrivePermissions;
}

/** The `Drive` global; over `documentApp`'s documents when given. */
export function createFakeDrive(documentApp: FakeDocumentApp | null = null): FakeDrive {
  const store = new FakeDriveStore(documentApp);
  return { store, Files: new FakeDriveFiles(store), Permissions: new FakeDrivePermissions(store) };
}
