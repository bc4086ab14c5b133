/**
 * The progress report's counting sentences (issue 19, point 7): built from the counts that are not
 * zero, so that no sentence says "ยังไม่ดำเนินการ ๐ มาตรการ"; one count of unfinished measures for
 * the memo and the report.
 */
export const REPORT_PROSE_STRINGS = {
  'prose.done': { th: 'ดำเนินการเรียบร้อยแล้ว {count} มาตรการ คิดเป็นร้อยละ {percent}', en: '{count} done ({percent}%)' },
  'prose.in_progress': { th: 'อยู่ระหว่างดำเนินการ {count} มาตรการ', en: '{count} in progress' },
  'prose.not_started': { th: 'ยังไม่ดำเนินการ {count} มาตรการ', en: '{count} not started' },
  /** No measure done yet: said in words, not as "๐ มาตรการ คิดเป็นร้อยละ ๐.๐๐". */
  'prose.noneDone': { th: 'ยังไม่มีมาตรการที่ดำเนินการเรียบร้อยแล้ว', en: 'none done yet' },
  /** Every measure cancelled: nothing left to count. */
  'prose.allCancelled': { th: 'ยกเลิกการดำเนินการทั้งหมด', en: 'all cancelled' },
  /** The memo at the year's end: every unfinished measure is carried on (the report's count), the overdue ones named. */
  'report.memo.carryOver': {
    th: 'ทั้งนี้ มาตรการที่ยังไม่แล้วเสร็จ ณ วันที่ {asOf} จำนวน {count} มาตรการ จะดำเนินการต่อในปีงบประมาณ พ.ศ. {nextYear}{overduePart}',
    en: 'The {count} measure(s) not completed on {asOf} will be carried on in fiscal year {nextYear}{overduePart}.',
  },
  'report.memo.carryOverOverdue': { th: ' โดยมีมาตรการที่เกินกำหนด {count} มาตรการ ได้แก่ {list}', en: '; {count} of them overdue: {list}' },
};
