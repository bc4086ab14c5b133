/**
 * Strings of document delivery in Google Sheets (src/gas/document-delivery.ts): the Docs API
 * pass, sharing, incomplete documents, and what the user is told after a document is made.
 * `delivery.log.*` are written into ประวัติรายงาน (Thai, as the rest of the log).
 */
export const DELIVERY_STRINGS = {
  'delivery.pageNumbers': {
    th: 'ใส่เลขหน้า: เปิดเอกสาร แล้วเลือก แทรก → เลขหน้า',
    en: 'Page numbers: open the document, then Insert → Page numbers',
  },
  'delivery.shared.view': { th: 'แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้ดูได้แล้ว {count} คน', en: 'Shared with {count} people of this workbook (view)' },
  'delivery.shared.edit': {
    th: 'แชร์ให้ผู้ร่วมใช้สเปรดชีตนี้แล้ว {count} คน (ผู้แก้ไขแก้ไขได้)',
    en: 'Shared with {count} people of this workbook (editors may edit)',
  },
  'delivery.shared.none': { th: 'ไม่ได้แชร์ (ตั้งค่า แชร์รายงาน = ไม่แชร์)', en: 'Not shared (Settings: แชร์รายงาน = ไม่แชร์)' },
  'delivery.shared.nobody': { th: 'ยังไม่มีผู้อื่นในสเปรดชีตนี้ให้แชร์', en: 'Nobody else shares this workbook yet' },
  'delivery.shareFailed': {
    th: 'เพิ่มสิทธิ์ให้ไม่ได้: {list} — เปิดเอกสารแล้วกด "แชร์" เพื่อเพิ่มเอง',
    en: 'Could not add: {list} — open the document and use "Share" to add them yourself',
  },
  'delivery.peopleUnreadable': {
    th: 'อ่านรายชื่อผู้ร่วมใช้สเปรดชีตไม่ได้ ({error}) จึงยังไม่ได้แชร์',
    en: 'Could not read who shares this workbook ({error}), so the document is not shared',
  },
  'delivery.leftOut': {
    th: 'เอกสารครบถ้วน แต่ยังไม่มี{list} เพราะ{why}',
    en: 'The document is complete, but lacks {list}: {why}',
  },
  'delivery.feature.landscape': { th: 'หน้าแนวนอนของตารางมาตรการ', en: 'landscape pages for the measures table' },
  'delivery.feature.merge': { th: 'การผสานเซลล์หัวตาราง', en: 'merged header cells' },
  'delivery.feature.repeatHeader': { th: 'หัวตารางซ้ำทุกหน้า', en: 'header rows repeated on each page' },
  'delivery.feature.align': { th: 'การจัดกึ่งกลางช่องสถานะในตารางมาตรการ', en: 'centred status cells in the measures table' },
  'delivery.feature.keepWithNext': { th: 'การจัดหัวข้อให้อยู่หน้าเดียวกับเนื้อหา', en: 'headings kept with what follows' },
  'delivery.feature.keepTogether': { th: 'การจัดส่วนลงชื่อให้อยู่หน้าเดียวกันทั้งส่วน', en: 'signature blocks kept whole on one page' },
  'delivery.why.unavailable': {
    th: 'สคริปต์ยังไม่ได้เปิดบริการ Google Docs API',
    en: 'the script has not enabled the Google Docs API service',
  },
  'delivery.why.failed': { th: 'Google Docs API ตอบว่า: {detail}', en: 'the Google Docs API said: {detail}' },
  'delivery.incompleteMark': { th: '(ไม่สมบูรณ์)', en: '(ไม่สมบูรณ์)' },
  'delivery.incomplete': {
    th: 'สร้างเอกสารไม่สำเร็จ: {error}\nฉบับที่ค้างชื่อ "{name}" บันทึกในประวัติรายงานแล้ว ({url}) สั่งสร้างใหม่ได้เลย',
    en: 'The document could not be finished: {error}\nThe unfinished one, "{name}", is logged in ประวัติรายงาน ({url}); run it again',
  },
  'delivery.notLogged': {
    th: 'สร้างเอกสารแล้ว ({url}) แต่บันทึกลงชีตประวัติรายงานไม่ได้: {error}',
    en: 'The document was made ({url}) but could not be logged in ประวัติรายงาน: {error}',
  },
  'delivery.log.view': { th: 'ผู้ดู: {list}', en: 'viewers: {list}' },
  'delivery.log.edit': { th: 'ผู้แก้ไข: {list}', en: 'editors: {list}' },
  'delivery.log.incomplete': { th: 'ไม่สมบูรณ์: {error}', en: 'incomplete: {error}' },
  'delivery.log.shareFailed': { th: 'แชร์ไม่ได้: {list}', en: 'not shared with: {list}' },
  'delivery.log.leftOut': { th: 'ไม่มี{list} ({why})', en: 'lacks {list} ({why})' },
};
