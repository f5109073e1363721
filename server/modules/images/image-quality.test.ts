import { describe, expect, it } from 'vitest';
import {
  assessQuality,
  contrastStretch,
  defaultQualityThresholds,
  differenceHash,
  hashDistance,
  isLikelyDuplicate,
  laplacianVariance,
  measureExposure,
  type GreyImage,
} from './image-quality.ts';

function image(width: number, height: number, pixel: (x: number, y: number) => number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = pixel(x, y);
  return { pixels, width, height };
}

const checkerboard = image(64, 64, (x, y) => (((x >> 2) + (y >> 2)) % 2 === 0 ? 40 : 200));
const gradient = image(64, 64, (x) => 60 + x * 2);
const big = { width: 4000, height: 3000 };

describe('focus', () => {
  it('is zero on a flat image and on a linear gradient, and high on sharp edges', () => {
    expect(laplacianVariance(image(32, 32, () => 128))).toBe(0);
    expect(laplacianVariance(gradient)).toBeCloseTo(0, 6);
    expect(laplacianVariance(checkerboard)).toBeGreaterThan(1000);
  });

  it('does not change when only the exposure changes, so a dark sharp photo is not called blurred', () => {
    const dark = image(64, 64, (x, y) => (((x >> 2) + (y >> 2)) % 2 === 0 ? 10 : 50));
    const focusOf = (grey: GreyImage) => laplacianVariance(contrastStretch(grey));
    expect(focusOf(dark)).toBeCloseTo(focusOf(checkerboard), -1);
    expect(assessQuality(dark, big).warnings.map((w) => w.code)).not.toContain('blurred');
  });

  it('is too small for images under 3 pixels on a side to measure', () => {
    expect(laplacianVariance(image(2, 10, () => 9))).toBe(0);
  });
});

describe('exposure', () => {
  it('counts clipped shadows (0–5) and highlights (250–255)', () => {
    const pixels = Uint8Array.from([0, 5, 6, 100, 249, 250, 255, 128]);
    expect(measureExposure(pixels)).toEqual({ clippedShadows: 2 / 8, clippedHighlights: 2 / 8, mean: 993 / 8 });
  });

  it('warns too dark and too bright in words for the person holding the camera', () => {
    const dark = assessQuality(
      image(64, 64, (x, y) => ((x + y) % 4 === 0 ? 30 : 2)),
      big,
    );
    expect(dark.warnings).toContainEqual({
      code: 'too_dark',
      message: 'This photo is too dark: move to better light or turn on more lights, without flash glare.',
    });
    const bright = assessQuality(
      image(64, 64, (x, y) => ((x + y) % 4 === 0 ? 200 : 253)),
      big,
    );
    expect(bright.warnings.map((w) => w.code)).toEqual(['too_bright']);
  });
});

describe('resolution', () => {
  it('warns when the shorter side is below the setting', () => {
    const report = assessQuality(checkerboard, { width: 1200, height: 900 });
    expect(report.warnings).toEqual([
      {
        code: 'low_resolution',
        message:
          "This photo has too few pixels to show the lesion in detail: move closer or use the phone's main camera.",
      },
    ]);
    expect(
      assessQuality(checkerboard, { width: 1200, height: 900 }, { ...defaultQualityThresholds, minShortSide: 800 })
        .warnings,
    ).toEqual([]);
  });
});

describe('settings', () => {
  it('a sharp, well exposed, large image has no warnings; thresholds override', () => {
    expect(assessQuality(checkerboard, big).warnings).toEqual([]);
    const strict = { ...defaultQualityThresholds, minFocus: Number.POSITIVE_INFINITY };
    expect(assessQuality(checkerboard, big, strict).warnings.map((w) => w.code)).toEqual(['blurred']);
  });
});

describe('difference hash', () => {
  const ramp = image(9, 8, (x, y) => (x * 20 + y * 3) % 256);

  it('is 16 hex digits, the same for the same pixels', () => {
    expect(differenceHash(ramp)).toMatch(/^[0-9a-f]{16}$/);
    expect(differenceHash(ramp)).toBe(differenceHash({ ...ramp, pixels: ramp.pixels.slice() }));
  });

  it('barely moves under small changes and moves a lot for a different picture', () => {
    const nudged = image(9, 8, (x, y) => (x * 20 + y * 3 + (x === 4 && y === 4 ? 25 : 0)) % 256);
    const mirrored = image(9, 8, (x, y) => ((8 - x) * 20 + y * 3) % 256);
    expect(hashDistance(differenceHash(ramp), differenceHash(nudged))).toBeLessThanOrEqual(2);
    expect(isLikelyDuplicate(differenceHash(ramp), differenceHash(nudged))).toBe(true);
    expect(isLikelyDuplicate(differenceHash(ramp), differenceHash(mirrored))).toBe(false);
  });

  it('counts differing bits', () => {
    expect(hashDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hashDistance('00000000000000f0', '0000000000000010')).toBe(3);
  });

  it('needs a 9×8 image', () => {
    expect(() => differenceHash(image(8, 8, () => 0))).toThrow(/9×8/);
  });
});
