/** The shape every `ita` subcommand has; the registry is commands/index.ts. */
import type { Lang } from '../../core/engine/types';

export interface Io {
  lang: Lang;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  /** One line for `ita --help`, key in the strings catalog. */
  summaryKey: string;
  /** Synopsis, e.g. `ita rank <workbook> [--year N] [--json]`. */
  usage: string;
  /** Exit code: 0 ok, 1 invalid input, 2 usage error. */
  run(argv: string[], io: Io): Promise<number>;
}
