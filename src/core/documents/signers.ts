/**
 * Who signs, and where (issue 19, points 2 and 3): the executive's and the chief administrator's
 * names and titles under their signature lines, the executive's endorsement at the end of a report,
 * and the memo's routing — ความเห็นของปลัด… and ความเห็น/คำสั่งของผู้บริหาร under the sender's signature,
 * as a memo travels up (ITA-REFERENCE "Thai official documents").
 *
 * Names come from the หน่วยงาน sheet's optional ชื่อผู้บริหาร and ชื่อปลัด columns; a blank one is
 * printed as the dotted line to write it on, and the document's meta says which column to fill
 * (`missingNames`), which the CLI, the sidebar and the menu tell the person (namesWarning).
 */
import type { Unit } from '../engine/types';
import { msg, type Bilingual } from '../i18n';
import type { Block, ReportMeta } from './model';
import { signatureBlock } from './signature';
import type { Params } from '../i18n';

/** What these builders need of a document's Writer (progress/build.ts): catalog words and typed text in its digits. */
export interface Words {
  tx(key: string, params?: Params): string;
  user(text: string): string;
}

export type NameColumn = NonNullable<ReportMeta['missingNames']>[number];

/** "(name)" under a signature line, or the dotted line in parentheses to write it in. */
export function nameLine(w: Words, name: string): string {
  const typed = name.trim();
  return typed ? w.tx('report.signature.name', { name: w.user(typed) }) : w.tx('report.signature.blankName');
}

/** The executive's title: the unit's เรียน column (นายกองค์การบริหารส่วนตำบล…), else ผู้บริหาร + the unit. */
export function executiveTitle(w: Words, unit: Unit): string {
  const title = unit.addressee.trim();
  return title ? w.user(title) : w.tx('sign.executiveFallback', { unit: unit.name });
}

/** The chief administrator's title: ปลัด + the unit's name (ปลัดองค์การบริหารส่วนตำบลนาเลียง). */
export function chiefTitle(w: Words, unit: Unit): string {
  return w.tx('sign.chiefTitle', { unit: unit.name });
}

/** The columns of `unit` among `used` that are blank: the document prints a dotted line for them. */
export function blankNames(unit: Unit, used: NameColumn[]): NameColumn[] {
  return used.filter((column) => unit[column].trim() === '');
}

/** What the person is told when a printed name is blank: which column of which row to fill. null when none. */
export function namesWarning(meta: ReportMeta, unitRow: number | undefined): Bilingual | null {
  const missing = meta.missingNames ?? [];
  if (missing.length === 0) return null;
  const join = (lang: 'th' | 'en', key: string) => missing.map((c) => msg(`${key}.${c}`)[lang]).join(lang === 'th' ? ' และ' : ' and ');
  const th = msg('sign.warning.names', { who: join('th', 'sign.who'), columns: join('th', 'sign.column'), row: unitRow ?? '-' }).th;
  const en = msg('sign.warning.names', { who: join('en', 'sign.who'), columns: join('en', 'sign.column'), row: unitRow ?? '-' }).en;
  return { th, en };
}

/**
 * The executive's endorsement at the end of a report without a memo: ความเห็นของผู้บริหาร, three lines
 * to write on, then (ลงชื่อ)…, the executive's name, title and a date to fill in. One signature block:
 * never split across pages.
 */
export function endorsementBlocks(w: Words, unit: Unit): Block[] {
  return [signatureBlock({
    heading: w.tx('report.endorsement.heading'),
    writingLines: 3,
    lines: [w.tx('report.endorsement.sign'), nameLine(w, unit.executiveName), executiveTitle(w, unit), w.tx('report.endorsement.date')],
  })];
}

/**
 * The memo's routing, under the sender's signature: the chief administrator's comment, then the
 * executive's comment or order — each a heading, two lines to write on and its signature (a line to
 * sign on, the name, the title, the date), one signature block each. The first keeps with the
 * second, so the two stay on the memo page when they fit and go to the next page together when not.
 */
export function routingBlocks(w: Words, unit: Unit): Block[] {
  const chief = chiefTitle(w, unit);
  const executive = executiveTitle(w, unit);
  const comment = (heading: string, name: string, title: string, keepWithNext: boolean): Block => signatureBlock({
    heading, writingLines: 2, keepWithNext,
    lines: [w.tx('sign.line'), nameLine(w, name), title, w.tx('report.endorsement.date')],
  });
  return [
    comment(w.tx('sign.routing.chief', { title: chief }), unit.chiefName, chief, true),
    comment(w.tx('sign.routing.executive', { title: executive }), unit.executiveName, executive, false),
  ];
}
