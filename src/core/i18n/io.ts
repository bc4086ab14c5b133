/** Strings of workbook input/output: read errors and the data-validation messages of written .xlsx files. */
export const IO_STRINGS = {
  'io.unknownExtension': {
    th: 'อ่านไฟล์ "{file}" ไม่ได้: รองรับเฉพาะไฟล์ .xlsx และ .json',
    en: 'Cannot read "{file}": only .xlsx and .json files are supported',
  },
  'io.notFound': { th: 'ไม่พบไฟล์ "{file}"', en: 'File "{file}" not found' },
  'io.isDirectory': { th: 'อ่าน "{file}" ไม่ได้: เป็นโฟลเดอร์ ไม่ใช่ไฟล์', en: 'Cannot read "{file}": it is a folder, not a file' },
  'io.noPermission': { th: 'อ่านไฟล์ "{file}" ไม่ได้: ไม่มีสิทธิ์อ่านไฟล์นี้', en: 'Cannot read "{file}": permission denied' },
  'io.unreadable': { th: 'อ่านไฟล์ "{file}" ไม่ได้ ({reason})', en: 'Cannot read "{file}" ({reason})' },
  'io.badXlsx': {
    th: 'ไฟล์ "{file}" ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้ ({reason}) ถ้าเป็นไฟล์ .xls รุ่นเก่า ให้เปิดแล้วบันทึกเป็น .xlsx ก่อน',
    en: '"{file}" is not a readable Excel (.xlsx) file ({reason}). If it is an old .xls file, open it and save it as .xlsx first.',
  },
  'io.badJson': { th: 'ไฟล์ "{file}" ไม่ใช่ JSON ที่ถูกต้อง ({reason})', en: '"{file}" is not valid JSON ({reason})' },
  'io.badGridShape': {
    th: 'ไฟล์ "{file}" ต้องอยู่ในรูป {"sheets": {"ชื่อชีต": [[หัวคอลัมน์, …], [ค่า, …]]}}',
    en: '"{file}" must have the form {"sheets": {"<sheet name>": [[header, …], [value, …]]}}',
  },
  'io.badCell': {
    th: 'ไฟล์ "{file}" ชีต "{sheet}" เซลล์ {cell}: ค่าต้องเป็นข้อความ ตัวเลข หรือ true/false',
    en: '"{file}", sheet "{sheet}", cell {cell}: a value must be text, a number or true/false',
  },
  'io.validation.title': { th: 'ค่าไม่ตรงรายการ', en: 'Value not in the list' },
  'io.validation.status': {
    th: 'เลือกสถานะจากรายการ (ยังไม่ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการเรียบร้อยแล้ว)',
    en: 'Pick a status from the list (not started / in progress / done)',
  },
  'io.validation.unit': { th: 'เลือกหน่วยงานจากชีตหน่วยงาน', en: 'Pick a unit from the Units sheet' },
  'io.validation.indicator': {
    th: 'เลือกรหัสตัวชี้วัดจากชีตตัวชี้วัด (หรือ "รวม" สำหรับคะแนนรวมทางการ)',
    en: 'Pick an indicator code from the Indicators sheet (or "รวม" for the official total)',
  },
  'io.validation.tool': { th: 'เครื่องมือ: IIT, EIT, OIT หรือรหัสใหม่', en: 'Tool: IIT, EIT, OIT or a new code' },
  'io.validation.score': { th: 'คะแนนต้องเป็นตัวเลข 0–100', en: 'A score must be a number from 0 to 100' },
  'io.validation.year': { th: 'ปีงบประมาณเป็นปี พ.ศ. เช่น 2568', en: 'A fiscal year is a Buddhist-Era year, e.g. 2568' },
};
