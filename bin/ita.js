#!/usr/bin/env node
// `ita`: the offline ITA Tracker CLI. The TypeScript is bundled into build/ita.js by
// `npm install` (prepare script); `npm run build:cli` rebuilds it.
const { main, quietOnBrokenPipe } = require('../build/ita.js');

quietOnBrokenPipe(); // `ita … | head` stops quietly, no EPIPE stack trace

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`${(e && e.stack) || e}\n`); process.exitCode = 3; },
);
