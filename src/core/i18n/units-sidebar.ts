/** The sidebar's unit sheets card (issue 21): bundled with the page (sidebar/i18n.ts), and the offline server's answers. */
export const UNITS_SIDEBAR_STRINGS = {
  'sidebar.units.title': { th: 'ชีตและการป้องกันตามหน่วยงาน', en: 'Unit sheets and protection' },
  'sidebar.units.explain': {
    th: 'แต่ละหน่วยงานกรอกมาตรการในชีต "มาตรการ <ชื่อหน่วยงาน>" ของตน ซึ่งแก้ไขได้เฉพาะผู้แก้ไขของหน่วยงาน ผู้ดูแล และเจ้าของ',
    en: 'Each unit enters its measures in its own "มาตรการ <unit>" sheet, editable only by its editors, the admins and the owner',
  },
  'sidebar.units.split': { th: 'แบ่งแล้ว: {count} ชีตของหน่วยงาน', en: 'Split: {count} unit sheets' },
  'sidebar.units.notSplit': { th: 'ยังใช้ชีต "มาตรการ" ชีตเดียว', en: 'One shared "มาตรการ" sheet' },
  'sidebar.units.protect': { th: 'ป้องกันข้อมูลตามหน่วยงาน', en: 'Protect by unit' },
  'sidebar.units.splitAction': { th: 'แยกชีตมาตรการ', en: 'Split measures' },
  'sidebar.units.mergeAction': { th: 'รวมชีตมาตรการ', en: 'Merge measures' },
  'sidebar.units.offlineProtect': {
    th: 'การป้องกันเป็นของ Google ชีต: ไฟล์นี้แยกชีตของหน่วยงานแล้ว ({count} ชีต) อัปโหลดขึ้น Google ชีตแล้วเรียก "ป้องกันข้อมูลตามหน่วยงาน" จากเมนู',
    en: 'Protection is Google Sheets\' own: this file now has its unit sheets ({count}); upload it to Google Sheets and run "ป้องกันข้อมูลตามหน่วยงาน" from the menu',
  },
  'sidebar.server.split': { th: 'แยกชีตแล้ว: ย้าย {moved} แถวไปชีตของหน่วยงาน ({created} ชีตใหม่)', en: 'Split: {moved} rows moved to the units\' sheets ({created} new)' },
  'sidebar.server.merged': { th: 'รวมชีตแล้ว: ย้าย {moved} แถวกลับไป "มาตรการ" ลบชีตของหน่วยงาน {removed} ชีต', en: 'Merged: {moved} rows moved back to "มาตรการ", {removed} unit sheets removed' },
  'sidebar.server.unitsBlocked': { th: 'ยังไม่ได้ทำ: พบปัญหา {count} รายการ (รายการด้านล่าง)', en: 'Not done: {count} problem(s) (listed below)' },
};
