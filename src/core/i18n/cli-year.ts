/**
 * Strings of the CLI's year-two work (issue 20): one name for a unit, the report log, the new
 * fiscal year, the library of measures. Registered by the commands that use them, so they stay
 * out of the Apps Script bundle.
 */
export const CLI_YEAR_STRINGS = {
  'cli.check.notReady': { th: '{path}: ยังไม่พร้อม — {reason}', en: '{path}: not ready — {reason}' },
  'cli.plan.dateHint': {
    th: 'ระบุวันที่ประกาศด้วย --date YYYY-MM-DD (ปี ค.ศ. หรือ พ.ศ.) เช่น ita plan … --date {example}',
    en: 'Give the announcement date with --date YYYY-MM-DD (CE or BE year), e.g. ita plan … --date {example}',
  },
  'cli.plan.notesUsed': { th: '{unit}: ใช้ข้อความวิเคราะห์จากชีต "การวิเคราะห์" แถว {rows} (ตัวชี้วัด {codes}, ผล ITA {itaYear})', en: '{unit}: analysis text used from "การวิเคราะห์" rows {rows} (indicator(s) {codes}, ITA {itaYear})' },
  'cli.plan.noNotes': { th: '{unit}: ชีต "การวิเคราะห์" ไม่มีแถวที่มีข้อความของผล ITA {itaYear} จึงใช้ข้อความจากคะแนน', en: '{unit}: "การวิเคราะห์" has no row with text for ITA {itaYear}: sentences from the scores are used' },
  'cli.log.wrote': { th: 'บันทึก {count} รายการในชีต "{sheet}" ของ {path} แล้ว (ไม่บันทึก: --no-log)', en: 'Logged {count} row(s) in the "{sheet}" sheet of {path} (to skip: --no-log)' },
  'cli.newYear.summary': { th: 'เริ่มปีงบประมาณใหม่: ยกมาตรการของปีก่อนมา เพิ่มแถววิเคราะห์ของตัวชี้วัดที่ต้องพัฒนา และตั้งปีงบประมาณ', en: 'Start a new fiscal year: carry last year\'s measures forward, add the analysis rows of the indicators to develop, set the fiscal year' },
  'cli.newYear.needYear': { th: 'ต้องระบุ --year <ปีงบประมาณใหม่> เช่น --year 2569', en: 'Give --year <the new fiscal year>, e.g. --year 2569' },
  'cli.newYear.wrote': { th: 'บันทึกลง {path} แล้ว', en: 'Written to {path}' },
  'cli.newYear.dryRun': { th: 'ทดลองเท่านั้น (--dry-run): ไม่ได้แก้ไขไฟล์ {path}', en: 'Dry run: {path} was not changed' },
  'cli.library.summary': { th: 'คลังมาตรการ: มาตรการที่ อปท. ใช้กันบ่อยและแนวทางการพัฒนา ของแต่ละตัวชี้วัด', en: 'The library of measures: measures local governments commonly take, and a suggested approach, per indicator' },
  'cli.library.badIndicator': { th: '--indicator "{value}" ไม่มีในคลังมาตรการ (มี {codes})', en: '--indicator "{value}" is not in the library ({codes})' },
  'cli.library.indicator': { th: 'ตัวชี้วัดที่ {code} {name}', en: 'Indicator {code} {name}' },
  'cli.library.approach': { th: 'แนวทางการพัฒนา', en: 'Suggested approach' },
  'cli.library.rounds': { th: 'ติดตามรอบ {rounds} เดือน', en: 'follow-up at {rounds} months' },
  'cli.library.next': { th: 'เพิ่มเป็นมาตรการของหน่วยงาน: ita add-measure <สมุดงาน> --unit <ชื่อ> --from-library <รหัส> (รหัส <ตัวชี้วัด>.approach ใส่แนวทางการพัฒนาในแถววิเคราะห์)', en: 'Add one to a unit: ita add-measure <workbook> --unit <name> --from-library <id> (an id <indicator>.approach puts the approach into the analysis row)' },
  'cli.addMeasure.summary': { th: 'เพิ่มมาตรการจากคลังมาตรการเป็นแถวในชีตมาตรการ (หรือแนวทางการพัฒนาในแถววิเคราะห์)', en: 'Add a measure from the library as a Measures row (or an approach into the analysis row)' },
  'cli.addMeasure.needUnit': { th: 'ต้องระบุ --unit <ชื่อหน่วยงาน>', en: 'Give --unit <name>' },
  'cli.addMeasure.badId': { th: 'ไม่พบรหัส "{value}" ในคลังมาตรการ: ดูรหัสด้วย ita library', en: 'No "{value}" in the library: see the ids with ita library' },
  'cli.addMeasure.added': { th: 'เพิ่มมาตรการปีงบประมาณ {year} ที่ {cell}: {text} (แก้ไขได้ในชีต)', en: 'Added a {year} measure at {cell}: {text} (edit it in the sheet)' },
  'cli.addMeasure.approach': { th: 'ใส่แนวทางการพัฒนา (ผล ITA {itaYear}) ที่ {cell}: {text}', en: 'Approach (ITA {itaYear}) written at {cell}: {text}' },
};
