/**
 * The shared workbook template: sheets, headers and defaults. Both the add-on's
 * "set up the template" and the CLI's `ita init` build from this one description.
 * Thai names are canonical; the English alias is accepted when reading.
 */

export type SheetKey = 'settings' | 'units' | 'indicators' | 'scores' | 'analysis' | 'measures' | 'rankings' | 'overview' | 'reportLog';

/** What a column holds: drives validation rules, number formats and widths. */
export type ColumnKind = 'text' | 'longText' | 'number' | 'score' | 'year' | 'date' | 'datetime' | 'status' | 'unit' | 'indicator' | 'tool' | 'email';

export interface ColumnSpec {
  key: string;
  th: string;
  en: string;
  kind: ColumnKind;
  /** Pixels, for Sheets' setColumnWidths and exceljs' width (÷7). */
  width: number;
  required?: boolean;
}

export interface SheetSpec {
  key: SheetKey;
  th: string;
  en: string;
  columns: ColumnSpec[];
  /** Output of the add-on: the only sheets it ever overwrites. */
  generated?: boolean;
  /** Protected (warning only) so nobody types into it by mistake. */
  protectedSheet?: boolean;
  /** A workbook may lack it (made before the sheet existed): no "missing sheet" problem. */
  optional?: boolean;
  /** Columns read when a sheet has them but never laid out by the template (readTable maps them). */
  extraColumns?: ColumnSpec[];
}

const col = (key: string, th: string, en: string, kind: ColumnKind, width: number, required = false): ColumnSpec =>
  ({ key, th, en, kind, width, required });

