/**
 * The yardstick `ita rank --json` is measured against (issue 11): the least any tool must do
 * with the workbook — start Node, load the reader, read the file and touch every cell once.
 * .xlsx through exceljs (what the CLI reads with), .json through JSON.parse.
 *
 *   node build/bench/yardstick.js <workbook.xlsx|workbook.json>   → prints the number of cells
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

async function touchEveryCell(file: string): Promise<number> {
  let cells = 0;
  let sink = 0;
  const touch = (v: unknown) => { cells++; if (v !== null && v !== undefined && v !== '') sink++; };
  if (file.toLowerCase().endsWith('.json')) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { sheets: Record<string, unknown[][]> };
    for (const grid of Object.values(data.sheets)) for (const row of grid) for (const v of row) touch(v);
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of wb.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => touch(c.value)));
  }
  return sink >= 0 ? cells : -1;
}

touchEveryCell(process.argv[2]).then((n) => { process.stdout.write(`${n}\n`); }, (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exit(1); });
