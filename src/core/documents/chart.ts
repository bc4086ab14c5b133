/**
 * The indicator-score bar chart as an SVG string: pure, so both renderers share it (Node
 * rasterises it with resvg and the Sarabun TTFs; the model keeps it for any other use).
 * Horizontal bars on a 0–100 scale, one per indicator, a dashed line at the pass threshold,
 * Thai labels in Sarabun, bars below the threshold in a warning colour.
 */
import { digits } from '../engine/thai';

export interface BarChartInput {
  labels: string[];
  values: number[];
  /** Text written at the end of each bar (already formatted, e.g. "๙๔.๙๗"). */
  valueLabels: string[];
  threshold: number;
  thresholdLabel: string;
  thaiDigits: boolean;
  /** A legend under the axis for the two bar colours; null/absent when one colour is used. */
  legend?: { pass: string; below: string } | null;
  /** Total width in px; the height follows from the number of bars. */
  width?: number;
}

export interface BarChart {
  svg: string;
  width: number;
  height: number;
}

export const CHART_FONT = 'Sarabun';
export const CHART_COLOURS = { pass: '#3d85c6', below: '#e69138', threshold: '#cc0000', grid: '#d9d9d9', text: '#000000' } as const;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Thai above/below-base marks take no width of their own. */
const THAI_COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** A generous width of a label in px at `size`: Sarabun's letters average about 0.55 em. */
export function estimateTextWidth(text: string, size: number): number {
  return text.replace(THAI_COMBINING, '').length * size * 0.58;
}

const FONT_SIZE = 13;
const BAR = 14;
const GAP = 5;
const TOP = 26;
const AXIS = 30;
const PAD = 8;
const LEGEND = 28;

/**
 * Where a value label starts: 4 px past its bar's end, unless the label would then cross the
 * pass line at `line`; then just past the line (a bar ending right before it), so no figure is
 * ever drawn over the dashes.
 */
export function valueLabelX(barEnd: number, line: number, labelWidth: number): number {
  const start = barEnd + 4;
  const clear = 3;
  return start < line + clear && start + labelWidth > line - clear ? line + clear + 1 : start;
}

export function barChartSvg(input: BarChartInput): BarChart {
  const width = input.width ?? 640;
  const n = input.labels.length;
  const labelWidth = Math.min(width * 0.45, Math.max(80, ...input.labels.map((l) => estimateTextWidth(l, FONT_SIZE))) + PAD);
  const valueRoom = 52;
  const x0 = PAD + labelWidth;
  const plot = width - x0 - valueRoom;
  const height = TOP + n * (BAR + GAP) + AXIS + (input.legend ? LEGEND : 0);
  const x = (v: number): number => x0 + (Math.max(0, Math.min(100, v)) / 100) * plot;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" font-size="${FONT_SIZE}">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const plotBottom = TOP + n * (BAR + GAP);
  for (let tick = 0; tick <= 100; tick += 20) {
    const tx = x(tick).toFixed(1);
    out.push(`<line x1="${tx}" y1="${TOP - 4}" x2="${tx}" y2="${plotBottom}" stroke="${CHART_COLOURS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${tx}" y="${plotBottom + 20}" text-anchor="middle" fill="${CHART_COLOURS.text}">${escapeXml(digits(String(tick), input.thaiDigits))}</text>`);
  }
  input.labels.forEach((label, i) => {
    const y = TOP + i * (BAR + GAP);
    const v = input.values[i];
    const colour = v < input.threshold ? CHART_COLOURS.below : CHART_COLOURS.pass;
    out.push(`<text x="${(x0 - PAD).toFixed(1)}" y="${y + BAR / 2 + 5}" text-anchor="end" fill="${CHART_COLOURS.text}">${escapeXml(label)}</text>`);
    out.push(`<rect x="${x0.toFixed(1)}" y="${y}" width="${(x(v) - x0).toFixed(1)}" height="${BAR}" fill="${colour}"/>`);
  });
  // The pass line; the value labels are placed clear of it (valueLabelX).
  const t = x(input.threshold).toFixed(1);
  out.push(`<line x1="${t}" y1="${TOP - 6}" x2="${t}" y2="${plotBottom}" stroke="${CHART_COLOURS.threshold}" stroke-width="1.5" stroke-dasharray="5,4"/>`);
  out.push(`<text x="${t}" y="${TOP - 10}" text-anchor="middle" fill="${CHART_COLOURS.threshold}">${escapeXml(input.thresholdLabel)}</text>`);
  input.values.forEach((v, i) => {
    const y = TOP + i * (BAR + GAP);
    out.push(`<text x="${valueLabelX(x(v), Number(t), estimateTextWidth(input.valueLabels[i] ?? '', FONT_SIZE)).toFixed(1)}" y="${y + BAR / 2 + 5}" fill="${CHART_COLOURS.text}">${escapeXml(input.valueLabels[i] ?? '')}</text>`);
  });
  if (input.legend) {
    // Two swatches with their meaning, centred under the axis.
    const y = plotBottom + AXIS + 12;
    const items = [{ colour: CHART_COLOURS.pass, label: input.legend.pass }, { colour: CHART_COLOURS.below, label: input.legend.below }];
    const widths = items.map((it) => 16 + estimateTextWidth(it.label, FONT_SIZE));
    let lx = (width - (widths[0] + widths[1] + 24)) / 2;
    items.forEach((it, k) => {
      out.push(`<rect x="${lx.toFixed(1)}" y="${y - 11}" width="12" height="12" fill="${it.colour}"/>`);
      out.push(`<text x="${(lx + 16).toFixed(1)}" y="${y}" fill="${CHART_COLOURS.text}">${escapeXml(it.label)}</text>`);
      lx += widths[k] + 24;
    });
  }
  out.push(`<line x1="${x0.toFixed(1)}" y1="${TOP - 4}" x2="${x0.toFixed(1)}" y2="${plotBottom}" stroke="#666666" stroke-width="1"/>`);
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
