/**
 * The one builder of signature blocks (issue 19, point 1). Every signature of every document of
 * the report model — the report's, the memo's, the endorsement, the plan's announcement, the
 * memo's routing (ความเห็นของปลัด…, ความเห็น/คำสั่งของผู้บริหาร) — is made here, so each is one
 * `signature` block that the renderers keep whole: the heading and the lines to write on stay
 * with the (ลงชื่อ) line, and the (ลงชื่อ) line with the name, title and date under it.
 */
import { writingLine, type SignatureBlock, type SignatureLead } from './model';

export interface SignatureSpec {
  /** A heading read with the signature (ความเห็นของผู้บริหาร): bold, at the margin. */
  heading?: string;
  /** Dotted lines to write a comment or an order on, as wide as the text column. */
  writingLines?: number;
  /** Width of the text column the lines are written across, in pt (default: a portrait page's). */
  width?: number;
  /** The document's closing sentence (จึงประกาศให้ทราบโดยทั่วกัน), read with the signature: never a signature alone on a page. */
  closing?: string;
  /** A centred line read with the signature, above it (the plan's ประกาศ ณ วันที่ …). */
  before?: string;
  /**
   * The signature's own lines, centred in the right part of the page: room to sign ('') or the
   * (ลงชื่อ)… line, the name in parentheses (or the dotted one to fill in), position, date.
   */
  lines: string[];
  /** Keep it on the page of the block after it (the memo's two routing blocks read as one). */
  keepWithNext?: boolean;
}

/** A signature block that no renderer splits across pages. */
export function signatureBlock(spec: SignatureSpec): SignatureBlock {
  const lead: SignatureLead[] = [];
  if (spec.heading) lead.push({ text: spec.heading, bold: true, align: 'left' });
  const line = writingLine(spec.width);
  for (let i = 0; i < (spec.writingLines ?? 0); i++) lead.push({ text: line, align: 'left' });
  if (spec.closing) lead.push({ text: spec.closing, align: 'left', indent: true });
  if (spec.before) lead.push({ text: spec.before, align: 'center' });
  return {
    kind: 'signature',
    ...(lead.length ? { lead } : {}),
    lines: [...spec.lines],
    ...(spec.keepWithNext ? { keepWithNext: true } : {}),
  };
}
