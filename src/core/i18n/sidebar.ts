/**
 * Strings of the sidebar, Thai first with English beside it. The page imports this
 * catalog directly (it is bundled into sidebar.html, the language switch is client-side);
 * the servers register only their own part (SIDEBAR_SERVER_STRINGS) for the messages they send
 * to the page, errors wrapped by `sidebarError` so that the page can show them in either
 * language. The page's words stay out of Code.js (its 150 KB budget).
 */

/**
 * What the servers themselves say (the panel title, errors, action summaries, the report form's
 * field names in errors): registered by src/core/views/sidebar-api.ts, so only these are in Code.js.
 */
export const SIDEBAR_SERVER_STRINGS = {
  'sidebar.title': { th: 'แผงควบคุม ITA', en: 'ITA control panel' },
  'sidebar.unit': { th: 'หน่วยงาน', en: 'Unit' },
  'sidebar.report.year': { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  'sidebar.report.round': { th: 'รอบ', en: 'Round' },
  'sidebar.report.memo': { th: 'มีบันทึกข้อความนำเรียน', en: 'Memo cover (บันทึกข้อความ)' },
  'sidebar.report.thaiDigits': { th: 'ใช้เลขไทย', en: 'Thai digits' },
  'sidebar.error.noSheet': { th: 'ไม่พบชีต "{sheet}" ในสเปรดชีตนี้', en: 'Sheet "{sheet}" is not in this spreadsheet' },
  'sidebar.error.badCell': { th: 'ตำแหน่งเซลล์ "{cell}" ไม่ถูกต้อง', en: 'Cell "{cell}" is not a valid address' },
  'sidebar.error.badReportOptions': { th: 'ตัวเลือกรายงานไม่ถูกต้อง: {detail}', en: 'Invalid report options: {detail}' },
  'sidebar.error.noRenderer': { th: 'โหมดออฟไลน์ยังสร้างไฟล์รายงาน .docx ไม่ได้ (ยังไม่มีตัวสร้างรายงาน)', en: 'Offline mode cannot write the .docx report yet (no report renderer)' },
  'sidebar.error.busy': { th: 'มีผู้อื่นกำลังแก้ไขสเปรดชีตนี้ โปรดลองอีกครั้งในอีกสักครู่', en: 'Someone else is updating this spreadsheet; try again in a moment' },
  'sidebar.server.setUpDone': { th: 'ตั้งค่าแม่แบบเรียบร้อยแล้ว', en: 'The template is set up' },
  'sidebar.server.setUpAdded': { th: 'ตั้งค่าแม่แบบแล้ว เพิ่มชีต: {sheets}', en: 'Template set up; sheets added: {sheets}' },
  'sidebar.server.rankingsDone': { th: 'คำนวณอันดับแล้ว {years} ปี รวม {count} ผลการประเมิน', en: 'Rankings computed: {count} results over {years} years' },
  'sidebar.server.rankingsBlocked': { th: 'ยังคำนวณอันดับไม่ได้ เพราะข้อมูลมีปัญหา {count} รายการ (ดูรายการด้านล่าง)', en: 'Rankings not computed: the data has {count} problem(s) (listed below)' },
  'sidebar.server.rankingsNone': { th: 'ยังไม่มีคะแนนให้คำนวณอันดับ กรอกคะแนนในชีต "คะแนน" ก่อน', en: 'No scores to rank yet: enter them in the "คะแนน" (Scores) sheet first' },
  'sidebar.server.selected': { th: 'เลือก {ref} แล้ว', en: 'Selected {ref}' },
};

/** The page's own words. */
const SIDEBAR_PAGE_STRINGS = {
  'sidebar.lang': { th: 'English', en: 'ไทย' },
  'sidebar.langHint': { th: 'Switch to English', en: 'เปลี่ยนเป็นภาษาไทย' },
  'sidebar.loading': { th: 'กำลังโหลด…', en: 'Loading…' },
  'sidebar.unit.none': { th: '(ยังไม่มีหน่วยงาน)', en: '(no units yet)' },
  'sidebar.noUnits': { th: 'ยังไม่มีหน่วยงาน: พิมพ์ชื่อหน่วยงานในชีต "หน่วยงาน" แถวละหนึ่งแห่ง แล้วกดปุ่มรีเฟรช ⟳ ด้านบน', en: 'No units yet: type the unit names in the "หน่วยงาน" (Units) sheet, one per row, then press the refresh button ⟳ above.' },
  'sidebar.setup.needed': { th: 'สมุดงานนี้ยังไม่มีชีต {sheets} กด "ตั้งค่าแม่แบบ" เพื่อสร้างชีตและหัวคอลัมน์ แล้วจึงเพิ่มหน่วยงาน', en: 'This spreadsheet has no {sheets} sheet yet. Press "Set up template" to create the sheets and headers, then add units.' },
  'sidebar.problems.banner': { th: 'ข้อมูลมีปัญหา {count} รายการ แถวที่มีปัญหาไม่ถูกนับ ตัวเลขด้านล่างจึงอาจไม่ครบ', en: 'The data has {count} problem(s); rows with problems are left out, so the figures below may be incomplete.' },
  'sidebar.problems.show': { th: 'ดูรายการปัญหา', en: 'Show the problems' },
  'sidebar.refresh': { th: 'รีเฟรช', en: 'Refresh' },

  'sidebar.result.title': { th: 'ผลการประเมิน ITA {year}', en: 'ITA {year} result' },
  'sidebar.result.none': { th: 'ยังไม่มีคะแนน ITA ของหน่วยงานนี้ กรอกคะแนนในชีต "คะแนน" (หน่วยงาน ปีงบประมาณ ตัวชี้วัด คะแนน) แล้วกดรีเฟรช ⟳', en: 'No ITA scores for this unit yet. Enter them in the "คะแนน" (Scores) sheet (unit, year, indicator, score), then press refresh ⟳.' },
  'sidebar.result.total': { th: 'คะแนนรวม', en: 'Total' },
  'sidebar.result.level': { th: 'ระดับ', en: 'Level' },
  'sidebar.result.rank': { th: 'อันดับ {rank} จาก {of} หน่วยงาน', en: 'Rank {rank} of {of} units' },
  'sidebar.result.change': { th: '{change} จากปี {year}', en: '{change} from {year}' },
  'sidebar.result.indicators': { th: 'คะแนนรายตัวชี้วัด', en: 'Indicator scores' },
  'sidebar.result.threshold': { th: 'เกณฑ์ผ่าน {value}', en: 'Pass mark {value}' },
  'sidebar.result.weak': { th: 'ประเด็นที่ต้องพัฒนา', en: 'Indicators to develop' },
  'sidebar.result.noWeak': { th: 'ไม่มี ทุกตัวชี้วัดผ่านเกณฑ์', en: 'None: every indicator passes' },
  'sidebar.result.uncovered': { th: 'ยังไม่มีมาตรการ', en: 'No measure yet' },
  'sidebar.result.history': { th: 'ย้อนหลัง', en: 'History' },

  'sidebar.progress.title': { th: 'ความก้าวหน้ามาตรการ ปีงบประมาณ {year}', en: 'Measures progress, FY {year}' },
  'sidebar.progress.none': { th: 'ยังไม่มีมาตรการของปีงบประมาณนี้ เพิ่มมาตรการในชีต "มาตรการ"', en: 'No measures for this fiscal year yet. Add them in the "มาตรการ" (Measures) sheet.' },
  'sidebar.progress.percent': { th: 'ดำเนินการเรียบร้อยแล้ว {done} จาก {total} มาตรการ ({percent}%)', en: '{done} of {total} measures done ({percent}%)' },
  'sidebar.progress.list': { th: 'รายการมาตรการ ({count})', en: 'Measures ({count})' },
  'sidebar.progress.due': { th: 'กำหนด {date}', en: 'Due {date}' },

  'sidebar.actions.title': { th: 'คำสั่ง', en: 'Actions' },
  'sidebar.actions.setUp': { th: 'ตั้งค่าแม่แบบ', en: 'Set up template' },
  'sidebar.actions.rankings': { th: 'คำนวณอันดับ', en: 'Compute rankings' },
  'sidebar.actions.validate': { th: 'ตรวจสอบข้อมูล', en: 'Validate data' },
  'sidebar.actions.working': { th: 'กำลังทำงาน…', en: 'Working…' },
  'sidebar.validate.ok': { th: 'ไม่พบปัญหา ข้อมูลพร้อมใช้งาน', en: 'No problems: the data is ready' },
  'sidebar.validate.count': { th: 'พบปัญหา {count} รายการ คลิกรายการเพื่อไปยังเซลล์', en: '{count} problem(s); click one to go to its cell' },
  'sidebar.validate.badge': { th: 'มีปัญหา {count} รายการ', en: '{count} problem(s)' },
  'sidebar.validate.selected': { th: 'เลือกเซลล์ {cell} แล้ว', en: 'Selected {cell}' },

  'sidebar.report.title': { th: 'สร้างรายงานผลการดำเนินการตามมาตรการ', en: 'Generate the measures progress report' },
  'sidebar.report.roundOption': { th: 'รอบ {months} เดือน', en: '{months} months' },
  'sidebar.report.generate': { th: 'สร้างรายงาน', en: 'Generate report' },
  'sidebar.report.working': { th: 'กำลังสร้างรายงาน อาจใช้เวลาสักครู่…', en: 'Generating the report; this can take a moment…' },
  'sidebar.report.done': { th: 'สร้างรายงานเรียบร้อยแล้ว', en: 'The report is ready' },
  'sidebar.report.open': { th: 'เปิดรายงาน', en: 'Open the report' },
  'sidebar.report.recent': { th: 'รายงานล่าสุด', en: 'Recent reports' },
  'sidebar.report.noRecent': { th: 'ยังไม่เคยสร้างรายงาน', en: 'No reports yet' },
  'sidebar.report.entry': { th: 'ปีงบประมาณ {year} · รอบ {round} เดือน', en: 'FY {year} · {round} months' },
  'sidebar.report.badYear': { th: 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2568', en: 'The fiscal year must be a 4-digit Buddhist-Era year, e.g. 2568' },

  'sidebar.error.title': { th: 'เกิดข้อผิดพลาด', en: 'Something went wrong' },
  'sidebar.error.server': { th: 'เซิร์ฟเวอร์แจ้งข้อผิดพลาด: {message}', en: 'The server reported an error: {message}' },
  'sidebar.error.network': { th: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง', en: 'Cannot reach the server. Check the connection and try again.' },
  'sidebar.error.noGoogle': { th: 'หน้านี้ต้องเปิดจาก Google ชีต (ไม่พบ google.script.run)', en: 'Open this page from Google Sheets (google.script.run is missing)' },
  'sidebar.error.retry': { th: 'ลองอีกครั้ง', en: 'Try again' },
  'sidebar.error.dismiss': { th: 'ปิด', en: 'Dismiss' },
  'sidebar.error.badResponse': { th: 'เซิร์ฟเวอร์ส่งข้อมูลกลับมาไม่ครบ โปรดกด "ลองอีกครั้ง"', en: 'The server sent back incomplete data. Press "Try again".' },
  'sidebar.error.page': { th: 'แผงควบคุมแสดงผลไม่ได้: {message}', en: 'The panel could not be shown: {message}' },
  'sidebar.error.unknownUnit': { th: 'ไม่พบหน่วยงาน "{unit}"', en: 'Unit "{unit}" not found' },

};

/**
 * Every string of the page (bundled into sidebar.html by sidebar/i18n.ts), the servers' included.
 * Marked pure so that the Apps Script bundle, which only registers the servers' part, drops it.
 */
export const SIDEBAR_STRINGS = /* @__PURE__ */ Object.assign({}, SIDEBAR_SERVER_STRINGS, SIDEBAR_PAGE_STRINGS);

export interface SidebarMessage {
  th: string;
  en: string;
}

const ERROR_MARK = 'ITA_ERROR:';

/**
 * An Error whose message the page can show in either language: google.script.run hands the
 * page only an error's message, so both languages travel inside it.
 */
export function sidebarError(message: SidebarMessage): Error {
  return new Error(ERROR_MARK + JSON.stringify({ th: message.th, en: message.en }));
}

/** The bilingual message inside an error text (wherever it starts), or null for any other error. */
export function parseSidebarError(message: string): SidebarMessage | null {
  const at = message.indexOf(ERROR_MARK);
  if (at < 0) return null;
  try {
    const parsed = JSON.parse(message.slice(at + ERROR_MARK.length)) as Partial<SidebarMessage>;
    return typeof parsed.th === 'string' && typeof parsed.en === 'string' ? { th: parsed.th, en: parsed.en } : null;
  } catch {
    return null;
  }
}
