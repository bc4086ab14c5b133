// Bundles the offline CLI (src/node/cli.ts) into build/ita.js with esbuild. Runs on
// `npm install` (prepare), so `npx ita` works on a fresh clone with no separate build.
const { buildSync } = require('esbuild');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** Bundles a Node entry point of src/node for Node 20; npm packages stay external. */
function bundleNode(entry, outfile) {
  buildSync({
    entryPoints: [path.join(ROOT, 'src', 'node', entry)],
    outfile: path.join(ROOT, 'build', outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return path.join(ROOT, 'build', outfile);
}

module.exports = { bundleNode };

if (require.main === module) bundleNode('cli.ts', 'ita.js');
