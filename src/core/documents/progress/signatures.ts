/** The progress report's signatures: the memo's, the report's own (ผู้รายงาน) and the executive's endorsement (built by ../signature.ts). */
import type { ResolvedReportOptions } from './options';
import type { Writer } from './writer';
import type { Block } from '../model';
import { signatureBlock } from '../signature';

/**
 * The memo's signature (seed 001, the บันทึกข้อความ form): room to sign, the name in brackets
 * and the position as it is. No "(ลงชื่อ)" — printed, it marks a copy — and no date line: the
 * memo's header carries its date.
 */
export function memoSignatureBlock(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [
    '',
    o.unit.reporter ? w.tx('report.signature.name', { name: w.user(o.unit.reporter) }) : w.tx('report.signature.blankName'),
  ];
  if (o.unit.position) lines.push(w.user(o.unit.position));
  return signatureBlock({ lines });
}

/** The report's own signature: (ลงชื่อ)…ผู้รายงาน, (name), ตำแหน่ง …, วันที่ … (the report's date). */
export function reportSignature(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [
    w.tx('report.signature.sign'),
    o.unit.reporter ? w.tx('report.signature.name', { name: w.user(o.unit.reporter) }) : w.tx('report.signature.blankName'),
  ];
  if (o.unit.position) lines.push(w.tx('report.signature.position', { position: w.user(o.unit.position) }));
  lines.push(w.tx('report.signature.date', { date: w.date(o.date) }));
  return signatureBlock({ lines });
}

/**
 * The executive's endorsement (ความเห็นของผู้บริหาร): lines to write on, room to sign, the name
 * to fill in, the executive's title (the unit's เรียน column) and a date to fill in. One signature
 * block: the heading, its lines and its signature are never split across pages.
 */
export function endorsementBlocks(o: ResolvedReportOptions, w: Writer): Block[] {
  const sign = [w.tx('report.endorsement.sign'), w.tx('report.signature.blankName')];
  if (o.unit.addressee.trim()) sign.push(w.user(o.unit.addressee.trim()));
  sign.push(w.tx('report.endorsement.date'));
  return [signatureBlock({ heading: w.tx('report.endorsement.heading'), writingLines: 3, lines: sign })];
}
