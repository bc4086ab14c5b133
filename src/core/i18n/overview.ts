/**
 * Strings of the district overview (issue 14): the flags, the generated ภาพรวม sheet, its menu
 * item and toasts. The sidebar card's and `ita status`'s strings are separate catalogs (the page
 * bundles one, the command registers the other), so they stay out of the Apps Script bundle.
 */
export const OVERVIEW_STRINGS = {
  // Menu caption (Thai in both languages, as every menu item: onOpen may not know the locale).
  'addon.menu.overview': { th: 'สรุปภาพรวม', en: 'สรุปภาพรวม (District overview)' },

  // Flags: what needs attention, one short phrase each.
  'overview.flag.noMeasures': { th: 'ยังไม่กรอกมาตรการ', en: 'No measures entered' },
  'overview.flag.overdue': { th: 'มีมาตรการเกินกำหนด', en: 'Overdue measures' },
  'overview.flag.noReport': { th: 'ยังไม่มีรายงานรอบ {round} เดือน', en: 'No {round}-month report' },
  'overview.flag.noScores': { th: 'ไม่มีคะแนน ITA', en: 'No ITA scores' },

  // The ภาพรวม sheet
  'overview.sheet.title': {
    th: 'ภาพรวมหน่วยงาน ปีงบประมาณ {year} ข้อมูล ณ วันที่ {asOf}',
    en: 'District overview, fiscal year {year}, as of {asOf}',
  },
  'overview.sheet.subtitle': {
    th: 'ต้องติดตาม {count} จาก {units} หน่วยงาน · รายงานรอบ {round} เดือน ({roundState}) · คำนวณเมื่อ {time}',
    en: '{count} of {units} units need attention · {round}-month report ({roundState}) · computed {time}',
  },
  'overview.sheet.roundEnded': { th: 'สิ้นสุดรอบแล้ว', en: 'round ended' },
  'overview.sheet.roundRunning': { th: 'ยังไม่สิ้นสุดรอบ', en: 'round still running' },
  'overview.sheet.uncertain': {
    th: 'หมายเหตุ: มาตรการที่ดำเนินการแล้ว {count} รายการไม่มีวันที่แล้วเสร็จ จึงนับตามสถานะปัจจุบัน',
    en: 'Note: {count} done measure(s) have no completion date; their current status is counted',
  },
  'overview.col.flags': { th: 'สิ่งที่ต้องติดตาม', en: 'Needs attention' },
  'overview.col.percent': { th: 'ร้อยละที่ดำเนินการแล้ว', en: '% done' },
  'overview.col.bar': { th: 'ความคืบหน้า', en: 'Progress' },
  'overview.col.done': { th: 'ดำเนินการแล้ว', en: 'Done' },
  'overview.col.report': { th: 'รายงานรอบ {round} เดือน', en: '{round}-month report' },
  'overview.col.link': { th: 'ลิงก์รายงาน', en: 'Report link' },
  'overview.col.itaYear': { th: 'ITA ปี', en: 'ITA year' },
  'overview.report.missing': { th: 'ยังไม่มี', en: 'Not yet' },
  'overview.report.notDue': { th: 'ยังไม่ถึงกำหนด', en: 'Not due yet' },

  // Toasts of สรุปภาพรวม
  'addon.overview.start': { th: 'กำลังสรุปภาพรวมหน่วยงาน…', en: 'Summarising the units…' },
  'addon.overview.done': {
    th: 'เขียนชีต "{sheet}" เรียบร้อย: ต้องติดตาม {count} จาก {units} หน่วยงาน',
    en: 'Wrote the "{sheet}" sheet: {count} of {units} units need attention',
  },
};

/**
 * The sidebar's district card: bundled by the page (sidebar/i18n.ts) with the flags above, not
 * part of the Apps Script bundle (the server sends data, the page words it).
 */
