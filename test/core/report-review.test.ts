/**
 * The official's review of the generated reports: words never broken mid-syllable (no word wider
 * than its column), rows kept whole, percentages adding up, the wording of level, memo and year
 * end, what goes to the person instead of the document, the title after a cover, the chart.
 * On the sample workbook (seeds 000/001/003/004).
 */
import { analyse } from '../../src/core/workbook/analyse';
import { buildSampleWorkbook } from '../../src/core/workbook/sample';
import {
  blockText, blocksOf, boldLabelWidthPt, buildReport, contentWidthPt, reportText, reportWarning, reportWarnings, REPORT_STYLE,
  valueLabelX, measureColumnWidths, slashBreaks, MEASURE_COLUMNS, type ReportDoc, type TableBlock,
} from '../../src/core/documents';

const NALIANG = 'องค์การบริหารส่วนตำบลนาเลียง';
const HUARUEA = 'องค์การบริหารส่วนตำบลหัวเรือ';
const TODAY = { year: 2025, month: 6, day: 20 };
const sample = analyse(buildSampleWorkbook());
const table = (doc: ReportDoc, role: TableBlock['role']): TableBlock =>
  blocksOf(doc).find((b): b is TableBlock => b.kind === 'table' && b.role === role) as TableBlock;
const text = (doc: ReportDoc, id: string): string => (doc.sections.find((s) => s.id === id)?.blocks ?? []).map(blockText).join('\n');

describe('the measures table: no word wider than its column, rows kept whole', () => {
  const seg = new Intl.Segmenter('th', { granularity: 'word' });
  /**
   * The pieces LibreOffice may not break: ICU's words, except that a slash holds on to the word
   * before it and the one after it (it broke "นโยบาย/มาตรการ/แผนงาน" mid-syllable, finding no
   * break there; slashBreaks puts one after each slash, which splits the chunk here).
   */
  const unitsOf = (chunk: string): string[] => {
    const units: string[] = [];
    let glue = false;
    for (const { segment } of seg.segment(chunk)) {
      if (segment === '/' && units.length) { units[units.length - 1] += segment; glue = true; continue; }
      if (glue) units[units.length - 1] += segment;
      else units.push(segment);
      glue = false;
    }
    return units;
  };
  it('every word (ICU\'s, as LibreOffice breaks) of every sample report fits its column, rounds 3, 6 and 12', () => {
    const width = contentWidthPt('landscape');
    for (const unit of sample.workbook.units) {
      for (const round of [3, 6, 12]) {
        const t = table(buildReport(sample, { unit: unit.name, round, today: { year: 2025, month: 12, day: 1 } }), 'measures');
        const inner = t.columns.map((c) => (width * c.width) / 100 - 4);
        t.rows.forEach((row) => row.forEach((cell, i) => {
          const words = cell.text.split(/[\s\u200b]+/).flatMap(unitsOf);
          for (const word of words) {
            expect({ word, fits: boldLabelWidthPt(word, t.size) <= inner[i] }).toEqual({ word, fits: true });
          }
        }));
        // Header lines are set by hand, one word group a line: each fits its column in bold.
        const header = [...t.header[0].filter((c) => !c.colSpan), ...t.header[1]];
        const cols = [0, 1, 2, 3, 4, 8, 9, 5, 6, 7];
        header.forEach((cell, k) => {
          for (const line of cell.text.split('\n')) expect(boldLabelWidthPt(line, cell.size ?? (t.headerSize as number))).toBeLessThanOrEqual(inner[cols[k]]);
        });
        expect(t.keepRowsWhole).toHaveLength(t.rows.length);
        expect(t.keepRowsWhole?.every(Boolean)).toBe(true); // every sample row fits on a page
      }
    }
  });
});

describe('measureColumnWidths: what is left over goes where the rows need it', () => {
  const cell = (text: string) => ({ text });
  const row = (method: string, result: string, outcome = '-') =>
    [cell('๑. มาตรการ'), cell(method), cell('สำนักปลัด'), cell('ไตรมาส ๑'), cell('รอบ ๖ เดือน'), cell(''), cell('/'), cell(''), cell(result), cell(outcome)];
  it('adds up to 100, never below the narrowest widths; an empty ผลลัพธ์ stays narrow, a long result widens', () => {
    const long = 'ประชาสัมพันธ์ผ่านเว็บไซต์และสื่อออนไลน์ของหน่วยงาน'.repeat(6);
    const fitted = [2, 3, 4]; // responsible, timeline, follow-up: sized from the report's text
    for (const rows of [[row(long, '-')], [row('-', long)], [row(long, long, long)], []]) {
      const w = measureColumnWidths(rows);
      expect(Math.round(w.reduce((a, b) => a + b, 0) * 10) / 10).toBe(100);
      w.forEach((x, i) => (fitted.includes(i) ? expect(x).toBeLessThanOrEqual(MEASURE_COLUMNS[i]) : expect(x).toBeGreaterThanOrEqual(MEASURE_COLUMNS[i])));
    }
    expect(measureColumnWidths([row(long, '-')])[9]).toBe(MEASURE_COLUMNS[9]);
    expect(measureColumnWidths([row('-', long)])[8]).toBeGreaterThan(measureColumnWidths([row(long, '-')])[8]);
  });
});

