#!/usr/bin/env node
// Writes the sample workbook with the 8-measure unit of issue 19's length check
// (test/fixtures/eight-measures.ts: องค์การบริหารส่วนตำบลหนองบัวแดง, 7 indicators to develop),
// for `ita plan` / `ita report` and LibreOffice's page count (README, "Length of the documents").
// Usage: node scripts/eight-measures.js out.xlsx|out.json
const { buildSync } = require('esbuild');
const path = require('path');

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/eight-measures.js out.xlsx|out.json');
  process.exit(2);
}
const ROOT = path.join(__dirname, '..');
const bundle = path.join(ROOT, 'build', 'eight-measures.js');
buildSync({
  stdin: {
    contents: `import { eightMeasureWorkbook } from './test/fixtures/eight-measures';
import { saveWorkbook } from './src/node/save';
export const write = (p: string) => saveWorkbook(p, eightMeasureWorkbook(), { force: true });`,
    resolveDir: ROOT, loader: 'ts', sourcefile: 'eight-measures-entry.ts',
  },
  outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning',
});
require(bundle).write(path.resolve(out)).then(() => console.log(path.resolve(out)), (err) => {
  console.error(err.message);
  process.exit(1);
});
