/**
 * Strings of `--pdf` (`ita report`, `ita plan`): the PDF next to each .docx, converted by
 * LibreOffice. Registered by src/node/pdf.ts only: not in the Apps Script bundle.
 */
export const CLI_PDF_STRINGS = {
  'cli.pdf.wrote': { th: 'เขียน PDF {path} แล้ว', en: 'Wrote the PDF {path}' },
  'cli.pdf.wroteAll': { th: 'เขียน PDF {count} ไฟล์ใน {dir} แล้ว', en: 'Wrote {count} PDFs in {dir}' },
  'cli.pdf.noSoffice': {
    th: 'ไม่พบ LibreOffice (คำสั่ง soffice) จึงยังไม่ได้ทำ PDF — ไฟล์ .docx เขียนแล้ว\n'
      + 'ติดตั้ง: Debian/Ubuntu `sudo apt install libreoffice-writer`, macOS `brew install --cask libreoffice`, '
      + 'Windows https://www.libreoffice.org/download/ (ให้ soffice อยู่ใน PATH) แล้วสั่งใหม่พร้อม --pdf',
    en: 'LibreOffice (the soffice command) was not found, so no PDF was made — the .docx is written\n'
      + 'Install it: Debian/Ubuntu `sudo apt install libreoffice-writer`, macOS `brew install --cask libreoffice`, '
      + 'Windows https://www.libreoffice.org/download/ (with soffice on PATH), then run again with --pdf',
  },
  'cli.pdf.failed': {
    th: 'แปลงเป็น PDF ไม่สำเร็จ ({reason}) — ไฟล์ .docx เขียนแล้ว เปิดด้วยโปรแกรมเอกสารแล้วบันทึกเป็น PDF ได้',
    en: 'The conversion to PDF failed ({reason}) — the .docx is written; open it in a word processor and save it as PDF',
  },
};
