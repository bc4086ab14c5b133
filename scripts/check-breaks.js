#!/usr/bin/env node
// Lists the line breaks of PDFs (LibreOffice's rendering of our .docx) an official would correct
// by hand (check-breaks-lib.js: mid-syllable, inside a compound the documents keep whole, and
// with --words inside a watched word). A break at a space of the source (the .docx beside the
// PDF, when there is one) and a tone mark pdftotext puts on a zero-width line of its own are not listed.
// Usage: node scripts/check-breaks.js [--words] file.pdf …   (exit 1 when a break is found)
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { findBreaks } = require('./check-breaks-lib');

const args = process.argv.slice(2);
const words = args.includes('--words');
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/**
 * The text of the .docx the PDF was made from (same name beside it), if any: pdftotext drops the
 * space a line was broken at, so "ของ / อบต." looks like a break inside "ของอบต."; the source says
 * whether there was a space there (a break LibreOffice may always take).
 */
function sourceText(pdf) {
  const docx = pdf.replace(/\.pdf$/i, '.docx');
  if (docx === pdf || !existsSync(docx)) return null;
  try {
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    // Word joiners out (the PDF's text has none); zero width spaces kept: breaks the renderer allows.
    return decode(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')).replace(/\u2060/g, '');
  } catch {
    return null;
  }
}
let found = 0;
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const b of findBreaks(html, sourceText(file), { words })) {
    found++;
    console.log(`${file} p.${b.page}: ${b.kind}  ${b.before} / ${b.after}`);
  }
}
process.exitCode = found ? 1 : 0;
