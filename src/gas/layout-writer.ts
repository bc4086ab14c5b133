/**
 * Writes a SheetLayout over a generated sheet with a fixed number of calls, whatever its
 * size: no per-cell or per-row calls.
 */
import type { SheetLayout } from '../core/views/rankings-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Replaces the whole content and formatting of `sheet` by `layout`.
 * Resizing by "insert the new rows below, delete the old ones" drops the old output with
 * its formats and leaves exactly the rows needed, in two calls at any size (clear() plus
 * a conditional insert would make the call count depend on the data).
 */
export function writeLayout(sheet: Sheet, layout: SheetLayout): void {
  const height = layout.values.length;
  const width = layout.columnWidths.length;
  sheet.setFrozenRows(0); // rows about to be deleted may be frozen by hand
  const oldRows = sheet.getMaxRows();
  sheet.insertRowsAfter(oldRows, height);
  sheet.deleteRows(1, oldRows);
  const columns = sheet.getMaxColumns();
  if (columns < width) sheet.insertColumnsAfter(columns, width - columns);
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(layout.numberFormats); // first: '@' keeps codes such as '10' as text
  range.setValues(layout.values);
  range.setBackgrounds(layout.backgrounds);
  range.setFontWeights(layout.fontWeights);
  layout.columnWidths.forEach((px, i) => sheet.setColumnWidth(i + 1, px)); // fixed: one per layout column
  if (layout.frozenRows) sheet.setFrozenRows(layout.frozenRows); // fixed by the layout's kind, not its size
}