export const SHEETS: Record<SheetKey, SheetSpec> = {
  settings: {
    key: 'settings', th: 'ตั้งค่า', en: 'Settings',
    columns: [col('key', 'รายการ', 'Key', 'text', 260, true), col('value', 'ค่า', 'Value', 'text', 140), col('note', 'คำอธิบาย', 'Note', 'longText', 420)],
  },
  units: {
    key: 'units', th: 'หน่วยงาน', en: 'Units',
    columns: [
      col('unit', 'หน่วยงาน', 'Unit', 'text', 260, true),
      col('type', 'ประเภท', 'Type', 'text', 120),
      col('district', 'อำเภอ', 'District', 'text', 130),
      col('province', 'จังหวัด', 'Province', 'text', 130),
      col('addressee', 'เรียน', 'Addressee', 'text', 220),
      col('reporter', 'ผู้รายงาน', 'Reporter', 'text', 200),
      col('position', 'ตำแหน่ง', 'Position', 'text', 220),
      col('editors', 'ผู้แก้ไข', 'Editors', 'email', 240),
      // Optional, for the memo's ส่วนราชการ line (seed 001: "สำนักปลัดเทศบาล … งานนิติการ โทร. ๐ ๓๙๓๘ ๗๐๓๘").
      col('division', 'ส่วนราชการเจ้าของเรื่อง', 'Division', 'text', 260),
      col('phone', 'โทรศัพท์', 'Phone', 'text', 140),
    ],
  },
  indicators: {
    key: 'indicators', th: 'ตัวชี้วัด', en: 'Indicators', protectedSheet: true,
    columns: [
      col('fromYear', 'ใช้ตั้งแต่ปี', 'From year', 'year', 100, true),
      col('code', 'รหัส', 'Code', 'text', 70, true),
      col('name', 'ตัวชี้วัด', 'Indicator', 'text', 260, true),
      col('tool', 'เครื่องมือ', 'Tool', 'tool', 100, true),
      col('weight', 'น้ำหนัก', 'Weight', 'number', 90, true),
    ],
    // A new framework's tool may be named (IIT, EIT, OIT have their Thai names built in): README "Frameworks and tools".
    extraColumns: [col('toolName', 'ชื่อเครื่องมือ', 'Tool name', 'text', 260)],
  },
  scores: {
    key: 'scores', th: 'คะแนน', en: 'Scores',
    columns: [
      col('unit', 'หน่วยงาน', 'Unit', 'unit', 260, true),
      col('year', 'ปีงบประมาณ', 'Year', 'year', 110, true),
      col('indicator', 'ตัวชี้วัด', 'Indicator', 'indicator', 220, true),
      col('score', 'คะแนน', 'Score', 'score', 90, true),
    ],
  },
  /**
   * The analysis of an ITA result in the staff's own words (issue 12): per unit, ITA year and
   * indicator, the issues to fix and the approach — the prose of the year-start document's
   * per-indicator table (seed 002). Optional: the document writes a neutral sentence where a note is missing.
   */
  analysis: {
    key: 'analysis', th: 'การวิเคราะห์', en: 'Analysis', optional: true,
    columns: [
      col('unit', 'หน่วยงาน', 'Unit', 'unit', 240, true),
      col('year', 'ปีงบประมาณ', 'Year', 'year', 110, true),
      col('indicator', 'ตัวชี้วัด', 'Indicator', 'indicator', 200, true),
      col('issues', 'ประเด็นที่ต้องพัฒนา', 'Issues', 'longText', 360),
      col('approach', 'แนวทางการพัฒนา', 'Approach', 'longText', 360),
    ],
  },
  measures: {
    key: 'measures', th: 'มาตรการ', en: 'Measures',
    columns: [
      col('unit', 'หน่วยงาน', 'Unit', 'unit', 220, true),
      col('year', 'ปีงบประมาณ', 'Year', 'year', 100, true),
      col('no', 'ลำดับ', 'No', 'text', 60),
      col('measure', 'มาตรการ', 'Measure', 'longText', 300, true),
      col('indicators', 'ตัวชี้วัด', 'Indicators', 'text', 100),
      col('method', 'วิธีการดำเนินการ', 'Method', 'longText', 360),
      col('responsible', 'ผู้รับผิดชอบ', 'Responsible', 'text', 150),
      col('timeline', 'ระยะเวลาดำเนินการ', 'Timeline', 'text', 140),
      col('followUp', 'การกำกับติดตาม', 'Follow-up', 'text', 120),
      col('status', 'สถานะ', 'Status', 'status', 190),
      col('result', 'ผลการดำเนินการ', 'Result', 'longText', 300),
      col('outcome', 'ผลลัพธ์', 'Outcome', 'longText', 240),
      col('doneOn', 'วันที่แล้วเสร็จ', 'Done on', 'date', 120),
      col('updated', 'แก้ไขล่าสุด', 'Updated', 'datetime', 150),
      col('updatedBy', 'ผู้แก้ไข', 'Updated by', 'email', 200),
    ],
  },
  rankings: {
    key: 'rankings', th: 'อันดับ', en: 'Rankings', generated: true, protectedSheet: true,
    columns: [],
  },
  overview: {
    key: 'overview', th: 'ภาพรวม', en: 'Overview', generated: true, protectedSheet: true,
    columns: [],
  },
  reportLog: {
    key: 'reportLog', th: 'ประวัติรายงาน', en: 'Report log', generated: true, protectedSheet: true,
    columns: [
      col('time', 'เวลา', 'Time', 'datetime', 150),
      col('unit', 'หน่วยงาน', 'Unit', 'text', 220),
      col('year', 'ปีงบประมาณ', 'Year', 'year', 100),
      col('round', 'รอบ (เดือน)', 'Round (months)', 'number', 100),
      col('link', 'ลิงก์', 'Link', 'text', 320),
      col('by', 'ผู้สร้าง', 'By', 'email', 200),
      col('kind', 'ประเภท', 'Kind', 'text', 140),
      col('asOf', 'ข้อมูล ณ วันที่', 'As of', 'date', 120),
      col('sharedWith', 'แชร์กับ', 'Shared with', 'longText', 260),
      col('note', 'หมายเหตุ', 'Note', 'longText', 260),
    ],
  },
};

/** Input sheets, in the order the template lays them out. */
export const INPUT_SHEETS: SheetKey[] = ['settings', 'units', 'indicators', 'scores', 'analysis', 'measures'];
export const ALL_SHEETS: SheetKey[] = [...INPUT_SHEETS, 'rankings', 'overview', 'reportLog'];

/** Settings keys: Thai canonical, English alias. */
export interface SettingSpec {
  key: string;
  th: string;
  en: string;
  default: string | number | boolean;
  note: string;
}

