// `npm run sidebar [-- --workbook <file.xlsx|file.json>] [--port N]`: builds the sidebar
// page, bundles the Node dev server (src/node/sidebar-main.ts) with esbuild, and runs it.
const { buildSync } = require('esbuild');
const path = require('path');
const { buildSidebar } = require('./build-sidebar');

const ROOT = path.join(__dirname, '..');
const SERVER = path.join(ROOT, 'build', 'sidebar', 'server.js');

const page = buildSidebar();
buildSync({
  entryPoints: [path.join(ROOT, 'src', 'node', 'sidebar-main.ts')],
  outfile: SERVER,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
require(SERVER)
  .main(process.argv.slice(2), page.path)
  .catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
