/**
 * The report's tools sentence, from the year's framework: each tool in the framework's order,
 * named (IIT, EIT, OIT by their Thai names, another tool by the sheet's ชื่อเครื่องมือ or its
 * code) with its score. For ITA 2562–2568 it reads as seed 000's sentence always has.
 */
import type { Assessment, Framework, FrameworkTool, Lang } from '../../engine/types';
import type { Params } from '../../i18n';
import { joinList, toolName } from '../../engine/tools';

/** What the sentence needs of the report's Writer (writer.ts), named here so it imports nothing of the report. */
interface Writer {
  readonly lang: Lang;
  tx(key: string, params?: Params): string;
  user(text: string): string;
  num(n: number): string;
}

/** "คะแนนรายเครื่องมือ ได้แก่ … (IIT) 91.99 คะแนน … และ… (OIT) 86.39 คะแนน"; null unless every tool has a score. */
export function toolsSentence(w: Writer, a: Assessment, framework: Framework | undefined): string | null {
  const tools: FrameworkTool[] = framework?.tools ?? Object.keys(a.tools).map((code) => ({ code, name: '', weight: 0, cell: '' }));
  if (tools.length === 0 || tools.some((tool) => a.tools[tool.code] === null || a.tools[tool.code] === undefined)) return null;
  const items = tools.map((tool) => {
    const name = toolName(tool, w.lang);
    const label = name === tool.code ? tool.code : `${w.user(name)} (${tool.code})`;
    return w.tx('report.ita.toolScore', { tool: label, score: w.num(a.tools[tool.code] as number) });
  });
  return w.tx('report.ita.toolsLead') + joinList(items, w.lang) + w.tx('report.ita.toolsEnd');
}
