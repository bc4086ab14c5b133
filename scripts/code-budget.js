// The size budget of dist/Code.js (Apps Script loads the whole bundle on every click): one
// number for the build's warning (webpack.config.js), the bundle test and the bench. README's
// "Small, fast bundle" says why it is what it is.
module.exports = { MAX_CODE_BYTES: 250 * 1024 };
