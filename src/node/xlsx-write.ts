/**
 * Writing a workbook as .xlsx (exceljs) the way the add-on lays it out in Google Sheets: Sarabun,
 * the template's header colours, date formats, data validation lists and the status colours
 * (conditional formats whose formulas match the same words as the add-on's rules).
 */
import { offsetMs, FONT_NAME, loadExcel, type SheetTimeOptions } from './workbook-io';
// Types only: exceljs takes ~¼ s to load, so it is required when a .xlsx is read or written
// (loadExcel), never by `ita --help` or a .json workbook.
import type ExcelJS from 'exceljs';
import { ALL_SHEETS, SHEETS, SETTINGS, COLOURS, STATUS_LABELS, type SheetSpec, type ColumnSpec } from '../core/workbook/template';
import { normalizeName, columnLetter } from '../core/workbook/sheets';
import type { WorkbookGrids } from '../core/engine/types';
import { parseNumber } from '../core/engine/values';
import { writeFileAtomic } from './atomic-write';
import { msg } from '../core/i18n';
import { KNOWN_TOOLS } from '../core/engine/tools';
import { isUnitSheetName } from '../core/workbook/unit-sheets';

export interface WriteXlsxOptions extends SheetTimeOptions {
  /** Data validations and conditional formats cover rows 2…this (or the data, if longer). Default 1000. */
  validationRows?: number;
  /** Font of every written cell and column. Default 'Sarabun' (see FONT_NAME). */
  fontName?: string;
}

const FONT_SIZE = 11;

// ---------------------------------------------------------------------------------------
// Writing .xlsx

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
/** Conditional formats (dxf) take a solid fill's colour from bgColor. */
const cfFill = (hex: string): Partial<ExcelJS.Style> => ({ fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(hex) } } });

const DATE_FORMAT = 'd/m/yyyy';
const DATETIME_FORMAT = 'd/m/yyyy h:mm';

/** The template sheet a grid belongs to, by Thai name or English alias. */
function specOf(name: string): SheetSpec | undefined {
  if (isUnitSheetName(name)) return SHEETS.measures; // a unit's own measures sheet: the same columns and looks
  const n = normalizeName(name);
  return ALL_SHEETS.map((k) => SHEETS[k]).find((s) => normalizeName(s.th) === n || normalizeName(s.en) === n);
}

/** The template column of each header cell (undefined for the user's own columns). */
function columnSpecs(spec: SheetSpec | undefined, header: unknown[]): (ColumnSpec | undefined)[] {
  return header.map((h) => {
    const n = normalizeName(h);
    return n === '' ? undefined : spec?.columns.find((c) => normalizeName(c.th) === n || normalizeName(c.en) === n);
  });
}

/** Where another sheet's column lives in these grids: `'หน่วยงาน'!$A$2:$A$1000`, or null when absent. */
function listSource(grids: WorkbookGrids, spec: SheetSpec, key: string, lastRow: number): string | null {
  const name = Object.keys(grids.sheets).find((n) => specOf(n) === spec);
  if (name === undefined) return null;
  const header = grids.sheets[name][0] ?? [];
  const index = columnSpecs(spec, header).findIndex((c) => c?.key === key);
  if (index < 0) return null;
  const letter = columnLetter(index + 1);
  return `'${name.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${lastRow}`;
}

/** Score colour thresholds from the Settings grid, else the template defaults. */
function thresholds(grids: WorkbookGrids): { excellent: number; pass: number; improve: number } {
  const values: Record<string, number> = {};
  for (const s of SETTINGS) if (typeof s.default === 'number') values[s.key] = s.default;
  const name = Object.keys(grids.sheets).find((n) => specOf(n) === SHEETS.settings);
  for (const row of name ? grids.sheets[name].slice(1) : []) {
    const key = normalizeName(row[0]);
    const spec = SETTINGS.find((s) => normalizeName(s.th) === key || normalizeName(s.en) === key);
    // Read as the engine reads it: Thai digits too ("๘๕").
    const value = parseNumber(row[1]);
    if (spec && value !== null && Number.isFinite(value)) values[spec.key] = value;
  }
  return { excellent: values.ratingExcellent ?? 95, pass: values.passThreshold ?? 85, improve: values.ratingImprove ?? 70 };
}

