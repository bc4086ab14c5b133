/** `ita split-units` / `ita merge-units` (issue 21): registered by the command, never in the Apps Script bundle. */
export const CLI_UNITS_STRINGS = {
  'cli.split.summary': {
    th: 'แยกชีต "มาตรการ" เป็นชีตของแต่ละหน่วยงาน (มาตรการ <ชื่อหน่วยงาน>) ในไฟล์เดิม ย้ายทุกแถวพร้อมหมายเหตุและคอลัมน์ที่เพิ่มเอง',
    en: 'Split the "มาตรการ" sheet into one sheet per unit (มาตรการ <unit>), in place, every row moved with its notes and extra columns',
  },
  'cli.merge.summary': {
    th: 'รวมชีตมาตรการของหน่วยงานกลับเป็นชีต "มาตรการ" ชีตเดียว ในไฟล์เดิม',
    en: 'Merge the units\' measures sheets back into the one "มาตรการ" sheet, in place',
  },
  'cli.units.blocked': { th: 'ยังไม่ได้เขียน {path}: พบปัญหา {count} รายการ', en: '{path} not written: {count} problem(s)' },
  'cli.split.done': {
    th: '{path}: ย้าย {moved} แถวไปยังชีตของหน่วยงาน สร้างชีตใหม่ {created} ชีต{skipped}; ชีต "มาตรการ" เหลือเฉพาะหัวตาราง',
    en: '{path}: {moved} rows moved to the units\' sheets, {created} sheets created{skipped}; "มาตรการ" keeps its header',
  },
  'cli.merge.done': {
    th: '{path}: ย้าย {moved} แถวกลับไปชีต "มาตรการ" ลบชีตของหน่วยงาน {removed} ชีต{skipped}',
    en: '{path}: {moved} rows moved back to "มาตรการ", {removed} unit sheets removed{skipped}',
  },
  'cli.units.skipped': { th: ' (ไม่คัดลอกซ้ำ {count} แถวที่มีอยู่แล้ว)', en: ' ({count} rows already there not copied again)' },
  'cli.units.sheet': { th: '  {sheet}: {rows} แถว', en: '  {sheet}: {rows} rows' },
};
