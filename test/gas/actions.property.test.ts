/**
 * Issue 11: the add-on's actions against the Apps Script fakes on damaged workbooks. Each gives
 * problems (a dialog, a result, or a deliberate message in Thai and English) or results —
 * never an exception, never the "something went wrong" dialog of an unexpected error — and on
 * problems writes nothing: no sheet changed or added, no document created.
 */
import fc from 'fast-check';
import * as main from '../../src/gas/main';
import { analyse } from '../../src/core/workbook/analyse';
import { ReportError } from '../../src/core/documents';
import { parseSidebarError } from '../../src/core/i18n/sidebar';
import { fakeEnv, snapshotValues } from './helpers';
import { createFakeDocs } from './fakes/document';
import { randomWorkbook, rectangular, someUnit } from '../fixtures/random-workbook';

jest.setTimeout(120_000);

/** The dialog runMenuAction shows for an exception it did not expect. */
const UNEXPECTED = /^ทำรายการไม่สำเร็จ|^The action failed/;

/** A deliberate refusal: a report that cannot be made, or the sidebar's bilingual error. */
function deliberate(e: unknown): boolean {
  if (e instanceof ReportError) return true;
  return e instanceof Error && parseSidebarError(e.message) !== null;
}

function attempt<T>(fn: () => T): T | 'refused' {
  try {
    return fn();
  } catch (e) {
    if (deliberate(e)) return 'refused';
    throw e;
  }
}

it('menu, sidebar and report actions: problems or results, never a throw; on problems nothing written', () => {
  fc.assert(fc.property(randomWorkbook, (raw) => {
    const grids = rectangular(raw);
    const problems = analyse(grids).problems.length;
    const env = fakeEnv(grids);
    const docs = createFakeDocs();
    const undoDocs = docs.install();
    try {
      const before = snapshotValues(env);
      const unit = someUnit(grids);

      // Read-only actions: never write, whatever the data.
      main.menuValidate();
      const state = main.sidebarData(null);
      expect(Array.isArray(state.units)).toBe(true);
      const validation = main.sidebarValidate();
      expect(validation.problems).toHaveLength(problems);
      expect(snapshotValues(env)).toEqual(before);

      // Writing actions.
      main.menuComputeRankings();
      main.menuOverview();
      const rankings = main.sidebarComputeRankings();
      const report = attempt(() => main.generateReport({ unit }));
      const sidebarReport = attempt(() => main.sidebarGenerateReport({ unit, year: 2568, round: 6, memo: true, thaiDigits: true }));

      for (const alert of env.ui.alerts) expect(alert.prompt).not.toMatch(UNEXPECTED);
      if (problems > 0) {
        expect(rankings.written).toBe(false);
        expect([report, sidebarReport]).toEqual(['refused', 'refused']);
        expect(snapshotValues(env)).toEqual(before);
        expect(docs.documentApp.documents).toHaveLength(0);
      } else {
        expect(rankings.written).toBe(true);
      }
    } finally {
      undoDocs();
      env.uninstall();
    }
  }), { numRuns: 60 });
});
