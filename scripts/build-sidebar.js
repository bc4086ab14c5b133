// Builds the sidebar (sidebar/*.ts + sidebar/styles.css) into ONE self-contained page,
// build/sidebar/index.html, with the script and the styles inline: HtmlService serves single
// files. `npm run build` then copies it to dist/sidebar.html (webpack.config.js).
const { buildSync, transformSync } = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'sidebar', 'index.html');

function buildSidebar({ minify = true } = {}) {
  const js = buildSync({
    entryPoints: [path.join(ROOT, 'sidebar', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
  }).outputFiles[0].text;
  const css = transformSync(fs.readFileSync(path.join(ROOT, 'sidebar', 'styles.css'), 'utf8'), { loader: 'css', minify, charset: 'utf8' }).code;
  const template = fs.readFileSync(path.join(ROOT, 'sidebar', 'index.html'), 'utf8');
  // Inline text must not close its own element early.
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');
  const html = template.replace('/*CSS*/', () => safeCss.trim()).replace('/*JS*/', () => safeJs.trim());
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, html);
  return { path: OUT, bytes: Buffer.byteLength(html) };
}

const LIBRARY_OUT = path.join(ROOT, 'build', 'sidebar', 'library.html');

/**
 * The library of measures (src/core/year/library.ts) as a project file of its own: its JSON,
 * read by the add-on only when the sidebar opens the library (sidebarLibrary), so its text is
 * never in Code.js, which Apps Script loads on every click. Copied to dist/library.html.
 */
function buildLibrary() {
  const code = buildSync({
    entryPoints: [path.join(ROOT, 'src', 'core', 'year', 'library.ts')], bundle: true, write: false, format: 'cjs', platform: 'node',
    target: 'node20', charset: 'utf8', logLevel: 'warning',
  }).outputFiles[0].text;
  const mod = { exports: {} };
  new Function('module', 'exports', code)(mod, mod.exports);
  const json = JSON.stringify({ indicators: mod.exports.LIBRARY_INDICATORS, entries: mod.exports.LIBRARY });
  fs.mkdirSync(path.dirname(LIBRARY_OUT), { recursive: true });
  fs.writeFileSync(LIBRARY_OUT, json);
  return { path: LIBRARY_OUT, bytes: Buffer.byteLength(json) };
}

module.exports = { buildSidebar, buildLibrary, SIDEBAR_OUT: OUT, LIBRARY_OUT };

if (require.main === module) {
  const { path: out, bytes } = buildSidebar({ minify: !process.argv.includes('--dev') });
  console.log(`${path.relative(ROOT, out)} ${(bytes / 1024).toFixed(1)} KB`);
  const library = buildLibrary();
  console.log(`${path.relative(ROOT, library.path)} ${(library.bytes / 1024).toFixed(1)} KB`);
}
