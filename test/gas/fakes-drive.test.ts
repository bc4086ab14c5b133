/** The Drive API v3 fake and DocumentApp.openById/getAs behave as the references say, where the folder code relies on it. */
import { blobSourceName, createFakeDocs } from './fakes/document';
import { DriveApiError, FOLDER_MIME } from './fakes/drive';

const errorOf = (fn: () => unknown): DriveApiError => {
  try {
    fn();
  } catch (err) {
    return err as DriveApiError;
  }
  throw new Error('did not throw');
};

describe('fake Drive v3', () => {
  const docs = createFakeDocs();
  const { Files, Permissions, store } = docs.drive;

  it('files.create makes a folder in My Drive; files.get returns only the fields asked, trashed included', () => {
    const folder = Files.create({ name: 'f', mimeType: FOLDER_MIME }, null, { fields: 'id' });
    expect(Object.keys(folder)).toEqual(['id']);
    expect(Files.get(String(folder.id), { fields: 'id,trashed,parents' })).toEqual({ id: folder.id, trashed: false, parents: [store._root()] });
    expect(errorOf(() => Files.get(String(folder.id), { fields: 'nope' })).message).toBe(
      'GoogleJsonResponseException: API call to drive.files.get failed with error: Invalid field selection nope');
  });

  it('an unknown id, or a file the app did not create (drive.file), is 404 File not found, with details.code', () => {
    const err = errorOf(() => Files.get('missing'));
    expect(err.message).toBe('GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: missing.');
    expect(err.details.code).toBe(404);
    expect(errorOf(() => Files.get(store._foreign('theirs').id)).details.errors[0].reason).toBe('notFound');
  });

  it('a DocumentApp document is a Drive file in the root; a second parent is refused; moving with removeParents root works', () => {
    const doc = docs.documentApp.create('d');
    const folder = String(Files.create({ name: 'f', mimeType: FOLDER_MIME }).id);
    expect(errorOf(() => Files.update({}, doc.getId(), null, { addParents: folder })).message).toContain('Increasing the number of parents is not allowed.');
    expect(Files.update({}, doc.getId(), null, { addParents: folder, removeParents: 'root', fields: 'parents' })).toEqual({ parents: [folder] });
  });

  it('a trashed folder cannot take new files; a read-only one is 403 insufficientFilePermissions', () => {
    const trashed = Files.create({ name: 't', mimeType: FOLDER_MIME });
    Files.update({ trashed: true }, String(trashed.id));
    expect(errorOf(() => Files.create({ name: 'x', parents: [trashed.id] })).details.code).toBe(404);
    const viewOnly = store.lookup(String(Files.create({ name: 'v', mimeType: FOLDER_MIME }).id));
    (viewOnly as { readOnly: boolean }).readOnly = true;
    const err = errorOf(() => Files.create({ name: 'x', parents: [viewOnly?.id] }));
    expect([err.details.code, err.details.errors[0].reason]).toEqual([403, 'insufficientFilePermissions']);
  });

  it('permissions.create: sendNotificationEmail is refused for anyone; a policy refusal carries its reason; files inherit the folder\'s', () => {
    const folder = String(Files.create({ name: 'p', mimeType: FOLDER_MIME }).id);
    expect(errorOf(() => Permissions.create({ type: 'anyone', role: 'reader' }, folder, { sendNotificationEmail: false })).message).toContain(
      'The sendNotificationEmail parameter is only applicable for permissions of type \'user\' or \'group\'');
    expect(errorOf(() => Permissions.create({ type: 'user', role: 'reader' }, folder)).details.code).toBe(400);
    Permissions.create({ type: 'user', role: 'reader', emailAddress: 'a@b.th' }, folder, { sendNotificationEmail: false });
    const child = String(Files.create({ name: 'c.pdf', mimeType: 'application/pdf', parents: [folder] }).id);
    expect(store._access(child).map((p) => p.emailAddress)).toEqual(['a@b.th']);
    store.refuse = (p) => (p.type === 'anyone' ? { code: 403, reason: 'publishOutNotPermitted', message: 'Bad Request. User message: ""' } : null);
    expect(errorOf(() => Permissions.create({ type: 'anyone', role: 'reader' }, folder)).details.errors[0].reason).toBe('publishOutNotPermitted');
    store.refuse = () => null;
  });

  it('DocumentApp.openById(id).getAs("application/pdf") names the blob as BlobSource does; an unknown id is the reference\'s message', () => {
    const doc = docs.documentApp.create('อบต.ก รายงาน');
    const blob = docs.documentApp.openById(doc.getId()).getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('อบต.pdf');
    expect(blobSourceName('ShoppingList.12.25.2014', 'pdf')).toBe('ShoppingList.12.25.pdf');
    expect(() => docs.documentApp.openById('nope')).toThrow('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
  });
});
