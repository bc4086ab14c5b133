import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from './command';
import { parse } from '../args';
import { saveWorkbook } from '../save';
import { loadAnalysis } from '../load';
import { buildSampleWorkbook } from '../../core/workbook/sample';
import { registerStrings, t } from '../../core/i18n';
import { planWarnings, reportWarnings } from '../../core/documents';
import { REPORT_CLI_STRINGS } from '../../core/i18n/report';

registerStrings(REPORT_CLI_STRINGS);
import { rank } from './rank';
import { status } from './status';

/**
 * What `npm start` runs: writes the sample workbook, reads it back like any user's file,
 * shows the latest ITA year's rankings and the district overview, and writes the first unit's
 * two documents of the year: the year-start plan and the progress report.
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
    const { writePlanDocx, writeReportDocx } = await import('../docx-renderer');
    const plan = await writePlanDocx(analysis, { unit, lang: io.lang }, resolve(dir, 'plan.docx'));
    const report = await writeReportDocx(analysis, { unit, memo: true, lang: io.lang }, resolve(dir, 'report.docx'));
    // What ita report and ita plan tell the person (stderr), told here too: the demo is their first look.
    for (const w of [...planWarnings(plan.doc), ...reportWarnings(report.doc)]) io.err(t(io.lang, 'cli.report.warning', { unit, text: w[io.lang] }));
    io.out('');
    io.out(t(io.lang, 'cli.demo.workbook', { path: workbook }));
    io.out(t(io.lang, 'cli.demo.plan', { path: plan.path, unit }));
    io.out(t(io.lang, 'cli.demo.report', { path: report.path, unit }));
    return Math.max(code, statusCode);
  },
};
