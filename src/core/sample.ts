/**
 * The empty template and the demo workbook, as grids (what `Range.getValues()` returns).
 * Pure: no Node APIs, no Apps Script globals; the add-on's "insert sample data" and the
 * CLI's `ita init --sample` both build from here.
 *
 * The demo is built from the four seed documents (see /work/shared/seeds):
 * - seed 000: อบต.นิคมคำสร้อย, ITA 2565 indicator scores and official total (REAL), 3 measures;
 * - seed 001: ทต.โป่งน้ำร้อน, 10 measures (real titles, methods, responsible units);
 * - seed 003: อบต.หัวเรือ, OIT/EIT measures with "ดำเนินการ…เมื่อวันที่" statuses;
 * - seed 004: อบต.นาเลียง, 7 measures with quarter timelines, results and outcomes.
 * Every other figure (scores of other years/units, statuses, dates, reporters) is demo data,
 * marked as such in an extra `หมายเหตุ` column. Deterministic: no Math.random, no clock.
 */
import type { Grid, WorkbookGrids } from './types';
import { DEFAULT_FRAMEWORK_ROWS, INPUT_SHEETS, SETTINGS, SHEETS, type SheetKey } from './template';

/** The extra user column that marks where a demo row comes from. */
export const SAMPLE_NOTE_HEADER = 'หมายเหตุ';
export const SAMPLE_REAL_NOTE = 'ข้อมูลจริงจากเอกสาร (seed 000)';
export const SAMPLE_DEMO_NOTE = 'ค่าสาธิต';
export const SAMPLE_FISCAL_YEAR = 2568;
export const SAMPLE_ITA_YEARS: readonly number[] = [2565, 2566, 2567];

/**
 * A date cell as Apps Script returns it for a spreadsheet in Asia/Bangkok: the instant of
 * local midnight (or the given local time). Thailand is UTC+7 all year, so this is exact and
 * does not depend on the time zone of whoever runs the code.
 */
function bkk(ceYear: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(ceYear, month - 1, day, hour - 7, minute));
}

const headers = (key: SheetKey): string[] => SHEETS[key].columns.map((c) => c.th);

function settingsGrid(fiscalYear: number | ''): Grid {
  return [
    headers('settings'),
    ...SETTINGS.map((s) => [s.th, s.key === 'fiscalYear' ? fiscalYear : s.default, s.note]),
  ];
}

const indicatorsGrid = (): Grid => [headers('indicators'), ...DEFAULT_FRAMEWORK_ROWS.map((r) => [...r])];

/** Headers and default rows of the input sheets; generated sheets are left to the add-on. */
export function buildEmptyWorkbook(): WorkbookGrids {
  const sheets: Record<string, Grid> = {};
  for (const key of INPUT_SHEETS) {
    if (key === 'settings') sheets[SHEETS.settings.th] = settingsGrid('');
    else if (key === 'indicators') sheets[SHEETS.indicators.th] = indicatorsGrid();
    else sheets[SHEETS[key].th] = [headers(key)];
  }
  return { sheets };
}

// ---------------------------------------------------------------------------------------
// Units

const NIKHOM = 'องค์การบริหารส่วนตำบลนิคมคำสร้อย';
const PONG = 'เทศบาลตำบลโป่งน้ำร้อน';
const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';
const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';

/** unit | type | district | province | addressee | reporter | position | editors | division | phone | หมายเหตุ */
const UNIT_ROWS: unknown[][] = [
  [NIKHOM, 'อบต.', 'นิคมน้ำอูน', 'มุกดาหาร', 'นายกองค์การบริหารส่วนตำบลนิคมคำสร้อย',
    'นางสาวพรทิพย์ ใจซื่อ', 'นักจัดการงานทั่วไปชำนาญการ', 'nikhom.demo@example.com', 'สำนักปลัด', '0 4261 5432',
    'ชื่อ อำเภอ จังหวัด ตามเอกสาร seed 000; ผู้รายงาน อีเมล ส่วนราชการและโทรศัพท์เป็นค่าสาธิต'],
  [PONG, 'เทศบาล', 'โป่งน้ำร้อน', 'จันทบุรี', 'นายกเทศมนตรีตำบลโป่งน้ำร้อน',
    'นายวีระ สุจริตธรรม', 'นิติกรปฏิบัติการ', 'pongnamron.demo@example.com', 'สำนักปลัดเทศบาล ฝ่ายอำนวยการ งานนิติการ', '0 3938 7038',
    'ชื่อ คำขึ้นต้น "เรียน" ส่วนราชการเจ้าของเรื่องและโทรศัพท์ตามเอกสาร seed 001; เอกสารไม่ระบุอำเภอ/จังหวัด: '
    + 'อำเภอโป่งน้ำร้อน จังหวัดจันทบุรีเป็นค่าสาธิต (สอดคล้องกับรหัสโทรศัพท์ ๐๓๙ ในเอกสาร) โปรดตรวจสอบ; ผู้รายงานเป็นค่าสาธิต'],
  [HUARUEA, 'อบต.', 'วาปีปทุม', 'มหาสารคาม', 'นายกองค์การบริหารส่วนตำบลหัวเรือ',
    'นายสมศักดิ์ มั่นคง', 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ', 'huaruea.demo@example.com', 'สำนักปลัด', '0 4379 8123',
    'ชื่อ อำเภอ จังหวัด ตามเอกสาร seed 003; ผู้รายงาน ส่วนราชการและโทรศัพท์เป็นค่าสาธิต'],
  [NALIANG, 'อบต.', 'นาแก', 'นครพนม', 'นายกองค์การบริหารส่วนตำบลนาเลียง',
    'นางมาลี ธรรมดี', 'หัวหน้าสำนักปลัด', 'naliang.demo@example.com, naliang.clerk@example.com', 'สำนักปลัด', '0 4253 1234',
    'ชื่อ อำเภอ จังหวัด ตามเอกสาร seed 004; ผู้รายงาน ส่วนราชการและโทรศัพท์เป็นค่าสาธิต'],
];

