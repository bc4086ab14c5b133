/**
 * Reading one unit-year's ITA result from pasted text: what staff copy from the NACC's ITAS
 * result page (seed 000 opens with such a paste), an e-mail, or a document.
 *
 * Line by line: an indicator named by its name (matched as the engine matches names,
 * `matchIndicator`) or by "ตัวชี้วัดที่ N"; its score is the first number after the name on
 * that line (a rank before the name is not a score; a number above 100 is a year, not a
 * score). The total ("ผลคะแนน X", "คะแนน <unit> X คะแนน" — on one line or split over lines as
 * the ITAS page is —, "คะแนนรวม X") and the level ("ระดับผลการประเมิน A") are picked up for
 * the caller to check. Two different scores for one indicator are a problem, never a guess.
 */
import type { Framework, Indicator } from '../engine/types';
import type { LevelKey } from '../engine/levels';
import type { Bilingual, Params } from '../i18n';
import { matchIndicator, nameStem } from '../engine/frameworks';
import { fromThaiDigits } from '../engine/thai';

/**
 * A message of the import as a string key and its parameters: each side renders it in its
 * language (the CLI and the sidebar page carry the import's strings, src/core/i18n/import.ts,
 * so the Apps Script bundle does not). `text` when it comes already rendered.
 */
export interface ImportNote {
  key: string;
  params: Params;
  text?: Bilingual;
}

/** A problem of an import, and the Scores cell when there is one (the sidebar selects it). */
export interface ImportProblem extends ImportNote {
  code: string;
  sheet?: string;
  cell?: string;
}

export const note = (key: string, params: Params = {}): ImportNote => ({ key, params });
export const problem = (code: string, params: Params = {}): ImportProblem => ({ code, key: `import.problem.${code}`, params });

export interface PastedScore {
  code: string;
  name: string;
  score: number;
  /** 1-based line of the pasted text, and that line as pasted (trimmed). */
  line: number;
  text: string;
}

export interface PasteReading {
  /** One per indicator found, in code order. */
  scores: PastedScore[];
  total: { score: number; line: number; text: string } | null;
  level: { key: LevelKey; text: string; line: number } | null;
  /** The unit the text names ("คะแนน <unit> 87.57 คะแนน"), as written. */
  unitText: string | null;
  /**
   * The assessment year (BE) the text names ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "ITA 2565", "ปี 2565"),
   * when it names exactly one; null when none or several.
   */
  yearText: number | null;
  /** Codes of the framework with no score in the text. */
  missing: string[];
  problems: ImportProblem[];
}

interface Line {
  no: number;
  text: string;
  raw: string;
}

/** Tags that end a line when the paste is raw HTML. */
const BREAK_TAGS = /^<\/?(br|p|div|tr|li|h[1-6]|table|tbody|thead|ul|ol)\b/i;
const LOGICAL_BREAK = '\u2028';
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * The text as logical lines, each with its line number in the paste: HTML tags and entities,
 * markdown bold, zero-width characters removed; Thai digits read as Arabic.
 */
export function pastedLines(text: string): Line[] {
  // A paste of page source: its newlines mean nothing, its block tags end the lines.
  const html = /<t[dr]\b/i.test(text);
  const noTags = text.replace(/<[^<>]*>/g, (tag) => (BREAK_TAGS.test(tag) ? LOGICAL_BREAK : ' ') + tag.replace(/[^\n]/g, ''));
  const plain = noTags
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
      ENTITIES[name.toLowerCase()] ?? (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : whole))
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n');
  const lines: Line[] = [];
  const add = (piece: string, no: number): void => {
    const raw = piece.replace(/\s+/g, ' ').trim();
    const cleaned = fromThaiDigits(raw).replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
    if (cleaned !== '') lines.push({ no, text: cleaned, raw });
  };
  if (html) {
    let no = 1;
    for (const piece of plain.split(LOGICAL_BREAK)) {
      add(piece, no + (/^\s*/.exec(piece)?.[0].split('\n').length ?? 1) - 1);
      no += piece.split('\n').length - 1;
    }
  } else {
    plain.split('\n').forEach((physical, i) => physical.split(LOGICAL_BREAK).forEach((piece) => add(piece, i + 1)));
  }
  return lines;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const TOTAL_INLINE = [new RegExp(`ผลคะแนน(?:รวม)?\\s*[:=]?\\s*${NUM}`), new RegExp(`คะแนนรวม(?:ทั้งหมด)?\\s*[:=]?\\s*${NUM}`)];
