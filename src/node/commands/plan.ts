import { join, resolve } from 'node:path';
import type { Command } from './command';
import { InputError, intOption, onePositional, parse, UsageError } from '../args';
import { loadAnalysis } from '../load';
import { checkReportTarget } from '../save';
import { documentOutput, safeFileName } from './report';
import { buildPlan, parseReportDate, PlanError, planWarnings, ReportError, type PlanDoc, type PlanOptions } from '../../core/documents';
import { registerStrings, t } from '../../core/i18n';
import { REPORT_CLI_STRINGS } from '../../core/i18n/report';
import { PLAN_CLI_STRINGS } from '../../core/i18n/plan';

registerStrings(REPORT_CLI_STRINGS);
registerStrings(PLAN_CLI_STRINGS);

const isDocumentError = (e: unknown): e is ReportError | PlanError => e instanceof ReportError || e instanceof PlanError;

/**
 * `ita plan <workbook> --unit <name> [--year N] --out <file.docx>` — one unit's year-start
 * document (the analysis of the ITA result before year N and the measures of N);
 * `ita plan <workbook> --all --out-dir <dir>` — one per unit. `--date YYYY-MM-DD` (CE or BE, as
 * `ita report --date`) sets ประกาศ ณ วันที่. Missing analysis notes, and a date left to fill by hand
 * (today outside the year's adoption time), are warning lines on stderr; the document is written.
 */
export const plan: Command = {
  name: 'plan',
  summaryKey: 'cli.plan.summary',
  usage: 'ita plan <workbook> (--unit <name> --out <file.docx> | --all --out-dir <dir>) [--year N] [--date YYYY-MM-DD] [--arabic-digits]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      unit: { type: 'string' },
      all: { type: 'boolean' },
      year: { type: 'string' },
      date: { type: 'string' },
      'arabic-digits': { type: 'boolean' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
    });
    const workbook = onePositional(positionals);
    const all = documentOutput(values, workbook, io.lang);
    const date = typeof values.date === 'string' ? parseReportDate(values.date) : undefined;
    if (date === null) throw new UsageError(t(io.lang, 'cli.report.badDate', { option: '--date', value: String(values.date) }));
    const base: Omit<PlanOptions, 'unit'> = {
      fiscalYear: intOption(values, 'year'),
      ...(date ? { date } : {}),
      ...(values['arabic-digits'] === true ? { thaiDigits: false } : {}),
      lang: io.lang,
    };

    const analysis = await loadAnalysis(workbook, io);
    if (!analysis) return 1;
    // docx loads only when a document is written (ita --help stays quick).
    const { writePlanDocx } = await import('../docx-renderer');
    const warn = (doc: PlanDoc): void => {
      for (const warning of planWarnings(doc)) io.err(t(io.lang, 'cli.plan.warning', { unit: doc.meta.unit, message: warning[io.lang] }));
    };

    if (!all) {
      try {
        const { path, doc } = await writePlanDocx(analysis, { ...base, unit: String(values.unit) }, resolve(String(values.out)));
        warn(doc);
        io.out(t(io.lang, 'cli.plan.wrote', { path }));
        return 0;
      } catch (e) {
        if (!isDocumentError(e)) throw e;
        const names = analysis.workbook.units.map((u) => u.name);
        const hint = e instanceof ReportError && e.code === 'unknownUnit' && names.length ? `\n${t(io.lang, 'cli.report.units', { units: names.join(', ') })}` : '';
        throw new InputError(e.text[io.lang] + hint);
      }
    }

    const dir = resolve(String(values['out-dir']));
    const units = analysis.workbook.units;
    if (units.length === 0) throw new InputError(new ReportError('noUnits').text[io.lang]);
    let written = 0;
    for (const unit of units) {
      try {
        const name = buildPlan(analysis, { ...base, unit: unit.name }).meta.name;
        const file = join(dir, `${safeFileName(name)}.docx`);
        checkReportTarget(file, workbook, '--out-dir');
        const { doc } = await writePlanDocx(analysis, { ...base, unit: unit.name }, file);
        warn(doc);
        written++;
      } catch (e) {
        if (!isDocumentError(e)) throw e;
        io.err(t(io.lang, 'cli.report.skipped', { unit: unit.name, reason: e.text[io.lang] }));
      }
    }
    io.out(t(io.lang, 'cli.plan.wroteAll', { count: written, dir }));
    return written > 0 ? 0 : 1;
  },
};
