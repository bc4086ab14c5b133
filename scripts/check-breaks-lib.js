// The line-break check of scripts/check-breaks.js, as a function of pdftotext's -bbox-layout
// output (and the .docx's text, when there is one), so that a test can run it on a fixture.
// Three kinds of break are found:
// - MID-SYLLABLE: a break ICU (the dictionary LibreOffice uses) does not allow, forced because a
//   word is wider than its column ("คอมพิวเตอ / ร์");
// - COMPOUND: a break inside a word of KEEP_WHOLE (src/core/documents/thai-breaks.ts, read from
//   there), which ICU allows and an official corrects: "พื้น / ฐาน", "ช่องทา / งอื่นๆ";
// - word (only with `words`): a break inside a word of WATCH, allowed by ICU, read as one word.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const seg = new Intl.Segmenter('th', { granularity: 'word' });
const WATCH = ['ดำเนินการ', 'ผู้รับผิดชอบ', 'เรียบร้อย', 'ระหว่าง', 'คอมพิวเตอร์', 'นักวิชาการ', 'ประชาสัมพันธ์', 'ยังไม่'];
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const letter = /[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]/;
const mark = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** The compounds the documents keep whole: the one list, read from the source the renderer uses. */
function keepWhole() {
  const ts = readFileSync(join(__dirname, '..', 'src', 'core', 'documents', 'thai-breaks.ts'), 'utf8');
  const list = /KEEP_WHOLE[^=]*=\s*\[([\s\S]*?)\n\];/.exec(ts);
  if (!list) throw new Error('KEEP_WHOLE not found in thai-breaks.ts');
  return Array.from(list[1].replace(/\/\/.*$/gm, '').matchAll(/'([^']*)'/g), (m) => m[1]);
}
const WHOLE = keepWhole();

/** A break inside one of `list`: the word straddles the end of line x and the start of line y. */
const straddles = (list, x, y) => {
  const joined = x + y;
  return list.some((w) => {
    for (let k = joined.indexOf(w); k >= 0; k = joined.indexOf(w, k + 1)) if (k < x.length && k + w.length > x.length) return true;
    return false;
  });
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether the source has a zero width space right between the end of x and the start of y (x and y may hold others). */
const atZeroWidthSpace = (source, x, y) => {
  const chars = (s) => [...s].map(escape).join('\u200b?');
  return new RegExp(`${chars(x.slice(-12))}\u200b${chars(y.slice(0, 12))}`).test(source);
};

/**
 * The suspicious breaks of one PDF: `html` is pdftotext -bbox-layout's output, `source` the
 * text of the .docx it was made from (null: unknown). Returns { page, kind, before, after }.
 */
function findBreaks(html, source, { words = false } = {}) {
  const out = [];
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
        // pdftotext's artefact: a letter alone at a line's end, its tone mark drawn on a line of its own.
        if (x.length === 1) continue;
        // The line was broken at a space of the source, or at a zero width space the renderer put
        // at a word's edge (thai-breaks.ts): a break LibreOffice may always take.
        if (source && (source.replace(/\u200b/g, '').includes(`${x} ${y}`) || atZeroWidthSpace(source, x, y))) continue;
        const joined = x + y;
        const bounds = new Set([...seg.segment(joined)].map((s) => s.index));
        // Forced breaks: a line starting with a mark or a final consonant's ์, a line ending in a leading vowel.
        const forced = mark.test(y[0]) || /^[\u0e01-\u0e2e]\u0e4c/.test(y) || /[\u0e40-\u0e44]$/.test(x) || !bounds.has(x.length);
        const kind = forced ? 'MID-SYLLABLE' : straddles(WHOLE, x, y) ? 'COMPOUND' : words && straddles(WATCH, x, y) ? 'word' : null;
        if (kind) out.push({ page: p + 1, kind, before: x, after: y });
      }
    }
  });
  return out;
}

module.exports = { findBreaks, WHOLE, WATCH };
