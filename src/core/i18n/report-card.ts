/**
 * The sidebar report card's fields of issue 9 (as-of day, date, document number, cover,
 * endorsement) and its note about statuses that could not be told at the as-of day. Bundled
 * into the page (sidebar/i18n.ts) and registered by the contract (sidebar-api.ts) for the
 * servers' "invalid report options" message.
 */
export const REPORT_CARD_STRINGS = {
  'sidebar.report.asOf': { th: 'ข้อมูล ณ วันที่', en: 'Data as of' },
  'sidebar.report.asOfHelp': {
    th: 'เว้นว่าง: วันสิ้นรอบ (หรือวันนี้ หากรอบยังไม่สิ้นสุด)',
    en: "Blank: the round's last day (today while the round is running)",
  },
  'sidebar.report.date': { th: 'วันที่ของบันทึกและลายมือชื่อ', en: 'Memo and signature date' },
  'sidebar.report.dateHelp': { th: 'เว้นว่าง: วันนี้', en: 'Blank: today' },
  'sidebar.report.docNo': { th: 'เลขที่หนังสือ (ที่)', en: 'Document number (ที่)' },
  'sidebar.report.docNoHelp': { th: 'เว้นว่าง: เว้นจุดไว้เขียน', en: 'Blank: a dotted line to write it on' },
  'sidebar.report.cover': { th: 'มีปกรายงาน', en: 'Cover page' },
  'sidebar.report.endorsement': { th: 'มีช่องความเห็นของผู้บริหาร', en: "Executive's endorsement block" },
  'sidebar.report.warning': { th: 'โปรดตรวจสอบ', en: 'Please check' },
};
