/**
 * scripts/check-breaks.js finds the breaks an official corrects by hand (issue 19, point 7), on
 * a fixture: pdftotext -bbox-layout of LibreOffice's PDF of a one-column table whose cells break
 * "ข้อมูลพื้น / ฐาน", "มีช่องทา / งอื่นๆ" and "หลายตัวชี้ / วัด", beside the same text written
 * as the renderer writes it now (a word joiner in พื้นฐาน; "อื่น ๆ" spaced), which breaks well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEP_WHOLE } from '../../src/core/documents/thai-breaks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBreaks, WHOLE } = require('../../scripts/check-breaks-lib') as {
  findBreaks: (html: string, source: string | null, o?: { words?: boolean }) => { page: number; kind: string; before: string; after: string }[];
  WHOLE: string[];
};

const html = readFileSync(join(__dirname, '..', 'fixtures', 'breaks.bbox.html'), 'utf8');

describe('check-breaks', () => {
  it('reads the compounds from the list the renderer keeps whole', () => {
    expect(WHOLE).toEqual(KEEP_WHOLE);
  });

  it('catches the breaks inside a compound that ICU allows: พื้น / ฐาน, ช่องทา / งอื่นๆ, ตัวชี้ / วัด', () => {
    expect(findBreaks(html, null).map((b) => `${b.kind} ${b.before} / ${b.after}`)).toEqual([
      'COMPOUND ข้อมูลพื้น / ฐานแก่',
      'COMPOUND มีช่องทา / งอื่นๆ',
      'COMPOUND หลายตัวชี้ / วัด',
    ]);
  });

  it('does not list a break the source has a space at, nor the lines the fixed text broke into', () => {
    // The source had a space there: a break LibreOffice may always take.
    expect(findBreaks(html, 'ข้อมูลพื้น ฐานแก่ มีช่องทา งอื่นๆ หลายตัวชี้ วัด')).toEqual([]);
    // The fixed rows of the fixture ("ข้อมูล / พื้นฐาน", "มีช่องทาง / อื่น ๆ ใน") are not among those found.
    expect(findBreaks(html, null).some((b) => b.before === 'ข้อมูล' || b.before === 'มีช่องทาง')).toBe(false);
  });
});

describe('check-breaks and the renderer\'s own break marks', () => {
  it('takes a break at a zero width space of the source (a word kept whole begins there), even with others around', () => {
    const line = (y: number, word: string) => `<line xMin="10" yMin="${y}" xMax="90" yMax="${y + 10}"><word xMin="10" yMin="${y}" xMax="90" yMax="${y + 10}">${word}</word></line>`;
    const page = `<page width="100" height="100">${line(0, 'สร้างการรับรู้ถึงช่องทาง')}${line(10, 'การรับฟังความคิดเห็น')}</page>`;
    // ICU reads ช่อง|ทางการ: without the source, the break looks mid-word.
    expect(findBreaks(page, null).map((b) => b.kind)).toEqual(['MID-SYLLABLE']);
    expect(findBreaks(page, 'สร้างการรับรู้ถึง\u200bช่องทาง\u200bการรับฟัง\u200bความคิดเห็น')).toEqual([]);
    expect(findBreaks(page, 'สร้างการรับรู้ถึงช่องทางการรับฟังความคิดเห็น')).toHaveLength(1);
  });
});
