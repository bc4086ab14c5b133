/**
 * Deterministic benchmark workbooks: `units` organisations × `measures` integrity measures,
 * 10 indicator scores per unit for ITA 2565–2567 (plus an official total for every fifth
 * unit-year), measures for fiscal year 2568 with mixed statuses and Thai text as long as the
 * seeds' (titles ~60–150 characters, methods of 2–5 numbered steps, results, outcomes).
 *
 * Same arguments → the same grids, byte for byte: seeded PRNGs, no Math.random, no clock.
 * Unit i (its details, scores and first n measures) is the same in every size, so the
 * reports of unit 0 across sizes differ only in how many measures it has.
 * Pure (no Node APIs), so the harness, the tests and the fake-Apps-Script runs share it.
 */
import type { Grid, WorkbookGrids } from '../src/core/engine/types';
import { DEFAULT_FRAMEWORK_ROWS, SETTINGS, SHEETS, STATUS_LABELS, type SheetKey } from '../src/core/workbook/template';

export const BENCH_FISCAL_YEAR = 2568;
export const BENCH_ITA_YEARS: readonly number[] = [2565, 2566, 2567];
export const INDICATOR_COUNT = DEFAULT_FRAMEWORK_ROWS.length;

export interface BenchSize {
  units: number;
  measures: number;
}

/** The sizes issue 6 asks for (units × measures). */
export const BENCH_SIZES: readonly BenchSize[] = [
  { units: 1, measures: 10 },
  { units: 10, measures: 200 },
  { units: 100, measures: 2_000 },
  { units: 1_000, measures: 20_000 },
];

/** One unit with 500 measures: the ".docx under 3 s" target and the report-calls check. */
export const REPORT_SIZE: BenchSize = { units: 1, measures: 500 };

export const sizeLabel = (s: BenchSize): string => `${s.units.toLocaleString('en-US')}×${s.measures.toLocaleString('en-US')}`;

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thai = (n: number): string => String(n).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);

/** A date cell as Apps Script returns it for a spreadsheet in Asia/Bangkok (UTC+7 all year). */
const bkk = (ceYear: number, month: number, day: number, hour = 0, minute = 0): Date =>
  new Date(Date.UTC(ceYear, month - 1, day, hour - 7, minute));

