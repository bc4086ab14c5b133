/**
 * Strings of the score import (paste of an ITAS result, or a district table): problems,
 * warnings and outcomes. Core returns them as keys and parameters (ImportNote); the CLI and
 * the sidebar page render them, so these Thai strings stay out of the Apps Script bundle
 * (bundle size is latency on every click). The menu caption lives with the others in addon.ts.
 */
export const IMPORT_STRINGS = {
  'import.problem.empty': { th: 'ยังไม่ได้วางข้อความหรือตารางคะแนน', en: 'Nothing was pasted: paste an ITA result or a score table' },
  'import.problem.noScores': { th: 'ไม่พบคะแนนตัวชี้วัดในข้อความที่วาง (ต้องมีชื่อตัวชี้วัดหรือ "ตัวชี้วัดที่ N" ตามด้วยคะแนนในบรรทัดเดียวกัน)', en: 'No indicator score found in the pasted text (an indicator name or "ตัวชี้วัดที่ N" followed by its score on the same line)' },
  'import.problem.twoScores': { th: 'ตัวชี้วัด {code} {name} มีคะแนนสองค่า: {a} (บรรทัด {lineA}) และ {b} (บรรทัด {lineB}) ตรวจสอบข้อความแล้ววางใหม่', en: 'Indicator {code} {name} has two scores: {a} (line {lineA}) and {b} (line {lineB}); check the text and paste again' },
  'import.problem.twoTotals': { th: 'คะแนนรวมมีสองค่า: {a} (บรรทัด {lineA}) และ {b} (บรรทัด {lineB})', en: 'Two different totals: {a} (line {lineA}) and {b} (line {lineB})' },
  'import.problem.codeAndName': { th: 'บรรทัด {line}: "ตัวชี้วัดที่ {code}" แต่ชื่อเป็นของตัวชี้วัด {other}', en: 'Line {line}: "indicator {code}" but the name is indicator {other}\'s' },
  'import.problem.needUnit': { th: 'ข้อความที่วางไม่ได้ระบุชื่อหน่วยงาน: เลือกหน่วยงานที่จะนำเข้าคะแนน (แผงควบคุม: ช่อง "หน่วยงาน"; ita import-scores: --unit <ชื่อหน่วยงาน>)', en: 'The pasted text names no unit: choose the unit these scores belong to (sidebar: the "Unit" field; ita import-scores: --unit <name>)' },
  'import.problem.pastedUnitMissing': { th: 'ข้อความเป็นผลคะแนนของ "{found}" ซึ่งยังไม่มีในชีต "หน่วยงาน": เพิ่มหน่วยงานนี้ในชีต "หน่วยงาน" ก่อน แล้วนำเข้าอีกครั้ง หรือเลือกหน่วยงานที่ตรงกัน (แผงควบคุม: ช่อง "หน่วยงาน"; ita import-scores: --unit <ชื่อหน่วยงาน>)', en: 'The text is the result of "{found}", which is not in the "หน่วยงาน" (Units) sheet: add the unit there first and import again, or choose the matching unit (sidebar: the "Unit" field; ita import-scores: --unit <name>)' },
  'import.problem.unknownUnit': { th: 'ไม่พบหน่วยงาน "{unit}" ในชีต "หน่วยงาน"', en: 'Unit "{unit}" is not in the "หน่วยงาน" (Units) sheet' },
  'import.problem.ambiguousUnit': { th: 'ชื่อ "{unit}" ตรงกับหลายหน่วยงาน: {candidates} — ระบุชื่อเต็ม หรือ อบต./ทต./ทม./ทน./อบจ. นำหน้าชื่อ', en: '"{unit}" fits several units: {candidates} — give the full name, or อบต./ทต./ทม./ทน./อบจ. before the name' },
  'import.problem.unknownUnitRow': { th: 'แถว {row}: ไม่พบหน่วยงาน "{unit}" ในชีต "หน่วยงาน" (เพิ่มหน่วยงานก่อน หรือแก้ชื่อให้ตรง)', en: 'Row {row}: unit "{unit}" is not in the "หน่วยงาน" (Units) sheet (add it first, or correct the name)' },
  'import.problem.otherYear': { th: 'ข้อความเป็นผลการประเมินปี {found} แต่เลือกปี ITA {year} (เลือกปี {found} หรือเว้นช่องปีว่าง)', en: 'The text is the {found} assessment, but the ITA year chosen is {year} (choose {found}, or leave the year blank)' },
  'import.problem.otherUnit': { th: 'ข้อความเป็นผลคะแนนของ "{found}" แต่เลือกหน่วยงาน "{unit}"', en: 'The text is the result of "{found}", but the unit chosen is "{unit}"' },
  'import.problem.needYear': { th: 'ระบุปีที่ประเมิน ITA (พ.ศ.)', en: 'Give the ITA year (Buddhist Era)' },
  'import.problem.badYear': { th: 'ปี ITA "{value}" ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567', en: 'The ITA year "{value}" must be a 4-digit Buddhist-Era year, e.g. 2567' },
  'import.problem.badYearRow': { th: 'แถว {row}: ปี "{value}" ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567', en: 'Row {row}: year "{value}" must be a 4-digit Buddhist-Era year, e.g. 2567' },
  'import.problem.noFramework': { th: 'ไม่มีกรอบตัวชี้วัดของปี {year} ในชีต "ตัวชี้วัด"', en: 'No indicator framework for {year} in the "ตัวชี้วัด" (Indicators) sheet' },
  'import.problem.badScore': { th: 'แถว {row} คอลัมน์ "{column}": "{value}" ไม่ใช่คะแนน 0–100', en: 'Row {row}, column "{column}": "{value}" is not a score from 0 to 100' },
  'import.problem.duplicateRow': { th: 'แถว {row}: {unit} ปี {year} ซ้ำกับแถว {other}', en: 'Row {row}: {unit} {year} repeats row {other}' },
  'import.problem.duplicateColumn': { th: 'คอลัมน์ "{a}" และ "{b}" เป็นตัวชี้วัดเดียวกัน ({code})', en: 'Columns "{a}" and "{b}" are the same indicator ({code})' },
  'import.problem.noIndicatorColumns': { th: 'ตารางไม่มีคอลัมน์ตัวชี้วัด (หัวคอลัมน์เป็นรหัสหรือชื่อตัวชี้วัด)', en: 'The table has no indicator column (headers are indicator codes or names)' },
  'import.problem.conflict': { th: '{cell} มีคะแนน {before} อยู่แล้ว แต่ค่าที่นำเข้าคือ {after} ({unit} ปี {year} {indicator}) เลือก "แทนที่คะแนนเดิม" หากต้องการแทนที่', en: '{cell} already holds {before}, the import gives {after} ({unit} {year} {indicator}); choose "replace" to overwrite it' },

  'import.warning.levelDiffers': { th: 'ระดับในข้อความคือ {found} แต่คำนวณจากคะแนนได้ {computed}', en: 'The text gives level {found}, the scores give {computed}' },
  'import.warning.missing': { th: '{unit} ปี {year}: ไม่พบคะแนนตัวชี้วัด {codes} จึงนำเข้าเฉพาะที่พบ', en: '{unit} {year}: no score for indicator(s) {codes}; only those found are imported' },
  'import.warning.ignoredColumn': { th: 'ไม่รู้จักคอลัมน์ "{column}" จึงไม่นำเข้าคอลัมน์นี้', en: 'Column "{column}" is not recognised and is not imported' },
  'import.warning.unitText': { th: 'ข้อความระบุหน่วยงาน "{found}" ซึ่งไม่มีในชีต "หน่วยงาน" จึงนำเข้าเป็นของ "{unit}" ตามที่เลือก', en: 'The text names "{found}", which is not in the Units sheet; the scores go to "{unit}" as chosen' },

  'import.total': { th: 'คะแนนรวม', en: 'total' },
  'import.done': { th: 'นำเข้าคะแนนแล้ว {written} ค่า (แทนที่คะแนนเดิม {replaced} ค่า) ลงชีต "{sheet}"', en: 'Imported {written} score(s) ({replaced} replaced) into the "{sheet}" sheet' },
  'import.nothing': { th: 'คะแนนทั้งหมดตรงกับที่มีอยู่แล้ว ไม่มีอะไรต้องเขียน', en: 'Every score already matches the sheet; nothing to write' },
  'import.blocked': { th: 'ยังนำเข้าไม่ได้: พบปัญหา {count} รายการ ไม่มีการเขียนข้อมูลใด ๆ', en: 'Not imported: {count} problem(s); nothing was written' },
};