/** Excel text literal. */
const lit = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The engine's status reading (measure-fields.ts normalizeStatus) as far as an Excel formula
 * can follow it (no regular expressions): on the compact text (lower case, no spaces, no
 * dots), cancelled, then not started (also blank), in progress, done, each excluding the ones
 * before it, so exactly one colour applies — the engine's order. Whole words where the engine
 * matches whole words; prefixes where a date may follow ("ดำเนินการเรียบร้อยแล้วเมื่อวันที่ …").
 */
const STATUS_WORDS = {
  cancelled: { equal: ['ไม่ดำเนินการแล้ว', 'ไม่ดำเนินการต่อ', 'dropped'], prefix: ['ยกเลิก', 'cancel'], contains: [] },
  notStarted: { equal: ['', 'ไม่ได้ดำเนินการ', 'รอดำเนินการ', 'notstarted', 'not_started', 'notyetstarted', 'todo'], prefix: ['ยังไม่'], contains: [] },
  inProgress: { equal: ['ดำเนินการอยู่', 'ongoing'], prefix: ['กำลัง'], contains: ['ระหว่าง', 'progress'] },
  // "ดำเนินการ…" covers ดำเนินการแล้ว, ดำเนินการเรียบร้อยแล้ว, ดำเนินการเมื่อวันที่ …; the ones above were excluded first.
  done: { equal: [], prefix: ['ดำเนินการ', 'เสร็จ', 'ทำเสร็จ', 'ทำแล้ว', 'แล้วเสร็จ', 'เรียบร้อยแล้ว', 'done', 'complete', 'finished'], contains: [] },
} as const;

export function statusFormulas(s: string, measure: string | null): { cancelled: string; notStarted: string; inProgress: string; done: string } {
  const c = `SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(${s}))," ",""),".","")`;
  const any = (w: { equal: readonly string[]; prefix: readonly string[]; contains: readonly string[] }) => `OR(${[
    ...w.equal.map((x) => `${c}=${lit(x)}`),
    ...w.prefix.map((x) => `LEFT(${c},${x.length})=${lit(x)}`),
    ...w.contains.map((x) => `ISNUMBER(SEARCH(${lit(x)},${c}))`),
  ].join(',')})`;
  const raw = { cancelled: any(STATUS_WORDS.cancelled), notStarted: any(STATUS_WORDS.notStarted), inProgress: any(STATUS_WORDS.inProgress), done: any(STATUS_WORDS.done) };
  const guard = measure ? [`TRIM(${measure})<>""`] : [];
  const only = (own: string, before: string[]) => `AND(${[...guard, ...before.map((x) => `NOT(${x})`), own].join(',')})`;
  return {
    cancelled: only(raw.cancelled, []),
    notStarted: only(raw.notStarted, [raw.cancelled]),
    inProgress: only(raw.inProgress, [raw.cancelled, raw.notStarted]),
    done: only(raw.done, [raw.cancelled, raw.notStarted, raw.inProgress]),
  };
}

/**
 * Overdue, as far as a formula can tell: the measure is neither done nor cancelled and its due day is before
 * TODAY(). Due day: a date in the timeline cell; "ไตรมาส N"/"ไตรมาสที่ ๔"/"ไตรมาส 3-4" (the last
 * digit, Thai or Arabic) → end of that quarter of the row's fiscal year; "ทุก…"/"ตลอดปี" → 30
 * September. Month-name deadlines ("ภายในเดือนมกราคม") are left to the engine's own check.
 */
function overdueFormula(cols: { measure: string; year: string; timeline: string }, closed: string): string {
  const { measure, year, timeline: h } = cols;
  const quarter = `MOD(FIND(RIGHT(TRIM(${h})),"1234๑๒๓๔")-1,4)+1`;
  const due = `IF(ISNUMBER(${h}),${h},`
    + `IF(AND(ISNUMBER(SEARCH("ไตรมาส",${h})),ISERROR(SEARCH("ทุก",${h}))),DATE(${year}-544,10+3*(${quarter}),0),`
    + `IF(OR(ISNUMBER(SEARCH("ทุก",${h})),ISNUMBER(SEARCH("ตลอดปี",${h}))),DATE(${year}-543,9,30),"")))`;
  return `AND(TRIM(${measure})<>"",NOT(${closed}),IFERROR(AND(ISNUMBER(${due}),TODAY()>${due}),FALSE))`;
}

