/** onOpen / onInstall: the Thai add-on menu, built without touching any data. */
import { onInstall, onOpen, menuAbout } from '../../src/gas/main';
import * as entry from '../../src/gas/main';
import { fakeEnv, type Env } from './helpers';

let env: Env;
afterEach(() => env.uninstall());

describe('onOpen in AuthMode.NONE', () => {
  it('builds the add-on menu, each item calling an exported function', () => {
    env = fakeEnv(undefined, 'NONE'); // any data, property, lock or user call would throw here
    onOpen({ authMode: 'NONE' } as never);
    expect(env.ui.menus).toHaveLength(1);
    const [menu] = env.ui.menus;
    expect(menu).toMatchObject({ kind: 'addon', added: true });
    expect(menu.items).toEqual([
      { caption: 'ตั้งค่าแม่แบบ', functionName: 'menuSetupTemplate' },
      { caption: 'นำเข้าคะแนน', functionName: 'menuImportScores' },
      { caption: 'คำนวณอันดับ', functionName: 'menuComputeRankings' },
      { caption: 'สรุปภาพรวม', functionName: 'menuOverview' },
      { caption: 'ตรวจสอบข้อมูล', functionName: 'menuValidate' },
      'separator',
      { caption: 'สร้างรายงาน', functionName: 'menuGenerateReport' },
      { caption: 'สร้างรายงานทุกหน่วยงาน', functionName: 'generateAllReports' },
      { caption: 'สร้างเอกสารมาตรการประจำปี', functionName: 'menuGeneratePlan' },
      { caption: 'เปิดแผงควบคุม', functionName: 'openSidebar' },
      'separator',
      { caption: 'ป้องกันข้อมูลตามหน่วยงาน', functionName: 'menuProtectUnits' },
      { caption: 'แยกชีตมาตรการตามหน่วยงาน', functionName: 'menuSplitUnits' },
      { caption: 'รวมชีตมาตรการ', functionName: 'menuMergeUnits' },
      'separator',
      { caption: 'เกี่ยวกับ', functionName: 'menuAbout' },
    ]);
    for (const item of menu.items) if (item !== 'separator') expect(typeof (entry as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  it('reads no data, no properties, no user: only the Ui is called', () => {
    env = fakeEnv(undefined, 'NONE');
    onOpen({ authMode: 'NONE' } as never);
    const services = Object.keys(env.calls.snapshot()).map((k) => k.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
    expect(env.calls.count('SpreadsheetApp.getUi')).toBe(1);
    expect(env.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });

  it('onInstall builds the same menu', () => {
    env = fakeEnv(undefined, 'NONE');
    onOpen({ authMode: 'NONE' } as never);
    onInstall({ authMode: 'NONE' } as never);
    expect(env.ui.menus[1]).toEqual(env.ui.menus[0]);
  });
});

describe('simple menu items', () => {
  it('เกี่ยวกับ explains the add-on in Thai', () => {
    env = fakeEnv();
    menuAbout();
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toMatch(/^ITA Tracker ช่วยติดตาม/);
    expect(env.ui.alerts[0].prompt).toContain('=ITA_TOTAL');
    // every menu item a user can pick is explained, the report and the sidebar included
    for (const item of ['ตั้งค่าแม่แบบ', 'นำเข้าคะแนน', 'คำนวณอันดับ', 'สร้างรายงาน', 'เปิดแผงควบคุม']) expect(env.ui.alerts[0].prompt).toContain(item);
  });

  it('speaks English to a user whose locale is English', () => {
    env = fakeEnv();
    env.session.locale = 'en_US';
    menuAbout();
    expect(env.ui.alerts[0].prompt).toMatch(/^ITA Tracker follows/);
  });
});