export const SETTINGS: SettingSpec[] = [
  { key: 'fiscalYear', th: 'ปีงบประมาณ', en: 'fiscal_year', default: '', note: 'ปีงบประมาณที่รายงาน (พ.ศ.) เช่น 2568' },
  { key: 'passThreshold', th: 'เกณฑ์ผ่าน', en: 'pass_threshold', default: 85, note: 'คะแนนผ่านเกณฑ์ (ค่าเริ่มต้น 85)' },
  { key: 'weakCount', th: 'จำนวนตัวชี้วัดที่ต้องพัฒนา', en: 'weak_count', default: '', note: 'เว้นว่าง: ทุกตัวชี้วัดที่ต่ำกว่าเกณฑ์ผ่าน; ตัวเลข N: N ตัวชี้วัดที่คะแนนต่ำสุด' },
  { key: 'thaiDigits', th: 'ใช้เลขไทย', en: 'thai_digits', default: true, note: 'TRUE: ใช้เลขไทยในรายงาน' },
  { key: 'ratingFromYear', th: 'ปีที่เริ่มใช้ระดับผ่าน', en: 'rating_from_year', default: 2566, note: 'ตั้งแต่ปีนี้ใช้ระดับ ผ่านดีเยี่ยม/ผ่านดี/ผ่าน/ต้องปรับปรุง; ก่อนหน้าใช้ AA–F' },
  { key: 'gradeAA', th: 'เกณฑ์ระดับ AA', en: 'grade_AA', default: 95, note: 'คะแนนต่ำสุดของระดับ AA' },
  { key: 'gradeA', th: 'เกณฑ์ระดับ A', en: 'grade_A', default: 85, note: 'คะแนนต่ำสุดของระดับ A' },
  { key: 'gradeB', th: 'เกณฑ์ระดับ B', en: 'grade_B', default: 75, note: 'คะแนนต่ำสุดของระดับ B' },
  { key: 'gradeC', th: 'เกณฑ์ระดับ C', en: 'grade_C', default: 65, note: 'คะแนนต่ำสุดของระดับ C' },
  { key: 'gradeD', th: 'เกณฑ์ระดับ D', en: 'grade_D', default: 55, note: 'คะแนนต่ำสุดของระดับ D' },
  { key: 'gradeE', th: 'เกณฑ์ระดับ E', en: 'grade_E', default: 50, note: 'คะแนนต่ำสุดของระดับ E (ต่ำกว่านี้ F)' },
  { key: 'ratingExcellent', th: 'เกณฑ์ผ่านดีเยี่ยม', en: 'rating_excellent', default: 95, note: 'คะแนนรวมและทุกเครื่องมือไม่ต่ำกว่าค่านี้' },
  { key: 'shareReports', th: 'แชร์รายงาน', en: 'share_reports', default: 'ผู้ดู', note: 'ผู้ดู / ผู้แก้ไข / ไม่แชร์: สิทธิ์ของผู้แก้ไขสเปรดชีตในรายงานใหม่' },
  { key: 'ratingImprove', th: 'เกณฑ์ต้องปรับปรุง', en: 'rating_improve', default: 70, note: 'ต่ำกว่าค่านี้: ต้องปรับปรุงโดยด่วน (ค่าที่ยังไม่แน่นอน ปรับได้)' },
  { key: 'admins', th: 'ผู้ดูแล', en: 'admins', default: '', note: 'อีเมลผู้ดูแลของอำเภอ คั่นด้วยจุลภาค: แก้ไขได้ทุกชีตเมื่อป้องกันข้อมูลตามหน่วยงาน' },
];

/** The default framework, ITA 2562–2567 (ITA-REFERENCE.md). */
export const DEFAULT_FRAMEWORK_ROWS: [number, string, string, string, number][] = [
  [2562, '1', 'การปฏิบัติหน้าที่', 'IIT', 6],
  [2562, '2', 'การใช้งบประมาณ', 'IIT', 6],
  [2562, '3', 'การใช้อำนาจ', 'IIT', 6],
  [2562, '4', 'การใช้ทรัพย์สินของราชการ', 'IIT', 6],
  [2562, '5', 'การแก้ไขปัญหาการทุจริต', 'IIT', 6],
  [2562, '6', 'คุณภาพการดำเนินงาน', 'EIT', 10],
  [2562, '7', 'ประสิทธิภาพการสื่อสาร', 'EIT', 10],
  [2562, '8', 'การปรับปรุงการทำงาน', 'EIT', 10],
  [2562, '9', 'การเปิดเผยข้อมูล', 'OIT', 20],
  [2562, '10', 'การป้องกันการทุจริต', 'OIT', 20],
];

/** The status texts offered in the Status dropdown: seed 001's three, and ยกเลิก. */
export const STATUS_LABELS = {
  not_started: 'ยังไม่ดำเนินการ',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการเรียบร้อยแล้ว',
  cancelled: 'ยกเลิก',
} as const;

/** Status and level colours (light fills, readable with black text). */
export const COLOURS = {
  status: { not_started: '#f4cccc', in_progress: '#fff2cc', done: '#d9ead3', cancelled: '#d9d9d9' },
  overdue: '#ea9999',
  header: '#cfe2f3',
  level: {
    excellent: '#b6d7a8', good: '#d9ead3', pass: '#fff2cc', improve: '#fce5cd', urgent: '#f4cccc',
  },
} as const;

/** Words that mean the official total in the Scores sheet's indicator column. */
export const TOTAL_WORDS = ['รวม', 'total', 'คะแนนรวม'];