/** Writes a styled, template-like workbook: the known sheets as the add-on lays them out. */
export async function writeWorkbookXlsx(path: string, grids: WorkbookGrids, opts: WriteXlsxOptions = {}): Promise<void> {
  const workbook = await buildXlsx(grids, opts);
  writeFileAtomic(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The exceljs workbook writeWorkbookXlsx saves (exported for tests and other writers). */
export async function buildXlsx(grids: WorkbookGrids, opts: WriteXlsxOptions = {}): Promise<ExcelJS.Workbook> {
  const shift = offsetMs(opts);
  const font: Partial<ExcelJS.Font> = { name: opts.fontName ?? FONT_NAME, size: FONT_SIZE };
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'ITA Tracker';

  // Template sheets first, in template order; the user's own sheets after them.
  const names = Object.keys(grids.sheets);
  const rank = (n: string): number => {
    const spec = specOf(n);
    return spec ? ALL_SHEETS.indexOf(spec.key) : ALL_SHEETS.length;
  };
  const ordered = names.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i).map((x) => x.n);

  const levels = thresholds(grids);
  for (const name of ordered) {
    const grid = grids.sheets[name];
    const spec = specOf(name);
    const ws = workbook.addWorksheet(name, spec ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    const specs = columnSpecs(spec, grid[0] ?? []);
    const lastRow = Math.max(opts.validationRows ?? 1000, grid.length);

    grid.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        const kind = r === 0 ? undefined : specs[c]?.kind;
        if (value instanceof Date) {
          cell.value = new Date(value.getTime() + shift);
          const wall = new Date(value.getTime() + shift);
          const hasTime = wall.getUTCHours() + wall.getUTCMinutes() + wall.getUTCSeconds() + wall.getUTCMilliseconds() > 0;
          cell.numFmt = kind === 'datetime' || (kind !== 'date' && hasTime) ? DATETIME_FORMAT : DATE_FORMAT;
        } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
          cell.value = value;
          if (typeof value === 'number' && kind === 'score') cell.numFmt = '0.00';
          if (typeof value === 'number' && kind === 'year') cell.numFmt = '0';
        } else {
          cell.value = String(value);
        }
        cell.font = font;
      });
    });
    if (!spec) continue;

    // Columns: widths and wrapping from the template; the font for cells typed in later.
    specs.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.font = font;
      if (!c) return;
      column.width = Math.round((c.width / 7) * 10) / 10;
      if (c.kind === 'longText') column.alignment = { wrapText: true, vertical: 'top' };
    });

    // Header row.
    const width = (grid[0] ?? []).length;
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(1, c);
      cell.font = { ...font, bold: true };
      cell.fill = solid(COLOURS.header);
      cell.alignment = { vertical: 'middle', wrapText: true };
    }

    addValidations(ws, grids, specs, lastRow);
    addConditionalFormats(ws, specs, lastRow, levels);
  }
  return workbook;
}

