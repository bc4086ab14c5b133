/** The `ita` subcommands, in the order `ita --help` lists them. */
import type { Command } from './command';
import { init, sample } from './init';
import { check } from './check';
import { rank } from './rank';
import { demo } from './demo';
import { report } from './report';
import { plan } from './plan';
import { status } from './status';
import { importScores } from './import-scores';
import { mergeUnits, splitUnits } from './unit-sheets';

export const COMMANDS: Command[] = [
  init,
  sample,
  check,
  rank,
  report,
  plan,
  status,
  importScores,
  splitUnits,
  mergeUnits,
  demo,
];
