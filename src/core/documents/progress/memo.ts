/** The covering memo (บันทึกข้อความ, seed 001): header lines, the opening, the progress and overdue sentences (its signature block: signatures.ts). */
import type { ResolvedReportOptions } from './options';
import { Writer, para, cancelledPart, yearEnded, type StatusShares, type ReportMeasure } from './writer';
import type { Assessment } from '../../engine/types';
import type { MeasureProgress } from '../../engine/progress';
import type { Block } from '../model';
import { memoSignatureBlock } from './signatures';

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
  const counts = {
    round: roundText, asOf: w.date(o.asOf), total: w.int(p.total), active: w.int(p.active), cancelled: w.int(p.byStatus.cancelled),
    done: w.int(p.byStatus.done), percent: w.num(shares.done),
    inProgress: w.int(p.byStatus.in_progress), notStarted: w.int(p.byStatus.not_started),
  };
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
    ...(overdue.length ? [para(memoOverdueSentence(o, w, overdue), 'justify', true)] : []),
    para(w.tx('report.memo.closing', { unit: o.unit.name }), 'justify', true),
    memoSignatureBlock(o, w),
    { kind: 'pageBreak' },
  ];
}

/** The memo names the overdue measures in one sentence, and what will become of them. */
function memoOverdueSentence(o: ResolvedReportOptions, w: Writer, overdue: ReportMeasure[]): string {
  const items = overdue.map((r) => w.tx('report.memo.overdueItem', { no: r.no, title: w.user(r.m.title) }));
  const list = items.length > 1 ? `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}` : items[0];
  const next = yearEnded(o)
    ? w.tx('report.memo.overdueCarryOver', { nextYear: w.year(o.fiscalYear + 1) })
    : w.tx('report.memo.overdueFollowUp');
  return w.tx('report.memo.overdue', { asOf: w.date(o.asOf), count: w.int(overdue.length), list, next });
}
