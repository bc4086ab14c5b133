/** Number helpers shared by the engine and the renderers. */

/**
 * Rounds half away from zero to `places` decimals, as people round published scores
 * (87.5656 → 87.57). The epsilon absorbs binary artefacts such as 1.005 → 1.0049999.
 */
export function roundHalfUp(value: number, places = 2): number {
  const factor = 10 ** places;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Two decimals, the precision of every published ITA figure. */
export const round2 = (value: number): number => roundHalfUp(value, 2);
