/** ตั้งค่าแม่แบบ on an empty, a half-filled and an already set-up workbook. */
import { setupTemplate } from '../../src/gas/setup';
import { ALL_SHEETS, COLOURS, DEFAULT_FRAMEWORK_ROWS, SETTINGS, SHEETS, STATUS_LABELS } from '../../src/core/workbook/template';
import { analyse } from '../../src/core/workbook/analyse';
import { readWorkbookGrids } from '../../src/gas/workbook';
import { RULE_MARKER } from '../../src/gas/format-rules';
import { fakeEnv, snapshotValues, type Env } from './helpers';
import type { FakeSheet } from './fakes';

const header = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.th);
const ourRules = (sheet: FakeSheet) => sheet._rules().filter((r) => String(r._describe().values[0]).includes(RULE_MARKER));

let env: Env;
afterEach(() => env.uninstall());

describe('setup on an empty workbook', () => {
  beforeEach(() => {
    env = fakeEnv();
    setupTemplate(env.ss as never, 'th');
  });

  it('creates every template sheet after the existing one, in template order', () => {
    expect(env.ss._sheetNames()).toEqual(['ชีต1', ...ALL_SHEETS.map((k) => SHEETS[k].th)]);
  });

  it('writes each header row, bold on the header colour, frozen', () => {
    for (const key of ALL_SHEETS) {
      const sheet = env.ss._sheet(SHEETS[key].th);
      if (SHEETS[key].columns.length === 0) continue;
      expect(sheet._values()[0]).toEqual(header(key));
      const head = sheet.getRange(1, 1, 1, header(key).length);
      expect(head.getFontWeights()[0].every((w) => w === 'bold')).toBe(true);
      expect(head.getBackgrounds()[0].every((b) => b === COLOURS.header)).toBe(true);
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getColumnWidth(1)).toBe(SHEETS[key].columns[0].width);
      expect(sheet.getRange(1, 1).getFontFamily()).toBe('Sarabun');
    }
  });

  it('writes the default Settings and the default framework', () => {
    const settings = env.ss._sheet('ตั้งค่า')._values();
    expect(settings.slice(1).map((r) => r[0])).toEqual(SETTINGS.map((s) => s.th));
    expect(settings.find((r) => r[0] === 'เกณฑ์ผ่าน')?.[1]).toBe(85);
    const indicators = env.ss._sheet('ตัวชี้วัด')._values();
    expect(indicators.slice(1)).toEqual(DEFAULT_FRAMEWORK_ROWS.map((r) => [...r]));
  });

  it('gives a workbook the engine reads with no problem', () => {
    expect(analyse(readWorkbookGrids(env.ss as never)).problems).toEqual([]);
  });

  it('adds the dropdowns and checks', () => {
    const measures = env.ss._sheet('มาตรการ');
    const status = measures.getRange(2, 10).getDataValidation();
    expect(status?._describe()).toEqual({ type: 'VALUE_IN_LIST', values: [Object.values(STATUS_LABELS), true], allowInvalid: true });
    expect(status?._describe().values[0]).toContain('ยกเลิก'); // the dropdown offers the fourth status
    expect(measures.getRange(1000, 10).getDataValidation()).not.toBeNull();
    expect(measures.getRange(1, 10).getDataValidation()).toBeNull();
    expect(measures.getRange(2, 1).getDataValidation()?._describe().values[0]).toBe('หน่วยงาน!A2:A1000');
    const scores = env.ss._sheet('คะแนน');
    expect(scores.getRange(2, 1).getDataValidation()?._describe().values[0]).toBe('หน่วยงาน!A2:A1000');
    expect(scores.getRange(2, 3).getDataValidation()?._describe().values[0]).toBe('ตัวชี้วัด!B2:B1000');
    expect(scores.getRange(2, 4).getDataValidation()?._describe()).toEqual({ type: 'NUMBER_BETWEEN', values: [0, 100], allowInvalid: true });
    expect(env.ss._sheet('ตัวชี้วัด').getRange(2, 4).getDataValidation()?._describe().values[0]).toEqual(['IIT', 'EIT', 'OIT']);
  });

  it('adds status, overdue and score-band rules', () => {
    const measures = ourRules(env.ss._sheet('มาตรการ')).map((r) => r._describe());
    // The engine's order (the first matching rule wins in Sheets): ยกเลิก, not started, in progress, done; then overdue rows.
    expect(measures.map((r) => r.background)).toEqual([COLOURS.status.cancelled, COLOURS.status.not_started, COLOURS.status.in_progress, COLOURS.status.done, COLOURS.overdue]);
    expect(measures.map((r) => r.ranges)).toEqual([['มาตรการ!J2:J1000'], ['มาตรการ!J2:J1000'], ['มาตรการ!J2:J1000'], ['มาตรการ!J2:J1000'], ['มาตรการ!A2:O1000']]);
    expect(measures[4].values[0]).toContain('$H2'); // timeline
    expect(measures[4].values[0]).toContain('TODAY()');
    const scores = ourRules(env.ss._sheet('คะแนน')).map((r) => r._describe());
    expect(scores.map((r) => r.values[0])).toEqual([
      '=AND(N("ita-tracker:score-excellent")=0,ISNUMBER($D2),$D2>=95)',
      '=AND(N("ita-tracker:score-good")=0,ISNUMBER($D2),$D2>=85,$D2<95)',
      '=AND(N("ita-tracker:score-pass")=0,ISNUMBER($D2),$D2>=75,$D2<85)',
      '=AND(N("ita-tracker:score-improve")=0,ISNUMBER($D2),$D2>=55,$D2<75)',
      '=AND(N("ita-tracker:score-urgent")=0,ISNUMBER($D2),$D2<55)',
    ]);
  });

  it('protects the framework and the generated sheets with a warning only', () => {
    for (const name of ['ตัวชี้วัด', 'อันดับ', 'ประวัติรายงาน']) {
      const protections = env.ss._sheet(name)._protections();
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
    }
    for (const name of ['ตั้งค่า', 'หน่วยงาน', 'คะแนน', 'มาตรการ']) expect(env.ss._sheet(name)._protections()).toHaveLength(0);
  });

  it('shows progress toasts and holds the document lock', () => {
    expect(env.ss.toasts.map((t) => t.message)).toEqual(['กำลังตั้งค่าแม่แบบ…', expect.stringContaining('ตั้งค่าแม่แบบเรียบร้อย')]);
    expect(env.calls.count('LockService.getDocumentLock')).toBe(1);
    expect(env.calls.count('Lock.releaseLock')).toBe(1);
  });
});

