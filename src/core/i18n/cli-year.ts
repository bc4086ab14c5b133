/**
 * Strings of the CLI's year-two work (issue 20): one name for a unit, the report log, the new
 * fiscal year, the library of measures. Registered by the commands that use them, so they stay
 * out of the Apps Script bundle.
 */
export const CLI_YEAR_STRINGS = {
  'cli.check.notReady': { th: '{path}: ยังไม่พร้อม — {reason}', en: '{path}: not ready — {reason}' },
  'cli.plan.dateHint': {
    th: 'ระบุวันที่ประกาศด้วย --date YYYY-MM-DD (ปี ค.ศ. หรือ พ.ศ.) เช่น ita plan … --date {example}',
    en: 'Give the announcement date with --date YYYY-MM-DD (CE or BE year), e.g. ita plan … --date {example}',
  },
  'cli.log.wrote': { th: 'บันทึก {count} รายการในชีต "{sheet}" ของ {path} แล้ว (ไม่บันทึก: --no-log)', en: 'Logged {count} row(s) in the "{sheet}" sheet of {path} (to skip: --no-log)' },
};
