/** Styles that say whether something can be seen, shared by the checks and the gatherers. */

/**
 * Clipped out of sight, as the visually-hidden pattern does: `clip` to a rectangle of 1 px or less,
 * or `clip-path: inset(50%)`.
 */
export function clippedAway(cs: CSSStyleDeclaration): boolean {
  const m = /rect\(\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px/.exec(cs.clip || '');
  if (m && (parseFloat(m[3]) - parseFloat(m[1]) <= 1 || parseFloat(m[2]) - parseFloat(m[4]) <= 1)) return true;
  return /inset\(\s*50%/.test(cs.clipPath || '');
}
