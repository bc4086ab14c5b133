/**
 * `ita`: the offline side of ITA Tracker. Exit codes: 0 ok, 1 invalid input (every
 * problem listed), 2 usage error. A user's mistake never prints a stack trace.
 */
import type { Lang } from '../core/types';
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

/** `--lang en|th` anywhere on the line (default Thai, or ITA_LANG). */
function takeLang(argv: string[]): { lang: Lang; rest: string[] } {
  let lang: Lang = process.env.ITA_LANG === 'en' ? 'en' : 'th';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      lang = v === 'en' ? 'en' : 'th';
    } else rest.push(a);
  }
  return { lang, rest };
}

export async function main(argv: string[], io?: Partial<Io>): Promise<number> {
  const { lang, rest } = takeLang(argv);
  const out: Io = {
    lang,
    out: io?.out ?? ((s) => process.stdout.write(s + '\n')),
    err: io?.err ?? ((s) => process.stderr.write(s + '\n')),
  };
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
      out.err(t(lang, 'cli.usageError', { message: e.message }));
      out.err(`  ${command.usage}`);
      return 2;
    }
    if (e instanceof InputError) {
      out.err(e.message);
      return 1;
    }
    throw e;
  }
}
