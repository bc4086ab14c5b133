/**
 * The domain's shared types. Pure data: no Apps Script globals, no Node APIs.
 */

import type { Lang } from '../i18n';

/** A sheet's values as `Range.getValues()` returns them: '' for empty cells, Date for dates. */
export type Grid = unknown[][];

/** A whole workbook as grids, keyed by sheet name (the JSON grid form of the CLI). */
export interface WorkbookGrids {
  sheets: Record<string, Grid>;
}

/** The user's language (defined with the strings, in i18n/, the layer below). */
export type { Lang };

/** An ITA level: grade bands AA…F (to 2565) or rating levels (from 2566); rules in levels.ts. */
export type LevelKey = 'AA' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'excellent' | 'good' | 'pass' | 'improve' | 'urgent';

/**
 * A tool's code as a framework's rows name it (`เครื่องมือ`): IIT, EIT and OIT up to ITA 2568,
 * whatever a later framework names. Data, never a closed list (see core/tools.ts).
 */
export type Tool = string;

/** A calendar day, Common Era year, month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Where a value came from, for error messages: `คะแนน!D7`. */
export interface CellRef {
  sheet: string;
  /** 1-based row and column, as in Apps Script ranges. */
  row: number;
  column: number;
}

export interface Indicator {
  fromYear: number;
  code: string;
  name: string;
  tool: Tool;
  /** Percent, e.g. 6 for 6%. */
  weight: number;
  /** The row's ชื่อเครื่องมือ when the sheet has that column ('' or absent otherwise). */
  toolName?: string;
  /** The row's เครื่องมือ cell, e.g. `ตัวชี้วัด!D14` (absent for the built-in framework). */
  toolCell?: string;
}

/** A tool of a framework: what its rows name, in the order the rows first name it. */
export interface FrameworkTool {
  code: Tool;
  /** The sheet's ชื่อเครื่องมือ, '' when none (then core/tools.ts names it). */
  name: string;
  /** Σ weight of its indicators, percent. */
  weight: number;
  /** The เครื่องมือ cell that first names it (`ตัวชี้วัด!D14`); '' for the built-in framework. */
  cell: string;
}

/** The indicator set in force from `fromYear` (ITA year, BE) until the next framework. */
export interface Framework {
  fromYear: number;
  indicators: Indicator[];
  /** Its tools in the order its rows first name them; the level rule applies to each. */
  tools: FrameworkTool[];
}

export interface GradeBands {
  AA: number;
  A: number;
  B: number;
  C: number;
  D: number;
  E: number;
}

export interface LevelSettings {
  /** Grade bands (AA…F) apply to ITA years before this one; rating levels from it on. */
  ratingFromYear: number;
  grades: GradeBands;
  /** ผ่านดีเยี่ยม: total and every tool at or above this. */
  ratingExcellent: number;
  /** ต้องปรับปรุง lower bound; below it ต้องปรับปรุงโดยด่วน. */
  ratingImprove: number;
}

export interface Settings {
  /** The reporting fiscal year (BE). */
  fiscalYear: number | null;
  /** ผ่าน / ผ่านดี threshold and the cut-off for "indicators to develop". */
  passThreshold: number;
  /** null: every indicator below the pass threshold; N: the N lowest. */
  weakCount: number | null;
  thaiDigits: boolean;
  levels: LevelSettings;
  /** With whom a new report document is shared: the workbook's people as viewers or editors, or nobody. */
  shareReports: ShareMode;
}

/** แชร์รายงาน: ผู้ดู (view) / ผู้แก้ไข (edit) / ไม่แชร์ (none). */
export type ShareMode = 'view' | 'edit' | 'none';

export interface Unit {
  name: string;
  type: string;
  district: string;
  province: string;
  addressee: string;
  reporter: string;
  position: string;
  /** The owning division (ส่วนราชการเจ้าของเรื่อง) named on the memo's ส่วนราชการ line; '' when blank. */
  division: string;
  /** The division's phone, after "โทร." on that line; '' when blank. */
  phone: string;
  editors: string[];
  row: number;
}

export interface ScoreEntry {
  unit: string;
  /** ITA year (BE). */
  year: number;
  /** Indicator code, or null for the official total (`รวม`). */
  code: string | null;
  score: number;
  cell: CellRef;
}

/**
 * A measure's state. Seed 001's table has the first three; `cancelled` (ยกเลิก) records a
 * measure the unit dropped: counted apart everywhere, never overdue, and left out of the
 * "% done" denominator (a dropped measure is neither done nor behind).
 */
export type Status = 'not_started' | 'in_progress' | 'done' | 'cancelled';
export const STATUSES: readonly Status[] = ['not_started', 'in_progress', 'done', 'cancelled'];
/** The three states of seed 001's status-mark columns. */
export const PROGRESS_STATUSES: readonly Status[] = ['not_started', 'in_progress', 'done'];

export interface Measure {
  unit: string;
  /** Fiscal year (BE) the measure belongs to. */
  year: number;
  no: string;
  title: string;
  /** Indicator codes the measure addresses. */
  indicators: string[];
  method: string;
  responsible: string;
  timeline: string;
  /** Follow-up rounds in months, e.g. [6, 12]. */
  followUp: number[];
  /** Due date derived from the timeline (end of the named quarter), null when none. */
  due: CalendarDate | null;
  status: Status;
  result: string;
  outcome: string;
  doneOn: CalendarDate | null;
  updated: Date | null;
  updatedBy: string;
  /** 1-based sheet row. */
  row: number;
  /** The unit sheet the row is in (`มาตรการ อบต.นาเลียง`); absent for the shared `มาตรการ` sheet. */
  sheet?: string;
}

/** A row of the การวิเคราะห์ sheet: the staff's analysis of one indicator of an ITA result. */
export interface AnalysisNote {
  unit: string;
  /** ITA year (BE) analysed. */
  year: number;
  /** Indicator code (the sheet may give the name; matched as in คะแนน). */
  code: string;
  /** ประเด็นที่ต้องพัฒนา, as typed ('' when blank). */
  issues: string;
  /** แนวทางการพัฒนา, as typed ('' when blank). */
  approach: string;
  /** 1-based sheet row. */
  row: number;
}

export interface Problem {
  sheet: string;
  /** A1 notation, or '' when the problem is the sheet itself. */
  cell: string;
  code: string;
  message: { th: string; en: string };
}

export interface RankedIndicator {
  rank: number;
  code: string;
  name: string;
  score: number;
  /** Against the unit's previous ITA year; null when there is none. */
  change: number | null;
}

export interface Assessment {
  unit: string;
  year: number;
  /** The reported total: the official one when given, else the computed one. */
  total: number;
  computedTotal: number;
  officialTotal: number | null;
  /** Level label as published: "A", "ผ่านดี"… (Thai). */
  level: string;
  levelKey: LevelKey;
  /**
   * Each tool of the year's framework, in the framework's order: its weighted mean, null when the
   * unit-year has no score for it (keys are never all-digit, so the object keeps that order).
   */
  tools: Record<Tool, number | null>;
  ranking: RankedIndicator[];
  highest: { code: string; name: string; score: number };
  lowest: { code: string; name: string; score: number };
  /** Indicators to develop, lowest first. */
  weak: string[];
  previousYear: number | null;
  totalChange: number | null;
  warnings: { th: string; en: string }[];
}

export interface UnitRank {
  rank: number;
  unit: string;
  total: number;
  level: string;
  levelKey: LevelKey;
}
