import * as main from '../../src/gas/main';
import { fakeEnv, snapshotValues } from './helpers';
import { seedWorkbook } from '../fixtures/seed000';

describe('a menu action whose Google service fails', () => {
  it('shows the failure in Thai with the service\'s own words, instead of Apps Script\'s bare error', () => {
    const env = fakeEnv(seedWorkbook());
    const before = snapshotValues(env);
    (env.ss as unknown as { getSheets: () => never }).getSheets = () => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    };
    try {
      expect(() => main.menuComputeRankings()).not.toThrow();
      expect(env.ui.alerts).toHaveLength(1);
      expect(env.ui.alerts[0].prompt).toMatch(/^ทำรายการไม่สำเร็จ: Service Spreadsheets failed while accessing document\./);
      expect(env.ui.alerts[0].prompt).toContain('โปรดแจ้งผู้ดูแลระบบ');
      expect(snapshotValues(env)).toEqual(before);
    } finally {
      env.uninstall();
    }
  });
});
