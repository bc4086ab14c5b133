/** Strings of issue 11 (safe by default, forgiving on input). */

/** Readiness, said by the servers (menu toast, sidebarValidate): in the core catalog. */
export const SAFE_INPUT_STRINGS = {
  'ready.noUnits': { th: 'ยังไม่มีข้อมูลให้ตรวจสอบ: พิมพ์ชื่อหน่วยงานในชีต "หน่วยงาน" ก่อน แล้วกรอกคะแนนหรือมาตรการ', en: 'Nothing to check yet: type the units in the "หน่วยงาน" (Units) sheet first, then scores or measures' },
  'ready.noData': { th: 'ไม่พบปัญหา แต่ยังไม่มีคะแนนหรือมาตรการ: กรอกคะแนนในชีต "คะแนน" หรือมาตรการในชีต "มาตรการ"', en: 'No problems, but no scores or measures yet: enter scores in "คะแนน" (Scores) or measures in "มาตรการ" (Measures)' },
};

/** The page's own (sidebar/i18n.ts): shipped with the sidebar only, not in the Apps Script bundle. */
export const SAFE_INPUT_SIDEBAR_STRINGS = {
  'sidebar.report.link': { th: '{unit} · {kind} ปี {year}{round} · {date}', en: '{unit} · {kind} FY {year}{round} · {date}' },
  'sidebar.report.linkRound': { th: ' รอบ {round} เดือน', en: ', {round} months' },
  'sidebar.report.kind.progress': { th: 'รายงานผล', en: 'Progress report' },
  'sidebar.report.kind.plan': { th: 'มาตรการประจำปี', en: 'Year plan' },
  'sidebar.progress.overdueOf': { th: 'ในจำนวนนี้เกินกำหนด', en: 'of which overdue' },
  'sidebar.progress.cancelled': { th: 'ยกเลิก (ไม่นับในร้อยละ)', en: 'Cancelled (not in the %)' },
  'sidebar.progress.percentActive': { th: 'ดำเนินการเรียบร้อยแล้ว {done} จาก {active} มาตรการ ({percent}%) ไม่นับมาตรการที่ยกเลิก {cancelled} มาตรการ', en: '{done} of {active} measures done ({percent}%), not counting {cancelled} cancelled' },
};