export const OVERVIEW_CARD_STRINGS = {
  'overview.card.title': { th: 'ภาพรวมหน่วยงาน', en: 'District overview' },
  'overview.card.summary': {
    th: 'ต้องติดตาม {count} จาก {units} หน่วยงาน · ข้อมูล ณ {asOf}',
    en: '{count} of {units} units need attention · as of {asOf}',
  },
  'overview.card.allClear': { th: 'ทุกหน่วยงานเรียบร้อย ไม่มีสิ่งที่ต้องติดตาม', en: 'Every unit is on track' },
  'overview.card.counts': { th: 'แล้ว {done}/{active}', en: '{done}/{active} done' },
  'overview.card.noMeasuresShort': { th: 'ไม่มีมาตรการ', en: 'no measures' },
  'overview.card.open': { th: 'เปิดแดชบอร์ดของ {unit}', en: 'Open the dashboard of {unit}' },
  'overview.card.current': { th: 'กำลังแสดง', en: 'shown' },
};

/** `ita status` (registered by the command; the CLI's strings are not in the Apps Script bundle). */
export const STATUS_CLI_STRINGS = {
  'cli.status.summaryLine': {
    th: 'ภาพรวมทุกหน่วยงาน: ความคืบหน้ามาตรการ รายงานตามรอบ และสิ่งที่ต้องติดตาม (--json ได้วัตถุ JSON)',
    en: 'every unit at a glance: measures progress, the round\'s report, what needs attention (--json: a JSON object)',
  },
  'cli.status.header': {
    th: 'ภาพรวมหน่วยงาน ปีงบประมาณ {year} ข้อมูล ณ วันที่ {asOf} · รายงานรอบ {round} เดือน ({roundState})',
    en: 'District overview, fiscal year {year}, as of {asOf} · {round}-month report ({roundState})',
  },
  'cli.status.footer': { th: 'ต้องติดตาม {count} จาก {units} หน่วยงาน', en: '{count} of {units} units need attention' },
  'cli.status.none': { th: 'ยังไม่มีหน่วยงานในชีตหน่วยงาน', en: 'The Units sheet has no units yet' },
  'cli.status.col.unit': { th: 'หน่วยงาน', en: 'Unit' },
  'cli.status.col.ita': { th: 'ITA', en: 'ITA' },
  'cli.status.col.total': { th: 'คะแนน', en: 'Total' },
  'cli.status.col.level': { th: 'ระดับ', en: 'Level' },
  'cli.status.col.measures': { th: 'มาตรการ', en: 'Meas.' },
  'cli.status.col.done': { th: 'แล้ว', en: 'Done' },
  'cli.status.col.inProgress': { th: 'ระหว่าง', en: 'Doing' },
  'cli.status.col.notStarted': { th: 'ยังไม่', en: 'To do' },
  'cli.status.col.cancelled': { th: 'ยกเลิก', en: 'Canc.' },
  'cli.status.col.overdue': { th: 'เกิน', en: 'Late' },
  'cli.status.col.percent': { th: '%แล้ว', en: '%done' },
  'cli.status.col.report': { th: 'รายงาน', en: 'Report' },
  'cli.status.col.lastEdit': { th: 'แก้ไขล่าสุด', en: 'Last edit' },
  'cli.status.col.flags': { th: 'ต้องติดตาม', en: 'Attention' },
  'cli.status.uncertain': {
    th: 'หมายเหตุ: {unit} มีมาตรการที่ดำเนินการแล้ว {count} รายการที่ไม่มีวันที่แล้วเสร็จ จึงนับตามสถานะปัจจุบัน',
    en: 'Note: {unit} has {count} done measure(s) with no completion date; their current status is counted',
  },
  'cli.usage.roundOrAsOf': { th: 'ใช้ --round หรือ --as-of อย่างใดอย่างหนึ่ง', en: 'use either --round or --as-of, not both' },
  'cli.usage.badAsOf': { th: '--as-of ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD (ได้รับ "{value}")', en: '--as-of must be a date as YYYY-MM-DD (got "{value}")' },
};
