/**
 * The .docx pages' headers: the page number as สารบรรณ sets it ("- ๒ -", centred at the top) and
 * a draft's ร่าง mark. Split from docx-renderer.ts, which lays out the body.
 */
import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { REPORT_STYLE as S } from '../core/documents';

/** Sarabun for every script (docx-renderer.ts uses the same). */
export const FONT = { ascii: S.font, hAnsi: S.font, cs: S.font, eastAsia: S.font };

/**
 * Page numbers as Thai official documents carry them: "- ๒ -" centred at the top from the
 * second page on (none on the first), in the report's digits (the section's number format:
 * w:fmt="thaiNumbers", which Word and Google Docs show as ๒ and LibreOffice as 2). The memo is a
 * document of its own, numbered from its first page; the cover is not counted and gets no number;
 * the report counts from its title page, so its second page reads "- ๒ -".
 */
export function pageNumberHeader(draft: string | null): Header {
  const size = S.bodySize * 2;
  const text = (t: string) => new TextRun({ text: t, size, sizeComplexScript: size, font: FONT });
  return new Header({
    children: [...draftMark(draft), new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [text('- '), new TextRun({ children: [PageNumber.CURRENT], size, sizeComplexScript: size, font: FONT }), text(' -')],
    })],
  });
}

/** A draft's mark (ร่าง), bold at the top right of every page's header; nothing for a document to be signed. */
function draftMark(draft: string | null): Paragraph[] {
  if (!draft) return [];
  const size = S.bodySize * 2;
  return [new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: draft, bold: true, boldComplexScript: true, size, sizeComplexScript: size, font: FONT })],
  })];
}

/** A page's header with no number: the draft's mark, or nothing. */
export function plainHeader(draft: string | null): Header {
  return new Header({ children: draft ? draftMark(draft) : [new Paragraph({ children: [] })] });
}
