/**
 * The sidebar report card's fields of issue 9 (as-of day, date, document number, cover,
 * endorsement) and its note about statuses that could not be told at the as-of day. The page
 * bundles all of them (sidebar/i18n.ts); the servers register only the field names, for their
 * "invalid report options" message (sidebar-api.ts), so the page's words stay out of Code.js.
 */
export const REPORT_CARD_SERVER_STRINGS = {
  'sidebar.report.asOf': { th: 'ข้อมูล ณ วันที่', en: 'Data as of' },
  'sidebar.report.date': { th: 'วันที่ของบันทึกและลายมือชื่อ', en: 'Memo and signature date' },
  'sidebar.report.docNo': { th: 'เลขที่หนังสือ (ที่)', en: 'Document number (ที่)' },
  'sidebar.report.cover': { th: 'มีปกรายงาน', en: 'Cover page' },
  'sidebar.report.endorsement': { th: 'มีช่องความเห็นของผู้บริหาร', en: "Executive's endorsement block" },
};

export const REPORT_CARD_STRINGS = {
  ...REPORT_CARD_SERVER_STRINGS,
  'sidebar.report.asOfHelp': {
    th: 'เว้นว่าง: วันสิ้นรอบ (หรือวันนี้ หากรอบยังไม่สิ้นสุด)',
    en: "Blank: the round's last day (today while the round is running)",
  },
  'sidebar.report.dateHelp': { th: 'เว้นว่าง: วันนี้', en: 'Blank: today' },
  'sidebar.report.docNoHelp': { th: 'เว้นว่างไว้ จะพิมพ์เป็นเส้นจุดให้เขียนเอง', en: 'Blank: a dotted line to write it on' },
  'sidebar.report.warning': { th: 'โปรดตรวจสอบ', en: 'Please check' },
};
