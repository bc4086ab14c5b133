/** Issue 11: ตรวจสอบข้อมูล never calls an empty workbook ready, and says what the engine assumed. */
import * as main from '../../src/gas/main';
import { buildEmptyWorkbook, buildSampleWorkbook } from '../../src/core/workbook/sample';
import { fakeEnv } from './helpers';

const lastToast = (env: ReturnType<typeof fakeEnv>) => env.ss.toasts[env.ss.toasts.length - 1].message;

it.each([
  ['the empty template', buildEmptyWorkbook, 'ยังไม่มีข้อมูลให้ตรวจสอบ'],
  ['units with no scores and no measures', () => {
    const g = buildEmptyWorkbook();
    g.sheets['หน่วยงาน'].push(['อบต.ทดสอบ', 'อบต.']);
    return g;
  }, 'ยังไม่มีคะแนนหรือมาตรการ'],
])('%s: not "ready" but what to enter', (_, make, expected) => {
  const env = fakeEnv(make());
  try {
    main.menuValidate();
    expect(lastToast(env)).toContain(expected);
    expect(lastToast(env)).not.toContain('ข้อมูลถูกต้อง ไม่พบปัญหา');
    expect(env.ui.alerts).toHaveLength(0);
  } finally {
    env.uninstall();
  }
});

it('the sample without its ตัวชี้วัด sheet: valid, and the toast says the default framework is used', () => {
  const grids = buildSampleWorkbook();
  delete grids.sheets['ตัวชี้วัด'];
  const env = fakeEnv(grids);
  try {
    main.menuValidate();
    expect(lastToast(env)).toContain('ข้อมูลถูกต้อง ไม่พบปัญหา');
    expect(lastToast(env)).toContain('⚠ ไม่พบชีต "ตัวชี้วัด": ใช้กรอบตัวชี้วัดมาตรฐาน');
  } finally {
    env.uninstall();
  }
});
