/**
 * Counts every call into a fake Apps Script service, so tests can assert that work is
 * batched (the same number of calls for 10 rows as for 20,000). One counter is shared by
 * every fake (SpreadsheetApp here, DocumentApp/Charts in document.ts) through `counted`.
 */

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** >0 while a fake's method runs: calls a fake makes internally are not the caller's. */
  depth = 0;
  /** Every call in order, `Class.method`, for debugging a failing count. */
  readonly log: string[] = [];

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.log.push(name);
  }

  /** Calls of one `Class.method`, or of every method of a class when given `Class.*`. */
  count(name: string): number {
    if (name.endsWith('.*')) {
      const prefix = name.slice(0, -1);
      let sum = 0;
      for (const [k, v] of this.counts) if (k.startsWith(prefix)) sum += v;
      return sum;
    }
    return this.counts.get(name) ?? 0;
  }

  get total(): number {
    return this.log.length;
  }

  /** `Class.method` → calls, sorted by name (stable for toEqual). */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.depth = 0;
    this.counts.clear();
    this.log.length = 0;
  }
}

/** The counter every fake records into. */
export const serviceCalls = new CallCounter();

/**
 * Wraps a fake so each public method call is counted as `className.method`. Only calls
 * from outside the fakes count: whatever a fake calls while it runs (or while a `_` test
 * helper runs) does not. A method returning its own object returns the wrapper, so
 * chained calls are counted too.
 */
export function counted<T extends object>(target: T, className: string, counter: CallCounter = serviceCalls): T {
  const inside = (fn: (...a: unknown[]) => unknown, args: unknown[]): unknown => {
    counter.depth++;
    try {
      return fn.apply(target, args);
    } finally {
      counter.depth--;
    }
  };
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || prop === 'constructor') return value;
      const fn = value as (...a: unknown[]) => unknown;
      if (prop.startsWith('_')) return (...args: unknown[]) => inside(fn, args);
      return (...args: unknown[]) => {
        if (counter.depth === 0) counter.record(`${className}.${prop}`);
        const result = inside(fn, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}

/** Puts fakes on globalThis as Apps Script globals; returns the undo (restores what was there). */
export function installGlobals(globals: Record<string, unknown>): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(globals).map((k) => [k, g[k]]));
  Object.assign(g, globals);
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}
