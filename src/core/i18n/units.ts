/** Unit sheets and protection by unit (issue 21): problems, warnings and the add-on's messages. */
import type { Catalog } from './index';

export const UNITS_STRINGS: Catalog = {
  'problem.orphanUnitSheet': {
    th: 'ชีต "{sheet}" มี {rows} แถว แต่ไม่ตรงกับหน่วยงานใดในชีต "หน่วยงาน" (หน่วยงานถูกเปลี่ยนชื่อหรือลบ?): เปลี่ยนชื่อชีตเป็น "มาตรการ <ชื่อหน่วยงาน>" หรือย้ายแถวไปยังชีตของหน่วยงานที่ถูกต้อง',
    en: 'Sheet "{sheet}" holds {rows} rows but names no unit of the "หน่วยงาน" (Units) sheet (was the unit renamed or removed?): rename the sheet to "มาตรการ <unit name>" or move its rows to the right unit\'s sheet',
  },
  'warning.orphanUnitSheet': {
    th: 'ชีต "{sheet}" ไม่ตรงกับหน่วยงานใดในชีต "หน่วยงาน" (ยังไม่มีแถว): ลบชีตนี้ หรือเปลี่ยนชื่อให้ตรงกับหน่วยงาน',
    en: 'Sheet "{sheet}" names no unit of the "หน่วยงาน" (Units) sheet (it holds no rows): delete it or rename it after a unit',
  },
  'problem.otherUnitInSheet': {
    th: 'แถวนี้ระบุหน่วยงาน "{unit}" แต่อยู่ในชีต "{sheet}" ของ {tab}: ย้ายแถวไปยังชีตของหน่วยงานนั้น หรือเว้นช่องหน่วยงานว่าง',
    en: 'This row names unit "{unit}" but is in sheet "{sheet}" of {tab}: move it to that unit\'s sheet, or leave the unit cell blank',
  },
  'problem.duplicateMeasure': {
    th: 'มาตรการ "{title}" ของ {unit} ปี {year} ซ้ำกับ {other}: ลบแถวใดแถวหนึ่ง',
    en: 'Measure "{title}" of {unit} {year} repeats {other}: delete one of the two rows',
  },
  'problem.splitNoUnits': { th: 'ยังไม่มีหน่วยงานในชีต "หน่วยงาน": เพิ่มหน่วยงานก่อนแยกชีตมาตรการ', en: 'The "หน่วยงาน" (Units) sheet lists no unit: add the units before splitting the measures' },
  'problem.splitNoUnit': { th: 'แถวนี้ไม่ได้ระบุหน่วยงาน จึงย้ายไปชีตของหน่วยงานไม่ได้: ระบุหน่วยงานก่อนแยกชีต', en: 'This row names no unit, so it cannot go to a unit\'s sheet: fill in the unit before splitting' },
  'problem.sameUnitSheet': { th: 'หน่วยงาน {unit} และ {other} ได้ชื่อชีตเดียวกัน "{sheet}" (ชื่อชีตยาวได้ไม่เกิน 31 ตัวอักษร): ตั้งชื่อหน่วยงานให้ต่างกันที่ต้นชื่อ', en: 'Units {unit} and {other} get the same sheet name "{sheet}" (sheet names hold at most 31 characters): make the names differ near their start' },
  'problem.sheetNameTaken': { th: 'มีชีตชื่อ "{sheet}" อยู่แล้วแต่ไม่ใช่ชีตของ {unit}: เปลี่ยนชื่อชีตนั้นก่อน', en: 'A sheet named "{sheet}" exists but is not {unit}\'s: rename that sheet first' },
  'problem.notSplit': { th: 'ยังไม่มีชีตมาตรการของหน่วยงาน (มาตรการ <ชื่อหน่วยงาน>): ไม่มีอะไรต้องรวม', en: 'There is no unit sheet (มาตรการ <unit name>): nothing to merge' },
  'problem.mergeOrphan': { th: 'ชีต "{sheet}" ไม่ตรงกับหน่วยงานใด และแถวนี้ไม่ได้ระบุหน่วยงาน: เปลี่ยนชื่อชีตให้ตรงกับหน่วยงาน หรือระบุหน่วยงานในแถว ก่อนรวมชีต', en: 'Sheet "{sheet}" names no unit and this row names none either: rename the sheet after its unit or fill in the unit before merging' },
};
