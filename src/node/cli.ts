/**
 * `ita`: the offline side of ITA Tracker. Exit codes: 0 ok, 1 invalid input (every
 * problem listed), 2 usage error. A user's mistake never prints a stack trace.
 */
import type { Lang } from '../core/engine/types';
import { registerStrings, t } from '../core/i18n';
import { CLI_STRINGS } from '../core/i18n/cli';
import { COMMANDS } from './commands';
import type { Io } from './commands/command';
import { InputError, UsageError } from './args';

// The CLI's strings stay out of the Apps Script bundle: registered here, not in the core catalog.
registerStrings(CLI_STRINGS);

export function helpText(lang: Lang): string {
  const lines = [t(lang, 'cli.help.title'), '', t(lang, 'cli.help.usage')];
  for (const c of COMMANDS) lines.push(`  ${c.usage}`, `      ${t(lang, c.summaryKey)}`);
  lines.push('', t(lang, 'cli.help.options'));
  return lines.join('\n');
}

/** `--lang en|th` anywhere on the line (default Thai, or ITA_LANG); `bad` is a value that is neither. */
function takeLang(argv: string[]): { lang: Lang; rest: string[]; bad: string | null } {
  let lang: Lang = process.env.ITA_LANG === 'en' ? 'en' : 'th';
  let bad: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v === 'en' || v === 'th') lang = v;
      else bad = v ?? '';
    } else rest.push(a);
  }
  return { lang, rest, bad };
}

const FS_REASONS = new Set(['EACCES', 'EPERM', 'EISDIR', 'ENOENT', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EROFS', 'EBUSY']);

/** A file the command could not write (a folder in the way, no permission, a full disk): its words, not a stack. */
function fileProblem(e: unknown, lang: Lang): string | null {
  const err = e as NodeJS.ErrnoException | null;
  if (!err || typeof err.code !== 'string' || !FS_REASONS.has(err.code) || typeof err.path !== 'string') return null;
  return t(lang, 'cli.writeFailed', { path: err.path, reason: t(lang, `cli.fs.${err.code}`) });
}

export async function main(argv: string[], io?: Partial<Io>): Promise<number> {
  const { lang, rest, bad } = takeLang(argv);
  const out: Io = {
    lang,
    out: io?.out ?? ((s) => process.stdout.write(s + '\n')),
    err: io?.err ?? ((s) => process.stderr.write(s + '\n')),
  };
  if (bad !== null) {
    out.err(t(lang, 'cli.usageError', { message: t(lang, 'cli.usage.badLang', { value: bad }) }));
    return 2;
  }
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.out(helpText(lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.err(t(lang, 'cli.unknownCommand', { name }));
    out.err(helpText(lang));
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out.out(`${command.usage}\n  ${t(lang, command.summaryKey)}`);
    return 0;
  }
  try {
    return await command.run(args, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(t(lang, 'cli.usageError', { message: e.text ? e.text[lang] : e.message }));
      out.err(`  ${command.usage}`);
      return 2;
    }
    if (e instanceof InputError) {
      out.err(e.message);
      return 1;
    }
    const problem = fileProblem(e, lang);
    if (problem) {
      out.err(problem);
      return 1;
    }
    throw e;
  }
}
