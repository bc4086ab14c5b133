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

module.exports = { buildSidebar, SIDEBAR_OUT: OUT };

if (require.main === module) {
  const { path: out, bytes } = buildSidebar({ minify: !process.argv.includes('--dev') });
  console.log(`${path.relative(ROOT, out)} ${(bytes / 1024).toFixed(1)} KB`);
}
