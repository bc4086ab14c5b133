/**
 * The text a reader sees in a .docx run, without the invisible marks the renderer adds so that
 * lines break between words (src/core/documents/thai-breaks.ts): word joiners and zero-width
 * spaces dropped, its no-break spaces (month–year, day–month, number–unit) read as spaces.
 * The model's own no-break space after พ.ศ. stays.
 */
export const readable = (text: string): string =>
  text.replace(/[\u2060\u200b]/g, '').replace(/(คม|ยน|พันธ์|[0-9๐-๙])\u00a0/g, '$1 ').replace(/\u00a0ๆ/g, ' ๆ');
