/**
 * Strings of the workbook's Drive folder, public sharing and the PDF beside each document
 * (src/gas/drive-folder.ts, told by src/gas/document-delivery.ts). `drive.log.*` are written
 * into ประวัติรายงาน (Thai, as the rest of the log).
 */
/** What the sidebar page shows of the folder and the PDF (bundled into sidebar.html). */
export const DRIVE_SIDEBAR_STRINGS = {
  'drive.sidebar.folder': { th: 'โฟลเดอร์เอกสาร', en: 'Documents folder' },
  'drive.pdf.open': { th: 'เปิดไฟล์ PDF', en: 'Open the PDF' },
};

export const DRIVE_STRINGS = {
  ...DRIVE_SIDEBAR_STRINGS,
  'drive.folder.made': {
    th: 'สร้างโฟลเดอร์ "{name}" สำหรับเอกสารทุกฉบับของสเปรดชีตนี้แล้ว (ดูลิงก์ได้ในแผงควบคุม)',
    en: 'Made the folder "{name}" for every document of this workbook (its link is in the sidebar)',
  },
  'drive.folder.open': { th: 'เปิดโฟลเดอร์ {name}', en: 'Open the folder {name}' },
  'drive.notFiled': {
    th: 'เก็บเอกสารเข้าโฟลเดอร์ของสเปรดชีตไม่ได้ เพราะ{why} เอกสารยังครบและอยู่ใน My Drive ของคุณ',
    en: 'The document could not be filed in the workbook\'s folder: {why}. It is whole, in your My Drive',
  },
  'drive.why.unavailable': { th: 'สคริปต์ยังไม่ได้เปิดบริการ Google Drive API', en: 'the script has not enabled the Google Drive API service' },
  'drive.why.notYours': {
    th: 'โฟลเดอร์ของสเปรดชีตนี้สร้างโดย {by} และบัญชีของคุณเข้าถึงผ่านส่วนเสริมไม่ได้',
    en: 'the workbook\'s folder was made by {by} and your account cannot reach it through the add-on',
  },
  'drive.why.failed': { th: 'Google Drive ตอบว่า: {detail}', en: 'Google Drive said: {detail}' },
  'drive.public.shared': {
    th: 'ทุกคนที่มีลิงก์เปิดดูได้ (ใช้ลิงก์นี้เผยแพร่บนเว็บไซต์ได้)',
    en: 'Anyone with the link may view it (the link can go on the office\'s website)',
  },
  'drive.public.refused': {
    th: 'เปิดให้ทุกคนที่มีลิงก์ดูไม่ได้ ({error}) ผู้ดูแลโดเมนอาจไม่อนุญาต เอกสารยังแชร์ตามเดิม',
    en: 'Could not let anyone with the link view it ({error}); the domain\'s policy may forbid it. The document is shared as before',
  },
  'drive.stillPublic': {
    th: 'โฟลเดอร์ยังเปิดให้ทุกคนที่มีลิงก์ดูได้ (เคยตั้ง สาธารณะ) เอกสารใหม่จึงดูได้ด้วย ถ้าไม่ต้องการ ให้ปิดที่ปุ่ม "แชร์" ของโฟลเดอร์',
    en: 'The folder still lets anyone with the link view (it was สาธารณะ), so new documents can be viewed too; turn it off with the folder\'s "Share" button if you do not want that',
  },
  'drive.stillShared': {
    th: 'โฟลเดอร์ยังแชร์ให้ {count} คนตามที่เคยตั้งไว้ เอกสารใหม่ในโฟลเดอร์จึงแชร์ด้วย',
    en: 'The folder is still shared with {count} people as set before, so new documents in it are too',
  },
  'drive.pdf.failed': {
    th: 'บันทึก PDF ไม่ได้ ({error}) เอกสารยังครบถ้วน: เปิดเอกสารแล้วเลือก ไฟล์ → ดาวน์โหลด → PDF',
    en: 'The PDF could not be saved ({error}); the document is whole: open it, then File → Download → PDF',
  },
  'drive.log.viaFolder': { th: 'ผ่านโฟลเดอร์ {list}', en: 'through the folder: {list}' },
  'drive.log.public': { th: 'ทุกคนที่มีลิงก์', en: 'anyone with the link' },
  'drive.log.notFiled': { th: 'ไม่ได้เก็บในโฟลเดอร์: {why}', en: 'not filed: {why}' },
  'drive.log.publicRefused': { th: 'เปิดสาธารณะไม่ได้: {error}', en: 'not public: {error}' },
  'drive.log.pdfFailed': { th: 'ไม่มี PDF: {error}', en: 'no PDF: {error}' },
};
