/**
 * The baseline the batched writer is compared with: the same Rankings layout written the
 * way Apps Script code is often first written, one cell at a time —
 * `getRange(r, c)` then setNumberFormat, setValue, setBackground, setFontWeight — plus one
 * setColumnWidth per column and a clear() first. Run against the same counting fakes, so
 * its call count is measured, not estimated. Reads are NOT made naive (the harness reads
 * the workbook the batched way for both), so the ratio is about writes only.
 */
import type { SheetLayout } from '../src/core/views/rankings-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function naiveWriteLayout(sheet: Sheet, layout: SheetLayout): void {
  sheet.clear();
  const height = layout.values.length;
  const width = layout.columnWidths.length;
  const maxRows = sheet.getMaxRows();
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const cell = sheet.getRange(r + 1, c + 1);
      cell.setNumberFormat(layout.numberFormats[r][c]);
      cell.setValue(layout.values[r][c]);
      cell.setBackground(layout.backgrounds[r][c]);
      cell.setFontWeight(layout.fontWeights[r][c]);
    }
  }
  layout.columnWidths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
}
