/** Parsing the measures sheets (the shared มาตรการ and the units' own) and the optional การวิเคราะห์ sheet, row by row, every problem at its cell. */
import type { MeasureTable } from './unit-sheets';
import { Collector, header, type References } from './parse-context';
import type { Measure, AnalysisNote } from '../engine/types';
import { normalizeStatus, parseRounds, parseIndicatorCodes, parseTimeline } from '../engine/measure-fields';
import { parseDate } from '../engine/calendar';
import { text, parseYear, instantOf } from '../engine/values';
import { cell, normalizeName, addressOf, type Table } from './sheets';
import { frameworkFor, matchIndicator } from '../engine/frameworks';

/**
 * Measure columns repeat a few texts (statuses, quarters, rounds) over thousands of rows, and
 * reading Thai free text is the engine's costliest step: read each distinct text once.
 */
function readOnce<T>(read: (value: unknown) => T): (value: unknown) => T {
  const cache = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return read(value);
    if (!cache.has(value)) cache.set(value, read(value));
    return cache.get(value) as T;
  };
}

/**
 * Every measures sheet's rows: the shared sheet's name their unit; a unit sheet's rows may leave
 * it blank (the tab names the unit) and may not name another unit. The same measure (unit, year,
 * title) in two sheets — a row left behind by a split, or typed twice — is a problem that names
 * both cells.
 */
export function parseMeasures(tables: MeasureTable[], refs: References, c: Collector): Measure[] {
  const { units, frameworks } = refs;
  const readStatus = readOnce(normalizeStatus);
  const readRounds = readOnce(parseRounds);
  const readCodes = readOnce(parseIndicatorCodes);
  const readDate = readOnce(parseDate);
  const timelines = new Map<number, (value: unknown) => ReturnType<typeof parseTimeline>>();
  const readTimeline = (value: unknown, year: number) => {
    let read = timelines.get(year);
    if (!read) timelines.set(year, (read = readOnce((v) => parseTimeline(v, year))));
    return read(value);
  };
  const known = new Set(frameworks.flatMap((f) => f.indicators.map((i) => i.code)));
  const measures: Measure[] = [];
  /** unit|year|title → where it was first seen, for duplicates across sheets. */
  const seen = new Map<string, { sheet: string; cell: string }>();
  for (const { table, unit: tabUnit } of tables) {
    for (const row of table.rows) {
      const get = (k: string) => text(cell(table, row, k));
      const unit = get('unit');
      const year = parseYear(cell(table, row, 'year'));
      const title = get('measure');
      let ok = true;
      const canonical = unit === '' ? tabUnit ?? undefined : units(unit);
      if (unit === '' && tabUnit === null) { c.at(table, row, 'unit', 'required', { header: header('measures', 'unit') }); ok = false; }
      else if (!canonical) { if (refs.unitsKnown) c.at(table, row, 'unit', 'unknownUnit', { unit }); ok = false; }
      else if (tabUnit !== null && canonical !== tabUnit) { c.at(table, row, 'unit', 'otherUnitInSheet', { unit, sheet: table.sheet, tab: tabUnit }); ok = false; }
      if (year === null || Number.isNaN(year)) { c.at(table, row, 'year', 'badYear', { value: get('year') }); ok = false; }
      if (title === '') { c.at(table, row, 'measure', 'required', { header: header('measures', 'measure') }); ok = false; }
      const codes = [...readCodes(cell(table, row, 'indicators'))];
      if (refs.frameworksKnown) for (const code of codes) if (!known.has(code)) { c.at(table, row, 'indicators', 'unknownIndicator', { value: code, year: year ?? '' }); ok = false; }
      const status = readStatus(cell(table, row, 'status'));
      if (status === null) { c.at(table, row, 'status', 'unknownStatus', { value: get('status') }); ok = false; }
      const doneOnRaw = readDate(cell(table, row, 'doneOn'));
      if (doneOnRaw === 'invalid') { c.at(table, row, 'doneOn', 'badDate', { value: get('doneOn') }); ok = false; }
      const rounds = readRounds(cell(table, row, 'followUp'));
      if (rounds === 'invalid') { c.at(table, row, 'followUp', 'badRounds', { value: get('followUp') }); ok = false; }
      const timeline = year !== null && !Number.isNaN(year) ? readTimeline(cell(table, row, 'timeline'), year) : { due: null };
      if (timeline === 'invalid') { c.at(table, row, 'timeline', 'badTimeline', { value: get('timeline') }); ok = false; }
      if (canonical && year !== null && !Number.isNaN(year) && title !== '') {
        const key = `${canonical}|${year}|${normalizeName(title)}`;
        const here = { sheet: table.sheet, cell: addressOf(table, row, 'measure') };
        const first = seen.get(key);
        if (!first) seen.set(key, here);
        else if (first.sheet !== here.sheet) {
          c.add(here.sheet, here.cell, 'duplicateMeasure', { title, unit: canonical, year, other: `${first.sheet}!${first.cell}` });
          ok = false;
        }
      }
      if (!ok || status === null || rounds === 'invalid' || timeline === 'invalid' || doneOnRaw === 'invalid') continue;
      const updated = cell(table, row, 'updated');
      measures.push({
        unit: canonical as string, year: year as number, no: get('no'), title, indicators: codes,
        method: get('method'), responsible: get('responsible'), timeline: get('timeline'), followUp: rounds,
        due: timeline.due, status: status.status, result: get('result'), outcome: get('outcome'),
        doneOn: doneOnRaw ?? status.doneOn, updated: instantOf(updated), updatedBy: get('updatedBy'), row: row.row,
        ...(tabUnit !== null ? { sheet: table.sheet } : {}),
      });
    }
  }
  return measures;
}

