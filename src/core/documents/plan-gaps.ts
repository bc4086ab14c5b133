/**
 * The plan's refusal (issue 19, point 4): the การวิเคราะห์ cells or rows a plan needs filled before
 * it can be signed, and the message that lists them, one a line, naming the sheet and cell.
 */
import type { Lang } from '../engine/types';
import { t, type Bilingual } from '../i18n';

/** An indicator the plan lists whose การวิเคราะห์ note lacks its issues, its approach or both (no row: `row` absent). */
export interface NoteGap {
  unit: string;
  itaYear: number;
  code: string;
  name: string;
  lacks: ('issues' | 'approach')[];
  /** The note's row and cells when it has one. */
  row?: number;
  cells?: { issues: string; approach: string };
}

/** The refusal's details in both languages: the rows to fill, one a line, naming the sheet and cell. */
export function gapsMessage(gaps: NoteGap[], sheet: string): Bilingual {
  const lines = (lang: Lang) => gaps.flatMap((g) => {
    const base = { sheet, unit: g.unit, itaYear: g.itaYear, code: g.code, name: g.name };
    if (!g.cells) return [t(lang, 'plan.missing.row', base)];
    return g.lacks.map((k) => t(lang, 'plan.missing.cell', { ...base, cell: g.cells?.[k] ?? '', column: t(lang, `plan.missing.${k}`) }));
  }).join('\n');
  return { th: t('th', 'plan.error.missingNotes', { sheet, rows: lines('th') }), en: t('en', 'plan.error.missingNotes', { sheet, rows: lines('en') }) };
}
