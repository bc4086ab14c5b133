/** The covering memo (บันทึกข้อความ, seed 001): header lines, the opening, the progress and overdue sentences (its signature block: signatures.ts). */
import type { ResolvedReportOptions } from './options';
import { Writer, para, cancelledPart, yearEnded, type StatusShares, type ReportMeasure } from './writer';
import type { Assessment } from '../../engine/types';
import type { MeasureProgress } from '../../engine/progress';
import type { Block } from '../model';
import { memoSignatureBlock } from './signatures';
import { routingBlocks } from '../signers';
import { joinList, statusesPhrase, unfinishedCount } from './prose';

/** The memo's ส่วนราชการ line (seed 001): the owning division, the unit, "โทร." and the phone. */
function agencyLine(o: ResolvedReportOptions, w: Writer): string {
  const division = o.unit.division.trim();
  const name = division && !division.includes(o.unit.name) ? `${w.user(division)} ${o.unit.name}` : division ? w.user(division) : o.unit.name;
  // No-break spaces: a phone number never wraps across lines ("๐ / ๔๒๕๓ ๑๒๓๔").
  const phone = w.user(o.unit.phone.trim()).replace(/ /g, '\u00a0');
  return phone ? w.tx('report.memo.agencyPhone', { agency: name, phone }) : name;
}

export function memoBlocks(
  o: ResolvedReportOptions, w: Writer, a: Assessment | undefined, p: MeasureProgress, shares: StatusShares, overdue: ReportMeasure[], roundText: string,
): Block[] {
  const year = w.year(o.fiscalYear);
  const subject = `${w.tx('report.title')} ${w.tx('report.subtitle', { year, round: roundText.replace(/\s*\(.*\)$/, '') })}`;
  const opening = a
    ? w.tx('report.memo.opening', { unit: o.unit.name, itaYear: w.year(a.year), total: w.num(a.total), level: a.level, year })
    : w.tx('report.memo.openingNoIta', { unit: o.unit.name, year });
  const counts = { round: roundText, asOf: w.date(o.asOf), total: w.int(p.total), statuses: statusesPhrase(w, p, shares) };
  return [
    {
      kind: 'memoHeader',
      title: w.tx('report.memo.title'),
      lines: [
        [{ label: w.tx('report.memo.agency'), value: agencyLine(o, w) }],
        [{ label: w.tx('report.memo.ref'), value: o.docNo ? w.user(o.docNo) : w.tx('report.memo.refBlank') }, { label: w.tx('report.memo.date'), value: w.date(o.date) }],
        [{ label: w.tx('report.memo.subject'), value: subject }],
        [{ label: w.tx('report.memo.to'), value: w.user(o.unit.addressee) }],
      ],
    },
    para(opening, 'justify', true),
    para(w.tx('report.memo.progress', { ...counts, cancelledPart: cancelledPart(w, p) }), 'justify', true),
    ...memoUnfinished(o, w, p, overdue),
    para(w.tx('report.memo.closing', { unit: o.unit.name }), 'justify', true),
    memoSignatureBlock(o, w),
    // The endorsement option puts the memo's routing under the sender's signature.
    ...(o.endorsement ? routingBlocks(w, o.unit) : []),
    { kind: 'pageBreak' },
  ];
}

/**
 * What the memo says of the unfinished measures, counted as the report counts them: before the
 * year's end, the overdue ones named and followed up; at its end, every unfinished measure carried on
 * into the next year (the report's carry-over count), the overdue ones named.
 */
function memoUnfinished(o: ResolvedReportOptions, w: Writer, p: MeasureProgress, overdue: ReportMeasure[]): Block[] {
  const items = overdue.map((r) => w.tx('report.memo.overdueItem', { no: r.no, title: w.user(r.m.title) }));
  const list = joinList(w, items);
  if (yearEnded(o)) {
    const unfinished = unfinishedCount(p);
    if (unfinished === 0) return [];
    const overduePart = overdue.length ? w.tx('report.memo.carryOverOverdue', { count: w.int(overdue.length), list }) : '';
    return [para(w.tx('report.memo.carryOver', { asOf: w.date(o.asOf), count: w.int(unfinished), nextYear: w.year(o.fiscalYear + 1), overduePart }), 'justify', true)];
  }
  if (overdue.length === 0) return [];
  return [para(w.tx('report.memo.overdue', { asOf: w.date(o.asOf), count: w.int(overdue.length), list, next: w.tx('report.memo.overdueFollowUp') }), 'justify', true)];
}
