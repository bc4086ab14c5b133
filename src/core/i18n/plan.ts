/**
 * Strings of the year-start document (issue 12): มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี
 * — the analysis of last year's ITA result and the year's measures (seeds 000 and 002). Its
 * wording follows seed 000. `PLAN_STRINGS` is part of the core catalog (both renderers and the
 * add-on use it); `PLAN_CLI_STRINGS` is registered by `ita plan` only; `PLAN_SIDEBAR_STRINGS`
 * is bundled into the sidebar page.
 */
export const PLAN_STRINGS = {
  // Title: the OIT item's name (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน), over several lines as the report's title is.
  'plan.title': { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', en: 'Measures to promote integrity and transparency within the organisation' },

  // 1. The analysis (seed 000).
  'plan.ita.heading': { th: '๑. วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {itaYear}', en: '1. Analysis of the ITA result, fiscal year {itaYear}' },
  // Seed 000's analysis paragraph: the lead, then what it found.
  'plan.analysis.lead': {
    th: '{unit}{place} ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. {itaYear} ที่ผ่านมา',
    en: '{unit}{place} analysed its Integrity and Transparency Assessment (ITA) result of fiscal year {itaYear}:',
  },
  'plan.analysis.intro': { th: 'ซึ่งจากการวิเคราะห์สามารถสรุปได้ว่า มีประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่', en: 'the indicators to develop are:' },
  // No indicator below the threshold: the lowest (or those the sheet has notes for) are the points to keep improving.
  'plan.analysis.introNone': {
    th: 'พบว่าทุกตัวชี้วัดได้คะแนนไม่ต่ำกว่าเกณฑ์ {threshold} คะแนน แต่ยังมีประเด็นที่ควรพัฒนาให้ดีขึ้นอย่างต่อเนื่อง ได้แก่',
    en: 'every indicator scored at least the {threshold}-point threshold; the points to keep improving are:',
  },
  'plan.analysis.item': { th: '{n}) ตัวชี้วัด{name} ({score} คะแนน)', en: '{n}) {name} ({score} points)' },
  'plan.analysis.approachIntro': { th: 'จึงมีแนวทางการพัฒนาดังนี้', en: 'The approach to each:' },
  // The table also has rows for other indicators the unit analysed: the prose names them.
  'plan.analysis.approachIntroOthers': {
    th: 'นอกจากนี้ ยังได้วิเคราะห์ตัวชี้วัดอื่นเพิ่มเติม ได้แก่ {list} จึงมีแนวทางการพัฒนาของตัวชี้วัดข้างต้นทั้งหมด ดังนี้',
    en: 'The unit also analysed {list}. The approach to each of these indicators:',
  },
  'plan.analysis.otherItem': { th: 'ตัวชี้วัด{name} ({score} คะแนน)', en: '{name} ({score} points)' },
  'plan.analysis.col.indicator': { th: 'ตัวชี้วัด (คะแนน)', en: 'Indicator (score)' },
  'plan.analysis.col.issues': { th: 'ประเด็นที่ต้องแก้ไข/พัฒนา', en: 'Issues to fix or develop' },
  'plan.analysis.col.approach': { th: 'แนวทางการพัฒนา', en: 'Approach' },
  'plan.analysis.indicatorCell': { th: '{code}. {name}\n({score} คะแนน)', en: '{code}. {name}\n({score} points)' },

  // 2. The measures (seed 000's table).
  'plan.measures.heading': { th: '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}', en: '2. The measures, fiscal year {year}' },
  // "จึงได้กำหนด…" after its reason (the analysis above), whether indicators are to develop or to keep improving.
  'plan.measures.intro': {
    th: 'เพื่อพัฒนาประเด็นที่ได้จากการวิเคราะห์ข้างต้น {unit}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} จำนวน {count} มาตรการ ดังนี้',
    en: 'To develop the points found in the analysis above, {unit} adopts {count} measure(s) for fiscal year {year}:',
  },
  'plan.measures.introKeep': {
    th: 'เพื่อรักษาผลการประเมินและพัฒนาประเด็นข้างต้นให้ดีขึ้นอย่างต่อเนื่อง {unit}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} จำนวน {count} มาตรการ ดังนี้',
    en: 'To keep its result and keep improving the points above, {unit} adopts {count} measure(s) for fiscal year {year}:',
  },
  'plan.col.measure': { th: 'มาตรการ', en: 'Measure' },
  'plan.col.indicators': { th: 'ตัวชี้วัด', en: 'Indicators' },
  'plan.col.method': { th: 'ขั้นตอน/วิธีการปฏิบัติ', en: 'Steps / method' },
  'plan.col.responsible': { th: 'ผู้รับผิดชอบ', en: 'Responsible' },
  'plan.col.timeline': { th: 'ระยะเวลา', en: 'Timeline' },
  'plan.col.followUp': { th: 'การกำกับติดตาม', en: 'Follow-up' },
  'plan.followUp.lead': { th: 'รายงานผลการดำเนินงานตามมาตรการ', en: 'Progress reported' },

  // The executive's signature.
  /** The announcement's closing formula, read with its signature. */
  'plan.signature.closing': { th: 'จึงประกาศให้ทราบโดยทั่วกัน', en: 'Announced for the information of all.' },
  'plan.signature.date': { th: 'ประกาศ ณ วันที่ {date}', en: 'Announced on {date}' },
  'plan.signature.thaiDate': { th: '{day} {month} พ.ศ. {year}', en: '{day} {month} {year}' },
  // Today is not a day this year's plan is adopted: the date is filled by hand.
  'plan.signature.blankDate': { th: 'ประกาศ ณ วันที่ ........ เดือน .................... พ.ศ. ........', en: 'Announced on ........ .................... ........' },

  'plan.docName': { th: '{unit} มาตรการ ITA ประจำปี {year}', en: '{unit} ITA measures {year}' },

  // Errors: what is missing and where it goes; nothing is created.
  'plan.error.cannot': { th: 'สร้างเอกสารมาตรการประจำปีไม่ได้: {details}', en: 'The year-start document cannot be made: {details}' },
  'plan.error.noIta': {
    th: 'ยังไม่มีผลการประเมิน ITA ของ{unit}ก่อนปีงบประมาณ พ.ศ. {year} — กรอกคะแนนรายตัวชี้วัดของปี {itaYear} ในชีต "คะแนน"',
    en: 'no ITA result of {unit} before fiscal year {year} — enter the indicator scores of {itaYear} in the "คะแนน" (Scores) sheet',
  },
  'plan.error.noMeasures': {
    th: 'ยังไม่มีมาตรการของ{unit} ปีงบประมาณ พ.ศ. {year} — เพิ่มมาตรการ (ปีงบประมาณ {year}) ในชีต "มาตรการ"',
    en: 'no measures of {unit} for fiscal year {year} — add them (year {year}) in the "มาตรการ" (Measures) sheet',
  },
  'plan.warning.undated': {
    th: 'วันนี้ไม่อยู่ในช่วงประกาศมาตรการของปีงบประมาณ พ.ศ. {year} (1 กรกฎาคม ของปีก่อนหน้า ถึงสิ้นปีงบประมาณ) จึงเว้นวันที่ประกาศไว้ให้กรอกเอง หรือระบุวันที่ประกาศ',
    en: 'Today is outside the time fiscal year {year}\'s plan is adopted (1 July of the year before to the end of the fiscal year): the announcement date is left blank to fill by hand, or give the date.',
  },
  'plan.warning.uncovered': {
    th: 'ตัวชี้วัดที่ต้องพัฒนา {list} ยังไม่มีมาตรการรองรับ: ควรพิจารณากำหนดมาตรการเพิ่มในชีต "มาตรการ" (เอกสารมีเพียงแนวทางการพัฒนาในตารางการวิเคราะห์)',
    en: 'Indicators to develop {list} have no measure: consider adding one in the "มาตรการ" sheet (the document has only the approach in its analysis table)',
  },

  // The add-on.
  'addon.menu.plan': { th: 'สร้างเอกสารมาตรการประจำปี', en: 'สร้างเอกสารมาตรการประจำปี (Year-start document)' },
  'plan.menu.done': { th: 'สร้างเอกสารมาตรการประจำปีแล้ว', en: 'Year-start document created' },
  'plan.menu.askUnit': { th: 'สร้างเอกสารมาตรการประจำปีของหน่วยงานใด', en: 'Which unit is the year-start document for?' },
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
  'sidebar.plan.date': { th: 'ประกาศ ณ วันที่', en: 'Announcement date' },
  'sidebar.plan.dateHelp': {
    th: 'เว้นว่าง: วันนี้ ถ้าอยู่ในปีงบประมาณหรือ 3 เดือนก่อนเริ่มปี มิฉะนั้นเว้นจุดไว้ให้กรอกเอง',
    en: 'Blank: today if within the fiscal year or the three months before it; otherwise dotted spaces to fill by hand',
  },
  'sidebar.plan.generate': { th: 'สร้างเอกสารมาตรการ', en: 'Make the document' },
  'sidebar.plan.working': { th: 'กำลังสร้างเอกสารมาตรการ อาจใช้เวลาสักครู่…', en: 'Making the document; this can take a moment…' },
  'sidebar.plan.done': { th: 'สร้างเอกสารมาตรการประจำปีเรียบร้อยแล้ว', en: 'The year-start document is ready' },
  'sidebar.plan.open': { th: 'เปิดเอกสาร', en: 'Open the document' },
};
