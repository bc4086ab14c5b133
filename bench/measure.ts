/** Measuring one operation in the current process: CPU (user + system), wall time, peak RSS. */

export interface Measured<T> {
  value: T;
  cpuMs: number;
  wallMs: number;
}

const MB = 1024 * 1024;

export async function measure<T>(fn: () => T | Promise<T>): Promise<Measured<T>> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { value, cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

/** Peak resident set size of this process so far, MB (getrusage maxrss). */
export const peakRssMB = (): number => (process.resourceUsage().maxRSS * 1024) / MB;
export const rssMB = (): number => process.memoryUsage().rss / MB;

export const round1 = (n: number): number => Math.round(n * 10) / 10;