// ---------------------------------------------------------------------------------------
// Scores: indicators 1–10 in code order.

interface ScoreSet {
  unit: string;
  year: number;
  scores: number[];
  /** The official published total, when the document gives one. */
  official?: number;
  real?: boolean;
}

/**
 * ITA 2565 of นิคมคำสร้อย is seed 000 verbatim (total 87.57, grade A). The rest is demo data
 * chosen so that levels and rankings differ:
 * - โป่งน้ำร้อน stays below 85 (74.92 C → 80.89 → 83.75 ต้องปรับปรุง), weakest in indicator 10
 *   as seed 001 describes;
 * - หัวเรือ is above 85 in 2566/2567 (90.49, 91.30) but its EIT is below 85 → ผ่าน, not ผ่านดี;
 *   its 2567 weak indicators are 6 and 7, and no measure addresses 6 (a coverage gap);
 * - นิคมคำสร้อย 2566/2567 ผ่านดี (2567 weak: 7 and 9, both addressed);
 * - นาเลียง 2567 has every tool ≥ 95 → ผ่านดีเยี่ยม (96.60).
 */
const SCORE_SETS: ScoreSet[] = [
  { unit: NIKHOM, year: 2565, scores: [94.97, 91.65, 90.55, 90.66, 92.13, 87.52, 79.63, 86.97, 85.28, 87.50], official: 87.57, real: true },
  { unit: PONG, year: 2565, scores: [88.40, 85.12, 86.75, 84.30, 83.95, 80.20, 76.45, 78.10, 72.40, 56.25] },
  { unit: HUARUEA, year: 2565, scores: [93.10, 90.45, 91.80, 92.05, 89.60, 86.30, 80.15, 84.70, 78.55, 88.75] },
  { unit: NALIANG, year: 2565, scores: [95.20, 93.85, 94.10, 94.60, 93.40, 90.25, 88.70, 89.95, 91.50, 93.75] },

  { unit: NIKHOM, year: 2566, scores: [95.40, 92.80, 91.95, 92.30, 93.15, 88.90, 83.70, 88.25, 90.40, 91.25] },
  { unit: PONG, year: 2566, scores: [89.10, 86.40, 87.95, 85.20, 85.75, 82.60, 79.85, 81.30, 80.75, 71.50] },
  { unit: HUARUEA, year: 2566, scores: [94.20, 92.75, 93.40, 93.85, 92.10, 83.55, 81.90, 84.40, 92.65, 95.00] },
  { unit: NALIANG, year: 2566, scores: [96.10, 94.35, 95.20, 95.85, 94.70, 92.40, 90.85, 91.60, 94.25, 95.50] },

  { unit: NIKHOM, year: 2567, scores: [96.05, 93.40, 92.85, 93.10, 94.25, 88.35, 84.12, 87.60, 84.60, 92.50] },
  { unit: PONG, year: 2567, scores: [90.25, 87.60, 88.90, 86.45, 87.10, 83.75, 81.20, 82.95, 84.30, 78.40] },
  { unit: HUARUEA, year: 2567, scores: [95.10, 93.65, 94.20, 94.75, 93.30, 82.10, 81.35, 87.40, 93.50, 96.25] },
  { unit: NALIANG, year: 2567, scores: [97.35, 96.80, 96.45, 97.10, 96.90, 95.60, 95.25, 95.85, 96.75, 97.50] },
];

function scoreRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const set of SCORE_SETS) {
    const note = set.real ? SAMPLE_REAL_NOTE : SAMPLE_DEMO_NOTE;
    set.scores.forEach((score, i) => rows.push([set.unit, set.year, String(i + 1), score, note]));
    if (set.official !== undefined) rows.push([set.unit, set.year, 'รวม', set.official, note]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// Measures for the reporting fiscal year 2568 (they answer the ITA 2567 result).

interface SampleMeasure {
  unit: string;
  no: number;
  title: string;
  indicators: string;
  method: string;
  responsible: string;
  /** Text as in the seeds, or a Date cell. */
  timeline: string | Date;
  followUp: string;
  status: string;
  result?: string;
  outcome?: string;
  /** A Date cell, or text as some real sheets hold it. */
  doneOn?: Date | string;
  updated: Date;
  updatedBy: string;
  note: string;
}

const S = {
  done: 'ดำเนินการเรียบร้อยแล้ว',
  doneShort: 'ดำเนินการแล้ว',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  notStarted: 'ยังไม่ดำเนินการ',
  cancelled: 'ยกเลิก',
};
const ROUNDS_6_12 = 'รอบ ๖ เดือน / รอบ ๑๒ เดือน';
const DEMO_STATUS = 'สถานะ วันที่ และระยะเวลาดำเนินการเป็นค่าสาธิต';

const MEASURES: SampleMeasure[] = [
  // --- seed 000: นิคมคำสร้อย (3 real measures + 2 borrowed from seeds 001/004) ---
  {
    unit: NIKHOM, no: 1, title: 'มาตรการตรวจสอบการใช้ดุลพินิจ', indicators: '3, 6',
    method: '๑. ผู้รับผิดชอบดำเนินการจัดทำมาตรการตรวจสอบการใช้ดุลพินิจ\n'
      + '๒. ผู้บริหารประกาศหลักเกณฑ์ หรือมาตรการ เพื่อให้เจ้าหน้าที่ และบุคคลภายนอกรับทราบ\n'
      + '๓. ผู้รับผิดชอบดำเนินการเผยแพร่มาตรการตรวจสอบการใช้ดุลพินิจ บนเว็บไซต์หลักของหน่วยงาน',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาส ๒', followUp: ROUNDS_6_12, status: S.done,
    result: 'ประกาศมาตรการตรวจสอบการใช้ดุลพินิจและเผยแพร่บนเว็บไซต์หลักของหน่วยงานแล้ว',
    doneOn: bkk(2025, 2, 20), updated: bkk(2025, 2, 21, 9, 30), updatedBy: 'nikhom.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ การกำกับติดตาม จากเอกสาร seed 000; ${DEMO_STATUS}`,
  },
  {
    unit: NIKHOM, no: 2, title: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', indicators: '7, 9',
    method: '๑. ผู้รับผิดชอบจัดให้มีข้อมูลเผยแพร่ต่อสาธารณชนบนเว็บไซต์หลักของหน่วยงานตามแนวทางที่สำนักงาน ป.ป.ช. กำหนด '
      + 'โดยกำหนดให้มีช่องทางที่หลากหลาย เช่น Website, Facebook ฯลฯ และช่องทางในการแจ้งเบาะแสการทุจริต\n'
      + '๒. ติดตามและตรวจสอบสถานะของข้อมูลข่าวสารให้เป็นปัจจุบัน',
    responsible: 'สำนักปลัด', timeline: 'ทุกไตรมาส', followUp: 'รอบ ๓ เดือน / รอบ ๖ เดือน / รอบ ๙ เดือน / รอบ ๑๒ เดือน',
    status: S.inProgress, result: 'ปรับปรุงข้อมูลบนเว็บไซต์หลักของหน่วยงานให้เป็นปัจจุบันทุกเดือน',
    updated: bkk(2025, 4, 1, 14, 5), updatedBy: 'nikhom.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ การกำกับติดตาม จากเอกสาร seed 000; ${DEMO_STATUS}`,
  },
  {
    unit: NIKHOM, no: 3, title: 'ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส', indicators: '5, 10',
    method: 'ผู้บริหารประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส ประจำปี ๒๕๖๘',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาส ๑', followUp: ROUNDS_6_12, status: S.done,
    result: 'ผู้บริหารประกาศเจตจำนงฯ ประจำปี ๒๕๖๘ และเผยแพร่บนเว็บไซต์แล้ว',
    outcome: 'มีการจัดทำแผนปฏิบัติการป้องกันแก้ไขการทุจริตประจำปีให้ชัดเจน',
    doneOn: bkk(2024, 11, 15), updated: bkk(2024, 11, 18, 10, 0), updatedBy: 'nikhom.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 000; ${DEMO_STATUS}`,
  },
  {
    unit: NIKHOM, no: 4, title: 'เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้เสียเข้ามามีส่วนร่วมในการปรับปรุงการดำเนินงาน', indicators: '8',
    method: '- ประชาสัมพันธ์ช่องทางการร้องเรียน การให้ข้อเสนอแนะ เพื่อให้บุคลากรและสาธารณชนรับทราบอย่างกว้างขวาง\n'
      + '- เพิ่มช่องทางการร้องเรียนทุจริต ขณะเดียวกันต้องมีมาตรการในการคุ้มครองผู้ร้องเรียนอย่างมีคุณภาพ',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาสที่ ๓', followUp: '6, 12', status: S.notStarted,
    updated: bkk(2025, 4, 1, 14, 10), updatedBy: 'nikhom.demo@example.com',
    note: `มาตรการยืมจากเอกสาร seed 001 เพื่อการสาธิต; ${DEMO_STATUS}`,
  },
  {
    unit: NIKHOM, no: 5, title: 'มาตรการ NO Gift Policy', indicators: '1, 10',
    method: '๑. ผู้บริหารและบุคลากรจัดประชุมเพื่อร่วมกันจัดทำมาตรการ “NO Gift Policy ไม่รับ – ไม่ให้”\n'
      + '๒. ผู้บริหารประกาศใช้ NO Gift Policy และเผยแพร่ให้บุคคลภายในองค์กรและสาธารณชนรับทราบ\n'
      + '๓. ประเมินผลและติดตามผลการใช้มาตรการ และรายงานผลการดำเนินการ',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาสที่ ๒', followUp: '6, 12', status: S.doneShort,
    result: 'มีประกาศใช้ NO Gift Policy', doneOn: '๒๘ กุมภาพันธ์ ๒๕๖๘',
    updated: bkk(2025, 3, 3, 11, 20), updatedBy: 'nikhom.demo@example.com',
    note: `มาตรการยืมจากเอกสาร seed 004 เพื่อการสาธิต; ${DEMO_STATUS}`,
  },

  // --- seed 001: โป่งน้ำร้อน (10 real measures; statuses for 2568 are demo) ---
  {
    unit: PONG, no: 1, title: 'มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง', indicators: '4',
    method: '- จัดทำแนวทางการปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง',
    responsible: 'ทุกหน่วยงาน', timeline: 'ไตรมาส 1', followUp: '6, 12', status: S.done,
    result: 'จัดทำแนวทางการปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของราชการแล้ว แจ้งเวียนทุกหน่วยงาน',
    doneOn: bkk(2024, 12, 20), updated: bkk(2024, 12, 23, 9, 0), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 2, title: 'การให้ความรู้เกี่ยวกับผลประโยชน์ทับซ้อน', indicators: '1, 10',
    method: '- จัดฝึกอบรมพร้อมประชุมพนักงานของหน่วยงานในการให้ความรู้เกี่ยวกับผลประโยชน์ทับซ้อน',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาส 2', followUp: '6, 12', status: S.done,
    result: 'จัดประชุมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่พนักงานแล้ว',
    doneOn: bkk(2025, 3, 14), updated: bkk(2025, 3, 17, 13, 45), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 3, title: 'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', indicators: '5, 7',
    method: '- รณรงค์ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐผ่านสื่อสังคมออนไลน์หรือสื่อสารสนเทศของหน่วยงาน',
    responsible: 'สำนักปลัด', timeline: 'ทุกไตรมาส', followUp: '6, 12', status: S.inProgress,
    updated: bkk(2025, 3, 31, 16, 0), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 4, title: 'การจัดทำหลักเกณฑ์ข้อปฏิบัติการยืมทรัพย์สินของทางราชการไปใช้ในการปฏิบัติงาน', indicators: '4',
    method: '- มีการจัดทำหลักเกณฑ์ข้อปฏิบัติงานในการยืมทรัพย์สินของทางราชการไปใช้ในการปฏิบัติงานให้บุคคลภายนอก และภายในหน่วยงานอย่างชัดเจน',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาส 2', followUp: '6, 12', status: S.done,
    result: 'ประกาศหลักเกณฑ์การยืมทรัพย์สินของทางราชการแล้ว',
    doneOn: bkk(2025, 3, 28), updated: bkk(2025, 3, 28, 15, 30), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001 (ปรับถ้อยคำชื่อมาตรการเล็กน้อย); ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 5, title: 'การเปิดเผยข้อมูลข้อเท็จจริงแก่ผู้มาใช้บริการอย่างถูกต้อง ตรงไปตรงมา อย่างโปร่งใส', indicators: '10',
    method: '- จัดทำประกาศกำหนดมาตรการต่างๆ เช่น การไม่รับสินบนของขวัญของรางวัล มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม เป็นต้น',
    responsible: 'ทุกหน่วยงาน', timeline: 'ไตรมาส 1', followUp: '6, 12', status: S.done,
    result: 'ประกาศมาตรการไม่รับสินบนและมาตรการป้องกันการขัดกันระหว่างผลประโยชน์แล้ว',
    doneOn: bkk(2024, 12, 27), updated: bkk(2024, 12, 27, 10, 15), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 6, title: 'การตรวจสอบและต่ออายุเว็บไซต์ให้ทันตามห้วงกำหนดเวลาพร้อมในการเผยแพร่ข้อมูลให้ประชาชนทราบ', indicators: '9',
    method: '- ตรวจสอบ และปรับปรุงเว็บไซต์ของหน่วยงานให้อัปเดตและเป็นปัจจุบัน',
    responsible: 'ทุกหน่วยงาน', timeline: 'ทุกไตรมาส', followUp: '3, 6, 9, 12', status: S.inProgress,
    result: 'ต่ออายุเว็บไซต์ถึงเดือนกันยายน ๒๕๖๘ แล้ว อยู่ระหว่างปรับปรุงข้อมูลให้เป็นปัจจุบัน',
    updated: bkk(2025, 4, 2, 9, 40), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 7, title: 'เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้เสียเข้ามามีส่วนร่วมในการปรับปรุงการดำเนินงาน', indicators: '8',
    method: '- ประชาสัมพันธ์ช่องทางการร้องเรียน การให้ข้อเสนอแนะ เพื่อให้บุคลากรและสาธารณชนรับทราบอย่างกว้างขวาง\n'
      + '- เพิ่มช่องทางการร้องเรียนทุจริต ขณะเดียวกันต้องมีมาตรการในการคุ้มครองผู้ร้องเรียนอย่างมีคุณภาพ',
    // A date deadline that has passed while the work is still in progress: overdue.
    responsible: 'สำนักปลัด', timeline: bkk(2025, 2, 28), followUp: '6, 12', status: S.inProgress,
    updated: bkk(2025, 2, 10, 11, 0), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ${DEMO_STATUS} (ตัวอย่างมาตรการที่เกินกำหนด)`,
  },
  {
    unit: PONG, no: 8, title: 'มีการมอบหมายงาน การปฏิบัติงานรวมถึงการประเมินผลการปฏิบัติงานตามระดับคุณภาพงานโดยไม่เลือกปฏิบัติ', indicators: '1, 3',
    method: '- สร้างความเข้าใจร่วมกันเกี่ยวกับเกณฑ์การประเมิน และการทำงาน\n'
      + '- ผู้บริหารเน้นย้ำในที่ประชุม เรื่องการประเมินเพื่อเพิ่มการตระหนักให้กับผู้ประเมิน\n'
      + '- การปรับปรุงคุณภาพการปฏิบัติ/การให้บริการ',
    // A measure the unit dropped: ยกเลิก, counted apart and left out of the % done.
    responsible: 'ทุกหน่วยงาน', timeline: 'ไตรมาส 3', followUp: '6, 12', status: S.cancelled,
    result: 'ยกเลิกมาตรการนี้ เนื่องจากรวมการดำเนินงานไว้กับมาตรการข้อ ๑ (การปฏิบัติงานตามมาตรฐาน)',
    updated: bkk(2025, 1, 6, 8, 50), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ${DEMO_STATUS} (ตัวอย่างมาตรการที่ยกเลิก)`,
  },
  {
    unit: PONG, no: 9, title: 'การรับรู้เกี่ยวกับแผนการใช้จ่ายเงิน แผนการจัดซื้อจัดจ้าง การใช้จ่ายงบประมาณประจำปีของหน่วยงาน', indicators: '2',
    method: '- สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรในหน่วยงานทราบ\n'
      + '- เปิดโอกาสให้บุคลากรภายในหน่วยงานมีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณในรูปแบบการแต่งตั้งเป็นคณะกรรมการชุดต่างๆ ที่เกี่ยวข้อง',
    responsible: 'กองคลัง', timeline: 'ไตรมาส 2', followUp: '6, 12', status: S.done,
    result: 'แจ้งแผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรทราบและแต่งตั้งคณะกรรมการที่เกี่ยวข้องแล้ว',
    doneOn: bkk(2025, 1, 31), updated: bkk(2025, 2, 3, 10, 30), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ผลการดำเนินการและ${DEMO_STATUS}`,
  },
  {
    unit: PONG, no: 10, title: 'การสร้างคุณภาพในการปฏิบัติหรือการให้บริการ', indicators: '6',
    method: '- มีระยะเวลาและขั้นตอนการปฏิบัติ/การให้บริการอย่างชัดเจน\n'
      + '- สร้างจิตสำนึกแก่พนักงานในหน่วยงาน มุ่งสร้างการปฏิบัติอย่างเสมอภาคและเท่าเทียมกัน',
    responsible: 'ทุกหน่วยงาน', timeline: 'ไตรมาส 3-4', followUp: '6, 12', status: S.inProgress,
    updated: bkk(2025, 4, 2, 9, 45), updatedBy: 'pongnamron.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 001; ${DEMO_STATUS}`,
  },

  // --- seed 003: หัวเรือ (OIT indicator 9 and EIT indicator 7 items; none for indicator 6) ---
  {
    unit: HUARUEA, no: 1, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT): ข้อมูลพื้นฐาน', indicators: '9',
    method: '๑. เจ้าหน้าที่ผู้รับผิดชอบศึกษาทำความเข้าใจองค์ประกอบด้านข้อมูลและดูแนวทางจากสำนักงาน ป.ป.ช. และจัดทำข้อมูลให้ถูกต้อง\n'
      + '๒. รายงานผู้บริหาร\n๓. เผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ',
    responsible: 'นักวิชาการคอมพิวเตอร์', timeline: 'ภายในเดือนมกราคม', followUp: ROUNDS_6_12,
    status: 'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘',
    result: 'เผยแพร่ข้อมูลพื้นฐานบนเว็บไซต์ให้เป็นปัจจุบันแล้ว',
    updated: bkk(2025, 3, 31, 16, 30), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ กำหนดเวลา และรูปแบบสถานะจากเอกสาร seed 003 (ปีเลื่อนเป็น ๒๕๖๘ เพื่อการสาธิต)',
  },
  {
    unit: HUARUEA, no: 2, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT): ข่าวประชาสัมพันธ์', indicators: '9',
    method: '๑. เจ้าหน้าที่ทุกภารกิจงานต้องดำเนินการประชาสัมพันธ์งานในภารกิจของตนเองให้เป็นปัจจุบัน ไม่เกิน ๗ วันหลังเสร็จสิ้นแต่ละภารกิจ\n'
      + '๒. เผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ',
    responsible: 'นักวิชาการคอมพิวเตอร์', timeline: 'ทุกเดือน', followUp: ROUNDS_6_12,
    status: 'ดำเนินการเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘',
    updated: bkk(2025, 3, 31, 16, 35), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ และรูปแบบสถานะจากเอกสาร seed 003 (ปีเลื่อนเป็น ๒๕๖๘ เพื่อการสาธิต)',
  },
  {
    unit: HUARUEA, no: 3, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT): แผนการดำเนินงาน/การบริหารงบประมาณ', indicators: '9',
    method: '๑. เมื่อข้อบัญญัติงบประมาณดำเนินการแล้ว เจ้าหน้าที่ทุกภารกิจงานวางแผนการดำเนินงานในส่วนงานของตน '
      + 'ให้มีข้อมูลอย่างน้อย โครงการหรือกิจกรรม งบประมาณที่ใช้ ระยะเวลาที่ดำเนินการ ส่งมอบรายละเอียดให้สำนักปลัด\n'
      + '๒. เจ้าหน้าที่แต่ละภารกิจสรุปรายงานผลการดำเนินงานตามแผนดำเนินงานประจำปีงบประมาณ รอบ ๖ เดือน\n'
      + '๓. สำนักปลัดรวบรวมเป็นเนื้อหาภาพรวมของหน่วยงาน รายงานผู้บริหาร และเผยแพร่บนเว็บไซต์หน่วยงาน',
    responsible: 'ทุกภารกิจงาน (สำนักปลัดรวบรวม)', timeline: 'ภายในเดือนตุลาคม ๒๕๖๗', followUp: ROUNDS_6_12,
    status: S.done, result: 'จัดทำแผนดำเนินงานประจำปีและรายงานผลรอบ ๖ เดือนแล้ว',
    doneOn: bkk(2025, 4, 3), updated: bkk(2025, 4, 3, 10, 0), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ กำหนดเวลา จากเอกสาร seed 003 (ปีเลื่อนเป็น ๒๕๖๘ เพื่อการสาธิต)',
  },
  {
    unit: HUARUEA, no: 4, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (OIT): การจัดซื้อจัดจ้างหรือการพัสดุ', indicators: '9',
    method: '๑. จัดทำแผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ ประจำปีงบประมาณ และประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างบนเว็บไซต์หน่วยงานให้เป็นปัจจุบัน\n'
      + '๒. จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนให้ครบทุกเดือน และรายงานสรุปผลการจัดซื้อจัดจ้างประจำปี\n'
      + '๓. รายงานผู้บริหาร และเผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ',
    responsible: 'กองคลัง/งานพัสดุ', timeline: 'ภายในเดือนตุลาคม ๒๕๖๗', followUp: ROUNDS_6_12,
    status: S.doneShort, doneOn: bkk(2025, 3, 31), updated: bkk(2025, 3, 31, 15, 0), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 003 (ปีเลื่อนเป็น ๒๕๖๘ เพื่อการสาธิต)',
  },
  {
    unit: HUARUEA, no: 5, title: 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (EIT): e๖ การเผยแพร่ข้อมูลของหน่วยงานเข้าถึงง่าย ไม่ซับซ้อน มีช่องทางหลากหลาย', indicators: '7',
    method: '๑. จัดให้มีช่องทางการติดต่อมากกว่า ๑ ช่องทาง เช่น เว็บไซต์หน่วยงาน ที่อยู่สำนักงาน เบอร์โทรศัพท์ facebook หน่วยงาน ไลน์หน่วยงาน\n'
      + '๒. เสนอผู้บริหารพิจารณาอนุมัติงบประมาณในส่วนที่ต้องดำเนินการ\n'
      + '๓. ประชาสัมพันธ์ช่องทางติดต่อกับหน่วยงานผ่านช่องทางต่างๆ ให้ประชาชนเข้าถึงได้',
    responsible: 'นักวิชาการคอมพิวเตอร์', timeline: 'ทุกไตรมาส', followUp: '3, 6, 9, 12',
    status: S.done, doneOn: '๓๑ มีนาคม ๒๕๖๘', updated: bkk(2025, 3, 31, 16, 40), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 003; วันที่แล้วเสร็จพิมพ์เป็นข้อความ (ตัวอย่าง)',
  },
  {
    unit: HUARUEA, no: 6, title: 'e๗ การเผยแพร่ผลงานหรือข้อมูลที่สาธารณชนควรรับทราบอย่างชัดเจน', indicators: '7',
    method: '๑. เจ้าหน้าที่ทุกภารกิจงานต้องดำเนินการประชาสัมพันธ์การดำเนินงานในภารกิจของตนเองให้เป็นปัจจุบันสม่ำเสมอ\n'
      + '๒. รายงานผู้บริหาร\n๓. ประชาสัมพันธ์ผลการดำเนินงานบนเว็บไซต์ของหน่วยงานและช่องทางอื่นๆ',
    responsible: 'นักวิชาการคอมพิวเตอร์ / เจ้าหน้าที่ทุกภารกิจงาน', timeline: 'ทุกเดือน', followUp: ROUNDS_6_12,
    status: S.inProgress, updated: bkk(2025, 4, 1, 9, 0), updatedBy: 'huaruea.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ จากเอกสาร seed 003; ${DEMO_STATUS}`,
  },
  {
    unit: HUARUEA, no: 7, title: 'e๘ ช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการ', indicators: '7, 8',
    method: '๑. จัดให้มีช่องทางรับฟังความคิดเห็นให้หลากหลายช่องทาง เช่น กล่องรับความคิดเห็น ณ ที่ตั้งสำนักงาน หรือช่องทางบนหน้าเว็บไซต์หน่วยงาน\n'
      + '๒. ประชาสัมพันธ์ สร้างการรับรู้ถึงช่องทางการรับฟังความคิดเห็นให้บุคคลภายนอกรับทราบให้มากที่สุด',
    responsible: 'นักวิชาการคอมพิวเตอร์', timeline: 'ภายในเดือนเมษายน และเดือนตุลาคมของทุกปี', followUp: ROUNDS_6_12,
    status: S.notStarted, updated: bkk(2025, 1, 10, 14, 0), updatedBy: 'huaruea.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ กำหนดเวลา จากเอกสาร seed 003; ${DEMO_STATUS}`,
  },
  {
    unit: HUARUEA, no: 8, title: 'e๙ การชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัยเกี่ยวกับการดำเนินงานได้อย่างชัดเจน', indicators: '7',
    method: '๑. แต่งตั้งเจ้าหน้าที่รับผิดชอบตอบข้อซักถาม โดยจัดให้มีช่องทางผ่านเว็บไซต์หน่วยงาน โทรศัพท์ หรือไลน์หน่วยงาน\n'
      + '๒. รายงานผู้บริหารทราบ\n๓. ประชาสัมพันธ์ช่องทางถามตอบให้บุคคลภายนอกทราบอย่างทั่วถึง',
    responsible: 'สำนักปลัด และภารกิจอื่นที่เกี่ยวข้อง', timeline: 'ภายในเดือนเมษายน และเดือนตุลาคมของทุกปี', followUp: ROUNDS_6_12,
    status: S.inProgress, updated: bkk(2025, 4, 2, 11, 30), updatedBy: 'huaruea.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ กำหนดเวลา จากเอกสาร seed 003; ${DEMO_STATUS}`,
  },
  {
    unit: HUARUEA, no: 9, title: 'e๑๐ ช่องทางให้ผู้มาติดต่อร้องเรียนการทุจริตของเจ้าหน้าที่ในหน่วยงาน', indicators: '7, 10',
    method: '๑. จัดให้มีช่องทางรับแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่โดยแยกจากเรื่องร้องเรียนอื่นๆ มากกว่า ๑ ช่องทาง เช่น ทางเว็บไซต์หน่วยงาน ทางโทรศัพท์ ทางไปรษณีย์\n'
      + '๒. ประชาสัมพันธ์ช่องทางรับเรื่องร้องเรียนการทุจริตให้บุคคลภายนอกรับทราบอย่างสม่ำเสมอ',
    responsible: 'สำนักปลัด', timeline: 'ทุกไตรมาส', followUp: '3, 6, 9, 12',
    status: 'ดำเนินการเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘', updated: bkk(2025, 3, 31, 16, 45), updatedBy: 'huaruea.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ และรูปแบบสถานะจากเอกสาร seed 003 (ข้อ "๓๐๐" ในเอกสารอ่านเป็น e๑๐; ปีเลื่อนเป็น ๒๕๖๘)',
  },

  // --- seed 004: นาเลียง (7 real measures, quarter timelines, results and outcomes) ---
  {
    unit: NALIANG, no: 1, title: 'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่องค์การบริหารส่วนตำบลนาเลียง', indicators: '1, 6',
    method: '๑. แต่งตั้งคณะทำงานในการจัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน\n'
      + '๒. กำหนดกรอบเนื้อหาสาระและจัดทำคู่มือฯ ให้ยึดถือปฏิบัติเป็นมาตรฐานเดียวกัน\n'
      + '๓. ประกาศเผยแพร่ประชาสัมพันธ์ผ่านเว็บไซต์ของ อบต.นาเลียง สื่อออนไลน์ ฯลฯ\n'
      + '๔. ติดตามประเมินผลและรายงานผลการดำเนินการ',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาสที่ ๔', followUp: ROUNDS_6_12, status: S.notStarted,
    outcome: 'ข้อร้องเรียนเกี่ยวกับการปฏิบัติงานของเจ้าหน้าที่ลดลง',
    updated: bkk(2024, 10, 15, 9, 0), updatedBy: 'naliang.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS}`,
  },
  {
    unit: NALIANG, no: 2, title: 'ออกคำสั่งมอบหมายงานขององค์การบริหารส่วนตำบลนาเลียง', indicators: '3',
    method: '๑. จัดทำคำสั่งมอบหมายงานในการสั่ง อนุญาต อนุมัติ ตามกฎหมาย ระเบียบฯ ข้อบังคับและหนังสือสั่งการ\n'
      + '๒. จัดทำหนังสือแจ้งเวียนให้ทุกส่วนราชการและผู้รับมอบอำนาจรับทราบและถือปฏิบัติ\n'
      + '๓. จัดทำประกาศประชาสัมพันธ์ให้ประชาชนทราบ\n'
      + '๔. ให้ผู้รับมอบหมายงานรายงานผลการปฏิบัติงานตามคำสั่งทุกเดือน',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาสที่ ๔', followUp: ROUNDS_6_12, status: S.inProgress,
    result: 'มีคำสั่งมอบหมายงานให้ผู้ที่เกี่ยวข้องปฏิบัติราชการแทน',
    outcome: '๑. ประชาชนผู้รับบริการมีความพึงพอใจต่อคุณภาพการให้บริการไม่น้อยกว่าร้อยละ ๘๐\n๒. จำนวนข้อร้องเรียนการให้บริการ/จำนวนเรื่องร้องเรียนทุจริตลดลง',
    updated: bkk(2025, 3, 20, 10, 30), updatedBy: 'naliang.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลการดำเนินการ ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS}`,
  },
  {
    unit: NALIANG, no: 3, title: 'มาตรการ NO Gift Policy', indicators: '1, 10',
    method: '๑. ผู้บริหารและบุคลากรจัดประชุมเพื่อร่วมกันจัดทำมาตรการ “NO Gift Policy ไม่รับ – ไม่ให้”\n'
      + '๒. จัดทำประกาศใช้ NO Gift Policy พร้อมแนวทางการดำเนินการตามมาตรการ\n'
      + '๓. ผู้บริหารประกาศใช้และเผยแพร่ให้บุคคลภายในองค์กรและสาธารณชนรับทราบ\n'
      + '๔. ประเมินผล ติดตามผล และรายงานผลการดำเนินการ',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาสที่ ๒', followUp: ROUNDS_6_12,
    status: 'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ ๓๑ เดือน มีนาคม พ.ศ.๒๕๖๘',
    result: '๑. มีประกาศใช้ NO Gift Policy\n๒. ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น และบุคลากรดำเนินการตามแนวทาง NO Gift Policy ร้อยละ ๑๐๐ (สำรวจโดยใช้แบบประเมิน/แบบสำรวจ)',
    outcome: 'ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น และบุคลากรขององค์การบริหารส่วนท้องถิ่น ไม่มีเรื่องร้องเรียนเรื่องสินบน',
    updated: bkk(2025, 3, 31, 15, 10), updatedBy: 'naliang.demo@example.com',
    note: 'มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลการดำเนินการ ผลลัพธ์ จากเอกสาร seed 004; วันที่ในสถานะเป็นค่าสาธิต',
  },
  {
    unit: NALIANG, no: 4, title: 'เปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะขององค์การบริหารส่วนตำบลนาเลียง', indicators: '9',
    method: '๑. จัดตั้งคณะทำงานจัดทำมาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะ\n'
      + '๒. ประชุมคณะทำงานฯ เพื่อกำหนดแนวทางกำกับติดตามหน่วยงานที่เกี่ยวข้องให้เผยแพร่ข้อมูลที่เป็นประโยชน์ต่อสาธารณชนให้เป็นปัจจุบันทางเว็บไซต์และสื่อออนไลน์\n'
      + '๓. ติดตามผลการดำเนินการตามมาตรการ\n'
      + '๔. รายงานผลให้ผู้บริหารทราบ',
    responsible: 'ทุกส่วนราชการ', timeline: 'ทุกไตรมาส', followUp: 'รอบ ๓ เดือน / รอบ ๖ เดือน / รอบ ๙ เดือน / รอบ ๑๒ เดือน', status: S.inProgress,
    result: '๑. มีการเปิดเผยข้อมูลสาธารณะที่เป็นประโยชน์กับสาธารณชนให้เป็นปัจจุบันทางเว็บไซต์ขององค์กรปกครองส่วนท้องถิ่นและสื่อออนไลน์\n'
      + '๒. มีการเผยแพร่ข้อมูลสาธารณะให้เป็นไปตามกฎหมาย ระเบียบ กฎ ข้อบังคับที่กำหนดไว้\n'
      + '๓. กำกับติดตามการเผยแพร่ข้อมูลสาธารณะของหน่วยงานที่เกี่ยวข้อง',
    outcome: 'ภาคประชาชนมีส่วนร่วมในการตรวจสอบการบริหารราชการขององค์การบริหารส่วนตำบลนาเลียง',
    updated: bkk(2025, 4, 1, 13, 15), updatedBy: 'naliang.clerk@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลการดำเนินการ ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS}`,
  },
  {
    unit: NALIANG, no: 5, title: 'แสดงเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหารองค์การบริหารส่วนตำบลนาเลียงด้วยการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส', indicators: '10',
    method: '๑. กำหนดรูปแบบ/แนวทาง/ช่องทางในการแสดงเจตนารมณ์ฯ\n'
      + '๒. จัดทำประกาศเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหาร\n'
      + '๓. ผู้บริหารกำหนดนโยบาย/มาตรการ/แผนงาน เพื่อพัฒนาหน่วยงานด้วยการจัดทำแผนปฏิบัติการป้องกันการทุจริตฯ\n'
      + '๔. เผยแพร่ประกาศเจตนารมณ์ฯ ติดตาม ประเมินผล และรายงานผลการดำเนินการ',
    responsible: 'สำนักปลัด', timeline: 'ไตรมาส ๑', followUp: ROUNDS_6_12, status: S.done,
    result: '๑. มีประกาศเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหาร\n'
      + '๒. มีนโยบาย/มาตรการ/แผนงานของผู้บริหาร เพื่อพัฒนาหน่วยงานด้วยการจัดทำแผนปฏิบัติการป้องกันการทุจริต',
    outcome: 'องค์การบริหารส่วนตำบลนาเลียง มีผลการประเมิน ITA ผ่านเกณฑ์การประเมิน',
    doneOn: bkk(2024, 12, 16), updated: bkk(2024, 12, 16, 14, 0), updatedBy: 'naliang.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลการดำเนินการ ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS}`,
  },
  {
    unit: NALIANG, no: 6, title: 'จัดทำข้อตกลงการปฏิบัติราชการตามหลักธรรมาภิบาล', indicators: '1, 3',
    method: '๑. จัดทำมาตรการ “จัดทำข้อตกลงการปฏิบัติราชการตามหลักธรรมาภิบาล” พร้อมประกาศและแนวทางการดำเนินการ\n'
      + '๒. ทุกส่วนราชการจัดทำข้อตกลงรายบุคคลระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา ได้แก่ นายก อบต. กับ ปลัด อบต., '
      + 'ปลัด อบต. กับหัวหน้าสำนักปลัด/ผอ.กอง, หัวหน้าสำนักปลัด/ผอ.กอง กับเจ้าหน้าที่ผู้ปฏิบัติงาน\n'
      + '๓. รวบรวมข้อตกลงเสนอผู้บริหารเพื่อขอความเห็นชอบ ชี้แจงให้ทุกส่วนราชการถือปฏิบัติ\n'
      + '๔. ประเมินผลการปฏิบัติงานตามข้อตกลง และรายงานผลการดำเนินการ',
    // Due at the end of quarter 1 (31 Dec 2567) and still in progress: overdue.
    responsible: 'ทุกส่วนราชการ', timeline: 'ไตรมาส ๑', followUp: ROUNDS_6_12, status: S.inProgress,
    outcome: 'จำนวนข้อร้องเรียนเกี่ยวกับการทุจริต/การปฏิบัติงานของหน่วยงานลดลง',
    updated: bkk(2025, 2, 14, 10, 20), updatedBy: 'naliang.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS} (ตัวอย่างมาตรการที่เกินกำหนด)`,
  },
  {
    unit: NALIANG, no: 7, title: 'จัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส', indicators: '10',
    method: '๑. จัดตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ของ อบต.นาเลียง\n'
      + '๒. ประชุมคณะทำงานฯ เพื่อศึกษารูปแบบ วิเคราะห์ ประเมินความเสี่ยงการทุจริต และจัดทำแผนปฏิบัติการป้องกันการทุจริตฯ\n'
      + '๓. เผยแพร่แผนฯ ทางเว็บไซต์ อบต.นาเลียง และรายงานการทำแผนฯ ให้สำนักงาน ป.ป.ช. ผ่านระบบ E – PlanNACC',
    responsible: 'ทุกส่วนราชการ', timeline: 'ไตรมาส ๑', followUp: ROUNDS_6_12, status: S.done,
    result: 'มีแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลนาเลียง พ.ศ. ๒๕๖๖ - ๒๕๗๐',
    outcome: 'องค์การบริหารส่วนตำบลนาเลียงมีผลการประเมิน ITA ผ่านเกณฑ์การประเมิน',
    doneOn: bkk(2024, 12, 20), updated: bkk(2024, 12, 20, 16, 0), updatedBy: 'naliang.demo@example.com',
    note: `มาตรการ วิธีการ ผู้รับผิดชอบ ระยะเวลา ผลการดำเนินการ ผลลัพธ์ จากเอกสาร seed 004; ${DEMO_STATUS}`,
  },
];