describe('slashBreaks', () => {
  it('a break opportunity after a slash before Thai, none before a digit or a space', () => {
    expect(slashBreaks('นโยบาย/มาตรการ/แผนงาน')).toBe('นโยบาย/\u200bมาตรการ/\u200bแผนงาน');
    expect(slashBreaks('1/2568 และ / ท')).toBe('1/2568 และ / ท');
  });
});

describe('percentages as a reader computes them (issue 19)', () => {
  it('นาเลียง round 6: each share of 7 rounded half up (1 of 7 is 14.29), the total row 100.00; memo and sentence quote the table', () => {
    const d = buildReport(sample, { unit: NALIANG, round: 6, memo: true, today: TODAY, thaiDigits: false });
    const s = table(d, 'summary');
    // A row of counts and a row of shares, the statuses as columns, then the total.
    const counts = s.rows[0].slice(1, 4).map((c) => Number(c.text));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(7);
    expect(s.rows[1].slice(1, 4).map((c) => c.text)).toEqual(counts.map((c) => (Math.round((c / 7) * 10000) / 100).toFixed(2)));
    expect(s.rows[1].slice(1, 4).map((c) => c.text)).toContain('14.29');
    expect(s.rows[1][4].text).toBe('100.00');
    const done = s.rows[1][3].text;
    expect(text(d, 'summary')).toContain(`คิดเป็นร้อยละ ${done}`);
    expect(text(d, 'memo')).toContain(`คิดเป็นร้อยละ ${done}`);
  });
});

describe('wording', () => {
  const d6 = buildReport(sample, { unit: HUARUEA, round: 6, memo: true, today: TODAY });
  const d12 = buildReport(sample, { unit: HUARUEA, round: 12, memo: true, today: { year: 2025, month: 11, day: 10 } });

  it('the level: "ได้คะแนน … คะแนน อยู่ในระดับ “…”" in the memo and section 1', () => {
    expect(text(d6, 'memo')).toMatch(/ได้คะแนน [๐-๙.]+ คะแนน อยู่ในระดับ “[^”]+”/);
    expect(text(d6, 'ita')).toMatch(/ได้คะแนน [๐-๙.]+ คะแนน อยู่ในระดับ “[^”]+”/);
    expect(reportText(d6)).not.toContain('ระดับผลการประเมิน');
  });

  it('the memo asks leave to publish on the unit\'s website and names the overdue measures in one sentence', () => {
    expect(text(d6, 'memo')).toContain(`จึงเรียนมาเพื่อโปรดทราบ และพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของ${HUARUEA}`);
    const overdue = text(d6, 'memo').split('\n').find((l) => l.startsWith('ทั้งนี้ มีมาตรการที่เกินกำหนด'));
    expect(overdue).toMatch(/ได้แก่ มาตรการที่ [๐-๙]+ /);
    expect(overdue).toContain('ซึ่งจะเร่งรัดติดตามการดำเนินการให้แล้วเสร็จต่อไป');
  });

  it('round 12 (the year has ended): no promise to hurry; what is not done is carried on in the next fiscal year', () => {
    const all = reportText(d12);
    expect(all).not.toContain('เร่งรัด');
    expect(text(d12, 'summary')).toMatch(/มาตรการที่ยังไม่แล้วเสร็จ [๐-๙]+ มาตรการ จะดำเนินการต่อในปีงบประมาณ พ\.ศ\.\u00a0๒๕๖๙/);
  });

  it('a round-12 report made before the year ends (as of today) still speaks of following the overdue up', () => {
    const early = buildReport(sample, { unit: HUARUEA, round: 12, today: TODAY });
    expect(early.meta.asOf).toEqual(TODAY);
    expect(text(early, 'summary')).not.toContain('จะดำเนินการต่อในปีงบประมาณ');
    expect(text(early, 'summary')).toContain('เร่งรัดติดตาม');
  });

  it('"พ.ศ." is held to its year by a no-break space in every generated line', () => {
    expect(reportText(d6)).not.toMatch(/พ\.ศ\. [๐-๙]/);
    expect(reportText(d6)).toContain('พ.ศ.\u00a0๒๕๖๘');
  });
});

