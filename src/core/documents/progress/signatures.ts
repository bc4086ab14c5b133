/** The progress report's signatures: the memo's and the report's own (ผู้รายงาน), built by ../signature.ts; the executive's are signers.ts's. */
import type { ResolvedReportOptions } from './options';
import type { Writer } from './writer';
import type { Block } from '../model';
import { signatureBlock } from '../signature';
import { nameLine } from '../signers';

/**
 * The memo's signature (seed 001, the บันทึกข้อความ form): room to sign, the name in brackets
 * and the position as it is. No "(ลงชื่อ)" — printed, it marks a copy — and no date line: the
 * memo's header carries its date.
 */
export function memoSignatureBlock(o: ResolvedReportOptions, w: Writer): Block {
  const lines = ['', nameLine(w, o.unit.reporter)];
  if (o.unit.position) lines.push(w.user(o.unit.position));
  return signatureBlock({ lines });
}

/** The report's own signature: (ลงชื่อ)…ผู้รายงาน, (name), ตำแหน่ง …, วันที่ … (the report's date). */
export function reportSignature(o: ResolvedReportOptions, w: Writer): Block {
  const lines = [w.tx('report.signature.sign'), nameLine(w, o.unit.reporter)];
  if (o.unit.position) lines.push(w.tx('report.signature.position', { position: w.user(o.unit.position) }));
  lines.push(w.tx('report.signature.date', { date: w.date(o.date) }));
  return signatureBlock({ lines });
}

// The executive's endorsement and the memo's routing, with the names, are signers.ts's (issue 19).
export { endorsementBlocks } from '../signers';
