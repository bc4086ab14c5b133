/**
 * A Jest transform for the mutation run only: esbuild strips the types of one file at a time
 * (no type check), an order of magnitude faster than ts-jest, which type-checks every file it
 * loads. The normal suite keeps ts-jest; `npm test` type-checks first with tsc anyway.
 * esbuild is already a devDependency (the CLI build), so this adds no package.
 */
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
const { version } = require('esbuild/package.json');

module.exports = {
  process(source, filename) {
    const out = transformSync(source, {
      loader: filename.endsWith('.js') ? 'js' : 'ts', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline',
    });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(version).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
};