/**
 * The การวิเคราะห์ sheet: unit and ITA year as in คะแนน, the indicator by code or name in that
 * year's framework; one row per unit, year and indicator.
 */
export function parseAnalysis(table: Table | null, refs: References, c: Collector): AnalysisNote[] {
  const { units, frameworks } = refs;
  if (!table) return [];
  const notes: AnalysisNote[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const get = (k: string) => text(cell(table, row, k));
    const unit = get('unit');
    const year = parseYear(cell(table, row, 'year'));
    let ok = true;
    const canonical = units(unit);
    if (unit === '') { c.at(table, row, 'unit', 'required', { header: header('analysis', 'unit') }); ok = false; }
    else if (!canonical) { if (refs.unitsKnown) c.at(table, row, 'unit', 'unknownUnit', { unit }); ok = false; }
    if (year === null || Number.isNaN(year)) { c.at(table, row, 'year', 'badYear', { value: get('year') }); ok = false; }
    let code: string | null = null;
    if (get('indicator') === '') { c.at(table, row, 'indicator', 'required', { header: header('analysis', 'indicator') }); ok = false; }
    else if (!refs.frameworksKnown) ok = false;
    else if (year !== null && !Number.isNaN(year)) {
      const framework = frameworkFor(frameworks, year);
      const indicator = framework && matchIndicator(framework, cell(table, row, 'indicator'));
      if (!framework) { c.at(table, row, 'indicator', 'noFramework', { year }); ok = false; }
      else if (!indicator) { c.at(table, row, 'indicator', 'unknownIndicator', { value: get('indicator'), year }); ok = false; }
      else code = indicator.code;
    }
    if (!ok || code === null) continue;
    const key = `${canonical}|${year}|${code}`;
    const other = seen.get(key);
    if (other !== undefined) {
      c.at(table, row, 'indicator', 'duplicateScore', { code, unit, year: year as number, other });
      continue;
    }
    seen.set(key, row.row);
    notes.push({ unit: canonical as string, year: year as number, code, issues: get('issues'), approach: get('approach'), row: row.row });
  }
  return notes;
}
