/**
 * Plain terminal tables for Thai text. Thai vowels and tone marks above or below a
 * consonant (nonspacing marks) take no column of their own; every other character takes
 * one, SARA AM (ำ) included: terminals give it a column, although it joins the consonant's
 * grapheme cluster, so counting clusters put rows such as การใช้อำนาจ one column short.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

export const displayWidth = (s: string): number => {
  let n = 0;
  for (const c of s) if (!ZERO_WIDTH.test(c)) n++;
  return n;
};

export type Align = 'left' | 'right';

export function formatTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i] - displayWidth(s));
    return align[i] === 'right' ? fill + s : s + fill;
  };
  const line = (cells: string[]) => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
