/**
 * Photograph quality checks, run as an image arrives so that a poor photo can be retaken while the patient is still
 * in the room. Pure functions over 8-bit greyscale pixels; image-processing.ts does the decoding (at a working size
 * of about 1024 px, so the numbers below are for that scale) and passes the pixels here.
 */

export type GreyImage = { pixels: Uint8Array; width: number; height: number };

export type QualityWarningCode = 'blurred' | 'too_dark' | 'too_bright' | 'low_resolution';
export type QualityWarning = { code: QualityWarningCode; message: string };

export type QualityThresholds = {
  /** Below this variance of the Laplacian (of the contrast-stretched working image) the photo is called blurred. */
  minFocus: number;
  /** More than this fraction of pixels at 0–5 is too dark. */
  maxClippedShadows: number;
  /** More than this fraction of pixels at 250–255 is overexposed. */
  maxClippedHighlights: number;
  /** A mean brightness (0–255) below this is too dark even when little is fully black. */
  minMeanBrightness: number;
  /** A mean brightness above this is overexposed even when little is fully white. */
  maxMeanBrightness: number;
  /** A shorter side below this many pixels cannot show a lesion in detail. */
  minShortSide: number;
};

/**
 * Tuned on the real photographs in test/fixtures/exif-orientation (1800×1200, measured at the 1024 px working
 * size; image-processing.test.ts holds them to it): the fixtures' focus is 1280–2400; Gaussian-blurred copies fall
 * to 80–120 (sigma 2), 23–29 (sigma 3) and about 7 (sigma 6). 50 calls sigma 3 blurred and leaves a slight
 * softness alone, so that smooth skin in good focus is not nagged. The fixtures' mean brightness is 114–154 and
 * copies at 30% brightness fall to 34–46; at 160% 24–49% of pixels clip white against under 1% in the originals.
 */
export const defaultQualityThresholds: QualityThresholds = {
  minFocus: 50,
  maxClippedShadows: 0.25,
  maxClippedHighlights: 0.1,
  minMeanBrightness: 50,
  maxMeanBrightness: 225,
  minShortSide: 1000,
};

export type QualityReport = {
  /** Variance of the 3×3 Laplacian of the contrast-stretched working image; higher is sharper. */
  focus: number;
  /** Fraction of pixels at 0–5. */
  clippedShadows: number;
  /** Fraction of pixels at 250–255. */
  clippedHighlights: number;
  /** Mean brightness, 0–255. */
  meanBrightness: number;
  warnings: QualityWarning[];
};

const messages: Record<QualityWarningCode, string> = {
  blurred: 'This photo looks blurred: retake it holding the camera still, with the lesion in focus.',
  too_dark: 'This photo is too dark: move to better light or turn on more lights, without flash glare.',
  too_bright: 'This photo is overexposed: move out of direct light or turn off the flash, and retake it.',
  low_resolution:
    "This photo has too few pixels to show the lesion in detail: move closer or use the phone's main camera.",
};

/**
 * Measure a photograph. `grey` is the working-size greyscale image; `fullSize` is the photograph's size as displayed,
 * which the resolution check needs because the working image has been scaled down.
 */
export function assessQuality(
  grey: GreyImage,
  fullSize: { width: number; height: number },
  thresholds: QualityThresholds = defaultQualityThresholds,
): QualityReport {
  const exposure = measureExposure(grey.pixels);
  const focus = laplacianVariance(contrastStretch(grey));
  const warnings: QualityWarning[] = [];
  const warn = (code: QualityWarningCode) => warnings.push({ code, message: messages[code] });
  if (focus < thresholds.minFocus) warn('blurred');
  if (exposure.clippedShadows > thresholds.maxClippedShadows || exposure.mean < thresholds.minMeanBrightness) {
    warn('too_dark');
  } else if (
    exposure.clippedHighlights > thresholds.maxClippedHighlights ||
    exposure.mean > thresholds.maxMeanBrightness
  ) {
    warn('too_bright');
  }
  if (Math.min(fullSize.width, fullSize.height) < thresholds.minShortSide) warn('low_resolution');
  return {
    focus: round(focus, 1),
    clippedShadows: round(exposure.clippedShadows, 4),
    clippedHighlights: round(exposure.clippedHighlights, 4),
    meanBrightness: round(exposure.mean, 1),
    warnings,
  };
}

