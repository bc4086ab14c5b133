/** The fakes behave as the Apps Script reference says, where the add-on depends on it. */
import { createFakeGas, serviceCalls } from './fakes';
import { createFakeDocs } from './fakes/document';

describe('fake SpreadsheetApp', () => {
  // Each test its own spreadsheet: the suite runs in any order (jest --randomize).
  let gas: ReturnType<typeof createFakeGas>;
  let sheet: ReturnType<ReturnType<typeof createFakeGas>['ss']['insertSheet']>;
  beforeEach(() => {
    gas = createFakeGas();
    sheet = gas.ss.insertSheet('t');
  });

  it('an empty sheet: getLastRow 0, getDataRange is A1 holding [[""]]', () => {
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  it('ranges are 1-based; empty cells read as ""; dates read as Date copies', () => {
    const d = new Date(2023, 2, 31);
    sheet.getRange(2, 2, 1, 2).setValues([[d, 'x']]);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([['', '', ''], ['', d, 'x']]);
    const read = sheet.getRange('B2').getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    read.setFullYear(1999);
    expect((sheet.getRange(2, 2).getValue() as Date).getFullYear()).toBe(2023);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
  });

  it('numeric text is stored as a number unless the cell is formatted as text', () => {
    sheet.getRange(5, 1, 1, 2).setValues([['10', '10']]);
    expect(sheet.getRange(5, 1, 1, 2).getValues()).toEqual([[10, 10]]);
    sheet.getRange(5, 2).setNumberFormat('@');
    sheet.getRange(5, 2).setValue('10');
    expect(sheet.getRange(5, 2).getValue()).toBe('10');
  });

  it('a written "=…" is a formula (getFormulas), unless the cell is formatted as text; a value replaces it', () => {
    const f = '=SPARKLINE(50,{"charttype","bar";"max",100})';
    sheet.getRange(7, 1, 1, 2).setValues([[f, 'x']]);
    expect(sheet.getRange(7, 1, 1, 2).getFormulas()).toEqual([[f, '']]);
    expect(sheet.getRange(7, 1).getValue()).toBe(''); // not evaluated: an in-cell chart has no value
    sheet.getRange(8, 1).setNumberFormat('@');
    sheet.getRange(8, 1).setValue(f);
    expect(sheet.getRange(8, 1).getFormulas()).toEqual([['']]);
    expect(sheet.getRange(8, 1).getValue()).toBe(f);
    sheet.getRange(9, 3).setValue('=1+1');
    expect(sheet.getLastRow()).toBe(9); // a formula cell has content
    sheet.getRange(9, 3).setValue(4);
    expect(sheet.getRange(9, 3).getFormulas()).toEqual([['']]);
  });

  it('setValues with the wrong dimensions throws the real message', () => {
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setBackgrounds([['#fff']])).toThrow(/number of columns/);
  });

  it('getRange validates its arguments and the sheet size', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1000, 1, 6, 1).getNumRows()).toBe(6);
  });

  it('setConditionalFormatRules replaces every rule of the sheet', () => {
    const rule = (f: string) => gas.app.newConditionalFormatRule().whenFormulaSatisfied(f).setBackground('#ff0000').setRanges([sheet.getRange('A1:A5')]).build();
    sheet.setConditionalFormatRules([rule('=A1>1'), rule('=A1>2')]);
    sheet.setConditionalFormatRules([rule('=A1>3')]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(['=A1>3']);
    expect(sheet._rules()[0]._describe().ranges).toEqual(['t!A1:A5']);
  });

  it('insertSheet refuses a duplicate name', () => {
    expect(() => gas.ss.insertSheet('t')).toThrow('A sheet with the name "t" already exists. Please enter another name.');
  });

  it('deleting rows shifts the rows below up', () => {
    const s = gas.ss.insertSheet('d');
    s.getRange(1, 1, 3, 1).setValues([['a'], ['b'], ['c']]);
    s.deleteRows(1, 2);
    expect(s.getDataRange().getValues()).toEqual([['c']]);
    expect(s.getMaxRows()).toBe(998);
  });

  it('counts every public call, chained ones included, and not the test helpers', () => {
    serviceCalls.reset();
    const s = gas.app.getActiveSpreadsheet().insertSheet('c');
    s.getRange(1, 1).setValue(1).setBackground('#000000');
    s._values();
    expect(serviceCalls.snapshot()).toEqual({
      'Range.setBackground': 1, 'Range.setValue': 1, 'Sheet.getRange': 1,
      'Spreadsheet.insertSheet': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(serviceCalls.count('Range.*')).toBe(2);
    expect(serviceCalls.total).toBe(5);
  });
});

describe('fake LockService', () => {
  it('tryLock fails while another user holds the lock', () => {
    const gas = createFakeGas();
    const lock = gas.lock.getDocumentLock();
    gas.lock.state.heldByOther = true;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(/Lock timeout/);
    gas.lock.state.heldByOther = false;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });
});

describe('auth modes (what a trigger or custom function may call)', () => {
  it('AuthMode.NONE: only the Ui menu; data, properties, locks and the user are refused', () => {
    const gas = createFakeGas();
    const undo = gas.install('NONE');
    try {
      const g = globalThis as unknown as Record<string, { [m: string]: () => unknown }>;
      expect(() => g.SpreadsheetApp.getUi()).not.toThrow();
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
      expect(() => g.PropertiesService.getDocumentProperties()).toThrow(/permission/);
      expect(() => g.LockService.getDocumentLock()).toThrow(/permission/);
      expect(() => g.Session.getActiveUser()).toThrow(/permission/);
    } finally {
      undo();
    }
  });

  it('AuthMode.LIMITED (simple triggers): the bound spreadsheet works, the e-mail is blank', () => {
    const gas = createFakeGas();
    const undo = gas.install('LIMITED');
    try {
      const g = globalThis as unknown as Record<string, { [m: string]: () => { getEmail(): string } }>;
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
      expect(g.Session.getActiveUser().getEmail()).toBe('');
    } finally {
      undo();
    }
  });
});

describe('strict fakes (issue 17): what the reference does where the product leans on it', () => {
  it('the document, script and user locks are separate: one held says nothing of the others', () => {
    const gas = createFakeGas();
    gas.lock.state.heldByOther = true;
    expect(gas.lock.getDocumentLock().tryLock(10)).toBe(false);
    expect(gas.lock.getScriptLock().tryLock(10)).toBe(true);
    expect(gas.lock.getUserLock().tryLock(10)).toBe(true);
    expect(gas.lock.getDocumentLock().hasLock()).toBe(false);
  });

  it('typed text is converted as Sheets does, unless the cell is formatted as text', () => {
    const gas = createFakeGas();
    const s = gas.ss.insertSheet('v');
    s.getRange(1, 1, 1, 7).setValues([['1,234.5', '85%', 'TRUE', 'false', "'007", '2025-03-31', 'ผ่านดี']]);
    const row = s.getRange(1, 1, 1, 7).getValues()[0];
    expect(row.slice(0, 5)).toEqual([1234.5, 0.85, true, false, '007']);
    expect((row[5] as Date).toISOString()).toBe('2025-03-30T17:00:00.000Z'); // midnight in Bangkok
    expect(row[6]).toBe('ผ่านดี');
    s.getRange(2, 1).setNumberFormat('@');
    s.getRange(2, 1).setValue('2025-03-31');
    expect(s.getRange(2, 1).getValue()).toBe('2025-03-31');
    expect(() => s.getRange(3, 1).setValue('31/3/2568')).toThrow(/would be read as a date by the spreadsheet's locale/);
  });

  it('a typed date is midnight in the spreadsheet\'s own time zone', () => {
    const gas = createFakeGas();
    gas.ss.setSpreadsheetTimeZone('America/New_York');
    const s = gas.ss.insertSheet('tz');
    s.getRange(1, 1).setValue('2025-03-31');
    expect((s.getRange(1, 1).getValue() as Date).toISOString()).toBe('2025-03-31T04:00:00.000Z'); // EDT, UTC−4
    gas.ss.setSpreadsheetTimeZone('Pacific/Auckland');
    s.getRange(1, 1).setValue('2025-01-15');
    expect((s.getRange(1, 1).getValue() as Date).toISOString()).toBe('2025-01-14T11:00:00.000Z'); // NZDT, UTC+13
    expect(() => gas.ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
  });
});

describe('strict DocumentApp fake: saveAndClose closes the document', () => {
  it('after saveAndClose a change through any handle throws the reference\'s error; reading still works', () => {
    const docs = createFakeDocs();
    const doc = docs.documentApp.create('d');
    const body = doc.getBody();
    const p = body.appendParagraph('ก่อน');
    const table = body.appendTable([['a', 'b']]);
    const text = p.editAsText();
    doc.saveAndClose();
    const closed = 'Exception: Document is closed, its contents cannot be updated.';
    expect(() => doc.getBody()).toThrow(closed);
    expect(() => body.appendParagraph('หลัง')).toThrow(closed);
    expect(() => p.setText('x')).toThrow(closed);
    expect(() => p.asParagraph().setAlignment('CENTER')).toThrow(closed);
    expect(() => table.getCell(0, 0).setBackgroundColor('#ffffff')).toThrow(closed);
    expect(() => table.getCell(0, 1).getChild(0).setText('y')).toThrow(closed);
    expect(() => text.setBold(0, 1, true)).toThrow(closed);
    expect(() => doc.setName('z')).toThrow(closed);
    expect(p.getText()).toBe('ก่อน');
    expect(table.getCell(0, 1).getText()).toBe('b');
  });
});
