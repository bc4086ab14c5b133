/** Strings of the Google Sheets add-on: menu, dialogs, toasts, the Rankings sheet, custom functions. */
export const ADDON_STRINGS = {
  // Menu (captions are Thai in both languages: onOpen may not know the user's locale).
  'addon.menu.setup': { th: 'ตั้งค่าแม่แบบ', en: 'ตั้งค่าแม่แบบ (Set up template)' },
  'addon.menu.import': { th: 'นำเข้าคะแนน', en: 'นำเข้าคะแนน (Import scores)' },
  'addon.menu.rankings': { th: 'คำนวณอันดับ', en: 'คำนวณอันดับ (Compute rankings)' },
  'addon.menu.validate': { th: 'ตรวจสอบข้อมูล', en: 'ตรวจสอบข้อมูล (Validate)' },
  'addon.menu.report': { th: 'สร้างรายงาน', en: 'สร้างรายงาน (Generate report)' },
  'addon.menu.reportAll': { th: 'สร้างรายงานทุกหน่วยงาน', en: 'สร้างรายงานทุกหน่วยงาน (Reports for all units)' },
  'addon.menu.sidebar': { th: 'เปิดแผงควบคุม', en: 'เปิดแผงควบคุม (Open sidebar)' },
  'addon.menu.about': { th: 'เกี่ยวกับ', en: 'เกี่ยวกับ (About)' },

  'addon.title': { th: 'ITA Tracker', en: 'ITA Tracker' },
  'addon.about': {
    th: 'ITA Tracker ช่วยติดตามการประเมินคุณธรรมและความโปร่งใส (ITA) ขององค์กรปกครองส่วนท้องถิ่น\n\n'
      + '1. ตั้งค่าแม่แบบ: สร้างชีตที่ต้องใช้ พร้อมหัวตาราง รายการตัวเลือก และสีสถานะ (ไม่แก้ไขข้อมูลที่มีอยู่)\n'
      + '2. กรอกหน่วยงาน คะแนนรายตัวชี้วัด และมาตรการ (นำเข้าคะแนน: วางผลคะแนนจากหน้า ITAS หรือตารางคะแนนทั้งอำเภอ แทนการพิมพ์)\n'
      + '3. คำนวณอันดับ: ตรวจสอบข้อมูลแล้วเขียนผลลงชีต "อันดับ"\n'
      + '4. สร้างรายงาน: รายงานผลการดำเนินการตามมาตรการเป็น Google เอกสาร (ทีละหน่วยงาน หรือทุกหน่วยงาน) และบันทึกลิงก์ไว้ในชีต "ประวัติรายงาน"\n'
      + '5. เปิดแผงควบคุม: ภาพรวมของหน่วยงานและทุกคำสั่งในแถบด้านข้าง\n\n'
      + 'เมื่อแก้ไขแถวในชีต "มาตรการ" ระบบจะบันทึกเวลาในคอลัมน์ "แก้ไขล่าสุด" ให้เอง\n\n'
      + 'สูตรในเซลล์: =ITA_TOTAL(คะแนน, [ปี]) และ =ITA_LEVEL(คะแนนรวม, [ปี], [IIT], [EIT], [OIT])',
    en: 'ITA Tracker follows the Integrity and Transparency Assessment (ITA) of local administrative organisations.\n\n'
      + '1. Set up template: creates the sheets with headers, dropdowns and status colours (existing data is never changed)\n'
      + '2. Fill in units, indicator scores and measures (Import scores: paste the ITAS result page, or a district score table, instead of typing)\n'
      + '3. Compute rankings: validates the data, then writes the "อันดับ" sheet\n'
      + '4. Generate report: the progress report on the measures as a Google Doc (one unit, or every unit), its link kept in the "ประวัติรายงาน" sheet\n'
      + '5. Open sidebar: the unit\'s dashboard and every action in a side panel\n\n'
      + 'Editing a row of the "มาตรการ" sheet stamps the time in its "แก้ไขล่าสุด" column\n\n'
      + 'Cell formulas: =ITA_TOTAL(scores, [year]) and =ITA_LEVEL(total, [year], [IIT], [EIT], [OIT])',
  },
  'addon.comingSoon': { th: 'ฟังก์ชันนี้ยังไม่เปิดให้ใช้งานในรุ่นนี้ จะเปิดให้ใช้เร็ว ๆ นี้', en: 'This feature is coming soon.' },

  // Lock and errors
  'addon.unexpected': {
    th: 'ทำรายการไม่สำเร็จ: {message}\nลองอีกครั้ง หากยังไม่สำเร็จ โปรดแจ้งผู้ดูแลระบบพร้อมข้อความนี้',
    en: 'The action failed: {message}\nTry again; if it still fails, tell your administrator with this message.',
  },
  'addon.lockBusy': {
    th: 'ผู้ใช้อื่นกำลังปรับปรุงสมุดงานนี้อยู่ (เช่น คำนวณอันดับหรือตั้งค่าแม่แบบ) กรุณารอสักครู่แล้วลองใหม่ ยังไม่มีการเขียนข้อมูลใด ๆ',
    en: 'Another user is running an update of this workbook (such as computing rankings or setting up the template). Please wait a moment and try again. Nothing was written.',
  },
  'addon.editNotStamped': {
    th: 'ผู้ใช้อื่นกำลังปรับปรุงสมุดงาน จึงยังไม่ได้บันทึกเวลาแก้ไขของแถวที่เพิ่งแก้',
    en: 'Another user is updating the workbook, so the edit time of the rows just edited was not stamped.',
  },

  // Setup
  'addon.setup.start': { th: 'กำลังตั้งค่าแม่แบบ…', en: 'Setting up the template…' },
  'addon.setup.done': { th: 'ตั้งค่าแม่แบบเรียบร้อย: สร้างชีตใหม่ {created} ชีต เพิ่มคอลัมน์ {columns} คอลัมน์', en: 'Template ready: {created} sheet(s) created, {columns} column(s) added' },
  'addon.protect.generated': { th: 'ชีตนี้สร้างโดย ITA Tracker จะถูกเขียนทับเมื่อคำนวณใหม่', en: 'Written by ITA Tracker; overwritten on every run' },
  'addon.protect.framework': { th: 'กรอบตัวชี้วัดและน้ำหนัก แก้ไขเมื่อ ป.ป.ช. ประกาศกรอบใหม่เท่านั้น', en: 'Indicator framework and weights: change only when the NACC publishes a new framework' },
  'addon.validation.status': { th: 'เลือกสถานะจากรายการ', en: 'Pick a status from the list' },
  'addon.validation.unit': { th: 'เลือกหน่วยงานจากชีตหน่วยงาน', en: 'Pick a unit from the Units sheet' },
  'addon.validation.indicator': { th: 'เลือกรหัสตัวชี้วัดจากชีตตัวชี้วัด (หรือพิมพ์ "รวม" สำหรับคะแนนรวมทางการ)', en: 'Pick an indicator code from the Indicators sheet (or type "รวม" for the official total)' },
  'addon.validation.score': { th: 'คะแนนต้องเป็นตัวเลข 0–100', en: 'Scores are numbers from 0 to 100' },
  'addon.validation.tool': { th: 'เครื่องมือ: IIT, EIT, OIT หรือรหัสใหม่', en: 'Tool: IIT, EIT, OIT or a new code' },

  // Compute rankings and validate
  'addon.rankings.start': { th: 'กำลังอ่านข้อมูลและคำนวณอันดับ…', en: 'Reading the data and computing rankings…' },
  'addon.rankings.done': { th: 'เขียนชีต "{sheet}" เรียบร้อย: {count} ผลการประเมิน', en: 'Wrote the "{sheet}" sheet: {count} assessment(s)' },
  'addon.validate.start': { th: 'กำลังตรวจสอบข้อมูล…', en: 'Validating the data…' },
  'addon.validate.ok': { th: 'ข้อมูลถูกต้อง ไม่พบปัญหา', en: 'No problems found' },
  'addon.problems.title': { th: 'พบปัญหาในข้อมูล {count} รายการ', en: '{count} problem(s) in the data' },
  'addon.problems.intro': { th: 'ยังไม่ได้เขียนผลใด ๆ กรุณาแก้ไขรายการต่อไปนี้แล้วลองใหม่:', en: 'Nothing was written. Please fix the following and try again:' },
  'addon.problems.more': { th: '…และอีก {count} รายการ', en: '…and {count} more' },

  // The Rankings sheet
  'addon.rank.title': { th: 'ผลการประเมิน ITA และอันดับ (คำนวณเมื่อ {time})', en: 'ITA results and rankings (computed {time})' },
  'addon.rank.empty': { th: 'ยังไม่มีคะแนนรายตัวชี้วัดในชีตคะแนน', en: 'The Scores sheet has no indicator scores yet' },
  'addon.rank.block': { th: '{unit} — ITA ปี {year}', en: '{unit} — ITA {year}' },
  'addon.rank.total': { th: 'คะแนนรวม', en: 'Total' },
  'addon.rank.level': { th: 'ระดับ', en: 'Level' },
  'addon.rank.totalChange': { th: 'เปลี่ยนแปลงจากปี {year}', en: 'Change from {year}' },
  'addon.rank.noPrevious': { th: 'เปลี่ยนแปลงจากปีก่อน', en: 'Change from last year' },
  'addon.rank.rank': { th: 'อันดับ', en: 'Rank' },
  'addon.rank.code': { th: 'ตัวชี้วัดที่', en: 'Code' },
  'addon.rank.indicator': { th: 'ตัวชี้วัด', en: 'Indicator' },
  'addon.rank.score': { th: 'คะแนน', en: 'Score' },
  'addon.rank.change': { th: 'เปลี่ยนแปลงจากปีก่อน', en: 'Change from last year' },
  'addon.rank.develop': { th: 'ต้องพัฒนา', en: 'To develop' },
  'addon.rank.developMark': { th: '✓', en: '✓' },
  'addon.rank.highest': { th: 'คะแนนสูงสุด', en: 'Highest' },
  'addon.rank.lowest': { th: 'คะแนนต่ำสุด', en: 'Lowest' },
  'addon.rank.weak': { th: 'ประเด็นที่ต้องพัฒนา', en: 'Indicators to develop' },
  'addon.rank.none': { th: 'ไม่มี', en: 'None' },
  'addon.rank.note': { th: 'หมายเหตุ', en: 'Note' },
  'addon.rank.units': { th: 'อันดับหน่วยงานตามคะแนนรวม ITA ปี {year}', en: 'Units ranked by total, ITA {year}' },
  'addon.rank.unit': { th: 'หน่วยงาน', en: 'Unit' },

  // Custom functions
  'addon.fn.noScores': { th: 'ไม่มีคะแนนในช่วงที่เลือก', en: 'The range holds no scores' },
  'addon.fn.badShape': {
    th: 'ใช้ช่วงคะแนน 10 ช่องเรียงตามตัวชี้วัดที่ 1–10 หรือ 2 คอลัมน์ (รหัส | คะแนน) หรือ 3 คอลัมน์ (รหัส | คะแนน | น้ำหนัก)',
    en: 'Use 10 scores in code order 1–10, or 2 columns (code | score), or 3 columns (code | score | weight)',
  },
  'addon.fn.badScore': { th: 'คะแนน "{value}" ต้องเป็นตัวเลข 0–100', en: 'Score "{value}" must be a number from 0 to 100' },
  'addon.fn.unknownCode': { th: 'ไม่พบตัวชี้วัดที่ "{code}" ในกรอบตัวชี้วัดปี 2562–2567', en: 'Indicator "{code}" is not in the 2562–2567 framework' },
  'addon.fn.noFramework': {
    th: 'ปี {year} ไม่อยู่ในกรอบตัวชี้วัดเริ่มต้น (2562–2567) ให้ระบุน้ำหนักเป็นคอลัมน์ที่ 3 หรือใช้เมนูคำนวณอันดับ',
    en: 'Year {year} is outside the default framework (2562–2567): give weights as a 3rd column or use Compute rankings',
  },
  'addon.fn.badYear': { th: 'ปี "{value}" ต้องเป็นปี พ.ศ. เช่น 2566', en: 'Year "{value}" must be a Buddhist-Era year such as 2566' },
  'addon.fn.badTotal': { th: 'คะแนนรวม "{value}" ต้องเป็นตัวเลข 0–100', en: 'Total "{value}" must be a number from 0 to 100' },
};
