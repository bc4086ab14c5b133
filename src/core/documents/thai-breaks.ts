/**
 * Where a Thai line may break, as an official reads the words (issue 19, point 7). LibreOffice
 * and Word break Thai where ICU's dictionary segments it, and ICU reads some text as a reader
 * does not:
 * - "ทางอื่นๆ" as ทา|งอื่นๆ, so a line ends "ช่องทา": ไม้ยมก written as the Royal Institute
 *   writes it, a space before and after ("อื่น ๆ"), segments as ช่อง|ทาง|อื่น (spaceYamok, in
 *   the model's text), and the renderer keeps ๆ on its word's line;
 * - compounds and names as their parts (พื้น|ฐาน, ธรรมาภิ|บาล, ตำบลนา|เลียง): WORD JOINERs
 *   (U+2060: no width, no glyph, left out of a PDF's text) between their letters keep them on one
 *   line, zero width spaces around them keep the text around segmented as before (keepWordsWhole,
 *   in the renderer's runs: the model keeps plain text);
 * - a date's year alone at a line's start ("๒๕๖๘)"), ๆ alone at one: a no-break space before it.
 */
import { THAI_MONTHS } from '../engine/thai';

/** ไม้ยมก with a space before and after it, as in "ต่าง ๆ นี้" (not before a closing mark or the end). */
export function spaceYamok(text: string): string {
  return text.replace(/([^\s])\u0e46/g, '$1 \u0e46').replace(/\u0e46(?=[^\s.,;:)\]"'”])/g, '\u0e46 ');
}

const WORD_JOINER = '\u2060';

/**
 * Words an official reads as one and ICU splits (each one does: test/core/thai-breaks.test.ts),
 * as they appear in the documents' own words and the sample units' measures.
 */
export const KEEP_WHOLE: readonly string[] = [
  'พื้นฐาน', 'ตัวชี้วัด', 'ช่องทาง', 'ประจำปีงบประมาณ', 'ธรรมาภิบาล', 'เจตจำนง', 'ตรวจสอบ', 'ร้องเรียน', 'ความคิดเห็น',
  'ผลประโยชน์', 'ภาครัฐ', 'สารสนเทศ', 'เจ้าหน้าที่', 'แจกจ่าย', 'คำติชม', 'เฟซบุ๊ก', 'หอกระจายข่าว',
  // Compounds a reviewing official marked in the sample's table cells ("หน่วย / งาน", "วัน / ที่").
  'หน่วยงาน', 'วันที่', 'ผู้บริหาร', 'ดำเนินงาน', 'ดำเนินการ', 'เผยแพร่', 'ข้อบังคับ',
  'จัดทำ', 'แผนงาน', 'ยกระดับ', 'ระยะเวลา', 'ท้องถิ่น', 'สำนักปลัด', 'มอบหมาย', 'ร่วมกัน', 'ยิ่งขึ้น',
];

/** Thai combining marks: a joiner never goes before one (it would part the mark from its letter). */
const COMBINING = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/; // and ำ, whose nikhahit sits on the letter before
const SPACE = '\u200b';

/** The word's letters held together: a joiner before each letter but the first, never before a combining mark. */
const held = (word: string): string => [...word].map((ch, i) => (i > 0 && !COMBINING.test(ch) ? WORD_JOINER + ch : ch)).join('');

/**
 * The word on one line and a word of its own: a ZERO WIDTH SPACE on each side makes it a run of
 * its own for ICU (a joiner alone would glue its first letter to the word before: "หน่วยงา / นภาครัฐ"),
 * so the text around it is segmented as before, and the word is never broken inside.
 */
const whole = (word: string): string => SPACE + held(word) + SPACE;

/** A unit's place name, kept whole wherever it stands: องค์การบริหารส่วนตำบลนาเลียง → นาเลียง. */
export function placeName(unit: string): string | null {
  const m = /^(?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.)\s*(\S+)$/.exec(unit.trim());
  return m ? m[1] : null;
}

const MONTH_YEAR = new RegExp(`(${THAI_MONTHS.join('|')}) (?=[0-9๐-๙]{4})`, 'g');
const DISTRICT = /(อำเภอ|จังหวัด)(\S+)/g;

/**
 * The text with word joiners where a line must not break: inside each KEEP_WHOLE word and each
 * of `names`, inside a district's and a province's name, between a month and its year, before ๆ.
 * Not between a day and its month nor a number and คะแนน: LibreOffice, given "๓๐ กันยายน ๒๕๖๘" or
 * "81.35 คะแนน" as one unit, broke it inside a word ("กันยาย / น", "คะแ / นน") to justify the line.
 */
export function keepWordsWhole(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const word of [...KEEP_WHOLE, ...names]) if (word.length > 1 && out.includes(word)) out = out.split(word).join(whole(word));
  return out
    // A district's or province's name is held to its อำเภอ/จังหวัด (a boundary: the runs stay whole words).
    .replace(DISTRICT, (_, lead: string, name: string) => lead + WORD_JOINER + held(name.replace(/\u200b|\u2060/g, '')) + SPACE)
    // No-break spaces (LibreOffice breaks Thai by its dictionary, and honours these where a joiner after a space is not).
    .replace(MONTH_YEAR, '$1\u00a0')
    .replace(/ \u0e46/g, '\u00a0\u0e46')
    // ฯ stays with the word it shortens ("เจตจำนงฯ"), and no two spaces of no width meet.
    .replace(/\u200b(?=\u0e2f)/g, WORD_JOINER)
    .replace(/\u200b{2,}/g, SPACE)
    .replace(/\u200b(?=\s)|(?<=\s)\u200b/g, '')
    .replace(/^\u200b|\u200b$/g, '');
}
