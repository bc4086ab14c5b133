/** How the page writes figures, levels, dates and times, and messages whose quoted names must not break. */
import { h, type Child } from './dom';
import { L, ui } from './state';

/**
 * A message as nodes, each "quoted" name (a sheet, a button) kept on one line: Thai has no
 * spaces between words, so the browser may otherwise break inside "ตัวชี้วัด".
 */
export function quoted(text: string): Child[] {
  return text.split(/("[^"\n]{1,24}")/).map((part, i) => (i % 2 === 1 ? h('span', { className: 'nw' }, part) : part));
}
export const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toFixed(2));
export const signed = (n: number): string => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));
export const levelText = (r: { level: string; levelKey: string }): string =>
  /^(AA|A|B|C|D|E|F)$/.test(r.levelKey) ? r.levelKey : L(`level.${r.levelKey}`);

const TH_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const NBSP = '\u00a0';

/** "2025-03-31" → "31 มี.ค. 2568" / "31 Mar 2025", never broken across lines. */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return ui.lang === 'th' ? [d, TH_MONTHS[mo - 1], y + 543].join(NBSP) : [d, EN_MONTHS[mo - 1], y].join(NBSP);
}

/** An ISO instant in Bangkok time: "31 มี.ค. 2568 14:05". */
export function timeText(iso: string): string {
  const t = Date.parse(iso);
  if (isNaN(t)) return '';
  const b = new Date(t + 7 * 3600 * 1000);
  const day = `${b.getUTCFullYear()}-${String(b.getUTCMonth() + 1).padStart(2, '0')}-${String(b.getUTCDate()).padStart(2, '0')}`;
  return `${dayText(day)}${NBSP}${String(b.getUTCHours()).padStart(2, '0')}:${String(b.getUTCMinutes()).padStart(2, '0')}`;
}
