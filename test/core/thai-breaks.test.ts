/** Line breaks as an official reads Thai words (issue 19, point 7): the inputs ICU gets wrong. */
import { KEEP_WHOLE, keepWordsWhole, placeName, spaceYamok } from '../../src/core/documents/thai-breaks';

const words = (text: string): string[] => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment);
const WJ = '\u2060';
const ZW = '\u200b';
const plain = (text: string): string => text.replace(/[\u2060\u200b]/g, '');

describe('spaceYamok', () => {
  it('writes ไม้ยมก with a space before and after, so ICU reads ช่องทาง|อื่น, not ช่องทา|งอื่นๆ', () => {
    expect(words('ช่องทางอื่นๆ')).toContain('ทา'); // ICU's reading of the unspaced form: the break an official corrects
    expect(spaceYamok('ช่องทางอื่นๆ')).toBe('ช่องทางอื่น ๆ');
    expect(words(spaceYamok('ช่องทางอื่นๆ')).filter((w) => w.trim())).toEqual(['ช่อง', 'ทาง', 'อื่น', 'ๆ']);
    expect(spaceYamok('ต่างๆเช่น')).toBe('ต่าง ๆ เช่น');
  });

  it('leaves a spaced ไม้ยมก, one before punctuation or the end, and text without one as it is', () => {
    expect(spaceYamok('อื่น ๆ นี้')).toBe('อื่น ๆ นี้');
    expect(spaceYamok('ฯลฯ, เรื่องต่างๆ.')).toBe('ฯลฯ, เรื่องต่าง ๆ.');
    expect(spaceYamok('เรื่องต่างๆ')).toBe('เรื่องต่าง ๆ');
    expect(spaceYamok('ไม่มี')).toBe('ไม่มี');
  });
});

describe('keepWordsWhole', () => {
  it('every listed word is one ICU splits, alone or as the sample writes it: the list holds no word that needs no joiner', () => {
    // Where ICU splits a word only beside its neighbours (เจตจำนงฯ, สื่อสารสนเทศ), the phrase that shows it.
    const shown: Record<string, string> = { 'เจตจำนง': 'เจตจำนงฯ', 'สารสนเทศ': 'สื่อสารสนเทศ' };
    for (const word of KEEP_WHOLE) {
      const phrase = shown[word] ?? word;
      const at = phrase.indexOf(word);
      const cuts = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(phrase)].map((x) => x.index).filter((i) => i > at && i < at + word.length);
      expect([word, cuts.length > 0]).toEqual([word, true]);
    }
  });

  it('holds a listed word\'s letters together (a joiner before each but the first, never before a combining mark) and makes it a run of its own', () => {
    expect(keepWordsWhole('ข้อมูลพื้นฐานของ')).toBe(`ข้อมูล${ZW}พื้${WJ}น${WJ}ฐ${WJ}า${WJ}น${ZW}ของ`);
    const out = keepWordsWhole('หลักธรรมาภิบาลและตัวชี้วัด');
    expect(plain(out)).toBe('หลักธรรมาภิบาลและตัวชี้วัด');
    expect(out).not.toMatch(/\u2060[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
    // The text around is segmented as before: ICU reads "หลัก" and "และ" as words, not "หลักธ".
    expect(out.split(ZW)[0]).toBe('หลัก');
    expect(keepWordsWhole('ไม่มีคำใด')).toBe('ไม่มีคำใด');
    // ฯ stays with its word.
    expect(keepWordsWhole('ประกาศเจตจำนงฯ')).toBe(`ประกาศ${ZW}เ${WJ}จ${WJ}ต${WJ}จำ${WJ}น${WJ}ง${WJ}ฯ`);
  });

  it('keeps the unit\'s place, a district and a province whole, a month with its year, ๆ on its word\'s line', () => {
    expect(placeName('องค์การบริหารส่วนตำบลนาเลียง')).toBe('นาเลียง');
    expect(placeName('เทศบาลตำบลโป่งน้ำร้อน')).toBe('โป่งน้ำร้อน');
    expect(placeName('สำนักงานท้องถิ่นอำเภอ')).toBeNull();
    const out = keepWordsWhole('องค์การบริหารส่วนตำบลนาเลียง อำเภอเมืองยโสธร จังหวัดยโสธร ๓๐ มิถุนายน ๒๕๖๘ อื่น ๆ', ['นาเลียง']);
    expect(plain(out).replace(/\u00a0/g, ' ')).toBe('องค์การบริหารส่วนตำบลนาเลียง อำเภอเมืองยโสธร จังหวัดยโสธร ๓๐ มิถุนายน ๒๕๖๘ อื่น ๆ');
    expect(out).toContain(`ตำบล${ZW}น${WJ}า${WJ}เ${WJ}ล`);
    expect(out).toContain(`อำเภอ${WJ}เ${WJ}ม`);
    expect(out).toContain('มิถุนายน\u00a0๒๕๖๘');
    expect(out.endsWith('อื่น\u00a0ๆ')).toBe(true);
  });
});