type Validation = Parameters<DataValidationsLike['add']>[1];
interface DataValidationsLike {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function addValidations(ws: ExcelJS.Worksheet, grids: WorkbookGrids, specs: (ColumnSpec | undefined)[], lastRow: number): void {
  // exceljs has worksheet.dataValidations, but its typings leave it out.
  const dv = (ws as unknown as { dataValidations: DataValidationsLike }).dataValidations;
  const message = (key: string, style: 'stop' | 'warning'): Partial<Validation> => {
    const m = msg(`io.validation.${key}`);
    const title = msg('io.validation.title');
    return { showErrorMessage: true, errorStyle: style, errorTitle: title.th, error: `${m.th} / ${m.en}` };
  };
  specs.forEach((c, i) => {
    if (!c) return;
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${lastRow}`;
    let validation: Validation | null = null;
    switch (c.kind) {
      case 'status':
        // Warning, not stop: the seeds' "ดำเนินการเรียบร้อยแล้วเมื่อวันที่ …" is a valid done status too.
        validation = { type: 'list', allowBlank: true, formulae: [lit(Object.values(STATUS_LABELS).join(','))], ...message('status', 'warning') };
        break;
      case 'unit': {
        const source = listSource(grids, SHEETS.units, 'unit', lastRow);
        if (source) validation = { type: 'list', allowBlank: true, formulae: [source], ...message('unit', 'warning') };
        break;
      }
      case 'indicator': {
        // Warning: names, Thai digits and "รวม" (the official total) are accepted too.
        const source = listSource(grids, SHEETS.indicators, 'code', lastRow);
        if (source) validation = { type: 'list', allowBlank: true, formulae: [source], ...message('indicator', 'warning') };
        break;
      }
      case 'tool':
        // Warning: a framework may name other tools than these three.
        validation = { type: 'list', allowBlank: true, formulae: [lit(KNOWN_TOOLS.join(','))], ...message('tool', 'warning') };
        break;
      case 'score':
        // Warning: Thai-digit text ("๘๗.๕๗") is a score to the engine.
        validation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...message('score', 'warning') };
        break;
      case 'year':
        validation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [2400, 2800], ...message('year', 'warning') };
        break;
      default:
        break;
    }
    if (validation) dv.add(range, validation);
  });
}

function addConditionalFormats(
  ws: ExcelJS.Worksheet,
  specs: (ColumnSpec | undefined)[],
  lastRow: number,
  levels: { excellent: number; pass: number; improve: number },
): void {
  const at = (key: string): string | null => {
    const i = specs.findIndex((c) => c?.key === key);
    return i < 0 ? null : columnLetter(i + 1);
  };
  specs.forEach((c, i) => {
    if (!c) return;
    const letter = columnLetter(i + 1);
    const ref = `${letter}2:${letter}${lastRow}`;
    const x = `$${letter}2`;
    if (c.kind === 'status') {
      const measureCol = at('measure');
      const f = statusFormulas(x, measureCol ? `$${measureCol}2` : null);
      const rules: ExcelJS.ConditionalFormattingRule[] = [];
      const year = at('year');
      const timeline = at('timeline');
      if (measureCol && year && timeline) {
        const formula = overdueFormula({ measure: `$${measureCol}2`, year: `$${year}2`, timeline: `$${timeline}2` }, `OR(${f.done},${f.cancelled})`);
        rules.push({ type: 'expression', priority: 1, formulae: [formula], style: cfFill(COLOURS.overdue) });
      }
      rules.push(
        { type: 'expression', priority: 2, formulae: [f.cancelled], style: cfFill(COLOURS.status.cancelled) },
        { type: 'expression', priority: 3, formulae: [f.notStarted], style: cfFill(COLOURS.status.not_started) },
        { type: 'expression', priority: 4, formulae: [f.inProgress], style: cfFill(COLOURS.status.in_progress) },
        { type: 'expression', priority: 5, formulae: [f.done], style: cfFill(COLOURS.status.done) },
      );
      ws.addConditionalFormatting({ ref, rules });
    } else if (c.kind === 'score') {
      const n = `ISNUMBER(${x})`;
      ws.addConditionalFormatting({
        ref,
        rules: [
          { type: 'expression', priority: 6, formulae: [`AND(${n},${x}>=${levels.excellent})`], style: cfFill(COLOURS.level.excellent) },
          { type: 'expression', priority: 7, formulae: [`AND(${n},${x}>=${levels.pass},${x}<${levels.excellent})`], style: cfFill(COLOURS.level.good) },
          { type: 'expression', priority: 8, formulae: [`AND(${n},${x}>=${levels.improve},${x}<${levels.pass})`], style: cfFill(COLOURS.level.improve) },
          { type: 'expression', priority: 9, formulae: [`AND(${n},${x}<${levels.improve})`], style: cfFill(COLOURS.level.urgent) },
        ],
      });
    }
  });
}
