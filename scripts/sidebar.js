// `npm run sidebar [-- --workbook <file.xlsx|file.json>] [--port N]`: builds the sidebar
// page, bundles the Node dev server (src/node/sidebar-main.ts) with esbuild, and runs it.
const { buildSidebar } = require('./build-sidebar');
const { bundleNode } = require('./build-cli');

const page = buildSidebar();
const server = bundleNode('sidebar-main.ts', 'sidebar/server.js');
require(server)
  .main(process.argv.slice(2), page.path)
  .catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
