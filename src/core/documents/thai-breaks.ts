/**
 * Where a Thai line may break, as an official reads the words. LibreOffice and Word break Thai
 * where ICU's dictionary segments it, and ICU reads some text as a reader does not:
 * - "ทางอื่นๆ" as ทา|งอื่นๆ, so a line ends "ช่องทา" (issue 19): ไม้ยมก written as the Royal
 *   Institute writes it, a space before and after ("อื่น ๆ"), segments as ช่อง|ทาง|อื่น;
 * - compounds as their parts (พื้น|ฐาน, ตัว|ชี้|วัด, ประจำ|ปีงบประมาณ): a WORD JOINER (U+2060, no width, no glyph,
 *   left out of a PDF's text) between the parts keeps the compound on one line.
 */

/** ไม้ยมก with a space before and after it, as in "ต่าง ๆ นี้" (not before a closing mark or the end). */
export function spaceYamok(text: string): string {
  return text.replace(/([^\s])\u0e46/g, '$1 \u0e46').replace(/\u0e46(?=[^\s.,;:)\]"'”])/g, '\u0e46 ');
}

const WORD_JOINER = '\u2060';

/** Compounds an official reads as one word, in ICU's parts: never broken between them. */
export const KEEP_WHOLE: readonly (readonly string[])[] = [
  ['พื้น', 'ฐาน'],
  ['ตัว', 'ชี้', 'วัด'],
  ['ช่อง', 'ทาง'],
  // A heading's line never ends "ประจำ" with ปีงบประมาณ on the next (issue 19: titles break between phrases).
  ['ประจำ', 'ปีงบประมาณ'],
];

const WHOLE = KEEP_WHOLE.map((parts) => ({ word: parts.join(''), joined: parts.join(WORD_JOINER) }));

/** The text with a word joiner inside each KEEP_WHOLE compound (for a renderer's runs; the model keeps plain text). */
export function keepWordsWhole(text: string): string {
  let out = text;
  for (const { word, joined } of WHOLE) if (out.includes(word)) out = out.split(word).join(joined);
  return out;
}
