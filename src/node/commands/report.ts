import { extname, join, resolve } from 'node:path';
import type { Command } from './command';
import { InputError, intOption, onePositional, parse, UsageError } from '../args';
import { loadAnalysis } from '../load';
import { checkReportTarget } from '../save';
import { pdfBeside } from '../pdf';
import { parseReportDate, ReportError, reportName, reportWarnings, resolveReportOptions, type ReportDoc, type ReportOptions } from '../../core/documents';
import { msg, registerStrings, t } from '../../core/i18n';
import { REPORT_CLI_STRINGS } from '../../core/i18n/report';
import { isRound } from '../../core/engine/calendar';
import { formatThaiDate } from '../../core/engine/thai';
import type { Lang } from '../../core/engine/types';
import type { LogRecord } from '../../core/workbook/report-log';
import { logDocuments, offlineLogRecord } from '../report-log-offline';
import { CLI_YEAR_STRINGS } from '../../core/i18n/cli-year';

registerStrings(REPORT_CLI_STRINGS);
registerStrings(CLI_YEAR_STRINGS);

/** The as-of day as YYYY-MM-DD (CE), what --as-of takes. */
const isoDay = (doc: ReportDoc): string => {
  const d = doc.meta.asOf;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

/** A unit's name as a file name: path separators and control characters out. */
export const safeFileName = (name: string): string => name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-').trim();

/**
 * `ita report <workbook> --unit <name> … --out <file.docx>` — one unit's progress report;
 * `ita report <workbook> --all --out-dir <dir>` — one per unit, with a progress bar.
 */
/**
 * The output options every document command takes: `--unit <name> --out <file.docx>`, or `--all
 * --out-dir <dir>`; never a workbook or the input itself (a report never overwrites data). True for --all.
 */
export function documentOutput(values: Record<string, string | boolean | undefined>, workbook: string, lang: Lang): boolean {
  const all = values.all === true;
  if (!all && typeof values.unit !== 'string') throw new UsageError(t(lang, 'cli.report.needUnit'));
  if (!all && typeof values.out !== 'string') throw new UsageError(t(lang, 'cli.report.needOut'));
  if (all && typeof values['out-dir'] !== 'string') throw new UsageError(t(lang, 'cli.report.needOutDir'));
  if (!all) checkReportTarget(String(values.out), workbook, '--out');
  if (!all && extname(String(values.out)).toLowerCase() !== '.docx') throw new UsageError(msg('cli.usage.docxExtension', { file: String(values.out) }));
  if (all) checkReportTarget(String(values['out-dir']), workbook, '--out-dir');
  return all;
}

export const report: Command = {
  name: 'report',
  summaryKey: 'cli.report.summary',
  usage: 'ita report <workbook> (--unit <name> --out <file.docx> | --all --out-dir <dir>) [--year N] [--round 3|6|9|12] [--as-of YYYY-MM-DD] '
    + '[--date YYYY-MM-DD] [--memo] [--doc-no <no>] [--cover] [--endorsement] [--arabic-digits] [--pdf] [--no-log]',
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      unit: { type: 'string' },
      all: { type: 'boolean' },
      year: { type: 'string' },
      round: { type: 'string' },
      memo: { type: 'boolean' },
      cover: { type: 'boolean' },
      endorsement: { type: 'boolean' },
      'as-of': { type: 'string' },
      date: { type: 'string' },
      'doc-no': { type: 'string' },
      'arabic-digits': { type: 'boolean' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      pdf: { type: 'boolean' },
      'no-log': { type: 'boolean' },
    });
    const workbook = onePositional(positionals);
    const all = documentOutput(values, workbook, io.lang);
    const log = values['no-log'] !== true;
    const record = (doc: ReportDoc, path: string) => offlineLogRecord({
      unit: doc.meta.unit, year: doc.meta.fiscalYear, round: doc.meta.round, kind: 'progress', asOf: doc.meta.asOf, path,
      note: reportWarnings(doc).map((w) => w.th).join(' '),
    });
    const pdf = values.pdf === true;
    const round = intOption(values, 'round');
    if (round !== undefined && !isRound(round)) throw new UsageError(msg('cli.usage.badRound', { value: String(values.round) }));
    const day = (option: 'as-of' | 'date') => {
      const value = values[option];
      if (typeof value !== 'string') return undefined;
      const parsed = parseReportDate(value);
      if (!parsed) throw new UsageError(t(io.lang, 'cli.report.badDate', { option: `--${option}`, value }));
      return parsed;
    };
    const base: Omit<ReportOptions, 'unit'> = {
      fiscalYear: intOption(values, 'year'),
      round,
      asOf: day('as-of'),
      date: day('date'),
      docNo: typeof values['doc-no'] === 'string' ? values['doc-no'] : undefined,
      memo: values.memo === true,
      cover: values.cover === true,
      endorsement: values.endorsement === true,
      ...(values['arabic-digits'] === true ? { thaiDigits: false } : {}),
      lang: io.lang,
    };

    const analysis = await loadAnalysis(workbook, io);
    if (!analysis) return 1;
    // docx (and resvg for the chart) load only now: a usage mistake above costs nothing.
    const { writeReportDocx } = await import('../docx-files');

    if (!all) {
      try {
        const { path, doc } = await writeReportDocx(analysis, { ...base, unit: String(values.unit) }, resolve(String(values.out)));
        io.out(t(io.lang, 'cli.report.wrote', { path }));
        io.out(t(io.lang, 'cli.report.asOf', { date: formatThaiDate(doc.meta.asOf), iso: isoDay(doc) }));
        warn(doc);
        if (log) await logDocuments(workbook, [record(doc, path)], io);
        return pdf ? pdfBeside([path], io) : 0;
      } catch (e) {
        if (!(e instanceof ReportError)) throw e;
        const names = analysis.workbook.units.map((u) => u.name);
        // A misspelt unit: say which names the workbook has.
        const hint = e.code === 'unknownUnit' && names.length ? `\n${t(io.lang, 'cli.report.units', { units: names.join(', ') })}` : '';
        throw new InputError(e.text[io.lang] + hint);
      }
    }

    // Told to the person on stderr, never written into the document (issue 9, point 4).
    function warn(doc: ReportDoc): void {
      for (const w of reportWarnings(doc)) io.err(t(io.lang, 'cli.report.warning', { unit: doc.meta.unit, text: w[io.lang] }));
    }

    const dir = resolve(String(values['out-dir']));
    const units = analysis.workbook.units;
    if (units.length === 0) throw new InputError(new ReportError('noUnits').text[io.lang]);
    const { SingleBar, Presets } = await import('cli-progress');
    const bar = new SingleBar({ format: ' {bar} {value}/{total}  {unit}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    bar.start(units.length, 0, { unit: '' });
    const written: string[] = [];
    const skipped: string[] = [];
    const warnings: ReportDoc[] = [];
    const records: LogRecord[] = [];
    for (const unit of units) {
      bar.update({ unit: unit.name });
      try {
        const resolved = resolveReportOptions(analysis, { ...base, unit: unit.name });
        const file = join(dir, `${safeFileName(reportName(unit.name, resolved.fiscalYear, resolved.round))}.docx`);
        checkReportTarget(file, workbook, '--out-dir');
        const { doc } = await writeReportDocx(analysis, { ...base, unit: unit.name }, file);
        warnings.push(doc);
        records.push(record(doc, file));
        written.push(file);
      } catch (e) {
        if (!(e instanceof ReportError)) {
          bar.stop();
          throw e;
        }
        skipped.push(t(io.lang, 'cli.report.skipped', { unit: unit.name, reason: e.text[io.lang] }));
      }
      bar.increment();
    }
    bar.stop();
    for (const line of skipped) io.err(line);
    for (const doc of warnings) warn(doc);
    io.out(t(io.lang, 'cli.report.wroteAll', { count: written.length, dir }));
    if (log) await logDocuments(workbook, records, io);
    if (written.length === 0) return 1;
    // The output directory plays the workbook folder's part: each PDF beside its .docx.
    return pdf ? pdfBeside(written, io, dir) : 0;
  },
};