/** "คะแนน องค์การบริหารส่วนตำบลนิคมคำสร้อย 87.57 คะแนน" (the ITAS page's headline). */
const TOTAL_WITH_UNIT = new RegExp(`(?:^|\\s)คะแนน\\s+([^\\d\\s][^\\d]*?)\\s+${NUM}\\s*คะแนน`);
/** The same headline split over lines: "คะแนน <unit>", then "87.57 คะแนน". */
const UNIT_HEAD = /^คะแนน\s+([^\d]+)$/;
const NUMBER_ALONE = new RegExp(`^${NUM}\\s*(?:คะแนน)?$`);
/** Words after คะแนน that make it a statistic, not a unit's total. */
const NOT_A_UNIT = /^(สูงสุด|ต่ำสุด|เฉลี่ย|รายตัวชี้วัด|ตัวชี้วัด)/;

const LEVELS: [string, LevelKey][] = [
  ['ผ่านดีเยี่ยม', 'excellent'], ['ผ่านดี', 'good'], ['ต้องปรับปรุงโดยด่วน', 'urgent'], ['ต้องปรับปรุง', 'improve'], ['ผ่าน', 'pass'],
  ['AA', 'AA'], ['A', 'A'], ['B', 'B'], ['C', 'C'], ['D', 'D'], ['E', 'E'], ['F', 'F'],
];
const LEVEL_WORD = `(${LEVELS.map(([w]) => w).join('|')})(?![A-Za-z\\u0E01-\\u0E4E])`;
const LEVEL_INLINE = new RegExp(`ระดับ(?:ผลการประเมิน)?\\s*[:=]?\\s*${LEVEL_WORD}`);
const LEVEL_HEAD = /^ระดับ(?:ผลการประเมิน)?\s*:?$/;
const LEVEL_ALONE = new RegExp(`^${LEVEL_WORD}$`);
const levelKey = (word: string): LevelKey => (LEVELS.find(([w]) => w === word) as [string, LevelKey])[1];

/** A cell or line that is just a level ("A", "ผ่านดี"); null otherwise. */
export function levelFromText(text: string): { key: LevelKey; text: string } | null {
  const m = LEVEL_ALONE.exec(text.replace(/\s+/g, ' ').trim());
  return m ? { key: levelKey(m[1]), text: m[1] } : null;
}

/** "ตัวชี้วัดที่ 7" or a number: the tokens of a line, in order. */
const TOKEN = /ตัวชี้วัดที่\s*(\d+)|(\d+(?:\.\d+)?)/g;
/** Words around a name that are not part of it: "คะแนน", "ได้", punctuation. */
const FILLER = /คะแนน|ได้|[*:=|()[\]\-–—•.,;]/g;

/**
 * The indicator a label names, by the engine's lenient match; prose that merely contains a
 * few letters of a name ("ข้อมูล") is not a name: the label must hold the whole name stem,
 * or most of it.
 */
function named(framework: Framework, label: string): Indicator | undefined {
  const cleaned = label.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned === '') return undefined;
  const indicator = matchIndicator(framework, cleaned);
  if (!indicator) return undefined;
  const stem = nameStem(cleaned);
  const own = nameStem(indicator.name);
  return stem.includes(own) || stem.length >= own.length * 0.6 ? indicator : undefined;
}

const scoreText = (n: number): string => n.toFixed(2);

/** A year written as the assessment's: after ปีงบประมาณ / พ.ศ. / ITA / ปี, Buddhist Era. */
const YEAR_NAMED = /(?:ปีงบประมาณ|พ\.\s*ศ\.|\bITA|ปี)\s*(?:พ\.\s*ศ\.)?\s*(25\d\d|26\d\d)(?!\d)/gi;

/** A score as the results show them (87.57): the heading that names the year comes before the first. */
const FIRST_SCORE = /\d{1,3}\.\d{1,2}(?!\d)/;

