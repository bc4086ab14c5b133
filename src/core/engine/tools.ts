/**
 * The tools of a framework as data. A framework's rows name its tools (`เครื่องมือ`); the
 * tools, their weights (Σ of their indicators') and their order (as the rows first name them)
 * come from those rows, never from a closed list. IIT, EIT and OIT (ITA 2562–2568) are only
 * known by name: an unknown tool shows the sheet's ชื่อเครื่องมือ when given, else its code.
 */
import type { Framework, FrameworkTool, Indicator, Lang, Tool } from './types';
import { text } from './values';
import { fromThaiDigits } from './thai';
import { t } from '../i18n';

/** The tools of ITA 2562–2568, offered as the เครื่องมือ column's suggestions. */
export const KNOWN_TOOLS: readonly Tool[] = ['IIT', 'EIT', 'OIT'];

/** A tool code as typed: trimmed, spaces removed, Arabic digits, upper case ("xit ๒" → "XIT2"). */
export const normalizeToolCode = (value: unknown): Tool => fromThaiDigits(text(value)).replace(/\s+/g, '').toUpperCase();

/**
 * A usable code: not blank, not all digits (a digit code would read as an indicator number, and
 * would reorder a tools record, whose keys keep the framework's order).
 */
export const isToolCode = (code: Tool): boolean => code !== '' && !/^\d+$/.test(code);

/** A framework's tools from its indicator rows, in the order the rows first name them. */
export function toolsOf(rows: Indicator[]): FrameworkTool[] {
  const byCode = new Map<Tool, FrameworkTool>();
  for (const i of rows) {
    let tool = byCode.get(i.tool);
    if (!tool) byCode.set(i.tool, (tool = { code: i.tool, name: '', weight: 0, cell: i.toolCell ?? '' }));
    tool.weight += i.weight;
    if (tool.name === '' && i.toolName) tool.name = i.toolName;
  }
  return [...byCode.values()];
}

/** A framework's tool codes in its order. */
export const toolCodes = (framework: Framework): Tool[] => framework.tools.map((x) => x.code);

/**
 * A tool's display name: the sheet's ชื่อเครื่องมือ, else the known Thai/English name
 * (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน for IIT), else its code.
 */
export function toolName(tool: Tool | FrameworkTool, lang: Lang = 'th'): string {
  const code = typeof tool === 'string' ? tool : tool.code;
  if (typeof tool !== 'string' && tool.name !== '') return tool.name;
  return KNOWN_TOOLS.includes(code) ? t(lang, `tool.${code}`) : code;
}

/** Joins a list as Thai (ก ข และ ค) or English (a, b, c) prose. */
export function joinList(items: string[], lang: Lang): string {
  if (lang === 'en' || items.length < 2) return items.join(', ');
  return `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}`;
}
