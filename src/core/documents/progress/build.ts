/**
 * buildReport: the engine's analysis → the progress report of one unit for one fiscal year
 * and round (issue 4). One model for both renderers, so the Google Doc and the .docx say
 * exactly the same thing. Wording follows the seeds (000 analysis, 001 memo and status
 * table, 003/004 reports). Issue 9: the report describes the round it names (as-of.ts), the
 * measures table sits on landscape pages. Each section has its own file in this folder (memo,
 * cover, ita-result, indicators-to-develop, measures-table, summary, signatures); writer.ts holds
 * what they share, including the digit rule:
 *
 * Digits: with `thaiDigits` every figure and every generated word is written with ๐–๙, and
 * so are the numbers in text users typed ("ไตรมาส 1" → "ไตรมาส ๑"), except inside words with
 * Latin letters, codes and addresses ("O43", "e6", "www.x.go.th/2568"), which stay as typed.
 * With Arabic digits chosen, typed Thai digits are converted the other way.
 */
import type { Analysis } from '../../workbook/analyse';
import { resolveReportOptions, ReportError, reportName, type ReportOptions } from './options';
import type { ReportDoc, ReportSection } from '../model';
import { Writer, measureNo, statusShares, type ReportMeasure } from './writer';
import { measuresOf, summarizeMeasures } from '../../engine/progress';
import { measuresAsOf, isOverdueAsOf } from '../../engine/as-of';
import { weakBlocks } from './indicators-to-develop';
import { memoBlocks } from './memo';
import { coverBlocks, titleAfterCover, titleBlocks } from './cover';
import { itaBlocks } from './ita-result';
import { measureBlocks } from './measures-table';
import { summaryBlocks } from './summary';
import { reportSignature, endorsementBlocks } from './signatures';
import { blankNames, type NameColumn } from '../signers';
import { fromThaiDigits } from '../../engine/thai';
import { roundRange } from '../../engine/calendar';

export function buildReport(analysis: Analysis, options: ReportOptions): ReportDoc {
  const o = resolveReportOptions(analysis, options);
  const w = new Writer(o.lang, o.thaiDigits);
  const unit = o.unit;
  const sheetMeasures = measuresOf(analysis.workbook.measures, unit.name, o.fiscalYear);
  if (sheetMeasures.length === 0) throw new ReportError('noMeasures', { unit: unit.name, year: o.fiscalYear });
  const assessment = o.itaYear === null ? undefined : analysis.assessments.find((a) => a.unit === unit.name && a.year === o.itaYear);
  const previous = assessment && assessment.previousYear !== null
    ? analysis.assessments.find((a) => a.unit === unit.name && a.year === assessment.previousYear)
    : undefined;

  // The one as-of rule (as-of.ts): every status and overdue flag as it stood on o.asOf.
  const at = measuresAsOf(sheetMeasures, o.asOf, o.today);
  const rows: ReportMeasure[] = sheetMeasures.map((m, i) => ({ m, at: at.measures[i], no: measureNo(m, i, w) }));
  const progress = summarizeMeasures(at.measures, o.asOf);
  const shares = statusShares(progress);
  const roundText = w.round(o.fiscalYear, o.round);
  const overdue = rows.filter((r) => isOverdueAsOf(r.m, o.asOf, o.today));
  const weak = weakBlocks(o, w, assessment, rows, analysis);

  const sections: ReportSection[] = [];
  // The memo is a document of its own: numbered from 1, no number on its first page, so a routing
  // that runs onto a second page reads "- ๒ -" (สารบรรณ); the report after it starts again at 1.
  if (o.memo) sections.push({ id: 'memo', blocks: memoBlocks(o, w, assessment, progress, shares, overdue, roundText), numbering: 'start' });
  if (o.cover) sections.push({ id: 'cover', blocks: coverBlocks(o, w, roundText), numbering: 'none' });
  // After a cover page the report's first page repeats none of it: the title as its heading (seed 004).
  sections.push({ id: 'title', blocks: o.cover ? titleAfterCover(w) : titleBlocks(o, w, roundText), numbering: 'start' });
  sections.push({ id: 'ita', blocks: itaBlocks(o, w, assessment, previous, analysis) });
  sections.push({ id: 'weak', blocks: weak.blocks });
  // The summary, the signature and the endorsement run on after the measures table on its last
  // landscape page (issue 19, point 5): a portrait section of their own started a new page and
  // left the table's last rows alone on theirs.
  const after = { orientation: 'landscape' as const };
  sections.push({ id: 'measures', blocks: measureBlocks(o, w, rows, roundText), ...after });
  sections.push({ id: 'summary', blocks: summaryBlocks(o, w, progress, shares, overdue), ...after });
  sections.push({ id: 'signature', blocks: [reportSignature(o, w)], ...after });
  // With a memo the endorsement travels on the memo, as its routing (memo.ts); without, it ends the report.
  if (o.endorsement && !o.memo) sections.push({ id: 'endorsement', blocks: endorsementBlocks(w, unit), ...after });
  const names: NameColumn[] = o.endorsement ? (o.memo ? ['chiefName', 'executiveName'] : ['executiveName']) : [];

  const uncertain = new Set(at.uncertain);
  return {
    meta: {
      unit: unit.name, fiscalYear: o.fiscalYear, round: o.round, itaYear: assessment ? assessment.year : null,
      thaiDigits: w.thai, lang: o.lang, memo: o.memo, cover: o.cover, endorsement: o.endorsement,
      asOf: o.asOf, date: o.date, docNo: o.docNo,
      uncertain: rows.filter((r) => uncertain.has(r.m)).map((r) => `${fromThaiDigits(r.no)}. ${r.m.title}`),
      uncovered: weak.gaps.map(fromThaiDigits),
      noResult: rows.filter((r) => (r.at.status === 'done' || r.at.status === 'in_progress') && !r.m.result.trim()).map((r) => fromThaiDigits(r.no)),
      roundEnd: roundRange(o.fiscalYear, o.round).end,
      missingNames: blankNames(unit, names), unitRow: unit.row,
      name: reportName(unit.name, o.fiscalYear, o.round, o.lang), measureCount: sheetMeasures.length,
    },
    sections,
  };
}
