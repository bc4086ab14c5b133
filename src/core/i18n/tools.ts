/** Strings of the tools as data (issue 18, point 7): the known tools' names and the tool problems. */
export const TOOL_STRINGS = {
  // The known tools' names, as seed 000's tools sentence writes them.
  'tool.IIT': { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', en: 'internal survey' },
  'tool.EIT': { th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', en: 'external survey' },
  'tool.OIT': { th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ', en: 'open data' },
  'problem.badTool': { th: 'รหัสเครื่องมือ "{value}" ใช้ไม่ได้ (เช่น IIT, EIT, OIT; ไม่ใช่ตัวเลขล้วน)', en: 'Tool code "{value}" is invalid (e.g. IIT, EIT, OIT; not digits only)' },
  'problem.toolNameDiffers': { th: 'เครื่องมือ {tool} ชื่อ "{value}" ไม่ตรงกับ "{first}" ที่ {cell}', en: 'Tool {tool} is named "{value}", not "{first}" as at {cell}' },
  // {where}: " (ตัวชี้วัด!D14)", the framework cell that names the tool; '' for the built-in framework.
  'warning.missingTool': { th: 'ไม่มีคะแนนเครื่องมือ {tool}{where}: ระดับไม่เกินผ่าน', en: 'No score for tool {tool}{where}: the level is at most ผ่าน' },
  // The tools sentence of the report: "คะแนนรายเครื่องมือ ได้แก่ แบบวัด… (IIT) 91.99 คะแนน … และแบบตรวจ… (OIT) 86.39 คะแนน".
  'report.ita.toolsLead': { th: 'คะแนนรายเครื่องมือ ได้แก่ ', en: 'By tool: ' },
  'report.ita.toolScore': { th: '{tool} {score} คะแนน', en: '{tool} {score}' },
  'report.ita.toolsEnd': { th: '', en: '.' },
};
