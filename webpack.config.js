'use strict';
/**
 * Apps Script build: src/gas/main.ts -> dist/ (pushed as-is by `clasp push`).
 *
 *   dist/Code.js          the bundle: one top-level function per export of
 *                         src/gas/main.ts (with its JSDoc), then the code
 *   dist/appsscript.json  copied from ./appsscript.json
 *   dist/sidebar.html     copied from build/sidebar/index.html IF it exists
 *   dist/library.html     copied from build/sidebar/library.html (the library of measures' JSON) IF it exists
 *
 * Pipeline: esbuild-loader transpiles TypeScript (fast, target ES2019 for the
 * V8 runtime) -> webpack bundles (tree-shaking, no Node polyfills) ->
 * gas-webpack-plugin (gas-entry-generator) generates the top-level stubs from
 * the entry's exports (`autoGlobalExportsFiles`) -> esbuild minifies ->
 * scripts/gas-jsdoc-plugin.js puts each export's JSDoc back on its stub.
 *
 * ADDING AN ENTRY POINT: `export function name(...)` from src/gas/main.ts
 * (directly or `export { name } from './x'`). Nothing else to list anywhere.
 *
 * SIDEBAR HOOK: `npm run build` first runs `npm run build:sidebar --if-present`.
 * Whoever builds the sidebar adds a "build:sidebar" script to package.json
 * that writes ONE self-contained HTML file to build/sidebar/index.html
 * (inline JS/CSS: HtmlService serves single files). This config copies it to
 * dist/sidebar.html; load it with HtmlService.createHtmlOutputFromFile('sidebar').
 *
 * `webpack --mode development` keeps the output unminified for debugging.
 */
const fs = require('fs');
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { sources } = require('webpack');
const { GasJsdocPlugin } = require('./scripts/gas-jsdoc-plugin');

const ENTRY = path.resolve(__dirname, 'src/gas/main.ts');
const MANIFEST = path.resolve(__dirname, 'appsscript.json');
const SIDEBAR_HTML = path.resolve(__dirname, 'build/sidebar/index.html');
// The library of measures' JSON (scripts/build-sidebar.js): read by sidebarLibrary, never part of Code.js.
const LIBRARY_HTML = path.resolve(__dirname, 'build/sidebar/library.html');
const TARGET = 'es2019';
const { MAX_CODE_BYTES } = require('./scripts/code-budget');

/** Copies appsscript.json (validated) and the built sidebar page into dist/. */
class GasProjectFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('GasProjectFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'GasProjectFilesPlugin', stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const manifest = fs.readFileSync(MANIFEST, 'utf8');
          JSON.parse(manifest); // fail the build on a broken manifest
          compilation.fileDependencies.add(MANIFEST);
          compilation.emitAsset('appsscript.json', new sources.RawSource(manifest));
          if (fs.existsSync(SIDEBAR_HTML)) {
            compilation.fileDependencies.add(SIDEBAR_HTML);
            compilation.emitAsset('sidebar.html', new sources.RawSource(fs.readFileSync(SIDEBAR_HTML)));
          }
          if (fs.existsSync(LIBRARY_HTML)) {
            compilation.fileDependencies.add(LIBRARY_HTML);
            compilation.emitAsset('library.html', new sources.RawSource(fs.readFileSync(LIBRARY_HTML)));
          }
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: { Code: ENTRY },
    target: ['web', TARGET],
    devtool: false, // Apps Script ignores source maps; eval() would break the stubs
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
      // Makes webpack keep (and define) the entry module's exports; without a
      // library the exports count as unused and `__webpack_exports__`, which
      // the gas-webpack-plugin assignments read, is never defined.
      library: { type: 'var', name: '__ITA_EXPORTS__' },
    },
    resolve: {
      extensions: ['.ts', '.js'],
      fallback: {}, // no Node polyfills: importing a Node module fails the build
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { loader: 'ts', target: TARGET, charset: 'utf8' },
        },
      ],
    },
    optimization: {
      minimize: production,
      // format: undefined = leave the script a script: the default (iife for web
      // targets) would hide the top-level stubs inside a function.
      minimizer: [new EsbuildPlugin({ target: TARGET, format: undefined, charset: 'utf8', legalComments: 'none' })],
    },
    performance: {
      hints: production ? 'warning' : false,
      maxAssetSize: MAX_CODE_BYTES,
      maxEntrypointSize: MAX_CODE_BYTES,
    },
    plugins: [
      new GasPlugin({ comment: true, autoGlobalExportsFiles: [ENTRY] }),
      new GasJsdocPlugin({ entry: ENTRY }),
      new GasProjectFilesPlugin(),
    ],
  };
};
