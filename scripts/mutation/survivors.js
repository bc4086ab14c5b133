#!/usr/bin/env node
// Lists the mutants the last `npm run mutate` left alive (survived or not covered), by file and
// line, with the mutator and the line's code: the list README's "Mutation score" classifies.
// Usage: node scripts/mutation/survivors.js [reports/mutation/mutation.json]
const { readFileSync } = require('fs');

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const count = { detected: 0, valid: 0 };
for (const [file, { source, mutants }] of Object.entries(report.files).sort()) {
  const lines = source.split('\n');
  const alive = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .sort((a, b) => a.location.start.line - b.location.start.line);
  for (const m of mutants) {
    if (['Killed', 'Timeout'].includes(m.status)) count.detected++;
    if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)) count.valid++;
  }
  if (alive.length === 0) continue;
  console.log(`${file} (${alive.length})`);
  for (const m of alive) {
    const line = m.location.start.line;
    console.log(`  ${m.status === 'NoCoverage' ? 'NC' : 'S '} L${line} ${m.mutatorName}: ${(m.replacement ?? '').slice(0, 60)} | ${lines[line - 1].trim().slice(0, 100)}`);
  }
}
console.log(`score ${(100 * count.detected / count.valid).toFixed(2)} % (${count.detected} of ${count.valid})`);