const PLACE_A = ['นา', 'โนน', 'หนอง', 'บ้าน', 'ดอน', 'ห้วย', 'โคก', 'ท่า', 'บึง', 'วัง'];
const PLACE_B = ['คำ', 'ใหญ่', 'สูง', 'ทอง', 'แดง', 'เหนือ', 'ยาง', 'หลวง', 'ไผ่', 'สะแก'];
const PLACE_C = ['', 'พัฒนา', 'ศรี', 'เจริญ', 'สามัคคี', 'นคร', 'ชัย', 'สุข', 'งาม', 'ทรัพย์'];
const DISTRICTS = ['นิคมน้ำอูน', 'วาปีปทุม', 'นาแก', 'โป่งน้ำร้อน', 'เมือง', 'กันทรลักษ์', 'พนมไพร', 'บรบือ'];
const PROVINCES = ['มุกดาหาร', 'มหาสารคาม', 'นครพนม', 'จันทบุรี', 'ศรีสะเกษ', 'ร้อยเอ็ด', 'สกลนคร', 'อุบลราชธานี'];
const FIRST = ['นางสาวพรทิพย์', 'นายวีระ', 'นายสมศักดิ์', 'นางมาลี', 'นางสาวกาญจนา', 'นายประเสริฐ', 'นางสุนีย์', 'นายอนุชา'];
const LAST = ['ใจซื่อ', 'สุจริตธรรม', 'มั่นคง', 'ธรรมดี', 'ศรีสุข', 'บุญมา', 'ทองดี', 'แก้วมณี'];
const POSITIONS = ['นักจัดการงานทั่วไปชำนาญการ', 'นิติกรปฏิบัติการ', 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ', 'หัวหน้าสำนักปลัด'];

/** Unique, realistic unit names: index → place syllables (1,000 distinct), beyond that a number. */
export function unitName(i: number): string {
  const municipality = i % 4 === 1;
  const place = PLACE_A[i % 10] + PLACE_B[Math.floor(i / 10) % 10] + PLACE_C[Math.floor(i / 100) % 10];
  const suffix = i >= 1000 ? ` ${Math.floor(i / 1000) + 1}` : '';
  return `${municipality ? 'เทศบาลตำบล' : 'องค์การบริหารส่วนตำบล'}${place}${suffix}`;
}

const TITLE_HEADS = [
  'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่',
  'ออกคำสั่งมอบหมายงานในการสั่ง อนุญาต อนุมัติ ตามกฎหมายและระเบียบที่เกี่ยวข้อง',
  'มาตรการ NO Gift Policy ไม่รับ – ไม่ให้ ของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่',
  'เปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์หน่วยงาน',
  'แสดงเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหาร',
  'จัดทำข้อตกลงการปฏิบัติราชการตามหลักธรรมาภิบาล',
  'จัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส',
  'ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการใช้งบประมาณและการจัดซื้อจัดจ้าง',
  'พัฒนาช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงานและการให้บริการ',
  'ประชาสัมพันธ์ช่องทางรับเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ให้บุคคลภายนอกรับทราบ',
];
const TITLE_TAILS = ['', ' ประจำปีงบประมาณ', ' ของหน่วยงาน', ' (ต่อเนื่อง)', ' เพื่อยกระดับผลการประเมิน ITA'];
const METHOD_STEPS = [
  'แต่งตั้งคณะทำงานในการจัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน และกำหนดบทบาทหน้าที่ของแต่ละส่วนราชการให้ชัดเจน',
  'กำหนดกรอบเนื้อหาสาระและจัดทำคู่มือฯ ให้ยึดถือปฏิบัติเป็นมาตรฐานเดียวกัน',
  'ประกาศเผยแพร่ประชาสัมพันธ์ผ่านเว็บไซต์ของหน่วยงาน สื่อออนไลน์ และบอร์ดประชาสัมพันธ์',
  'ติดตามประเมินผลและรายงานผลการดำเนินการให้ผู้บริหารทราบทุกรอบ ๖ เดือน',
  'จัดทำหนังสือแจ้งเวียนให้ทุกส่วนราชการและผู้รับมอบอำนาจรับทราบและถือปฏิบัติ',
  'ผู้บริหารและบุคลากรจัดประชุมเพื่อร่วมกันจัดทำมาตรการ พร้อมแนวทางการดำเนินการตามมาตรการ',
  'จัดให้มีช่องทางรับฟังความคิดเห็นให้หลากหลายช่องทาง เช่น กล่องรับความคิดเห็น ณ ที่ตั้งสำนักงาน หรือช่องทางบนหน้าเว็บไซต์หน่วยงาน',
  'เจ้าหน้าที่ทุกภารกิจงานต้องดำเนินการประชาสัมพันธ์งานในภารกิจของตนเองให้เป็นปัจจุบัน ไม่เกิน ๗ วันหลังเสร็จสิ้นแต่ละภารกิจ',
  'รวบรวมข้อมูลเสนอผู้บริหารเพื่อขอความเห็นชอบ และชี้แจงให้ทุกส่วนราชการถือปฏิบัติ',
  'จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนให้ครบทุกเดือน และรายงานสรุปผลการจัดซื้อจัดจ้างประจำปี',
];
const RESPONSIBLE = ['สำนักปลัด', 'กองคลัง/งานพัสดุ', 'กองช่าง', 'นักวิชาการคอมพิวเตอร์', 'ทุกส่วนราชการ', 'งานนิติการ'];
const TIMELINES = ['ไตรมาสที่ ๔', 'ไตรมาส ๑', 'ไตรมาสที่ ๒', 'ทุกไตรมาส', 'ทุกเดือน', 'ภายในเดือนมกราคม', 'ภายในเดือนเมษายน และเดือนตุลาคมของทุกปี', 'ไตรมาส 1-2'];
const FOLLOW_UPS = ['รอบ ๖ เดือน / รอบ ๑๒ เดือน', '6, 12', 'ทุกไตรมาส', 'รอบ ๓ เดือน / รอบ ๖ เดือน / รอบ ๙ เดือน / รอบ ๑๒ เดือน'];
const RESULTS = [
  'มีคำสั่งมอบหมายงานให้ผู้ที่เกี่ยวข้องปฏิบัติราชการแทน และแจ้งเวียนให้ทุกส่วนราชการทราบแล้ว',
  'จัดทำแผนดำเนินงานประจำปีและรายงานผลรอบ ๖ เดือนแล้ว เผยแพร่บนเว็บไซต์หน่วยงาน',
  'มีการเปิดเผยข้อมูลสาธารณะที่เป็นประโยชน์กับสาธารณชนให้เป็นปัจจุบันทางเว็บไซต์ขององค์กรปกครองส่วนท้องถิ่นและสื่อออนไลน์',
  'ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น และบุคลากรดำเนินการตามแนวทางที่กำหนด ร้อยละ ๑๐๐',
];
const OUTCOMES = [
  'ข้อร้องเรียนเกี่ยวกับการปฏิบัติงานของเจ้าหน้าที่ลดลง',
  'ประชาชนผู้รับบริการมีความพึงพอใจต่อคุณภาพการให้บริการไม่น้อยกว่าร้อยละ ๘๐',
  'ภาคประชาชนมีส่วนร่วมในการตรวจสอบการบริหารราชการของหน่วยงาน',
  'หน่วยงานมีผลการประเมิน ITA ผ่านเกณฑ์การประเมิน',
];

const headers = (key: SheetKey): string[] => SHEETS[key].columns.map((c) => c.th);
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** How many measures unit `i` of `units` gets: as even as possible, the first units one more. */
export function measuresOfUnit(i: number, size: BenchSize): number {
  const base = Math.floor(size.measures / size.units);
  return base + (i < size.measures % size.units ? 1 : 0);
}

/** The benchmark workbook as grids (what `Range.getValues()` returns for each input sheet). */
export function generateWorkbook(size: BenchSize, seed = 6): WorkbookGrids {
  // One stream per unit for its details and scores, another for its measures: unit i is the
  // same in every workbook, and its first n measures too, so sizes differ only in amount.
  const unitRand = (i: number) => prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  const measureRand = (i: number) => prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0xc2b2ae35) ^ 0x5bd1e995);
  const weights = DEFAULT_FRAMEWORK_ROWS.map((r) => r[4]);

  const settings: Grid = [headers('settings'), ...SETTINGS.map((s) => [s.th, s.key === 'fiscalYear' ? BENCH_FISCAL_YEAR : s.default, s.note])];
  const indicators: Grid = [headers('indicators'), ...DEFAULT_FRAMEWORK_ROWS.map((r) => [...r])];
  const units: Grid = [headers('units')];
  const scores: Grid = [headers('scores')];
  const measures: Grid = [headers('measures')];
  const measureKeys = SHEETS.measures.columns.map((c) => c.key);

  for (let i = 0; i < size.units; i++) {
    const name = unitName(i);
    let rand = unitRand(i);
    const person = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    const short = name.startsWith('เทศบาล') ? 'นายกเทศมนตรีตำบล' : 'นายกองค์การบริหารส่วนตำบล';
    units.push([
      name, name.startsWith('เทศบาล') ? 'เทศบาล' : 'อบต.', pick(rand, DISTRICTS), pick(rand, PROVINCES),
      `${short}${name.replace(/^(เทศบาลตำบล|องค์การบริหารส่วนตำบล)/, '')}`, person, pick(rand, POSITIONS), `unit${i + 1}@example.go.th`,
    ]);

    // A unit's level drifts year to year around its own base, as real results do.
    const base = 70 + rand() * 25;
    for (const year of BENCH_ITA_YEARS) {
      const drift = (year - 2565) * (rand() * 3 - 0.5);
      const values = weights.map(() => round2(Math.min(100, Math.max(40, base + drift + (rand() * 16 - 8)))));
      values.forEach((score, k) => scores.push([name, year, String(k + 1), score]));
      if (i % 5 === 0) {
        const total = values.reduce((acc, s, k) => acc + (s * weights[k]) / 100, 0);
        scores.push([name, year, 'รวม', round2(total)]);
      }
    }

    rand = measureRand(i);
    const count = measuresOfUnit(i, size);
    for (let n = 1; n <= count; n++) {
      const r = rand();
      const status = r < 0.3 ? STATUS_LABELS.not_started
        : r < 0.65 ? STATUS_LABELS.in_progress
          : r < 0.9 ? STATUS_LABELS.done
            : 'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘';
      const steps = 2 + Math.floor(rand() * 4);
      const method = Array.from({ length: steps }, (_, k) => `${thai(k + 1)}. ${pick(rand, METHOD_STEPS)}`).join('\n');
      const code1 = 1 + Math.floor(rand() * INDICATOR_COUNT);
      const code2 = 1 + Math.floor(rand() * INDICATOR_COUNT);
      const month = 1 + Math.floor(rand() * 6); // updated Jan–Jun 2025 (FY 2568)
      const byKey: Record<string, unknown> = {
        unit: name,
        year: BENCH_FISCAL_YEAR,
        no: n,
        measure: `${pick(rand, TITLE_HEADS)}${pick(rand, TITLE_TAILS)}`,
        indicators: code1 === code2 ? String(code1) : `${Math.min(code1, code2)}, ${Math.max(code1, code2)}`,
        method,
        responsible: pick(rand, RESPONSIBLE),
        timeline: pick(rand, TIMELINES),
        followUp: pick(rand, FOLLOW_UPS),
        status,
        result: status === STATUS_LABELS.not_started ? '' : pick(rand, RESULTS),
        outcome: rand() < 0.6 ? pick(rand, OUTCOMES) : '',
        doneOn: status === STATUS_LABELS.done ? bkk(2025, 1 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 28)) : '',
        updated: bkk(2025, month, 1 + Math.floor(rand() * 28), 8 + Math.floor(rand() * 9), Math.floor(rand() * 60)),
        updatedBy: `unit${i + 1}@example.go.th`,
      };
      measures.push(measureKeys.map((k) => (k in byKey ? byKey[k] : '')));
    }
  }

  return {
    sheets: {
      [SHEETS.settings.th]: settings,
      [SHEETS.units.th]: units,
      [SHEETS.indicators.th]: indicators,
      [SHEETS.scores.th]: scores,
      [SHEETS.measures.th]: measures,
    },
  };
}

/** Data rows (header excluded) of each input sheet, for checks and the results file. */
export function rowCounts(grids: WorkbookGrids): Record<string, number> {
  return Object.fromEntries(Object.entries(grids.sheets).map(([name, grid]) => [name, Math.max(0, grid.length - 1)]));
}
