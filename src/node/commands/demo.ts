import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from './command';
import { parse } from '../args';
import { saveWorkbook } from '../save';
import { loadAnalysis } from '../load';
import { buildSampleWorkbook } from '../../core/workbook/sample';
import { SAMPLE_FISCAL_YEAR } from '../../core/workbook/sample-data';
import { addDays, fiscalYearRange, roundRange } from '../../core/engine/calendar';
import type { CalendarDate } from '../../core/engine/types';
import { registerStrings, t } from '../../core/i18n';
import { PlanError, planWarnings, reportWarnings } from '../../core/documents';
import { REPORT_CLI_STRINGS } from '../../core/i18n/report';

registerStrings(REPORT_CLI_STRINGS);
import { rank } from './rank';
import { status } from './status';

/** The first working day (Monday to Friday) on or after `day`. */
export function workingDayFrom(day: CalendarDate): CalendarDate {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return addDays(day, weekday === 6 ? 2 : weekday === 0 ? 1 : 0);
}

/**
 * The demo's dates, as a real round's (issue 19, point 8), never today: the report and its memo
 * signed a few days (three, then the next working day) after the round it reports ends; the plan
 * announced in the fiscal year's second week, after the ITA result it answers.
 */
export function demoDates(fiscalYear: number, round: 3 | 6 | 9 | 12 = 6): { report: CalendarDate; plan: CalendarDate } {
  return {
    report: workingDayFrom(addDays(roundRange(fiscalYear, round).end, 3)),
    plan: workingDayFrom(addDays(fiscalYearRange(fiscalYear).start, 14)),
  };
}

/**
 * What `npm start` runs: writes the sample workbook, reads it back like any user's file,
 * shows the latest ITA year's rankings and the district overview, and writes the first unit's
 * two documents of the year: the year-start plan and the round-6 progress report with its memo and
 * the memo's routing (the endorsement option), each dated as a real one would be (demoDates).
 * A sample.xlsx already in the folder may hold the user's edits: it is used as it is, and
 * rebuilt only on --force (nothing the CLI does replaces a workbook unasked).
 */
export const demo: Command = {
  name: 'demo',
  summaryKey: 'cli.demo.summary',
  usage: 'ita demo [--out-dir out] [--force]',
  async run(argv, io) {
    const { values } = parse(argv, { 'out-dir': { type: 'string' }, force: { type: 'boolean' } });
    const dir = resolve(String(values['out-dir'] ?? 'out'));
    const workbook = resolve(dir, 'sample.xlsx');
    if (values.force === true || !existsSync(workbook)) await saveWorkbook(workbook, buildSampleWorkbook(), { force: true });
    else io.out(t(io.lang, 'cli.demo.kept', { path: workbook }));
    const analysis = await loadAnalysis(workbook, io);
    if (!analysis) return 1;
    const latest = Math.max(...analysis.assessments.map((a) => a.year));
    const code = await rank.run([workbook, '--year', String(latest)], io);
    io.out('');
    const statusCode = await status.run([workbook], io);
    const unit = analysis.workbook.units[0].name;
    const { writePlanDocx, writeReportDocx } = await import('../docx-files');
    const dates = demoDates(analysis.workbook.settings.fiscalYear ?? SAMPLE_FISCAL_YEAR);
    // A sample.xlsx the person edited may lack an analysis note: the plan is refused as ita plan refuses it, the report still made.
    let plan: Awaited<ReturnType<typeof writePlanDocx>> | null = null;
    try {
      plan = await writePlanDocx(analysis, { unit, date: dates.plan, lang: io.lang }, resolve(dir, 'plan.docx'));
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      io.err(e.text[io.lang]);
    }
    const report = await writeReportDocx(analysis, { unit, memo: true, endorsement: true, date: dates.report, lang: io.lang }, resolve(dir, 'report.docx'));
    // What ita report and ita plan tell the person (stderr), told here too: the demo is their first look.
    for (const w of [...(plan ? planWarnings(plan.doc) : []), ...reportWarnings(report.doc)]) io.err(t(io.lang, 'cli.report.warning', { unit, text: w[io.lang] }));
    io.out('');
    io.out(t(io.lang, 'cli.demo.workbook', { path: workbook }));
    if (plan) io.out(t(io.lang, 'cli.demo.plan', { path: plan.path, unit }));
    io.out(t(io.lang, 'cli.demo.report', { path: report.path, unit }));
    return Math.max(code, statusCode);
  },
};
