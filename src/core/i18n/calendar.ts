/** Strings of the fiscal calendar: round and quarter labels. */
export const CALENDAR_STRINGS = {
  'calendar.roundLabel': { th: 'รอบ {months} เดือน ({range})', en: '{months}-month round ({range})' },
  'calendar.range': { th: '{from} – {to}', en: '{from} – {to}' },
  'calendar.quarter': { th: 'ไตรมาส {q}', en: 'Q{q}' },
};
