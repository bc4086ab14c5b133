/**
 * `--pdf`: the PDF next to each .docx, converted by LibreOffice (`soffice --headless
 * --convert-to pdf`) when it is on PATH. One soffice process for every file of a run (it starts
 * in seconds, converts in fractions of one), with its own throw-away profile so it neither
 * waits for nor disturbs a LibreOffice the person has open. Written as every CLI output is:
 * into a temporary folder beside the target, then renamed over it, so a failed conversion
 * leaves no half PDF. Without soffice, or when it fails, the .docx files stay and the person is
 * told (exit 2): the documents are made, only the PDF is missing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, renameSync, rmSync, existsSync } from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerStrings, t } from '../core/i18n';
import { CLI_PDF_STRINGS } from '../core/i18n/cli-pdf';
import type { Io } from './commands/command';

registerStrings(CLI_PDF_STRINGS);

/** LibreOffice's converter on PATH (soffice, or the libreoffice wrapper some distributions ship), or null. */
export function findSoffice(path: string | undefined = process.env.PATH): string | null {
  for (const dir of (path ?? '').split(delimiter).filter(Boolean)) {
    for (const name of process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch (_missing) { /* next */ }
    }
  }
  return null;
}

/** Converts `docxFiles` to PDFs beside them; the PDFs' paths. Throws with soffice's own words on failure. */
export function convertToPdf(soffice: string, docxFiles: string[]): string[] {
  const byDir = new Map<string, string[]>();
  for (const file of docxFiles) byDir.set(dirname(file), [...(byDir.get(dirname(file)) ?? []), file]);
  const written: string[] = [];
  for (const [dir, files] of byDir) {
    const work = mkdtempSync(join(dir, '.ita-pdf-'));
    try {
      const result = spawnSync(soffice, [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...files,
      ], { encoding: 'utf8', timeout: 120_000 + 30_000 * files.length });
      if (result.error) throw result.error;
      for (const file of files) {
        const pdf = `${basename(file, '.docx')}.pdf`;
        if (!existsSync(join(work, pdf))) {
          throw new Error((result.stderr || result.stdout || `soffice exit ${result.status}`).trim().split('\n').slice(-1)[0]);
        }
        renameSync(join(work, pdf), join(dir, pdf));
        written.push(join(dir, pdf));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return written;
}

/**
 * The PDFs of the .docx files a command just wrote, told on `io`; the exit code: 0, or 2 when
 * soffice is missing or failed (the .docx files stay).
 */
export function pdfBeside(docxFiles: string[], io: Io, outDir?: string): number {
  if (docxFiles.length === 0) return 0;
  const soffice = findSoffice();
  if (!soffice) {
    io.err(t(io.lang, 'cli.pdf.noSoffice'));
    return 2;
  }
  try {
    const pdfs = convertToPdf(soffice, docxFiles);
    io.out(outDir ? t(io.lang, 'cli.pdf.wroteAll', { count: pdfs.length, dir: outDir }) : t(io.lang, 'cli.pdf.wrote', { path: pdfs[0] }));
    return 0;
  } catch (e) {
    io.err(t(io.lang, 'cli.pdf.failed', { reason: e instanceof Error ? e.message : String(e) }));
    return 2;
  }
}