/** Each call gets its own Date objects, so a caller may mutate the grids freely. */
const copy = (value: unknown): unknown => (value instanceof Date ? new Date(value.getTime()) : value);

function measureRows(): unknown[][] {
  return MEASURES.map((m) => {
    const byKey: Record<string, unknown> = {
      unit: m.unit, year: SAMPLE_FISCAL_YEAR, no: m.no, measure: m.title, indicators: m.indicators, method: m.method,
      responsible: m.responsible, timeline: m.timeline, followUp: m.followUp, status: m.status,
      result: m.result ?? '', outcome: m.outcome ?? '', doneOn: m.doneOn ?? '', updated: m.updated, updatedBy: m.updatedBy,
    };
    return [...SHEETS.measures.columns.map((c) => (c.key in byKey ? copy(byKey[c.key]) : '')), m.note];
  });
}

/**
 * The demo workbook: 4 units (seed organisations), scores for ITA 2565–2567 (นิคมคำสร้อย
 * 2565 real, the rest demo), and 2568 measures from the seeds' real titles and methods.
 * Built fresh on every call (Date objects are never shared between calls).
 */
export function buildSampleWorkbook(): WorkbookGrids {
  return {
    sheets: {
      [SHEETS.settings.th]: settingsGrid(SAMPLE_FISCAL_YEAR),
      [SHEETS.units.th]: [[...headers('units'), SAMPLE_NOTE_HEADER], ...UNIT_ROWS.map((r) => [...r])],
      [SHEETS.indicators.th]: indicatorsGrid(),
      [SHEETS.scores.th]: [[...headers('scores'), SAMPLE_NOTE_HEADER], ...scoreRows()],
      [SHEETS.measures.th]: [[...headers('measures'), SAMPLE_NOTE_HEADER], ...measureRows()],
    },
  };
}
