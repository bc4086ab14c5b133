/**
 * Issue 11: every status variant README lists gets the engine's colour in the sheet, in Google
 * Sheets (format-rules.ts, the engine's own patterns) and in the .xlsx the CLI writes
 * (workbook-io.ts, word lists): the formulas are evaluated, not just looked at.
 */
import { measureRuleSpecs } from '../../src/gas/format-rules';
import { statusFormulas } from '../../src/node/xlsx-write';
import { normalizeStatus } from '../../src/core/engine/measure-fields';
import { COLOURS, SHEETS } from '../../src/core/workbook/template';
import type { Status } from '../../src/core/engine/types';
import { evaluate } from '../fixtures/formula-eval';

/** The variants README lists, by the status the engine reads. */
const VARIANTS: Record<Status, string[]> = {
  cancelled: ['ยกเลิก', 'ยกเลิกแล้ว', 'ยกเลิกการดำเนินการ', 'ยกเลิกมาตรการ', 'ยกเลิกโครงการ', 'ไม่ดำเนินการต่อ', 'ไม่ดำเนินการแล้ว', 'cancelled', 'Canceled', 'dropped'],
  not_started: ['', 'ยังไม่ดำเนินการ', 'ยังไม่ได้ดำเนินการ', 'ไม่ได้ดำเนินการ', 'ยังไม่เริ่ม', 'ยังไม่เริ่มดำเนินการ', 'ยังไม่ทำ', 'ยังไม่มีการดำเนินการ', 'รอดำเนินการ', 'not started', 'todo'],
  in_progress: ['อยู่ระหว่างดำเนินการ', 'อยู่ในระหว่างดำเนินการ', 'ระหว่างดำเนินการ', 'อยู่ระหว่างการดำเนินการ', 'กำลังดำเนินการ', 'กำลังทำ', 'ดำเนินการอยู่', 'in progress', 'ongoing'],
  done: [
    'ดำเนินการเรียบร้อยแล้ว', 'ดำเนินการเรียบร้อย', 'ดำเนินการแล้ว', 'ดำเนินการแล้วเสร็จ', 'ดำเนินการเสร็จสิ้น', 'ดำเนินการเสร็จแล้ว', 'ดำเนินการครบถ้วนแล้ว', 'ทำเสร็จแล้ว', 'เสร็จแล้ว', 'เสร็จสิ้น', 'ทำแล้ว', 'แล้วเสร็จ', 'เรียบร้อยแล้ว',
    'done', 'Completed', 'complete', 'finished', 'ดำเนินการแล้ว.', ' ดำเนินการ เรียบร้อยแล้ว ',
    'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๖', 'ดำเนินการเมื่อวันที่ ๓ เดือน เมษายน พ.ศ.๒๕๖๖',
  ],
};
const ALL = (Object.entries(VARIANTS) as [Status, string[]][]).flatMap(([status, texts]) => texts.map((text) => [text, status] as const));

it('the engine reads every listed variant as its status', () => {
  for (const [text, status] of ALL) expect([text, normalizeStatus(text)?.status]).toEqual([text, status]);
});

const columns = Object.fromEntries(SHEETS.measures.columns.map((c, i) => [c.key, i + 1]));

describe('Google Sheets rules (the first matching rule wins)', () => {
  const rules = measureRuleSpecs(columns);
  const colourOf = (status: string): string | null => {
    const cells = { $A2: 'อบต.', $B2: 2568, $D2: 'มาตรการ', $H2: '', $J2: status };
    const rule = rules.filter((r) => r.id.startsWith('status-')).find((r) => evaluate(r.formula, cells) === true);
    return rule ? rule.background : null;
  };

  it.each(ALL)('"%s" → %s colour', (text, status) => expect(colourOf(text)).toBe(COLOURS.status[status]));

  it('text that is no status gets no colour; ยกเลิก has its own grey', () => {
    expect(colourOf('เกือบเสร็จ')).toBeNull();
    expect(colourOf('/')).toBeNull();
    expect(COLOURS.status.cancelled).not.toBe(COLOURS.status.not_started);
  });

  it('a cancelled or done measure is never highlighted overdue; a late one is', () => {
    const overdue = rules.find((r) => r.id === 'overdue')!;
    // The due-date part (dates, TODAY()) is the same as before ยกเลิก; taken as "past due" here.
    const cut = overdue.formula.lastIndexOf(',IFERROR(');
    expect(overdue.formula.slice(cut)).toMatch(/<TODAY\(\),FALSE\)\)$/);
    const late = (status: string) => evaluate(`${overdue.formula.slice(0, cut)},TRUE)`, { $D2: 'มาตรการ', $J2: status });
    expect(late('ยกเลิก')).toBe(false);
    expect(late('ดำเนินการแล้ว')).toBe(false);
    expect(late('ยังไม่ดำเนินการ')).toBe(true);
  });
});

describe('.xlsx rules the CLI writes (exactly one colour per variant)', () => {
  const f = statusFormulas('$J2', '$D2');
  const coloursOf = (status: string): Status[] => {
    const cells = { $D2: 'มาตรการ', $J2: status };
    const hits: Status[] = [];
    if (evaluate(f.cancelled, cells) === true) hits.push('cancelled');
    if (evaluate(f.notStarted, cells) === true) hits.push('not_started');
    if (evaluate(f.inProgress, cells) === true) hits.push('in_progress');
    if (evaluate(f.done, cells) === true) hits.push('done');
    return hits;
  };

  it.each(ALL)('"%s" → %s only', (text, status) => expect(coloursOf(text)).toEqual([status]));

  it('text that is no status gets no colour, and a row with no measure none at all', () => {
    expect(coloursOf('เกือบเสร็จ')).toEqual([]);
    expect(evaluate(f.notStarted, { $D2: '', $J2: '' })).toBe(false);
  });
});
