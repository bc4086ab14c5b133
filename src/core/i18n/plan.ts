/**
 * Strings of the year-start document (issue 12): มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี
 * — the analysis of last year's ITA result and the year's measures (seeds 000 and 002). Its
 * wording follows seed 000. `PLAN_STRINGS` is part of the core catalog (both renderers and the
 * add-on use it); `PLAN_CLI_STRINGS` is registered by `ita plan` only; `PLAN_SIDEBAR_STRINGS`
 * is bundled into the sidebar page.
 */
export const PLAN_STRINGS = {
  // Title (seed 000's first line, over several lines as the report's title is).
  'plan.title': { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency measures' },

  // 1. The analysis (seed 000).
  'plan.ita.heading': {
    th: '๑. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {itaYear}',
    en: '1. Analysis of the Integrity and Transparency Assessment (ITA) result, fiscal year {itaYear}',
  },
  'plan.analysis.intro': {
    th: '{unit}{place} ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. {itaYear} ที่ผ่านมา ประกอบด้วย ประเด็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน ประเด็นที่จะต้องพัฒนาให้ดีขึ้น แนวทางการนำผลการวิเคราะห์ไปสู่แนวทางการปฏิบัติของหน่วยงาน ตลอดจนข้อเสนอแนะในการจัดทำมาตรการ เพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้ดีขึ้น ซึ่งจากการวิเคราะห์สามารถสรุปได้ว่า มีประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่',
    en: '{unit}{place} analysed its Integrity and Transparency Assessment (ITA) result of fiscal year {itaYear}: the weaknesses to fix urgently, the issues to improve, how to turn the analysis into practice and what the measures should do. The indicators to develop are:',
  },
  'plan.analysis.introNone': {
    th: '{unit}{place} ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. {itaYear} ที่ผ่านมา พบว่าทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเกณฑ์ {threshold} คะแนน',
    en: '{unit}{place} analysed its Integrity and Transparency Assessment (ITA) result of fiscal year {itaYear}: every indicator scored at least the {threshold}-point threshold.',
  },
  'plan.analysis.item': { th: '{n}) ตัวชี้วัด{name} ({score} คะแนน)', en: '{n}) {name} ({score} points)' },
  'plan.analysis.approachIntro': { th: 'จึงมีแนวทางการพัฒนาดังนี้', en: 'The approach to each:' },
  'plan.analysis.notesIntro': { th: 'ข้อสังเกตรายตัวชี้วัด มีดังนี้', en: 'Notes by indicator:' },
  'plan.analysis.col.indicator': { th: 'ตัวชี้วัด (คะแนน)', en: 'Indicator (score)' },
  'plan.analysis.col.issues': { th: 'ประเด็นที่ต้องแก้ไข/พัฒนา', en: 'Issues to fix or develop' },
  'plan.analysis.col.approach': { th: 'แนวทางการพัฒนา', en: 'Approach' },
  'plan.analysis.indicatorCell': { th: '{code}. {name}\n({score} คะแนน)', en: '{code}. {name}\n({score} points)' },
  // A neutral sentence from the figures where the การวิเคราะห์ sheet has no note.
  'plan.analysis.autoBelow': { th: 'ได้ {score} คะแนน ต่ำกว่าเกณฑ์ {threshold} คะแนน อยู่ {gap} คะแนน', en: 'Scored {score}, {gap} below the {threshold}-point threshold' },
  'plan.analysis.autoLow': { th: 'ได้ {score} คะแนน เป็นลำดับที่ {rank} จาก {count} ตัวชี้วัด', en: 'Scored {score}, ranked {rank} of {count} indicators' },
  'plan.analysis.autoUp': { th: 'เพิ่มขึ้น {diff} คะแนนจากปี {prevYear}', en: 'up {diff} from {prevYear}' },
  'plan.analysis.autoDown': { th: 'ลดลง {diff} คะแนนจากปี {prevYear}', en: 'down {diff} from {prevYear}' },
  'plan.analysis.autoSame': { th: 'เท่ากับปี {prevYear}', en: 'the same as in {prevYear}' },
  'plan.analysis.autoApproach': { th: 'ดำเนินการตามมาตรการที่ {list} ในข้อ ๒', en: 'Measure(s) {list} in section 2' },

  // 2. The measures (seed 000's table).
  'plan.measures.heading': {
    th: '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}',
    en: '2. Integrity and transparency measures, fiscal year {year}',
  },
  'plan.measures.intro': {
    th: 'เพื่อพัฒนาการดำเนินงานตามผลการวิเคราะห์ข้างต้น {unit}จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} จำนวน {count} มาตรการ ดังนี้',
    en: 'To act on this analysis, {unit} adopts {count} integrity and transparency measure(s) for fiscal year {year}:',
  },
  'plan.col.measure': { th: 'มาตรการ', en: 'Measure' },
  'plan.col.indicators': { th: 'ตัวชี้\nวัดที่', en: 'Indi-\ncators' },
  'plan.col.method': { th: 'ขั้นตอน/วิธีการปฏิบัติ', en: 'Steps / method' },
  'plan.col.responsible': { th: 'ผู้รับ\nผิดชอบ', en: 'Respon-\nsible' },
  'plan.col.timeline': { th: 'ระยะเวลา', en: 'Timeline' },
  'plan.col.followUp': { th: 'การกำกับติดตาม', en: 'Follow-up' },
  'plan.followUp.lead': { th: 'รายงานผลการดำเนินงานตามมาตรการ', en: 'Progress reported' },
  'plan.followUp.round': { th: '- รอบ {months} เดือน', en: '- {months}-month round' },
  'plan.coverage.heading': { th: 'ตัวชี้วัดที่ต้องพัฒนาและมาตรการที่รองรับ', en: 'Indicators to develop and the measures that address them' },

  // The executive's signature.
  'plan.signature.date': { th: 'ประกาศ ณ วันที่ {date}', en: 'Announced on {date}' },
  'plan.signature.thaiDate': { th: '{day} {month} พ.ศ. {year}', en: '{day} {month} {year}' },
  'plan.signature.blankName': { th: '(........................................)', en: '(........................................)' },
  'plan.signature.blankTitle': { th: 'ตำแหน่ง ........................................', en: 'Position ........................................' },

  'plan.docName': { th: '{unit} มาตรการ ITA ประจำปี {year}', en: '{unit} ITA measures {year}' },

  // Errors: what is missing and where it goes; nothing is created.
  'plan.error.noIta': {
    th: 'ยังไม่มีผลการประเมิน ITA ของ{unit}ก่อนปีงบประมาณ พ.ศ. {year} จึงสร้างเอกสารมาตรการประจำปีไม่ได้: กรอกคะแนนรายตัวชี้วัดของปี {itaYear} ในชีต "คะแนน" (หน่วยงาน ปีงบประมาณ ตัวชี้วัด คะแนน)',
    en: 'No ITA result of {unit} before fiscal year {year}, so the year-start document cannot be made: enter the indicator scores of {itaYear} in the "คะแนน" (Scores) sheet (unit, year, indicator, score)',
  },
  'plan.error.noMeasures': {
    th: 'ยังไม่มีมาตรการของ{unit} ปีงบประมาณ พ.ศ. {year} จึงสร้างเอกสารมาตรการประจำปีไม่ได้: เพิ่มมาตรการในชีต "มาตรการ" (หน่วยงาน ปีงบประมาณ {year} มาตรการ ตัวชี้วัด วิธีการดำเนินการ ผู้รับผิดชอบ ระยะเวลาดำเนินการ การกำกับติดตาม)',
    en: 'No measures of {unit} for fiscal year {year}, so the year-start document cannot be made: add them in the "มาตรการ" (Measures) sheet (unit, year {year}, measure, indicators, method, responsible, timeline, follow-up)',
  },
  'plan.error.nothing': {
    th: 'ยังไม่มีทั้งผลการประเมิน ITA ของ{unit}ก่อนปีงบประมาณ พ.ศ. {year} และมาตรการของปีงบประมาณ พ.ศ. {year} จึงสร้างเอกสารมาตรการประจำปีไม่ได้: กรอกคะแนนรายตัวชี้วัดของปี {itaYear} ในชีต "คะแนน" และเพิ่มมาตรการของปี {year} ในชีต "มาตรการ"',
    en: 'Neither an ITA result of {unit} before fiscal year {year} nor measures for {year}, so the year-start document cannot be made: enter the scores of {itaYear} in the "คะแนน" (Scores) sheet and the measures of {year} in the "มาตรการ" (Measures) sheet',
  },
  'plan.warning.missingNotes': {
    th: 'ชีต "การวิเคราะห์" ยังไม่มีประเด็นที่ต้องพัฒนาหรือแนวทางการพัฒนาของตัวชี้วัด {list} (ปี {itaYear}) เอกสารจึงใช้ข้อความที่สร้างจากคะแนนแทน ควรเพิ่มบทวิเคราะห์แล้วสร้างเอกสารใหม่',
    en: 'The "การวิเคราะห์" (Analysis) sheet has no issues or approach for indicator(s) {list} ({itaYear}); the document uses a sentence built from the scores there. Add the analysis and make the document again.',
  },
  'problem.duplicateNote': { th: 'บทวิเคราะห์ตัวชี้วัด {code} ของ {unit} ปี {year} ซ้ำกับแถว {other}', en: 'The analysis of indicator {code} of {unit} {year} repeats row {other}' },

  // The add-on.
  'addon.menu.plan': { th: 'สร้างเอกสารมาตรการประจำปี', en: 'สร้างเอกสารมาตรการประจำปี (Year-start measures document)' },
  'plan.menu.askUnit': { th: 'สร้างเอกสารมาตรการประจำปีของหน่วยงานใด', en: 'Which unit is the year-start document for?' },
  'plan.menu.done': { th: 'สร้างเอกสารมาตรการประจำปีแล้ว', en: 'Year-start document created' },
};

export const PLAN_CLI_STRINGS = {
  'cli.plan.summary': {
    th: 'สร้างเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใสประจำปี (.docx): การวิเคราะห์ผล ITA ปีก่อนและมาตรการของปี',
    en: 'Write the year-start document (.docx): the analysis of last year\'s ITA result and the year\'s measures',
  },
  'cli.plan.wrote': { th: 'เขียนเอกสารมาตรการประจำปี {path} แล้ว', en: 'Wrote the year-start document {path}' },
  'cli.plan.wroteAll': { th: 'เขียนเอกสารมาตรการประจำปี {count} ฉบับใน {dir}', en: 'Wrote {count} year-start document(s) in {dir}' },
  'cli.plan.warning': { th: 'คำเตือน ({unit}): {message}', en: 'Warning ({unit}): {message}' },
};

export const PLAN_SIDEBAR_STRINGS = {
  'sidebar.plan.title': { th: 'เอกสารมาตรการประจำปี', en: 'Year-start measures document' },
  'sidebar.plan.hint': {
    th: 'การวิเคราะห์ผล ITA ปีที่ผ่านมา และมาตรการของปีงบประมาณ (บทวิเคราะห์มาจากชีต "การวิเคราะห์")',
    en: 'The analysis of last year\'s ITA result and the fiscal year\'s measures (notes from the "การวิเคราะห์" sheet)',
  },
  'sidebar.plan.year': { th: 'ปีงบประมาณของมาตรการ', en: 'Fiscal year of the measures' },
  'sidebar.plan.thaiDigits': { th: 'ใช้เลขไทย', en: 'Thai digits' },
  'sidebar.plan.generate': { th: 'สร้างเอกสารมาตรการ', en: 'Make the document' },
  'sidebar.plan.working': { th: 'กำลังสร้างเอกสารมาตรการ อาจใช้เวลาสักครู่…', en: 'Making the document; this can take a moment…' },
  'sidebar.plan.done': { th: 'สร้างเอกสารมาตรการประจำปีเรียบร้อยแล้ว', en: 'The year-start document is ready' },
  'sidebar.plan.open': { th: 'เปิดเอกสาร', en: 'Open the document' },
  'sidebar.plan.entry': { th: 'มาตรการประจำปี {year}', en: 'Year-start document, FY {year}' },
};
