/** Strings of the tools as data (issue 18, point 7): the known tools' names and the tool problems. */
export const TOOL_STRINGS = {
  // The known tools' names, as seed 000's tools sentence writes them.
  'tool.IIT': { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', en: 'internal survey' },
  'tool.EIT': { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', en: 'external survey' },
  'tool.OIT': { th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', en: 'open data' },
  'problem.badTool': {
    th: 'เครื่องมือ "{value}" ใช้ไม่ได้: พิมพ์รหัสเครื่องมือของกรอบ (เช่น IIT, EIT, OIT) ไม่เกิน 20 ตัวอักษร และไม่เป็นตัวเลขล้วน',
    en: 'Tool "{value}" cannot be used: type the framework\'s tool code (e.g. IIT, EIT, OIT), at most 20 characters, not digits only',
  },
  'problem.toolNameDiffers': {
    th: 'ชื่อเครื่องมือ {tool} "{value}" ต่างจาก "{first}" ที่ {cell} (เครื่องมือหนึ่งมีชื่อเดียว)',
    en: 'Tool {tool} is named "{value}" here but "{first}" at {cell} (a tool has one name)',
  },
  // {where}: " (ตัวชี้วัด!D14)", the framework cell that names the tool; '' for the built-in framework.
  'warning.missingTool': {
    th: 'ไม่มีคะแนนของเครื่องมือ {tool}{where} จึงไม่อาจได้ระดับผ่านดีขึ้นไป',
    en: 'No score for tool {tool}{where}, so the level cannot be ผ่านดี or above',
  },
  // The tools sentence of the report: "คะแนนรายเครื่องมือ ได้แก่ แบบวัด… (IIT) 91.99 คะแนน … และแบบตรวจ… (OIT) 86.39 คะแนน".
  'report.ita.toolsLead': { th: 'คะแนนรายเครื่องมือ ได้แก่ ', en: 'By tool: ' },
  'report.ita.toolScore': { th: '{tool} {score} คะแนน', en: '{tool} {score}' },
  'report.ita.toolsEnd': { th: '', en: '.' },
};
