import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOf } from './dashboard-figures.ts';

/** Linear interpolation between closest ranks over the values themselves (PERCENTILE.INC). */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = sorted[Math.floor(position)]!;
  return low + (sorted[Math.ceil(position)]! - low) * (position - Math.floor(position));
}

describe('percentiles of turnaround kept as counts per working day', () => {
  it('are the percentiles of the turnarounds themselves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 200 }),
        fc.constantFrom(0.5, 0.9),
        (values, p) => {
          const histogram = new Map<number, number>();
          for (const v of values) histogram.set(v, (histogram.get(v) ?? 0) + 1);
          const expected = percentile(values, p);
          const found = percentileOf(histogram, p);
          if (expected === null) expect(found).toBeNull();
          else expect(found).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('interpolate between the two middle values of an even count', () => {
    expect(
      percentileOf(
        new Map([
          [1, 1],
          [2, 1],
          [9, 1],
          [16, 1],
        ]),
        0.5,
      ),
    ).toBe(5.5);
    expect(
      percentileOf(
        new Map([
          [1, 1],
          [2, 1],
          [9, 1],
          [16, 1],
        ]),
        0.9,
      ),
    ).toBeCloseTo(13.9, 9);
    expect(percentileOf(new Map(), 0.5)).toBeNull();
  });
});