describe('setup on a half-filled workbook (own columns, own rules, English sheet name)', () => {
  const userRuleFormula = '=$A2="ด่วน"';
  let before: Record<string, unknown[][]>;

  beforeEach(() => {
    env = fakeEnv({
      sheets: {
        Units: [['หน่วยงาน', 'โทรศัพท์', 'ประเภท'], ['อบต.ก', '042-000000', 'อบต.']],
        ตั้งค่า: [['รายการ', 'ค่า'], ['เกณฑ์ผ่าน', 80], ['บันทึกของฉัน', 'ห้ามลบ']],
        มาตรการ: [['หน่วยงาน', 'ปีงบประมาณ', 'มาตรการ', 'สถานะ', 'หมายเหตุภายใน'], ['อบต.ก', 2566, 'เผยแพร่ข้อมูล', 'ดำเนินการแล้ว', 'โน้ต']],
        ตัวชี้วัด: [['ใช้ตั้งแต่ปี', 'รหัส', 'ตัวชี้วัด', 'เครื่องมือ', 'น้ำหนัก'], [2568, 'O1', 'ตัวชี้วัดใหม่', 'OIT', 100]],
      },
    });
    const measures = env.ss._sheet('มาตรการ');
    measures.setConditionalFormatRules([
      env.app.newConditionalFormatRule().whenFormulaSatisfied(userRuleFormula).setBackground('#000000').setRanges([measures.getRange('A2:A10')]).build(),
    ]);
    measures.setColumnWidth(3, 555);
    before = snapshotValues(env);
    setupTemplate(env.ss as never, 'th');
  });

  it('keeps every value the user typed where it was', () => {
    for (const [name, grid] of Object.entries(before)) {
      const now = env.ss._sheet(name)._values();
      grid.forEach((row, r) => row.forEach((v, c) => expect(now[r][c]).toEqual(v)));
    }
  });

  it('uses the English-named sheet instead of creating a Thai one', () => {
    expect(env.ss._sheetNames()).toContain('Units');
    expect(env.ss._sheetNames()).not.toContain('หน่วยงาน');
  });

  it('appends only the missing columns, after the user\'s own', () => {
    // โทรศัพท์ is already there (the memo's phone, issue 9): only ส่วนราชการเจ้าของเรื่อง is added of the two.
    expect(env.ss._sheet('Units')._values()[0]).toEqual([
      'หน่วยงาน', 'โทรศัพท์', 'ประเภท', 'อำเภอ', 'จังหวัด', 'เรียน', 'ผู้รายงาน', 'ตำแหน่ง', 'ผู้แก้ไข', 'ส่วนราชการเจ้าของเรื่อง',
    ]);
    const measuresHeader = env.ss._sheet('มาตรการ')._values()[0];
    expect(measuresHeader.slice(0, 5)).toEqual(['หน่วยงาน', 'ปีงบประมาณ', 'มาตรการ', 'สถานะ', 'หมายเหตุภายใน']);
    expect(measuresHeader.slice(5)).toEqual(header('measures').filter((h) => !['หน่วยงาน', 'ปีงบประมาณ', 'มาตรการ', 'สถานะ'].includes(h)));
    expect(env.ss._sheet('มาตรการ').getColumnWidth(3)).toBe(555); // the user's width survives
  });

  it('adds the missing Settings keys below the user\'s rows without changing theirs', () => {
    const settings = env.ss._sheet('ตั้งค่า')._values();
    expect(settings.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([['รายการ', 'ค่า'], ['เกณฑ์ผ่าน', 80], ['บันทึกของฉัน', 'ห้ามลบ']]);
    expect(settings[0][2]).toBe('คำอธิบาย');
    expect(settings.slice(3).map((r) => r[0])).toEqual(SETTINGS.filter((s) => s.th !== 'เกณฑ์ผ่าน').map((s) => s.th));
  });

  it('leaves the user\'s framework alone', () => {
    expect(env.ss._sheet('ตัวชี้วัด')._values()).toEqual([header('indicators'), [2568, 'O1', 'ตัวชี้วัดใหม่', 'OIT', 100]]);
  });

  it('keeps the user\'s rule first and points ours at the columns where they are', () => {
    const rules = env.ss._sheet('มาตรการ')._rules().map((r) => r._describe());
    expect(rules[0]).toMatchObject({ values: [userRuleFormula], ranges: ['มาตรการ!A2:A10'] });
    expect(rules).toHaveLength(6); // the user's rule, four status colours, overdue
    expect(rules[1].ranges).toEqual(['มาตรการ!D2:D1000']); // status is column D here
    expect(rules[1].values[0]).toContain('$D2');
    expect(rules[1].values[0]).toContain('$C2'); // the measure column
  });
});

describe('setup twice', () => {
  it('adds no sheet, rule, validation or row the second time and changes nothing', () => {
    env = fakeEnv();
    setupTemplate(env.ss as never, 'th');
    env.ss._sheet('หน่วยงาน').getRange(2, 1, 1, 2).setValues([['อบต.ก', 'อบต.']]);
    env.ss._sheet('ตั้งค่า').getRange(2, 2).setValue(2567);
    const user = env.app.newConditionalFormatRule().whenTextEqualTo('x').setBackground('#123456').setRanges([env.ss._sheet('มาตรการ').getRange('B2:B5')]).build();
    const measures = env.ss._sheet('มาตรการ');
    measures.setConditionalFormatRules([...measures.getConditionalFormatRules(), user]);

    const values = snapshotValues(env);
    const describe = () => Object.fromEntries(env.ss._sheetNames().map((n) => {
      const s = env.ss._sheet(n);
      return [n, {
        rules: s._rules().map((r) => r._describe()),
        protections: s._protections().length,
        validations: s.getRange(1, 1, 3, s.getMaxColumns()).getDataValidations().map((row) => row.map((v) => v?._describe() ?? null)),
        maxRows: s.getMaxRows(),
        maxColumns: s.getMaxColumns(),
      }];
    }));
    const first = describe();
    const outcome = setupTemplate(env.ss as never, 'th');

    expect(outcome).toMatchObject({ createdSheets: [], addedColumns: 0, settingsAdded: 0, frameworkRowsAdded: 0 });
    expect(env.ss._sheetNames()).toEqual(Object.keys(values));
    expect(snapshotValues(env)).toEqual(values);
    const second = describe();
    // Our rules are rewritten after the user's, so only their order may change.
    for (const name of Object.keys(first)) {
      expect(second[name].protections).toBe(first[name].protections);
      expect(second[name].validations).toEqual(first[name].validations);
      expect(second[name].maxRows).toBe(first[name].maxRows);
      expect(second[name].maxColumns).toBe(first[name].maxColumns);
      expect(second[name].rules).toHaveLength(first[name].rules.length);
      expect(second[name].rules).toEqual(expect.arrayContaining(first[name].rules));
    }
    expect(second['มาตรการ'].rules[0].values).toEqual(['x']); // the user's rule keeps priority
  });
});
