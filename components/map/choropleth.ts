/** Five sequential classes for incidents per governorate; 0 keeps the plain land colour. */
const CLASS_COLOURS = ['#fde0c5', '#facba6', '#f59e72', '#e9704a', '#b8432a'] as const;
export const NO_DATA_COLOUR = '#f4f2ee';

export interface ChoroplethClass {
  min: number;
  max: number;
  colour: string;
}

/** Equal-width classes from 1 to the maximum count (fewer classes when the maximum is small). */
export function choroplethClasses(maxCount: number): ChoroplethClass[] {
  if (maxCount <= 0) return [];
  const n = Math.min(CLASS_COLOURS.length, maxCount);
  const width = maxCount / n;
  const out: ChoroplethClass[] = [];
  for (let i = 0; i < n; i++) {
    const min = i === 0 ? 1 : Math.floor(i * width) + 1;
    const max = i === n - 1 ? maxCount : Math.floor((i + 1) * width);
    // Spread the colours across the ramp when there are fewer classes than colours.
    const colourIndex = n === 1 ? CLASS_COLOURS.length - 1 : Math.round((i * (CLASS_COLOURS.length - 1)) / (n - 1));
    out.push({ min, max, colour: CLASS_COLOURS[colourIndex]! });
  }
  return out;
}

export function choroplethColour(count: number, classes: readonly ChoroplethClass[]): string {
  if (count <= 0) return NO_DATA_COLOUR;
  return classes.find((c) => count >= c.min && count <= c.max)?.colour ?? classes.at(-1)?.colour ?? NO_DATA_COLOUR;
}
