// Bundles the offline CLI (src/node/cli.ts) into build/ita.js with esbuild. Runs on
// `npm install` (prepare), so `npx ita` works on a fresh clone with no separate build.
const { buildSync } = require('esbuild');
const path = require('path');

buildSync({
  entryPoints: [path.join(__dirname, '..', 'src', 'node', 'cli.ts')],
  outfile: path.join(__dirname, '..', 'build', 'ita.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
