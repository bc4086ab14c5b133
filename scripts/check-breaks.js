#!/usr/bin/env node
// Lists the line breaks of PDFs (LibreOffice's rendering of our .docx) that fall inside a Thai
// word: for every pair of consecutive lines of a text block (pdftotext -bbox-layout), the join is
// checked against ICU's word boundaries (Intl.Segmenter, the dictionary LibreOffice also uses).
// A break ICU does not allow is one LibreOffice forced because the word is wider than its
// column: mid-syllable ("คอมพิวเตอ / ร์"). `--words` also lists breaks inside the words named
// in WATCH (allowed by ICU, but an official reads them as one word).
// A break at a space of the source (the .docx beside the PDF, when there is one) and a tone mark
// pdftotext puts on a zero-width line of its own are not listed.
// Usage: node scripts/check-breaks.js [--words] file.pdf …   (exit 1 when a break is found)
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const seg = new Intl.Segmenter('th', { granularity: 'word' });
const WATCH = ['ดำเนินการ', 'ผู้รับผิดชอบ', 'เรียบร้อย', 'ระหว่าง', 'คอมพิวเตอร์', 'นักวิชาการ', 'ประชาสัมพันธ์', 'ยังไม่'];
const args = process.argv.slice(2);
const words = args.includes('--words');
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const letter = /[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]/;
const mark = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
let found = 0;
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
    return decode(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''));
  } catch {
    return null;
  }
}
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const source = sourceText(file);
  const pages = html.split('<page ').slice(1);
  pages.forEach((page, p) => {
    // Every line of the page with its box; a line's continuation is the line right below it
    // that starts where it starts (left-aligned cells) or is centred where it is (headers).
    // pdftotext joins the cells of a table row into one line: split lines where words are far apart.
    const lines = [];
    for (const m of page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      let seg = null;
      for (const w of m[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const [x0, y0, x1, y1] = [+w[1], +w[2], +w[3], +w[4]];
        if (!seg || x0 - seg.x1 > 4.5) lines.push((seg = { x0, y0, x1, y1, words: [] }));
        seg.x1 = x1;
        seg.words.push(decode(w[5]));
      }
    }
    for (const a of lines) {
      const below = lines.filter((b) => b !== a && b.y0 > a.y0 + 1 && b.y0 - a.y1 < 2 && b.y0 - a.y1 > -2
        && (Math.abs(b.x0 - a.x0) < 3 || Math.abs((b.x0 + b.x1) / 2 - (a.x0 + a.x1) / 2) < 3));
      for (const b of below) {
        const x = a.words[a.words.length - 1] ?? '';
        const y = b.words[0] ?? '';
        if (!letter.test(x.slice(-1)) || !(letter.test(y[0] ?? '') || mark.test(y[0] ?? ''))) continue;
        // pdftotext's artefact: a tone mark alone on a "line" of no width (the glyph drawn above the line's end).
        if (b.words.length === 1 && /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$/.test(y) && b.x1 - b.x0 < 1) continue;
        // The line was broken at a space of the source: a break LibreOffice may always take.
        if (source && source.includes(`${x} ${y}`)) continue;
        const joined = x + y;
        const bounds = new Set([...seg.segment(joined)].map((s) => s.index));
        // Forced breaks: a line starting with a mark or a final consonant's ์, a line ending in a leading vowel.
        const forced = mark.test(y[0]) || /^[\u0e01-\u0e2e]\u0e4c/.test(y) || /[\u0e40-\u0e44]$/.test(x) || !bounds.has(x.length);
        const inWord = WATCH.some((w) => { const k = joined.indexOf(w); return k >= 0 && k < x.length && k + w.length > x.length; });
        if (forced || (words && inWord)) {
          found++;
          console.log(`${file} p.${p + 1}: ${forced ? 'MID-SYLLABLE' : 'word'}  ${x} / ${y}`);
        }
      }
    }
  });
}
process.exitCode = found ? 1 : 0;