describe('told to the person making the report, never the document', () => {
  it('a gap in section 2: the row says ยังไม่มีมาตรการรองรับ, the advice is a warning', () => {
    const d = buildReport(sample, { unit: HUARUEA, today: TODAY });
    expect(reportText(d)).toContain('ยังไม่มีมาตรการรองรับ');
    expect(reportText(d)).not.toContain('ควรพิจารณา');
    expect(reportWarning(d)?.th).toContain('ควรพิจารณากำหนดมาตรการเพิ่มเติม');
  });

  it('a signing date more than 60 days after the round\'s last day, and blank results of measures done or in progress', () => {
    const late = buildReport(sample, { unit: NALIANG, round: 6, today: { year: 2026, month: 12, day: 1 } });
    expect(reportWarnings(late).map((w) => w.th)).toContain('วันที่ลงนาม 1/12/2569 ห่างจากวันสิ้นรอบ 31/3/2568 กว่า 60 วัน: ตรวจสอบปีงบประมาณและวันที่ลงนาม');
    const onTime = buildReport(sample, { unit: NALIANG, round: 6, today: TODAY, date: { year: 2025, month: 5, day: 30 } });
    expect(reportWarnings(onTime).some((w) => w.th.startsWith('วันที่ลงนาม'))).toBe(false);
    // The numbers of the measures with no result text, as the sheet numbers them.
    const d12 = buildReport(sample, { unit: HUARUEA, round: 12, today: { year: 2025, month: 11, day: 10 } });
    const noResult = d12.meta.noResult ?? [];
    expect(noResult.length).toBeGreaterThan(0);
    const t = table(d12, 'measures');
    for (const no of noResult) {
      const row = t.rows.find((r) => r[0].text.startsWith(`${no.replace(/\d/g, (x) => '๐๑๒๓๔๕๖๗๘๙'[+x])}. `)) as TableBlock['rows'][number];
      expect(row.slice(6, 8).some((c) => c.text === REPORT_STYLE.mark)).toBe(true); // in progress or done
    }
    expect(reportWarning(d12)?.th).toContain(`มาตรการที่ ${noResult.join(', ')}`);
  });
});

describe('layout', () => {
  it('after a cover, the first page of the report carries the title as its heading only, not the cover again', () => {
    const d = buildReport(sample, { unit: NALIANG, cover: true, today: TODAY });
    const title = d.sections.find((s) => s.id === 'title')?.blocks ?? [];
    // Broken between its two phrases (one line would need 12 pt), no year, round or unit repeated.
    expect(title.map(blockText)).toEqual(['รายงานผลการดำเนินการตามมาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน']);
    expect(title.every((b) => b.kind === 'heading' && b.size === REPORT_STYLE.headingSize)).toBe(true);
    const plain = buildReport(sample, { unit: NALIANG, today: TODAY });
    expect((plain.sections.find((s) => s.id === 'title')?.blocks ?? []).length).toBeGreaterThan(1);
  });

  it('a value label never starts on or crosses the pass line', () => {
    expect(valueLabelX(100, 300, 40)).toBe(104); // far from the line
    expect(valueLabelX(280, 300, 40)).toBeGreaterThan(300); // would cross: moved past it
    expect(valueLabelX(320, 300, 40)).toBe(324); // past it already
  });

  it('section 2 of a unit with nothing below 85 names its lowest indicator and the measures for it', () => {
    const d = buildReport(sample, { unit: NALIANG, today: TODAY });
    expect(text(d, 'weak')).toContain('ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ ๘๕ คะแนน');
    expect(text(d, 'weak')).toContain('ตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่');
    expect(table(d, 'coverage').rows).toHaveLength(1);
  });
});

describe('the level explained where the total alone would give more', () => {
  it('หัวเรือ 91.30 is ผ่าน: the tools sentence says EIT is below 85; นิคมคำสร้อย (ผ่านดี) says nothing more', () => {
    const huaruea = text(buildReport(sample, { unit: HUARUEA, round: 6, today: TODAY }), 'ita');
    expect(huaruea).toContain('(EIT) ๘๓.๖๒ คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ๙๔.๘๘ คะแนน ซึ่งคะแนนของ EIT ต่ำกว่า ๘๕ คะแนน จึงอยู่ในระดับดังกล่าว');
    const nikhom = text(buildReport(sample, { unit: 'องค์การบริหารส่วนตำบลนิคมคำสร้อย', round: 6, today: TODAY }), 'ita');
    expect(nikhom).not.toContain('จึงอยู่ในระดับดังกล่าว');
  });
});
