/** Command-line parsing on Node's own util.parseArgs; usage mistakes exit 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { msg, type Bilingual } from '../core/i18n';
import { fromThaiDigits } from '../core/engine/thai';

/** A usage mistake (exit 2). `text` is the message in both languages when there is one. */
export class UsageError extends Error {
  readonly text: Bilingual | null;
  constructor(message: string | Bilingual) {
    super(typeof message === 'string' ? message : message.th);
    this.text = typeof message === 'string' ? null : message;
  }
}
/** A user's mistake in the input (unreadable file, invalid workbook): exit 1, no stack trace. */
export class InputError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs explains in English; the user gets the same facts in their language. */
function usageOf(e: Error & { code?: string }, options: Options): UsageError {
  const quoted = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return new UsageError(msg('cli.usage.unknownOption', { option: quoted }));
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const name = quoted.replace(/^-+/, '');
    const takesValue = options[name]?.type === 'string';
    return new UsageError(msg(takesValue ? 'cli.usage.missingValue' : 'cli.usage.noValue', { option: `--${name}` }));
  }
  return new UsageError(e.message);
}

export function parse(argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw usageOf(e as Error & { code?: string }, options);
  }
}

/** The one file a command works on: none or several is a usage error that says which. */
export function onePositional(positionals: string[]): string {
  if (positionals.length === 1) return positionals[0];
  if (positionals.length === 0) throw new UsageError(msg('cli.usage.needFile'));
  throw new UsageError(msg('cli.usage.tooManyFiles', { count: positionals.length, values: positionals.map((p) => `"${p}"`).join(', ') }));
}

/** An integer option such as --year 2566 (or ๒๕๖๖); undefined when absent. */
export function intOption(values: Record<string, string | boolean | undefined>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  // Thai digits are numbers too: --year ๒๕๖๗ is 2567.
  const n = typeof raw === 'string' ? Number(fromThaiDigits(raw)) : NaN;
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isInteger(n)) throw new UsageError(msg('cli.usage.notInteger', { option: `--${name}`, value: String(raw) }));
  return n;
}