/** The one year named in the heading (the lines before the first score); prose further down often names others. */
function namedYear(lines: Line[]): number | null {
  const years = new Set<number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(YEAR_NAMED)) years.add(Number(m[1]));
    if (FIRST_SCORE.test(line.text.replace(YEAR_NAMED, ''))) break;
  }
  return years.size === 1 ? [...years][0] : null;
}

/** The assessment year the pasted text names, if exactly one (see PasteReading.yearText). */
export const readPastedYear = (text: string): number | null => namedYear(pastedLines(text));

export function readPastedScores(text: string, framework: Framework): PasteReading {
  const lines = pastedLines(text);
  const found = new Map<string, PastedScore>();
  const reported = new Set<string>();
  const problems: ImportProblem[] = [];
  let total: PasteReading['total'] = null;
  let level: PasteReading['level'] = null;
  let unitText: string | null = null;

  const addTotal = (score: number, line: Line, unit: string | null): void => {
    if (score > 100) return;
    if (unit && !NOT_A_UNIT.test(unit)) unitText ??= unit.trim();
    else if (unit) return;
    if (!total) total = { score, line: line.no, text: line.raw };
    else if (Math.abs(total.score - score) > 1e-9 && !reported.has('total')) {
      reported.add('total');
      problems.push(problem('twoTotals', { a: scoreText(total.score), lineA: total.line, b: scoreText(score), lineB: line.no }));
    }
  };
  const addScore = (indicator: Indicator, score: number, line: Line): void => {
    const first = found.get(indicator.code);
    if (!first) {
      found.set(indicator.code, { code: indicator.code, name: indicator.name, score, line: line.no, text: line.raw });
    } else if (Math.abs(first.score - score) > 1e-9 && !reported.has(indicator.code)) {
      reported.add(indicator.code);
      problems.push(problem('twoScores', { code: indicator.code, name: indicator.name, a: scoreText(first.score), lineA: first.line, b: scoreText(score), lineB: line.no }));
    }
  };

  let pendingUnit: string | null = null;
  let pendingLevel = false;
  for (const line of lines) {
    const t = line.text;
    // Headlines split over lines: the line after "คะแนน <unit>" / "ระดับผลการประเมิน".
    const alone = NUMBER_ALONE.exec(t);
    if (pendingUnit !== null && alone) addTotal(Number(alone[1]), line, pendingUnit);
    const levelAlone = LEVEL_ALONE.exec(t);
    if (pendingLevel && levelAlone && !level) level = { key: levelKey(levelAlone[1]), text: levelAlone[1], line: line.no };
    pendingUnit = UNIT_HEAD.exec(t)?.[1] ?? null;
    pendingLevel = LEVEL_HEAD.test(t);

    for (const re of TOTAL_INLINE) {
      const m = re.exec(t);
      if (m) addTotal(Number(m[1]), line, null);
    }
    const withUnit = TOTAL_WITH_UNIT.exec(t);
    if (withUnit) addTotal(Number(withUnit[2]), line, withUnit[1]);
    const levelInline = LEVEL_INLINE.exec(t);
    if (levelInline && !level) level = { key: levelKey(levelInline[1]), text: levelInline[1], line: line.no };

    let start = 0;
    let code: string | null = null;
    for (const m of t.matchAll(TOKEN)) {
      const label = t.slice(start, m.index);
      start = (m.index as number) + m[0].length;
      if (m[1] !== undefined) {
        code = m[1];
        continue;
      }
      const byCode = code === null ? undefined : framework.indicators.find((i) => i.code === code);
      const byName = named(framework, label);
      code = null;
      if (byCode && byName && byCode !== byName) {
        problems.push(problem('codeAndName', { line: line.no, code: byCode.code, other: byName.code }));
        continue;
      }
      const indicator = byCode ?? byName;
      const value = Number(m[2]);
      if (indicator && value <= 100) addScore(indicator, value, line);
    }
  }
  const scores = framework.indicators.filter((i) => found.has(i.code)).map((i) => found.get(i.code) as PastedScore);
  return {
    scores, total, level, unitText, yearText: namedYear(lines),
    missing: framework.indicators.filter((i) => !found.has(i.code)).map((i) => i.code),
    problems,
  };
}
