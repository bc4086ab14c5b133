/**
 * Strings of the progress report (issue 4): the document's own wording (Thai as in the
 * seeds: 000 analysis, 001 memo, 003/004 reports), its errors, and the add-on/CLI messages
 * around it. `REPORT_STRINGS` is part of the core catalog (the document is rendered both in
 * Apps Script and in Node); `REPORT_CLI_STRINGS` is registered by the `ita report` command
 * only, so the Apps Script bundle does not carry it.
 */
export const REPORT_STRINGS = {
  // Memo cover (seed 001).
  'report.memo.title': { th: 'บันทึกข้อความ', en: 'Memorandum' },
  'report.memo.agency': { th: 'ส่วนราชการ', en: 'From' },
  'report.memo.ref': { th: 'ที่', en: 'Ref.' },
  'report.memo.date': { th: 'วันที่', en: 'Date' },
  'report.memo.subject': { th: 'เรื่อง', en: 'Subject' },
  'report.memo.to': { th: 'เรียน', en: 'To' },
  'report.memo.refBlank': { th: '........................', en: '........................' },
  'report.memo.agencyPhone': { th: '{agency} โทร.\u00a0{phone}', en: '{agency}, tel.\u00a0{phone}' },
  'report.memo.opening': {
    th: 'ตามที่{unit}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {itaYear} ซึ่งได้คะแนน {total} คะแนน อยู่ในระดับ “{level}” และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} เพื่อปรับปรุงและพัฒนาการดำเนินงานของหน่วยงานให้ดียิ่งขึ้น นั้น',
    en: '{unit} analysed its Integrity and Transparency Assessment (ITA) result for fiscal year {itaYear}, {total} points, level {level}, and adopted integrity and transparency measures for fiscal year {year} to address the indicators to develop.',
  },
  'report.memo.openingNoIta': {
    th: 'ตามที่{unit}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} เพื่อปรับปรุงและพัฒนาการดำเนินงานของหน่วยงานให้ดียิ่งขึ้น นั้น',
    en: '{unit} adopted integrity and transparency measures for fiscal year {year}.',
  },
  'report.memo.progress': {
    th: 'บัดนี้ ได้สรุปผลการดำเนินการตามมาตรการดังกล่าว {round} ข้อมูล ณ วันที่ {asOf} ปรากฏว่า มีมาตรการทั้งหมด {total} มาตรการ {cancelledPart}{statuses} รายละเอียดปรากฏตามรายงานที่แนบมาพร้อมนี้',
    en: 'The progress of these measures for the {round}, as of {asOf}, has been summarised: of {total} measures, {cancelledPart}{statuses}. The report is attached.',
  },
  /** Inserted after the total when some measures were cancelled (memo and summary). */
  'report.cancelledPart': {
    th: 'ยกเลิก {cancelled} มาตรการ (ไม่นับรวมในการคิดร้อยละ) คงเหลือมาตรการที่ต้องดำเนินการ {active} มาตรการ ',
    en: '{cancelled} cancelled (not counted in the percentages), {active} left: ',
  },
  /** The memo's one sentence on the overdue measures; then overdueFollowUp or carryOver (round 12). */
  'report.memo.overdue': {
    th: 'ทั้งนี้ มีมาตรการที่เกินกำหนดและยังไม่แล้วเสร็จ ณ วันที่ {asOf} จำนวน {count} มาตรการ ได้แก่ {list} {next}',
    en: '{count} measure(s) were past their due date and not done on {asOf}: {list}. {next}',
  },
  'report.memo.overdueFollowUp': { th: 'ซึ่งจะเร่งรัดติดตามการดำเนินการให้แล้วเสร็จต่อไป', en: 'They will be followed up.' },
  'report.memo.overdueItem': { th: 'มาตรการที่ {no} {title}', en: 'measure {no} ({title})' },
  // The report is the evidence published for the ITA's OIT item: the memo asks leave to publish it.
  'report.memo.closing': {
    th: 'จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของ{unit}',
    en: 'For your information, and for your permission to publish this report on the website of {unit}.',
  },

  // Title (seeds 003/004).
  'report.title': {
    th: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Report on the integrity and transparency measures',
  },
  'report.title1': { th: 'รายงานผลการดำเนินการตามมาตรการ', en: 'Report on the measures' },
  'report.title2': { th: 'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'promoting integrity and transparency' },
  'report.yearLine': { th: 'ประจำปีงบประมาณ พ.ศ. {year}', en: 'Fiscal year {year}' },
  'report.subtitle': { th: 'ประจำปีงบประมาณ พ.ศ. {year} {round}', en: 'Fiscal year {year}, {round}' },
  'report.place': { th: 'อำเภอ{district} จังหวัด{province}', en: '{district} District, {province} Province' },
  'report.placeProvince': { th: 'จังหวัด{province}', en: '{province} Province' },

  // 1. ITA result (seed 000).
  'report.ita.heading': {
    th: '๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {itaYear}',
    en: '1. Integrity and Transparency Assessment (ITA) result, fiscal year {itaYear}',
  },
  'report.ita.total': {
    th: '{unit} ได้คะแนน {total} คะแนน อยู่ในระดับ “{level}”',
    en: '{unit} scored {total} points, level {level}.',
  },
  'report.ita.levelHeldBy': {
    th: ' ซึ่งคะแนนของ {tools} ต่ำกว่า {mark} คะแนน จึงอยู่ในระดับดังกล่าว',
    en: '; {tools} below {mark} holds the level there',
  },
  'report.ita.up': {
    th: 'เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} ({prevTotal} คะแนน) คะแนนเพิ่มขึ้น {diff} คะแนน',
    en: 'Against fiscal year {prevYear} ({prevTotal}), the total rose by {diff} points.',
  },
  'report.ita.down': {
    th: 'เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} ({prevTotal} คะแนน) คะแนนลดลง {diff} คะแนน',
    en: 'Against fiscal year {prevYear} ({prevTotal}), the total fell by {diff} points.',
  },
  'report.ita.same': {
    th: 'เมื่อเทียบกับปีงบประมาณ พ.ศ. {prevYear} คะแนนรวมเท่าเดิม ({prevTotal} คะแนน)',
    en: 'Against fiscal year {prevYear} the total is unchanged ({prevTotal}).',
  },
  'report.ita.noPrevious': {
    th: 'ไม่มีผลการประเมินของปีก่อนหน้าสำหรับเปรียบเทียบ',
    en: 'No earlier result to compare with.',
  },
  'report.ita.rankingCaption': { th: 'คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย', en: 'Indicator scores, highest first' },
  'report.ita.col.rank': { th: 'อันดับ', en: 'Rank' },
  'report.ita.col.indicator': { th: 'ตัวชี้วัด', en: 'Indicator' },
  'report.ita.col.score': { th: 'คะแนน', en: 'Score' },
  'report.ita.col.change': { th: 'เทียบปี {prevYear}', en: 'vs {prevYear}' },
  'report.ita.indicatorName': { th: '{code}. {name}', en: '{code}. {name}' },
  'report.ita.highest': { th: 'คะแนนสูงสุด', en: 'Highest' },
  'report.ita.lowest': { th: 'คะแนนต่ำสุด', en: 'Lowest' },
  'report.ita.extreme': { th: '{score} คะแนน (ตัวชี้วัดที่ {code} {name})', en: '{score} (indicator {code}, {name})' },
  'report.ita.none': {
    th: 'ยังไม่มีผลการประเมิน ITA ของ{unit}ก่อนปีงบประมาณ พ.ศ. {year} ในชีตคะแนน',
    en: 'The Scores sheet has no ITA result of {unit} before fiscal year {year}.',
  },
  'report.chart.title': { th: 'แผนภูมิคะแนนรายตัวชี้วัด ITA {itaYear}', en: 'Indicator scores, ITA {itaYear}' },
  'report.chart.threshold': { th: 'เกณฑ์ {value}', en: 'Pass {value}' },
  'report.chart.label': { th: '{code}. {name}', en: '{code}. {name}' },
  /** The legend of the bars' two colours (only when both are used). */
  'report.chart.legendPass': { th: 'ผ่านเกณฑ์ ({value} คะแนนขึ้นไป)', en: 'Pass ({value} or more)' },
  'report.chart.legendBelow': { th: 'ต่ำกว่าเกณฑ์ {value} คะแนน', en: 'Below {value}' },

  // 2. Indicators to develop and coverage.
  'report.weak.heading': { th: '๒. ประเด็นที่ต้องพัฒนาและมาตรการที่รองรับ', en: '2. Indicators to develop and the measures that address them' },
  'report.weak.intro': {
    th: 'มีตัวชี้วัดที่ต้องพัฒนา {count} ตัวชี้วัด ซึ่ง{unit}ได้กำหนดมาตรการรองรับ ดังนี้',
    en: 'The analysis found {count} indicator(s) to develop; the measures that address them:',
  },
  'report.weak.none': {
    th: 'ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ {threshold} คะแนน',
    en: 'No indicator scored below the {threshold}-point threshold.',
  },
  'report.weak.col.indicator': { th: 'ตัวชี้วัดที่ต้องพัฒนา', en: 'Indicator to develop' },
  'report.weak.col.score': { th: 'คะแนน', en: 'Score' },
  'report.weak.col.measures': { th: 'มาตรการที่รองรับ', en: 'Measures addressing it' },
  'report.weak.noMeasure': { th: 'ยังไม่มีมาตรการรองรับ', en: 'No measure yet' },
  /** No indicator below the threshold: the lowest one is still the issue to develop (seed 001). */
  'report.weak.lowest': {
    th: 'ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ {code} {name} ({score} คะแนน) จึงเป็นประเด็นที่ต้องพัฒนา ดังตารางต่อไปนี้',
    en: 'The lowest-scoring indicator, {code} {name} ({score}), is the one to develop (table below).',
  },

  // 3. Measures (seeds 001/004).
  'report.measures.heading': { th: '๓. ผลการดำเนินการตามมาตรการ {round}', en: '3. Progress of the measures, {round}' },
  'report.measures.intro': {
    th: 'ผลการดำเนินการแต่ละมาตรการ ข้อมูล ณ วันที่ {asOf} มีดังนี้',
    en: 'Progress of each measure as of {asOf}:',
  },
  'report.measures.col.measure': { th: 'มาตรการ/กิจกรรม', en: 'Measure / activity' },
  'report.measures.col.method': { th: 'วิธีการดำเนินการ', en: 'Method' },
  'report.measures.col.responsible': { th: 'ผู้รับผิดชอบ', en: 'Responsible' },
  'report.measures.col.timeline': { th: 'ระยะเวลาดำเนินการ', en: 'Timeline' },
  'report.measures.col.responsibleShort': { th: 'ผู้รับผิดชอบ', en: 'Responsible' },
  'report.measures.col.timelineShort': { th: 'ระยะเวลา\nดำเนินการ', en: 'Timeline' },
  // Broken between words by hand, never inside one: a status-mark column (1.7 cm) holds "อยู่ระหว่าง"
  // or "ดำเนินการ" in bold on a line, not "เรียบร้อยแล้ว".
  'report.measures.col.not_started': { th: 'ยังไม่\nดำเนินการ', en: 'Not\nstarted' },
  'report.measures.col.in_progress': { th: 'อยู่ระหว่าง\nดำเนินการ', en: 'In\nprogress' },
  'report.measures.col.done': { th: 'ดำเนินการ\nเรียบร้อย\nแล้ว', en: 'Done' },
  'report.measures.col.status': { th: 'สถานะการดำเนินงาน', en: 'Status' },
  'report.measures.col.result': { th: 'สรุปผล\nการดำเนินการ', en: 'Result' },
  'report.measures.col.outcome': { th: 'ผลลัพธ์/\nความสำเร็จ', en: 'Outcome' },
  'report.measures.col.followUp': { th: 'การกำกับ\nติดตาม', en: 'Reported\nin' },
  'report.measures.followUpRound': { th: 'รอบ {months} เดือน', en: '{months}-month round' },
  'report.measures.cancelled': { th: 'ยกเลิกการดำเนินการ', en: 'Cancelled' },
  'report.measures.doneOn': { th: 'ดำเนินการเรียบร้อยแล้วเมื่อวันที่ {date}', en: 'Done on {date}' },
  'report.measures.overdueMark': { th: '(เกินกำหนด)', en: '(overdue)' },
  'report.measures.numbered': { th: '{no}. {title}', en: '{no}. {title}' },
  'report.summary.col.status': { th: 'สถานะ', en: 'Status' },
  'report.summary.col.count': { th: 'จำนวน (มาตรการ)', en: 'Measures' },
  'report.summary.col.percent': { th: 'ร้อยละ', en: 'Percent' },
  'report.summary.total': { th: 'รวม', en: 'Total' },
  'report.summary.totalActive': { th: 'รวม (ไม่นับมาตรการที่ยกเลิก)', en: 'Total (cancelled not counted)' },
  'report.summary.sentence': {
    th: 'มาตรการทั้งหมด {total} มาตรการ {cancelledPart}{donePart}',
    en: '{total} measures, {cancelledPart}{donePart}.',
  },
  'report.overdue.list': {
    th: 'มาตรการที่เกินกำหนดและยังไม่แล้วเสร็จ ณ วันที่ {asOf} จำนวน {count} มาตรการ ได้แก่',
    en: '{count} measure(s) were past their due date and not done on {asOf}:',
  },
  'report.overdue.item': { th: '{i}) มาตรการที่ {no} {title} (กำหนดแล้วเสร็จ {due})', en: '{i}) measure {no}, {title} (due {due})' },
  'report.overdue.followUp': {
    th: '{unit}จะเร่งรัดติดตามการดำเนินการให้แล้วเสร็จโดยเร็วต่อไป',
    en: '{unit} will follow them up so that they are completed soon.',
  },
  /** Round 12: the year has ended; what is not done is carried on, not hurried. */
  'report.overdue.carryOver': {
    th: 'มาตรการที่ยังไม่แล้วเสร็จ {count} มาตรการ จะดำเนินการต่อในปีงบประมาณ พ.ศ. {nextYear}',
    en: 'The {count} measure(s) not completed will be carried on in fiscal year {nextYear}.',
  },
  'report.overdue.none': { th: 'ณ วันที่ {asOf} ไม่มีมาตรการที่เกินกำหนด', en: 'No measure was overdue on {asOf}.' },

  // Signature (seed 001).
  'report.signature.sign': { th: '(ลงชื่อ)........................................ผู้รายงาน', en: '(Signed) ........................................ Reporter' },
  'report.signature.name': { th: '({name})', en: '({name})' },
  'report.signature.blankName': { th: '(........................................)', en: '(........................................)' },
  'report.signature.position': { th: 'ตำแหน่ง {position}', en: '{position}' },
  'report.signature.date': { th: 'วันที่ {date}', en: 'Date {date}' },

  // The executive's endorsement (--endorsement).
  'report.endorsement.heading': { th: 'ความเห็นของผู้บริหาร', en: "The executive's opinion" },
  'report.endorsement.sign': { th: '(ลงชื่อ)........................................', en: '(Signed) ........................................' },
  'report.endorsement.date': { th: 'วันที่ ........../........................../..........', en: 'Date ........../........../..........' },

  // Told to the person making the report (CLI line, sidebar note), never printed in it.
  'report.warning.uncertain': {
    th: 'โปรดตรวจสอบ: มาตรการ {count} รายการมีสถานะดำเนินการเรียบร้อยแล้วแต่ไม่มีวันที่แล้วเสร็จ จึงไม่ทราบว่าเสร็จก่อนวันที่ {asOf} หรือไม่ รายงานจึงใช้สถานะปัจจุบัน ({list}) — กรอกวันที่แล้วเสร็จในชีตมาตรการแล้วสร้างรายงานใหม่',
    en: 'Please check: {count} measure(s) are done with no completion date, so whether they were done by {asOf} is unknown and the report uses their current status ({list}). Enter the completion dates in the Measures sheet and make the report again.',
  },

  'report.warning.uncovered': {
    th: 'ตัวชี้วัดที่ยังไม่มีมาตรการรองรับ: {list} ควรพิจารณากำหนดมาตรการเพิ่มเติม (รายงานแสดง "ยังไม่มีมาตรการรองรับ" ในตารางข้อ ๒)',
    en: 'Indicators no measure addresses: {list}. Consider adding measures (the report says "no measure yet" in section 2).',
  },
  'report.warning.lateDate': {
    th: 'วันที่ลงนาม {date} ห่างจากวันสิ้นรอบ {roundEnd} กว่า 60 วัน: ตรวจสอบปีงบประมาณและวันที่ลงนาม',
    en: 'The signing date {date} is more than 60 days after the round ended ({roundEnd}): check the fiscal year and the signing date',
  },
  'report.warning.noResult': {
    th: 'มาตรการที่ดำเนินการแล้วหรืออยู่ระหว่างดำเนินการแต่ยังไม่มีสรุปผลการดำเนินการ: มาตรการที่ {list} — กรอกคอลัมน์ผลการดำเนินการในชีตมาตรการ',
    en: 'Measures done or in progress with no result text: {list}. Fill in the Result column of the Measures sheet.',
  },

  // Errors.
  'report.error.unknownUnit': { th: 'ไม่พบหน่วยงาน "{unit}" ในชีตหน่วยงาน', en: 'Unit "{unit}" is not in the Units sheet' },
  'report.error.noMeasures': {
    th: 'ไม่มีมาตรการของ{unit} ปีงบประมาณ พ.ศ. {year} ในชีตมาตรการ จึงสร้างรายงานไม่ได้',
    en: 'The Measures sheet has no measure of {unit} for fiscal year {year}; there is nothing to report',
  },
  'report.error.badRound': { th: 'รอบรายงานต้องเป็น ๓, ๖, ๙ หรือ ๑๒ เดือน (ได้ "{value}")', en: 'The round must be 3, 6, 9 or 12 months (got "{value}")' },
  'report.error.badYear': { th: 'ปีงบประมาณ "{value}" ไม่ใช่ปี พ.ศ. ที่ถูกต้อง', en: 'Fiscal year "{value}" is not a valid Buddhist-Era year' },
  'report.error.badDate': { th: 'วันที่ "{value}" ({field}) ต้องเป็นแบบ YYYY-MM-DD เช่น 2025-03-31', en: 'The date "{value}" ({field}) must be YYYY-MM-DD, e.g. 2025-03-31' },
  'report.error.noUnits': { th: 'ยังไม่มีหน่วยงานในชีตหน่วยงาน', en: 'The Units sheet lists no unit' },
  'report.error.invalidWorkbook': {
    th: 'สมุดงานมีข้อผิดพลาด {count} รายการ โปรดแก้ไขก่อนสร้างรายงาน (เช่น {first})',
    en: 'The workbook has {count} problem(s); fix them before making a report (e.g. {first})',
  },

  // Document name and the add-on's messages.
  'report.docName': { th: '{unit} รายงานมาตรการ ITA {year} รอบ {round} เดือน', en: '{unit} ITA measures report {year} {round}-month round' },
  'report.menu.askUnit': { th: 'สร้างรายงานของหน่วยงานใด', en: 'Which unit is the report for?' },
  'report.menu.askUnitHelp': { th: 'พิมพ์ชื่อหน่วยงาน หรือหมายเลขจากรายการ:\n{list}', en: 'Type the unit name or its number:\n{list}' },
  'report.menu.askRound': { th: 'รอบรายงาน', en: 'Reporting round' },
  'report.menu.askRoundHelp': { th: 'พิมพ์ 3, 6, 9 หรือ 12 (เว้นว่าง = {round} เดือน)', en: 'Type 3, 6, 9 or 12 (blank = {round} months)' },
  'report.menu.done': { th: 'สร้างรายงานแล้ว', en: 'Report created' },
  'report.menu.open': { th: 'เปิด {name}', en: 'Open {name}' },
  'report.all.progress': { th: 'กำลังสร้างรายงาน {done}/{total}: {unit}', en: 'Making report {done}/{total}: {unit}' },
  'report.all.title': { th: 'สร้างรายงานทุกหน่วยงาน', en: 'Reports for every unit' },
  'report.all.made': { th: 'สร้างแล้ว {count} ฉบับ', en: '{count} report(s) made' },
  'report.all.skipped': { th: 'ข้าม {count} หน่วยงานที่มีรายงานรอบนี้แล้ว', en: '{count} unit(s) skipped: already reported for this round' },
  'report.all.stopped': {
    th: 'หยุดที่ {unit} เพราะบริการของ Google ปฏิเสธ: {message}\nเหลืออีก {count} หน่วยงาน: {list} — เลือก "สร้างรายงานทุกหน่วยงาน" อีกครั้งภายหลัง (เช่น วันถัดไป หากเกินโควตาสร้างเอกสารต่อวัน) หน่วยงานที่สร้างแล้วจะถูกข้าม',
    en: 'Stopped at {unit}: a Google service refused: {message}\n{count} unit(s) remain: {list}. Run it again later (e.g. tomorrow if the daily quota of new documents is used up); units already done are skipped.',
  },
  'report.all.failed': { th: 'สร้างไม่ได้: {list}', en: 'Failed: {list}' },
  'report.all.remaining': {
    th: 'หยุดก่อนหมดเวลาการทำงาน เหลืออีก {count} หน่วยงาน: {list} — เลือก "สร้างรายงานทุกหน่วยงาน" อีกครั้งเพื่อทำต่อ (หน่วยงานที่สร้างแล้วจะถูกข้าม)',
    en: 'Stopped before the time limit; {count} unit(s) remain: {list}. Run it again to continue (units already done are skipped).',
  },
  'report.all.complete': { th: 'ครบทุกหน่วยงานแล้ว', en: 'Every unit is done' },
};

export const REPORT_CLI_STRINGS = {
  'cli.report.summary': {
    th: 'สร้างรายงานผลการดำเนินการตามมาตรการ (.docx) ของหน่วยงานหนึ่ง หรือทุกหน่วยงาน',
    en: 'Write the measures progress report (.docx) of one unit, or of every unit',
  },
  'cli.report.wrote': { th: 'เขียนรายงาน {path} แล้ว', en: 'Wrote the report {path}' },
  'cli.report.wroteAll': { th: 'เขียนรายงาน {count} ฉบับใน {dir}', en: 'Wrote {count} report(s) in {dir}' },
  'cli.report.skipped': { th: 'ข้าม {unit}: {reason}', en: 'Skipped {unit}: {reason}' },
  'cli.report.needUnit': { th: 'ต้องระบุ --unit <ชื่อหน่วยงาน> หรือ --all', en: 'Give --unit <name> or --all' },
  'cli.report.needOut': { th: 'ต้องระบุ --out <ไฟล์.docx>', en: 'Give --out <file.docx>' },
  'cli.report.needOutDir': { th: 'ต้องระบุ --out-dir <โฟลเดอร์>', en: 'Give --out-dir <dir>' },
  'cli.report.badDate': { th: '{option} ต้องเป็นวันที่แบบ YYYY-MM-DD เช่น 2025-03-31 (ได้รับ "{value}")', en: '{option} must be a date as YYYY-MM-DD, e.g. 2025-03-31 (got "{value}")' },
  'cli.report.asOf': { th: 'ข้อมูล ณ วันที่ {date} (--as-of {iso})', en: 'Data as of {iso}' },
  'cli.report.warning': { th: 'คำเตือน ({unit}): {text}', en: 'Warning ({unit}): {text}' },
};