export function measureExposure(pixels: Uint8Array): {
  clippedShadows: number;
  clippedHighlights: number;
  mean: number;
} {
  if (pixels.length === 0) return { clippedShadows: 0, clippedHighlights: 0, mean: 0 };
  let shadows = 0;
  let highlights = 0;
  let sum = 0;
  for (const value of pixels) {
    if (value <= 5) shadows++;
    else if (value >= 250) highlights++;
    sum += value;
  }
  return {
    clippedShadows: shadows / pixels.length,
    clippedHighlights: highlights / pixels.length,
    mean: sum / pixels.length,
  };
}

/**
 * Variance of the 3×3 Laplacian (0 1 0 / 1 −4 1 / 0 1 0) over the interior pixels. A blurred photo has little
 * second-derivative energy, so a low value means blur.
 */
export function laplacianVariance({ pixels, width, height }: GreyImage): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    for (let x = 1; x < width - 1; x++) {
      const i = row + x;
      const value = pixels[i - width]! + pixels[i + width]! + pixels[i - 1]! + pixels[i + 1]! - 4 * pixels[i]!;
      sum += value;
      sumOfSquares += value * value;
    }
  }
  const n = (width - 2) * (height - 2);
  const mean = sum / n;
  return sumOfSquares / n - mean * mean;
}

/**
 * Stretch the 1st–99th percentile of brightness to 0–255. The Laplacian scales with contrast, so without this a dark
 * but sharp photo would also be called blurred; the exposure warning is the right one for it.
 */
export function contrastStretch(grey: GreyImage): GreyImage {
  const histogram = new Uint32Array(256);
  for (const value of grey.pixels) histogram[value]!++;
  const low = percentile(histogram, grey.pixels.length, 0.01);
  const high = percentile(histogram, grey.pixels.length, 0.99);
  if (high - low < 8) return grey; // flat: nothing to stretch, and stretching would only amplify noise
  const lookup = new Uint8Array(256);
  for (let value = 0; value < 256; value++) {
    lookup[value] = Math.max(0, Math.min(255, Math.round(((value - low) * 255) / (high - low))));
  }
  const pixels = new Uint8Array(grey.pixels.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = lookup[grey.pixels[i]!]!;
  return { pixels, width: grey.width, height: grey.height };
}

function percentile(histogram: Uint32Array, count: number, fraction: number): number {
  const target = count * fraction;
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value]!;
    if (seen > target) return value;
  }
  return 255;
}

/**
 * A 64-bit difference hash (dHash) from a 9×8 greyscale image: bit = left pixel brighter than its right neighbour.
 * It survives re-encoding and rescaling (a photo forwarded through a messaging app), unlike the SHA-256.
 */
export function differenceHash(grey9x8: GreyImage): string {
  if (grey9x8.width !== 9 || grey9x8.height !== 8) throw new Error('differenceHash needs a 9×8 image');
  let hash = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      const left = grey9x8.pixels[y * 9 + x]!;
      const right = grey9x8.pixels[y * 9 + x + 1]!;
      hash = (hash << 1n) | (left > right ? 1n : 0n);
    }
  }
  return hash.toString(16).padStart(16, '0');
}

/** Number of differing bits between two 64-bit hashes in hex. */
export function hashDistance(a: string, b: string): number {
  let difference = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (difference > 0n) {
    bits += Number(difference & 1n);
    difference >>= 1n;
  }
  return bits;
}

/** At most this many of 64 bits apart: very likely the same photograph, re-encoded or rescaled. */
export const likelyDuplicateDistance = 6;

export function isLikelyDuplicate(hashA: string, hashB: string, maxDistance = likelyDuplicateDistance): boolean {
  return hashDistance(hashA, hashB) <= maxDistance;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
