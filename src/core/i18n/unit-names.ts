/** Strings of the one unit-name matcher (unit-names.ts): a name that fits several units. */
export const UNIT_NAME_STRINGS = {
  'problem.ambiguousUnit': {
    th: 'ชื่อ "{unit}" ตรงกับหลายหน่วยงาน: {candidates} — พิมพ์ชื่อเต็มตามชีตหน่วยงาน',
    en: '"{unit}" fits several units: {candidates} — type the full name as in the Units sheet',
  },
  'report.error.ambiguousUnit': {
    th: 'ชื่อ "{unit}" ตรงกับหลายหน่วยงาน: {candidates} — ระบุชื่อเต็ม หรือ อบต./ทต./ทม./ทน./อบจ. นำหน้าชื่อ',
    en: '"{unit}" fits several units: {candidates} — give the full name, or อบต./ทต./ทม./ทน./อบจ. before the name',
  },
};
