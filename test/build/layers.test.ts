/**
 * The house's shape (README, "Architecture"): no import circle anywhere in src/ or sidebar/,
 * and core's folders import only downwards: i18n ← engine ← workbook ← score-import,
 * documents ← views. Type-only imports count: a circle of types is still a circle to read.
 * And no maze: a source file over 400 lines says why at its top (the words "400 lines").
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LAYER: Record<string, number> = { i18n: 0, engine: 1, workbook: 2, 'score-import': 3, documents: 3, views: 4 };

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]*)['"]/g;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sources('src'), ...sources('sidebar')]) {
    const deps: string[] = [];
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const base = normalize(join(dirname(file), m[1]));
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((c) => c.endsWith('.ts') && existsSync(join(ROOT, c)));
      if (found) deps.push(found);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Every strongly connected group of more than one file (Tarjan), plus files importing themselves. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next++); stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const coreFolder = (file: string): string | null => {
  const parts = relative('src/core', file).split(/[\\/]/);
  return parts[0] === '..' || parts.length < 2 ? null : parts[0];
};

describe('the house', () => {
  const graph = importGraph();

  it('sees every source file (the walk is not empty)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join('src', 'core', 'engine', 'levels.ts'))).toContain(join('src', 'core', 'engine', 'types.ts'));
  });

  it('has no import circle in src/ or sidebar/', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('keeps every core file in a concept folder', () => {
    const loose = [...graph.keys()].filter((f) => f.startsWith(join('src', 'core')) && coreFolder(f) === null);
    expect(loose).toEqual([]);
    const folders = new Set([...graph.keys()].map(coreFolder).filter((f): f is string => f !== null));
    expect([...folders].sort()).toEqual(Object.keys(LAYER).sort());
  });

  it('imports only downwards between core folders, and core imports nothing outside core', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const from = coreFolder(file);
      if (from === null) continue;
      for (const dep of deps) {
        const to = coreFolder(dep);
        if (to === null) wrong.push(`${file} → ${dep} (outside core)`);
        else if (to !== from && !(LAYER[to] < LAYER[from])) wrong.push(`${file} → ${dep} (${from} may not import ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no source file over 400 lines without its reason at the top', () => {
    const long = [...graph.keys()].filter((file) => {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      return lines.length > 400 && !lines.slice(0, 20).join('\n').includes('400 lines');
    });
    expect(long).toEqual([]);
  });
});
