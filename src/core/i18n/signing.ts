/**
 * Strings of signable documents (issue 19): the names under the executive's and the chief
 * administrator's signature lines, the memo's routing (ความเห็นของปลัด…, ความเห็น/คำสั่งของผู้บริหาร),
 * the plan's refusal when analysis notes are missing, its draft mark and bracketed prompts.
 */
/** The draft option's name: the page's checkbox label, and the server's in a bad-options message. */
const DRAFT_LABEL = { 'sidebar.plan.draft': { th: 'สร้างเป็นฉบับร่าง', en: 'Make a draft' } };

/** The sidebar's plan card (bundled into the page only). */
export const SIGNING_SIDEBAR_STRINGS = {
  ...DRAFT_LABEL,
  'sidebar.plan.draftHelp': {
    th: 'ใช้เมื่อชีต "การวิเคราะห์" ยังกรอกไม่ครบ: มีคำว่า "ร่าง" ที่หัวกระดาษทุกหน้า และช่องที่ยังไม่กรอกแสดงในวงเล็บเหลี่ยม ฉบับจริงต้องกรอกให้ครบก่อน',
    en: 'When the "การวิเคราะห์" sheet is not complete: "DRAFT" in the header of every page, each gap a bracketed prompt. The final document needs every note.',
  },
};

export const SIGNING_STRINGS = {
  ...DRAFT_LABEL,
  /** The chief administrator's title: ปลัด + the unit's name (ปลัดองค์การบริหารส่วนตำบลนาเลียง, ปลัดเทศบาลตำบล…). */
  'sign.chiefTitle': { th: 'ปลัด{unit}', en: 'Chief administrator, {unit}' },
  /** When the เรียน column is blank: the executive named by office. */
  'sign.executiveFallback': { th: 'ผู้บริหาร{unit}', en: 'Executive, {unit}' },
  /** A line to sign on in the memo's routing (no "(ลงชื่อ)": the memo's own signature has none). */
  'sign.line': { th: '........................................', en: '........................................' },
  // The memo's routing (ITA-REFERENCE "Thai official documents"): under the sender's signature.
  'sign.routing.chief': { th: 'ความเห็นของ{title}', en: 'Comment of the {title}' },
  'sign.routing.executive': { th: 'ความเห็น/คำสั่งของ{title}', en: 'Comment / order of the {title}' },

  // Told to the person making the document, never printed in it.
  'sign.warning.names': {
    th: 'ยังไม่มีชื่อ{who} (เอกสารเว้นจุดไว้ใต้ลายมือชื่อ): กรอก{columns}ในชีต "หน่วยงาน" แถว {row} แล้วสร้างใหม่',
    en: 'No {who} name (a dotted line under the signature): fill in {columns} in the "หน่วยงาน" sheet, row {row}, and make it again.',
  },
  'sign.who.executiveName': { th: 'ผู้บริหาร', en: 'executive' },
  'sign.who.chiefName': { th: 'ปลัด', en: 'chief administrator' },
  'sign.column.executiveName': { th: 'คอลัมน์ "ชื่อผู้บริหาร"', en: '"ชื่อผู้บริหาร" (Executive name)' },
  'sign.column.chiefName': { th: 'คอลัมน์ "ชื่อปลัด"', en: '"ชื่อปลัด" (Chief administrator name)' },

  // The year-start plan: no filler in a document to be signed.
  'plan.error.missingNotes': {
    th: 'ชีต "{sheet}" ยังไม่มีประเด็นที่ต้องพัฒนาหรือแนวทางการพัฒนาของตัวชี้วัดที่เอกสารระบุ กรอกให้ครบแล้วสร้างใหม่ หรือสร้างเป็นฉบับร่าง:\n{rows}',
    en: 'the "{sheet}" (Analysis) sheet lacks notes the document needs. Fill them in, or make a draft:\n{rows}',
  },
  /** One row to fill: a cell of an existing row, or a new row. */
  'plan.missing.cell': { th: '- {sheet}!{cell} ({column}): {unit} ปี {itaYear} ตัวชี้วัด {code} {name}', en: '- {sheet}!{cell} ({column}): {unit}, {itaYear}, indicator {code} {name}' },
  'plan.missing.row': {
    th: '- {sheet} (เพิ่มแถว): หน่วยงาน {unit} ปีงบประมาณ {itaYear} ตัวชี้วัด {code} {name}',
    en: '- {sheet} (add a row): {unit}, {itaYear}, indicator {code} {name}',
  },
  'plan.missing.issues': { th: 'ประเด็นที่ต้องพัฒนา', en: 'issues' },
  'plan.missing.approach': { th: 'แนวทางการพัฒนา', en: 'approach' },
  'plan.draftMark': { th: 'ร่าง', en: 'DRAFT' },
  'plan.prompt.issues': { th: '[กรอกประเด็นที่ต้องพัฒนา]', en: '[fill in the issues]' },
  'plan.prompt.approach': { th: '[กรอกแนวทางการพัฒนา]', en: '[fill in the approach]' },
  'plan.warning.draft': {
    th: 'ฉบับร่าง: ยังขาดบทวิเคราะห์ {count} รายการ (ในวงเล็บเหลี่ยม) กรอกในชีต "การวิเคราะห์" แล้วสร้างฉบับจริง',
    en: 'Draft: {count} analysis note(s) missing (in square brackets); fill them in "การวิเคราะห์" for the final document.',
  },
};

/** Registered by `ita plan` only (not in the Apps Script bundle). */
export const SIGNING_CLI_STRINGS = {
  'cli.plan.draftHint': {
    th: 'หรือสร้างฉบับร่างด้วย --draft (มีคำว่า "ร่าง" ที่หัวกระดาษทุกหน้า และช่องที่ยังไม่กรอกแสดงเป็นข้อความในวงเล็บเหลี่ยม)',
    en: 'or make a draft with --draft ("DRAFT" in the header of every page, each gap a bracketed prompt)',
  },
};
