/**
 * The report's bar chart (an SVG from src/core/documents/chart.ts) as a PNG, drawn by resvg
 * with the Sarabun TTFs of `@expo-google-fonts/sarabun` (OFL) so Thai labels render the
 * same on every machine — no system fonts are consulted.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const FACES = ['400Regular/Sarabun_400Regular.ttf', '700Bold/Sarabun_700Bold.ttf'];

/** Paths of the Sarabun regular and bold TTFs. */
export function sarabunFontFiles(): string[] {
  const root = dirname(require.resolve('@expo-google-fonts/sarabun'));
  const files = FACES.map((f) => join(root, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`Sarabun font files not found: ${missing.join(', ')}`);
  return files;
}

/**
 * resvg places SARA AM (ำ, U+0E33) as a zero-width mark on the next letter ("อำนาจ" comes
 * out as "อ̊นาจ"). Written as its canonical parts, NIKHAHIT + SARA AA, it shapes correctly
 * and looks the same.
 */
export const decomposeSaraAm = (s: string): string => s.replace(/\u0e33/g, '\u0e4d\u0e32');

/** SVG → PNG bytes at `scale` × the SVG's size (2 keeps it sharp when printed). */
export function chartPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(decomposeSaraAm(svg), {
    font: { fontFiles: sarabunFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Sarabun' },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return Buffer.from(resvg.render().asPng());
}
