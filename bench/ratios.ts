/**
 * Start-up and read-bound ratios (issue 11), each measured as wall time of fresh processes,
 * the two sides interleaved so a busy machine slows both alike; the median of the runs:
 *  - `ita --help` against `node -e 0` (goal ≤ 1.5×, issue 18: heavy libraries load only when needed);
 *  - `ita rank --json <largest>` against reading that file and touching every cell once
 *    (bench/yardstick.ts; goal ≤ 2.0×, issue 18: the engine costs little next to reading the file).
 * Ratios, not times: machines differ, and the ratio is what the code decides.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface Ratio {
  name: string;
  ours: number;
  yardstick: number;
  ratio: number;
  runs: number;
  goal: number;
  error?: string;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Wall ms of one fresh process (stdout discarded); throws with its stderr when it fails. */
function wallMs(args: string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${r.status} ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`);
  return ms;
}

function ratio(name: string, goal: number, runs: number, cwd: string, ours: string[], yardstick: string[]): Ratio {
  const a: number[] = [];
  const b: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      b.push(wallMs(yardstick, cwd));
      a.push(wallMs(ours, cwd));
    }
  } catch (e) {
    return { name, ours: 0, yardstick: 0, ratio: 0, runs, goal, error: (e as Error).message };
  }
  const [oursMs, yardMs] = [median(a), median(b)];
  return { name, ours: oursMs, yardstick: yardMs, ratio: oursMs / yardMs, runs, goal };
}

/** Both ratios; `root` is the repository (bin/ita.js, build/bench/yardstick.js), `file` the largest workbook. */
export function measureRatios(root: string, file: string, startupRuns = 15, rankRuns = 3): Ratio[] {
  const ita = join(root, 'bin', 'ita.js');
  return [
    ratio('`ita --help` ÷ `node -e 0`', 1.5, startupRuns, root, [ita, '--help'], ['-e', '0']),
    ratio('`ita rank --json` ÷ read the file, touch every cell', 2.0, rankRuns, root, [ita, 'rank', file, '--json'], [join(root, 'build', 'bench', 'yardstick.js'), file]),
  ];
}
