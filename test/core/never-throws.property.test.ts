/**
 * Issue 11: whatever the workbook holds, the engine answers with problems or results, never an
 * exception. Random damage to real workbooks (test/fixtures/random-workbook.ts) through every
 * core entry the CLI, the add-on and the sidebar build on.
 */
import fc from 'fast-check';
import { analyse } from '../../src/core/workbook/analyse';
import { buildReport, ReportError } from '../../src/core/documents';
import { buildRankingsSheet } from '../../src/core/views/rankings-sheet';
import { buildSidebarState } from '../../src/core/views/dashboard';
import { validateResult } from '../../src/core/views/sidebar-api';
import { randomWorkbook, someUnit } from '../fixtures/random-workbook';

const NOW = new Date('2025-05-15T03:00:00Z');

it('analyse, the rankings sheet, the report model and the sidebar state never throw on a damaged workbook', () => {
  fc.assert(fc.property(randomWorkbook, (grids) => {
    const analysis = analyse(grids);
    // Every problem names its sheet and says what is wrong, in both languages.
    for (const p of analysis.problems) {
      expect(typeof p.sheet).toBe('string');
      expect(p.message.th.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
    const validation = validateResult(analysis);
    expect(validation.problems).toBe(analysis.problems);
    // The sidebar shows its dashboard even when the data has problems (flagged).
    buildSidebarState(grids, analysis, null, NOW);
    buildSidebarState(grids, analysis, someUnit(grids), NOW);
    if (analysis.problems.length > 0) return;
    buildRankingsSheet(analysis);
    try {
      buildReport(analysis, { unit: someUnit(grids), asOf: { year: 2025, month: 5, day: 15 } });
    } catch (e) {
      // A report that cannot be made says why (unknown unit, no measures…), in Thai and English.
      if (!(e instanceof ReportError)) throw e;
    }
  }), { numRuns: 300 });
});
