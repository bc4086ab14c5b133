/**
 * The manifest against the code and the README: the advanced Docs and Drive (v3) services are
 * enabled, the scopes are exactly the README's Scopes table, every service method the report
 * delivery calls is covered by a listed scope (per the Apps Script / Docs / Drive API reference
 * pages), and the one Drive scope is drive.file: no full `drive`, no DriveApp.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
};
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const source = (file: string) => fs.readFileSync(path.join(ROOT, 'src/gas', file), 'utf8');

/** What the reference pages list as sufficient scopes for each method delivery calls. */
const NEEDS: Record<string, string[]> = {
  'DocumentApp.create': ['documents'],
  'Document.addViewers': ['documents.currentonly', 'documents'],
  'Document.addEditors': ['documents.currentonly', 'documents'],
  'Document.setName': ['documents.currentonly', 'documents'],
  'Spreadsheet.getEditors': ['spreadsheets.currentonly', 'spreadsheets'],
  'Spreadsheet.getViewers': ['spreadsheets.currentonly', 'spreadsheets'],
  // docs.documents.get / batchUpdate accept documents, drive.file or drive.
  'Docs.Documents.get': ['documents', 'drive.file', 'drive'],
  'Docs.Documents.batchUpdate': ['documents', 'drive.file', 'drive'],
  // Document.getAs (BlobSource) after DocumentApp.openById: documents.
  'DocumentApp.openById': ['documents'],
  // Drive API v3 files.create / get / update and permissions.create each accept drive.file
  // (the files this app created), among broader ones the add-on does not ask for.
  'Drive.Files.create': ['drive.file', 'drive'],
  'Drive.Files.get': ['drive.file', 'drive', 'drive.readonly'],
  'Drive.Files.update': ['drive.file', 'drive'],
  'Drive.Permissions.create': ['drive.file', 'drive'],
  // The folder's id in the workbook: no scope (PropertiesService).
};

const granted = manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));

describe('appsscript.json', () => {
  it('enables the advanced Docs service as `Docs` (v1) and Drive as `Drive` (v3), which the Docs pass and the folder use', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
    expect(source('docs-pass.ts')).toMatch(/typeof Docs === 'undefined'/);
    expect(source('drive-folder.ts')).toMatch(/typeof Drive === 'undefined'/);
  });

  it('lists exactly the scopes of the README\'s Scopes table', () => {
    const section = readme.slice(readme.indexOf('## Apps Script scopes'), readme.indexOf('Not requested:'));
    const documented = [...section.matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...manifest.oauthScopes].sort());
  });

  it('covers every method delivery calls; the one Drive scope is drive.file, and DriveApp (full drive) is never used', () => {
    for (const [method, scopes] of Object.entries(NEEDS)) {
      expect({ method, ok: scopes.some((s) => granted.includes(s)) }).toEqual({ method, ok: true });
    }
    expect(granted.filter((s) => s.startsWith('drive'))).toEqual(['drive.file']);
    const code = ['document-delivery.ts', 'sharing.ts', 'docs-pass.ts', 'drive-folder.ts'].map(source).join('\n');
    for (const call of ['DocumentApp.create', 'addViewers', 'addEditors', 'setName', 'getEditors', 'getViewers', 'Documents.get', 'Documents.batchUpdate',
      'DocumentApp.openById', 'Files.create', 'Files.get', 'Files.update', 'Permissions.create']) {
      expect(code).toContain(call);
    }
    const everything = fs.readdirSync(path.join(ROOT, 'src/gas')).map(source).join('\n');
    expect(everything).not.toMatch(/\bDriveApp\s*\./);
  });
});
