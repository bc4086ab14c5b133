/** Line breaks as an official reads Thai words (issue 19, point 7): the inputs ICU gets wrong. */
import { KEEP_WHOLE, keepWordsWhole, spaceYamok } from '../../src/core/documents/thai-breaks';

const words = (text: string): string[] => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.segment);

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
  it('joins each compound\'s ICU parts with a word joiner, and only there', () => {
    expect(keepWordsWhole('ข้อมูลพื้นฐานของตัวชี้วัด')).toBe('ข้อมูลพื้น\u2060ฐานของตัว\u2060ชี้\u2060วัด');
    expect(keepWordsWhole('ช่องทางการสื่อสาร')).toBe('ช่อง\u2060ทางการสื่อสาร');
    expect(keepWordsWhole('ไม่มีคำใด')).toBe('ไม่มีคำใด');
    expect(keepWordsWhole('พื้นฐาน พื้นฐาน')).toBe('พื้น\u2060ฐาน พื้น\u2060ฐาน');
  });

  it('lists each compound as ICU splits it: a joiner at every break ICU would offer inside it', () => {
    for (const parts of KEEP_WHOLE) expect(words(parts.join(''))).toEqual(parts);
  });
});
