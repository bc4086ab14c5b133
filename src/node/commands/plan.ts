import { join, resolve } from 'node:path';
import type { Command } from './command';
import { InputError, intOption, onePositional, parse, UsageError } from '../args';
import { loadAnalysis } from '../load';
import { checkReportTarget } from '../save';
import { pdfBeside } from '../pdf';
import { documentOutput, safeFileName } from './report';
import { buildPlan, parseReportDate, PlanError, planWarning, planWarnings, ReportError, type PlanDoc, type PlanOptions } from '../../core/documents';
import { registerStrings, t } from '../../core/i18n';
import { REPORT_CLI_STRINGS } from '../../core/i18n/report';
import { PLAN_CLI_STRINGS } from '../../core/i18n/plan';
import { SIGNING_CLI_STRINGS } from '../../core/i18n/signing';
import { CLI_YEAR_STRINGS } from '../../core/i18n/cli-year';
import type { LogRecord } from '../../core/workbook/report-log';
import { logDocuments, offlineLogRecord } from '../report-log-offline';

registerStrings(REPORT_CLI_STRINGS);
registerStrings(PLAN_CLI_STRINGS);
registerStrings(SIGNING_CLI_STRINGS);
registerStrings(CLI_YEAR_STRINGS);

const isDocumentError = (e: unknown): e is ReportError | PlanError => e instanceof ReportError || e instanceof PlanError;

/**
 * `ita plan <workbook> --unit <name> [--year N] --out <file.docx>` — one unit's year-start
 * document (the analysis of the ITA result before year N and the measures of N);
 * `ita plan <workbook> --all --out-dir <dir>` — one per unit. `--date YYYY-MM-DD` (CE or BE, as
 * `ita report --date`) sets ประกาศ ณ วันที่. A date left to fill by hand (today outside the year's
 * adoption time) and a blank executive's name are warning lines on stderr; the document is written.
 * Missing analysis notes refuse the plan (exit 1, the rows to fill listed, nothing written) unless
 * `--draft`: then it is made marked ร่าง, each gap a bracketed prompt (issue 19).
 */
/** After a refusal for missing notes: how to make a draft instead. */
const refusedHint = (e: ReportError | PlanError, lang: 'th' | 'en'): string =>
  (e instanceof PlanError && e.code === 'missingNotes' ? `\n${t(lang, 'cli.plan.draftHint')}` : '');

export const plan: Command = {
  name: 'plan',
  summaryKey: 'cli.plan.summary',
  usage: 'ita plan <workbook> (--unit <name> --out <file.docx> | --all --out-dir <dir>) [--year N] [--date YYYY-MM-DD] [--arabic-digits] [--draft] [--pdf] [--no-log]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      unit: { type: 'string' },
      all: { type: 'boolean' },
      year: { type: 'string' },
      date: { type: 'string' },
      'arabic-digits': { type: 'boolean' },
      draft: { type: 'boolean' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      pdf: { type: 'boolean' },
      'no-log': { type: 'boolean' },
    });
    const workbook = onePositional(positionals);
    const all = documentOutput(values, workbook, io.lang);
    const log = values['no-log'] !== true;
    const record = (doc: PlanDoc, path: string) => offlineLogRecord({
      unit: doc.meta.unit, year: doc.meta.fiscalYear, round: null, kind: 'plan', asOf: null, path, note: planWarning(doc)?.th ?? '',
    });
    const pdf = values.pdf === true;
    const date = typeof values.date === 'string' ? parseReportDate(values.date) : undefined;
    if (date === null) throw new UsageError(t(io.lang, 'cli.report.badDate', { option: '--date', value: String(values.date) }));
    const base: Omit<PlanOptions, 'unit'> = {
      fiscalYear: intOption(values, 'year'),
      ...(date ? { date } : {}),
      ...(values['arabic-digits'] === true ? { thaiDigits: false } : {}),
      ...(values.draft === true ? { draft: true } : {}),
      lang: io.lang,
    };

    const analysis = await loadAnalysis(workbook, io);
    if (!analysis) return 1;
    // docx loads only when a document is written (ita --help stays quick).
    const { writePlanDocx } = await import('../docx-files');
    const warn = (doc: PlanDoc): void => {
      for (const warning of planWarnings(doc)) io.err(t(io.lang, 'cli.plan.warning', { unit: doc.meta.unit, message: warning[io.lang] }));
      // Which การวิเคราะห์ rows the document used (issue 20: no silent loss).
      const used = doc.notesUsed ?? [];
      io.out(used.length
        ? t(io.lang, 'cli.plan.notesUsed', { unit: doc.meta.unit, rows: used.map((n) => n.row).join(', '), codes: used.map((n) => n.code).join(', '), itaYear: doc.meta.itaYear ?? '' })
        : t(io.lang, 'cli.plan.noNotes', { unit: doc.meta.unit, itaYear: doc.meta.itaYear ?? '' }));
      // The undated warning is shared with the sidebar; offline, the way to date it is --date.
      if (doc.undated) io.err(t(io.lang, 'cli.plan.dateHint', { example: `${doc.meta.fiscalYear - 1}-10-01` }));
    };

    if (!all) {
      try {
        const { path, doc } = await writePlanDocx(analysis, { ...base, unit: String(values.unit) }, resolve(String(values.out)));
        warn(doc);
        io.out(t(io.lang, 'cli.plan.wrote', { path }));
        if (log) await logDocuments(workbook, [record(doc, path)], io);
        return pdf ? pdfBeside([path], io) : 0;
      } catch (e) {
        if (!isDocumentError(e)) throw e;
        const names = analysis.workbook.units.map((u) => u.name);
        const hint = e instanceof ReportError && e.code === 'unknownUnit' && names.length ? `\n${t(io.lang, 'cli.report.units', { units: names.join(', ') })}` : refusedHint(e, io.lang);
        throw new InputError(e.text[io.lang] + hint);
      }
    }

    const dir = resolve(String(values['out-dir']));
    const units = analysis.workbook.units;
    if (units.length === 0) throw new InputError(new ReportError('noUnits').text[io.lang]);
    const written: string[] = [];
    let refused = false;
    const records: LogRecord[] = [];
    for (const unit of units) {
      try {
        const name = buildPlan(analysis, { ...base, unit: unit.name }).meta.name;
        const file = join(dir, `${safeFileName(name)}.docx`);
        checkReportTarget(file, workbook, '--out-dir');
        const { doc } = await writePlanDocx(analysis, { ...base, unit: unit.name }, file);
        warn(doc);
        records.push(record(doc, file));
        written.push(file);
      } catch (e) {
        if (!isDocumentError(e)) throw e;
        refused ||= e instanceof PlanError && e.code === 'missingNotes';
        io.err(t(io.lang, 'cli.report.skipped', { unit: unit.name, reason: e.text[io.lang] + refusedHint(e, io.lang) }));
      }
    }
    io.out(t(io.lang, 'cli.plan.wroteAll', { count: written.length, dir }));
    if (log) await logDocuments(workbook, records, io);
    if (written.length === 0) return 1;
    const pdfCode = pdf ? pdfBeside(written, io, dir) : 0;
    // A plan refused for its notes is rows to fill: the run is not a success even if others were written.
    return refused ? 1 : pdfCode;
  },
};
