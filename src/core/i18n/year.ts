/**
 * Strings of the year's work shared by the add-on, the sidebar server and the CLI (issue 20):
 * starting a new fiscal year, analysis rows typed under the wrong year, notes to review.
 */
export const YEAR_STRINGS = {
  'newYear.reviewMark': { th: 'ยกมาจากปี {year}: ทบทวนแล้วลบข้อความนี้', en: 'Copied from {year}: review, then clear this cell' },
  'newYear.badYear': { th: 'ปีงบประมาณ "{value}" ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2569', en: 'The fiscal year "{value}" must be a 4-digit Buddhist-Era year, e.g. 2569' },
  'newYear.problems': { th: 'ข้อมูลมีปัญหา {count} รายการ: แก้ให้ครบก่อน (ตรวจสอบข้อมูล) แล้วเริ่มปีงบประมาณใหม่อีกครั้ง', en: 'The data has {count} problem(s): fix them first (Validate), then start the new fiscal year again' },
  'newYear.head': { th: 'เริ่มปีงบประมาณ พ.ศ. {year} (มาตรการตอบผล ITA ปี {itaYear})', en: 'Starting fiscal year {year} (its measures answer ITA {itaYear})' },
  'newYear.settings': { th: 'ตั้งค่า ปีงบประมาณ: {from} → {year}', en: 'Settings fiscal year: {from} → {year}' },
  'newYear.carried': { th: '{unit}: ยกมาตรการของปี {from} มา {count} รายการ (สถานะ ยังไม่ดำเนินการ)', en: '{unit}: {count} measure(s) of {from} carried forward (status not started)' },
  'newYear.started': { th: '{unit}: มีมาตรการของปี {year} แล้ว {count} รายการ จึงไม่ยกมาตรการมา', en: '{unit}: already has {count} measure(s) for {year}; no measure carried' },
  'newYear.none': { th: '{unit}: ไม่มีมาตรการของปี {from} ให้ยกมา: เพิ่มมาตรการ (เลือกจากคลังมาตรการได้)', en: '{unit}: no measures of {from} to carry: add some (the library of measures has suggestions)' },
  'newYear.dropped': { th: '{unit}: ไม่ยกมาตรการที่ยกเลิกแล้ว: {titles}', en: '{unit}: cancelled measures not carried: {titles}' },
  'newYear.analysis': { th: '{unit}: เพิ่มแถววิเคราะห์ผล ITA {itaYear} ตัวชี้วัด {list}', en: '{unit}: analysis rows added for ITA {itaYear}, indicator(s) {list}' },
  'newYear.scoresMissing': { th: '{unit}: ยังไม่มีคะแนน ITA ปี {itaYear}: นำเข้าคะแนนก่อน (นำเข้าคะแนน / ita import-scores) แล้วเริ่มปีใหม่อีกครั้งเพื่อเพิ่มแถววิเคราะห์', en: '{unit}: no ITA {itaYear} scores yet: import them first (Import scores / ita import-scores), then run this again to add the analysis rows' },
  'newYear.noteFrom': { th: 'ข้อความยกมาจากปี {year} (ทบทวน)', en: 'text copied from {year} (to review)' },
  'newYear.noteEmpty': { th: 'ว่าง: กรอกประเด็นและแนวทาง (หรือเลือกแนวทางจากคลังมาตรการ)', en: 'empty: write the issues and approach (or pick the approach from the library)' },
  'newYear.nothing': { th: 'ไม่มีอะไรต้องเพิ่ม: ทุกหน่วยงานเริ่มปี {year} แล้ว', en: 'Nothing to add: every unit has started {year}' },
  'newYear.done': { th: 'เพิ่มมาตรการ {measures} รายการ และแถววิเคราะห์ {notes} แถว', en: 'Added {measures} measure(s) and {notes} analysis row(s)' },
  'warning.analysisYear': {
    th: 'ไม่มีคะแนน ITA ปี {year} ของ{unit}: แถวนี้น่าจะหมายถึงปี ITA {probable} (ปีที่วิเคราะห์ ไม่ใช่ปีงบประมาณที่ทำมาตรการ) แก้ปีเป็น {probable} มิฉะนั้นเอกสารมาตรการประจำปีจะไม่ใช้แถวนี้',
    en: 'No ITA {year} scores for {unit}: this row probably means ITA {probable} (the year analysed, not the fiscal year of the measures); change the year to {probable}, or the year-start document will not use this row',
  },
  'warning.analysisYearNone': {
    th: 'ไม่มีคะแนน ITA ปี {year} ของ{unit}: เอกสารมาตรการประจำปีจะไม่ใช้แถวนี้จนกว่าจะนำเข้าคะแนนปี {year}',
    en: 'No ITA {year} scores for {unit}: the year-start document will not use this row until the {year} scores are imported',
  },
  'plan.warning.review': {
    th: 'แถววิเคราะห์ตัวชี้วัด {list} ยกข้อความมาจากปีก่อนและยังไม่ได้ทบทวน (คอลัมน์ "ทบทวน" ในชีต "การวิเคราะห์"): ตรวจข้อความแล้วลบเครื่องหมายนั้น',
    en: 'The analysis of indicator(s) {list} was copied from an earlier year and not yet reviewed (the "ทบทวน" column of การวิเคราะห์): check the text, then clear that cell',
  },
  'library.approachWritten': { th: 'แถววิเคราะห์ตัวชี้วัด {code} ({cell}) มีแนวทางการพัฒนาที่เขียนไว้แล้ว จึงไม่เขียนทับ: แก้ไขในชีตได้โดยตรง', en: 'The analysis row of indicator {code} ({cell}) already has an approach; it is not overwritten: edit it in the sheet' },
  'library.added': { th: 'เพิ่มมาตรการที่ {cell}: {text} (แก้ไขได้ในชีต)', en: 'Measure added at {cell}: {text} (edit it in the sheet)' },
  'library.approachAdded': { th: 'ใส่แนวทางการพัฒนาที่ {cell} แล้ว (แก้ไขได้ในชีต)', en: 'Approach written at {cell} (edit it in the sheet)' },
  'library.badPick': { th: 'ไม่พบรายการนี้ในคลังมาตรการ: เปิดคลังมาตรการใหม่แล้วเลือกอีกครั้ง', en: 'This item is not in the library: open the library again and choose again' },
  'addon.menu.newYear': { th: 'เริ่มปีงบประมาณใหม่', en: 'เริ่มปีงบประมาณใหม่ (Start the new fiscal year)' },
  'newYear.menu.title': { th: 'เริ่มปีงบประมาณใหม่', en: 'Start the new fiscal year' },
  'newYear.menu.ask': { th: 'ปีงบประมาณใหม่ (พ.ศ.) เว้นว่าง = {year}\nมาตรการของปีก่อนจะถูกยกมา (สถานะ ยังไม่ดำเนินการ) และเพิ่มแถววิเคราะห์ของตัวชี้วัดที่ต้องพัฒนา โดยจะแสดงรายการให้ตรวจก่อนบันทึก', en: 'The new fiscal year (BE), blank = {year}\nLast year\'s measures are carried forward (not started) and the analysis rows of the indicators to develop added; you see the list before anything is written' },
  'newYear.menu.confirm': { th: 'กด ตกลง เพื่อเพิ่มรายการข้างต้นและตั้งปีงบประมาณเป็น {year}', en: 'OK adds the rows above and sets the fiscal year to {year}' },
};
