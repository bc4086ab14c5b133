/** Unit sheets and protection by unit (issue 21): problems, warnings and the add-on's messages. */

export const UNITS_STRINGS = {
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
  'problem.notAnEmail': { th: '"{value}" ไม่ใช่อีเมล: ใส่อีเมลคั่นด้วยจุลภาคหรือขึ้นบรรทัดใหม่', en: '"{value}" is not an e-mail address: list addresses separated by commas or new lines' },
  'problem.protectNotAdmin': {
    th: 'ผู้ที่ป้องกันข้อมูลตามหน่วยงานได้คือเจ้าของสเปรดชีตหรือผู้ดูแล ({me} ไม่ได้อยู่ในรายการ "ผู้ดูแล" ของชีตตั้งค่า)',
    en: 'Only the spreadsheet\'s owner or an admin may protect by unit ({me} is not listed under "ผู้ดูแล" (admins) in Settings)',
  },

  // The add-on (tr: 'addon.' + key)
  'addon.menu.protectUnits': { th: 'ป้องกันข้อมูลตามหน่วยงาน', en: 'ป้องกันข้อมูลตามหน่วยงาน (Protect by unit)' },
  'addon.menu.splitUnits': { th: 'แยกชีตมาตรการตามหน่วยงาน', en: 'แยกชีตมาตรการตามหน่วยงาน (Split measures by unit)' },
  'addon.menu.mergeUnits': { th: 'รวมชีตมาตรการ', en: 'รวมชีตมาตรการ (Merge measures sheets)' },
  'addon.units.splitStart': { th: 'กำลังแยกชีตมาตรการตามหน่วยงาน…', en: 'Splitting the measures by unit…' },
  'addon.units.mergeStart': { th: 'กำลังรวมชีตมาตรการ…', en: 'Merging the measures sheets…' },
  'addon.units.protectStart': { th: 'กำลังป้องกันข้อมูลตามหน่วยงาน…', en: 'Protecting by unit…' },
  'addon.units.split': {
    th: 'แยกชีตแล้ว: ย้าย {moved} แถวไปชีตของหน่วยงาน ({created} ชีตใหม่){skipped}\nหน่วยงานเพิ่มแถวในชีต "มาตรการ <หน่วยงาน>" ของตน',
    en: 'Split: {moved} rows moved to the units\' sheets ({created} new){skipped}\nEach unit adds rows in its own "มาตรการ <unit>" sheet',
  },
  'addon.units.skipped': { th: ' ไม่คัดลอกซ้ำ {count} แถวที่มีอยู่แล้ว', en: '; {count} rows already there were not copied again' },
  'addon.units.merged': {
    th: 'รวมชีตแล้ว: ย้าย {moved} แถวกลับไป "มาตรการ" ลบชีตของหน่วยงาน {removed} ชีต{skipped}\nการป้องกันรายหน่วยงานหายไปพร้อมชีต',
    en: 'Merged: {moved} rows moved back to "มาตรการ", {removed} unit sheets deleted{skipped}\nTheir per-unit protection went with them',
  },
  'addon.units.protected': {
    th: 'ป้องกันข้อมูลแล้ว: ชีตมาตรการของหน่วยงาน {units} ชีต (ผู้แก้ไขของหน่วยงาน ผู้ดูแล เจ้าของ) ตั้งค่า หน่วยงาน ตัวชี้วัด คะแนน{shared} (ผู้ดูแล เจ้าของ)\nแถวที่เพิ่มภายหลังอยู่ในการป้องกันของชีตแล้ว',
    en: 'Protected: {units} unit sheets (the unit\'s editors, admins, owner) and Settings, Units, Indicators, Scores{shared} (admins, owner)\nRows added later are inside the sheet\'s protection',
  },
  'addon.units.protectedShared': { th: ' และ "มาตรการ"', en: ' and "มาตรการ"' },
  'addon.units.splitFirst': { th: 'แยกชีตมาตรการตามหน่วยงานก่อน: {moved} แถว ({created} ชีตใหม่)', en: 'Split the measures by unit first: {moved} rows ({created} new sheets)' },
  'addon.units.notices': {
    th: 'ผู้ต่อไปนี้ยังไม่ได้เป็นผู้แก้ไขสเปรดชีต จึงไม่ได้เพิ่ม (การป้องกันให้สิทธิ์แทนการแชร์ไม่ได้: แชร์สเปรดชีตให้เป็นผู้แก้ไขก่อน แล้วเรียกอีกครั้ง):',
    en: 'Not added, not editors of the spreadsheet (protection cannot replace sharing: share it with them as editors, then run this again):',
  },
  'addon.units.notice.viewer': { th: '{email} ({place}): ดูได้อย่างเดียว', en: '{email} ({place}): can only view' },
  'addon.units.notice.none': { th: '{email} ({place}): ไม่มีสิทธิ์เปิดไฟล์', en: '{email} ({place}): cannot open the file' },
  'addon.units.noEditors': {
    th: 'หน่วยงานที่ไม่มีผู้แก้ไขที่แก้ไขสเปรดชีตได้ (ชีตของหน่วยงานแก้ไขได้เฉพาะผู้ดูแลและเจ้าของ): {units}',
    en: 'Units with no editor who can edit the spreadsheet (their sheet is the admins\' and the owner\'s only): {units}',
  },
  'addon.units.protectDescription': { th: 'ITA Tracker: มาตรการของ {unit} (ผู้แก้ไขของหน่วยงาน ผู้ดูแล และเจ้าของ)', en: 'ITA Tracker: measures of {unit} (its editors, the admins and the owner)' },
  'addon.units.adminDescription': { th: 'ITA Tracker: แก้ไขได้เฉพาะผู้ดูแลและเจ้าของ', en: 'ITA Tracker: the admins and the owner only' },
  'addon.units.cannotEdit': { th: 'คุณแก้ไขชีต "{sheet}" ไม่ได้ (ป้องกันไว้): ให้ผู้ดูแลหรือเจ้าของเป็นผู้ทำ', en: 'You cannot edit sheet "{sheet}" (it is protected): ask an admin or the owner to do this' },
};
