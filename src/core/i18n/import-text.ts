/**
 * The import's notes (key + parameters) in both languages, for the CLI and tests; the sidebar
 * page renders them with its own catalog. Apart from import.ts so the page bundles only the
 * strings, not the whole catalog.
 */
import { msg, registerStrings, type Bilingual, type Params } from './index';
import { IMPORT_STRINGS } from './import';

let registered = false;

/** A note of the import in both languages (registers these strings on first use). */
export function importText(note: { key: string; params: Params; text?: Bilingual }): Bilingual {
  if (note.text) return note.text;
  if (!registered) {
    registerStrings(IMPORT_STRINGS);
    registered = true;
  }
  return msg(note.key, note.params);
}
