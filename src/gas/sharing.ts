/**
 * A new document is shared with the workbook's people (Settings แชร์รายงาน): the spreadsheet's
 * editors get the chosen role (ผู้ดู: view, ผู้แก้ไข: edit), its viewers and commenters view
 * access, ไม่แชร์ nobody. Spreadsheet.getEditors/getViewers need only spreadsheets.currentonly,
 * Document.addViewers/addEditors only documents: no Drive scope.
 *
 * One addViewers / addEditors call per role. Drive may refuse an address (a domain policy, an
 * address outside the domain) and then the whole call throws: only then each address is tried
 * alone, so the people who can be added are, and the others are named. Sharing never throws.
 */
import type { ShareMode } from '../core/engine/types';

type Document = GoogleAppsScript.Document.Document;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ShareOutcome {
  mode: ShareMode;
  added: { email: string; role: 'view' | 'edit' }[];
  failed: { email: string; message: string }[];
  /** The workbook's people could not be read (nothing was shared). */
  unreadable?: string;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function emails(users: GoogleAppsScript.Base.User[]): string[] {
  return users.map((u) => String(u.getEmail() || '').trim()).filter((e) => e !== '');
}

/** Shares `doc` per `mode`; `me` (the person making it, its owner) is never added. */
export function shareWithWorkbook(doc: Document, ss: Spreadsheet, mode: ShareMode, me: string): ShareOutcome {
  const outcome: ShareOutcome = { mode, added: [], failed: [] };
  if (mode === 'none') return outcome;
  let editors: string[];
  let viewers: string[];
  try {
    editors = emails(ss.getEditors());
    viewers = emails(ss.getViewers());
  } catch (err) {
    return { ...outcome, unreadable: messageOf(err) };
  }
  const seen = new Set([me.trim().toLowerCase()]);
  const fresh = (list: string[]): string[] => list.filter((e) => {
    const key = e.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const asRole = fresh(editors);
  const asViewer = fresh(viewers);
  const groups: { role: 'view' | 'edit'; list: string[] }[] = mode === 'edit'
    ? [{ role: 'edit', list: asRole }, { role: 'view', list: asViewer }]
    : [{ role: 'view', list: [...asRole, ...asViewer] }];
  for (const { role, list } of groups) {
    if (list.length === 0) continue;
    const add = (who: string[]) => (role === 'edit' ? doc.addEditors(who) : doc.addViewers(who));
    try {
      add(list);
      outcome.added.push(...list.map((email) => ({ email, role })));
    } catch (_batch) {
      for (const email of list) {
        try {
          add([email]);
          outcome.added.push({ email, role });
        } catch (err) {
          outcome.failed.push({ email, message: messageOf(err) });
        }
      }
    }
  }
  return outcome;
}
