import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyFormat,
  inspectImage,
  perceptualHash,
  processImage,
  sameImage,
  type Derivative,
  type ProcessedImage,
  type ProcessResult,
} from './image-processing.ts';
import { hashDistance, isLikelyDuplicate } from './image-quality.ts';
import { testImages } from '../../testing/test-images.ts';
import { exifOrientationFixtures } from '../../../test/fixtures/photographs.ts';

const fixtures = exifOrientationFixtures;
const fixture = (name: string) => readFile(path.join(fixtures, `${name}.jpg`));
const notAcceptedMessage = 'This file is not a photo we can accept. Send a JPEG, PNG, WebP, TIFF or HEIF photo.';
const damagedMessage = 'This photo is damaged or incomplete; take or send it again.';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'telederm-images-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function processed(result: ProcessResult): ProcessedImage {
  if (!result.ok) throw new Error(`expected the image to be accepted, got ${result.status} ${result.message}`);
  return result;
}

function derivativesOf(result: ProcessedImage): [string, Derivative][] {
  return Object.entries(result.derivatives);
}

function meanAbsoluteDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

function mean(pixels: Buffer): number {
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

/** A PNG whose header declares `width`×`height` but carries almost no pixel data. */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Insert a JPEG comment (COM) segment right after the start-of-image marker. */
function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const payload = Buffer.from(text, 'latin1');
  const segment = Buffer.alloc(4);
  segment.set([0xff, 0xfe], 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]);
}

describe('orientation: every derivative of every fixture is upright, judged by pixels', () => {
  const size = { Landscape: { width: 64, height: 48 }, Portrait: { width: 48, height: 64 } } as const;

  for (const shape of ['Landscape', 'Portrait'] as const) {
    it(`${shape}_0 … ${shape}_8`, async () => {
      const { width, height } = size[shape];
      const reference = processed(await processImage(await fixture(`${shape}_1`)));
      const expected = new Map<string, Buffer>();
      for (const [name, derivative] of derivativesOf(reference)) {
        expected.set(name, await testImages.greyPixels(derivative.buffer, width, height));
      }
      // Every wrong way up that an orientation bug could produce.
      const wrong = await Promise.all(
        [
          [90, false],
          [180, false],
          [270, false],
          [0, true],
          [90, true],
          [180, true],
          [270, true],
        ].map(async ([angle, mirror]) =>
          testImages.greyPixels(
            await testImages.turn(reference.derivatives.viewing.buffer, angle as 0 | 90 | 180 | 270, mirror as boolean),
            width,
            height,
          ),
        ),
      );
      const viewingReference = expected.get('viewing')!;
      const nearestWrong = Math.min(...wrong.map((pixels) => meanAbsoluteDifference(pixels, viewingReference)));
      expect(nearestWrong).toBeGreaterThan(20);

      for (let orientation = 0; orientation <= 8; orientation++) {
        const result = processed(await processImage(await fixture(`${shape}_${orientation}`)));
        expect(result.width > result.height).toBe(shape === 'Landscape');
        for (const [name, derivative] of derivativesOf(result)) {
          expect(derivative.width > derivative.height, `${shape}_${orientation} ${name}`).toBe(shape === 'Landscape');
          const pixels = await testImages.greyPixels(derivative.buffer, width, height);
          const difference = meanAbsoluteDifference(pixels, expected.get(name)!);
          expect(difference, `${shape}_${orientation} ${name}`).toBeLessThan(4);
          expect(difference * 5, `${shape}_${orientation} ${name}`).toBeLessThan(nearestWrong);
        }
      }
    });
  }

  it('inspection reports the displayed size, after orientation', async () => {
    const inspection = await inspectImage(path.join(fixtures, 'Landscape_6.jpg'));
    expect(inspection).toMatchObject({ ok: true, format: 'jpeg', width: 1800, height: 1200, orientation: 6 });
  });
});

describe('quality check, tuned on the fixtures', () => {
  it('passes every fixture: in focus, well exposed, enough pixels', async () => {
    for (const shape of ['Landscape', 'Portrait']) {
      for (let orientation = 0; orientation <= 8; orientation++) {
        const result = processed(await processImage(await fixture(`${shape}_${orientation}`)));
        expect(result.quality.warnings, `${shape}_${orientation}`).toEqual([]);
      }
    }
  });

  it('warns that a blurred copy is blurred', async () => {
    for (const name of ['Landscape_1', 'Portrait_6']) {
      const result = processed(await processImage(await testImages.blur(await fixture(name), 6)));
      expect(result.quality.warnings).toEqual([
        {
          code: 'blurred',
          message: 'This photo looks blurred: retake it holding the camera still, with the lesion in focus.',
        },
      ]);
    }
  });

  it('warns that a darkened copy is too dark, and an overexposed copy too bright, without calling them blurred', async () => {
    for (const name of ['Landscape_1', 'Portrait_6']) {
      const dark = processed(await processImage(await testImages.scaleBrightness(await fixture(name), 0.25)));
      expect(dark.quality.warnings.map((w) => w.code)).toEqual(['too_dark']);
      const bright = processed(await processImage(await testImages.scaleBrightness(await fixture(name), 2)));
      expect(bright.quality.warnings.map((w) => w.code)).toEqual(['too_bright']);
    }
  });

  it('warns that a small photo has too few pixels', async () => {
    const small = await testImages.resize(await fixture('Landscape_1'), 900, 600);
    const result = processed(await processImage(small));
    expect(result.quality.warnings.map((w) => w.code)).toEqual(['low_resolution']);
  });

  it('takes thresholds as settings', async () => {
    const result = processed(
      await processImage(await fixture('Landscape_1'), { qualityThresholds: { minFocus: 1e9 } }),
    );
    expect(result.quality.warnings.map((w) => w.code)).toEqual(['blurred']);
  });
});

describe('metadata: none in anything served', () => {
  const camera = {
    make: 'AcmePhoneMaker',
    model: 'Acme X100 Pro',
    owner: 'Dr Jane Ownername',
    serial: 'SN-98765-4321',
    capturedAt: '2026:07:20 10:11:12',
  };

  it('a JPEG with GPS, owner and serial number comes out with none of them, capture time and device kept as fields', async () => {
    const original = await testImages.withCameraMetadata(await fixture('Landscape_6'), camera);
    const before = await testImages.metadata(original);
    expect(before.exif?.GPSInfo?.GPSLatitude).toEqual([51, 30, 26]);
    expect(before.exif?.Image?.Make).toBe(camera.make);
    expect(before.exif?.Photo?.BodySerialNumber).toBe(camera.serial);
    expect(original.includes(camera.owner)).toBe(true);

    const inspection = await inspectImage(original);
    expect(inspection).toMatchObject({
      ok: true,
      deviceMake: camera.make,
      deviceModel: camera.model,
      hasGps: true,
      // No offset recorded: the camera clock is read as UK time, which is BST in July.
      capturedAt: new Date('2026-07-20T09:11:12Z'),
    });

    const result = processed(await processImage(original));
    expect(result.source.hasGps).toBe(true);
    for (const [name, derivative] of derivativesOf(result)) {
      const after = await testImages.metadata(derivative.buffer);
      expect(after, name).toMatchObject({
        format: 'jpeg',
        exif: null,
        hasXmp: false,
        hasIptc: false,
        hasPhotoshop: false,
        hasProfile: false,
        orientation: null,
        comments: [],
      });
      for (const secret of [camera.make, camera.model, camera.owner, camera.serial, 'GPS', 'Exif', '2026:07:20']) {
        expect(derivative.buffer.includes(secret), `${name} contains ${secret}`).toBe(false);
      }
    }
  });

  it('reads an offset recorded with the capture time, and winter time as GMT', async () => {
    const winter = await testImages.withCameraMetadata(await fixture('Portrait_1'), {
      ...camera,
      capturedAt: '2026:01:20 10:11:12',
    });
    expect(await inspectImage(winter)).toMatchObject({ capturedAt: new Date('2026-01-20T10:11:12Z') });
  });

  it('a photo without EXIF has no capture time or device', async () => {
    const bare = await testImages.convert(await fixture('Landscape_1'), 'png');
    expect(await inspectImage(bare)).toMatchObject({
      ok: true,
      format: 'png',
      capturedAt: null,
      deviceMake: null,
      deviceModel: null,
      hasGps: false,
    });
  });
});

describe('type decided by content, never by name', () => {
  const refused = async (input: Buffer | string) => {
    const inspection = await inspectImage(input);
    const result = await processImage(input);
    expect(result).toEqual(inspection);
    return inspection;
  };

  it.each([
    ['a PDF', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'],
    ['HTML', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'],
    ['text', 'just some words'],
  ])('%s named .jpg → 415', async (_kind, content) => {
    const file = path.join(tmp, 'photo.jpg');
    await writeFile(file, content);
    expect(await refused(file)).toEqual({
      ok: false,
      status: 415,
      code: 'unsupported_type',
      message: notAcceptedMessage,
    });
  });

  it('a GIF → 415', async () => {
    const gif = await testImages.convert(await fixture('Landscape_1'), 'gif');
    expect(await refused(gif)).toMatchObject({ status: 415, code: 'unsupported_type' });
  });

  it('zero bytes → 422 "The file is empty", as a buffer or a file', async () => {
    const file = path.join(tmp, 'empty.jpg');
    await writeFile(file, '');
    for (const input of [Buffer.alloc(0), file]) {
      expect(await refused(input)).toEqual({ ok: false, status: 422, code: 'empty', message: 'The file is empty.' });
    }
  });

  it('a JPEG cut in half → 422, from inspection and from processing', async () => {
    const whole = await fixture('Landscape_1');
    const half = whole.subarray(0, whole.length >> 1);
    expect(await refused(half)).toEqual({ ok: false, status: 422, code: 'damaged', message: damagedMessage });
    // Without the pixel check an inspection reads only the header and lets it through; processing still refuses.
    expect(await inspectImage(half, { checkPixels: false })).toMatchObject({ ok: true });
  });

  it('a JPEG/HTML polyglot is accepted and every derivative is re-encoded without the markup', async () => {
    const markup = '<html><script>alert(1)</script></html>';
    const jpeg = await fixture('Portrait_1');
    for (const polyglot of [Buffer.concat([jpeg, Buffer.from(markup)]), withJpegComment(jpeg, markup)]) {
      expect(polyglot.includes('<script')).toBe(true);
      const result = processed(await processImage(polyglot));
      for (const [name, derivative] of derivativesOf(result)) {
        expect(derivative.buffer.includes('<script'), name).toBe(false);
        expect(derivative.contentType).toBe('image/jpeg');
      }
    }
  });

  it('a tiny PNG declaring 30000×30000 → 413 fast, with memory flat', async () => {
    const png = pngDeclaring(30000, 30000);
    expect(png.length).toBeLessThan(200);
    await inspectImage(pngDeclaring(10, 10)); // load the decoders first, so their code is not counted
    const rssBefore = process.memoryUsage.rss();
    const started = performance.now();
    const inspection = await inspectImage(png);
    const result = await processImage(png);
    const elapsed = performance.now() - started;
    const growth = process.memoryUsage.rss() - rssBefore;
    expect(inspection).toEqual({
      ok: false,
      status: 413,
      code: 'too_many_pixels',
      message: 'This photo is too large (900 megapixels); the limit is 50.',
    });
    expect(result).toEqual(inspection);
    expect(elapsed).toBeLessThan(200);
    expect(growth).toBeLessThan(50 * 1024 * 1024);
  });

  it('the pixel limit is a setting', async () => {
    const result = await processImage(await fixture('Landscape_1'), { maxPixels: 2_000_000 });
    expect(result).toMatchObject({ status: 413, message: 'This photo is too large (2 megapixels); the limit is 2.' });
  });

  it.each(['progressive-jpeg', 'cmyk-jpeg', 'display-p3-jpeg', 'png', 'png16-alpha', 'webp', 'tiff'] as const)(
    'accepts %s and serves 8-bit sRGB JPEG without a profile',
    async (format) => {
      const input = await testImages.convert(await fixture('Landscape_1'), format);
      const result = processed(await processImage(input));
      const reference = processed(await processImage(await fixture('Landscape_1')));
      for (const [name, derivative] of derivativesOf(result)) {
        const after = await testImages.metadata(derivative.buffer);
        expect(after, name).toMatchObject({
          format: 'jpeg',
          space: 'srgb',
          channels: 3,
          depth: 'uchar',
          hasProfile: false,
        });
      }
      const thumbnail = await testImages.greyPixels(result.derivatives.thumbnail.buffer, 64, 48);
      const expected = await testImages.greyPixels(reference.derivatives.thumbnail.buffer, 64, 48);
      if (format === 'png16-alpha') {
        // Half-transparent: laid on white, so lighter than the original, never on black.
        expect(mean(thumbnail)).toBeGreaterThan(mean(expected) + 40);
      } else {
        // Colour survives the conversion: the thumbnails look alike.
        expect(meanAbsoluteDifference(thumbnail, expected)).toBeLessThan(8);
      }
    },
  );
});

describe('HEIF', () => {
  it('accepts AVIF-coded HEIF', async () => {
    const avif = await testImages.convert(await fixture('Portrait_1'), 'avif');
    expect(await inspectImage(avif)).toMatchObject({ ok: true, format: 'avif', width: 1200, height: 1800 });
    const result = processed(await processImage(avif));
    expect(result.derivatives.viewing).toMatchObject({ width: 1200, height: 1800, contentType: 'image/jpeg' });
  });

  it('refuses HEVC-coded HEIC with how to send JPEG instead', () => {
    expect(classifyFormat({ format: 'heif', compression: 'hevc' })).toEqual({
      ok: false,
      status: 415,
      code: 'heic_hevc',
      message:
        'This is an iPhone HEIC photo in a format we cannot read. On the iPhone choose Settings > Camera > ' +
        'Formats > Most Compatible, or share the photo as JPEG, and try again.',
    });
    expect(classifyFormat({ format: 'heif', compression: 'av1' })).toEqual({ ok: true, format: 'avif' });
  });

  it('refuses a file with an iPhone HEIC header that will not decode with the same message', async () => {
    const box = Buffer.alloc(24);
    box.writeUInt32BE(24, 0);
    box.write('ftypheic', 4, 'latin1');
    box.write('mif1heic', 16, 'latin1');
    const heic = Buffer.concat([box, Buffer.alloc(500, 7)]);
    expect(await inspectImage(heic)).toMatchObject({ status: 415, code: 'heic_hevc' });
  });
});

describe('e-Referral copy', () => {
  it('is the viewing copy itself when that fits within 5 MB', async () => {
    const result = processed(await processImage(await fixture('Landscape_1')));
    expect(result.derivatives.eref).toMatchObject({ quality: 90, downscaled: false });
    expect(result.derivatives.eref.buffer).toBe(result.derivatives.viewing.buffer);
  });

  it('fits within 5 MB for a large noisy photo, at the best quality that fits', { timeout: 60_000 }, async () => {
    const noisy = await testImages.noise(7000, 5000);
    expect(noisy.length).toBeGreaterThan(5 * 1024 * 1024);
    const result = processed(await processImage(noisy));
    const { eref, viewing } = result.derivatives;
    expect(viewing.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(eref.bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(eref.bytes).toBe(eref.buffer.length);
    expect(eref.quality).toBeGreaterThanOrEqual(60);
    expect(eref.quality).toBeLessThanOrEqual(92);
    const after = await testImages.metadata(eref.buffer);
    expect({ width: after.width, height: after.height }).toEqual({ width: eref.width, height: eref.height });
    if (eref.downscaled) expect(eref.width).toBeLessThan(7000);
  });

  it('keeps full resolution and searches the quality when only a little too big', async () => {
    const input = await fixture('Landscape_1');
    const viewing = processed(await processImage(input)).derivatives.viewing;
    const result = processed(await processImage(input, { erefMaxBytes: Math.floor(viewing.bytes * 0.8) }));
    const { eref } = result.derivatives;
    expect(eref.downscaled).toBe(false);
    expect({ width: eref.width, height: eref.height }).toEqual({ width: 1800, height: 1200 });
    expect(eref.quality).toBeLessThan(90);
    expect(eref.bytes).toBeLessThanOrEqual(viewing.bytes * 0.8);
    // The best that fits: one step better would not.
    const better = processed(
      await processImage(input, { erefMaxBytes: Math.floor(viewing.bytes * 0.8), viewingQuality: eref.quality + 1 }),
    );
    expect(better.derivatives.viewing.bytes).toBeGreaterThan(viewing.bytes * 0.8);
  });

  it('scales down when even quality 60 is too big', async () => {
    const result = processed(await processImage(await fixture('Landscape_1'), { erefMaxBytes: 60_000 }));
    const { eref } = result.derivatives;
    expect(eref.downscaled).toBe(true);
    expect(eref.bytes).toBeLessThanOrEqual(60_000);
    expect(eref.width).toBeLessThan(1800);
    expect(eref.width / eref.height).toBeCloseTo(1.5, 1);
  });
});

describe('thumbnail and other outputs', () => {
  it('is 320 px on its longest side, or the size asked for', async () => {
    const landscape = processed(await processImage(await fixture('Landscape_8')));
    expect(landscape.derivatives.thumbnail).toMatchObject({ width: 320, height: 213, contentType: 'image/jpeg' });
    const portrait = processed(await processImage(await fixture('Portrait_3'), { thumbnailSize: 200 }));
    expect(portrait.derivatives.thumbnail).toMatchObject({ width: 133, height: 200 });
  });

  it('hashes the original bytes, the same from a buffer and from a file path', async () => {
    const file = path.join(fixtures, 'Portrait_5.jpg');
    const fromFile = processed(await processImage(file));
    const fromBuffer = processed(await processImage(await readFile(file)));
    expect(fromFile.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fromFile.sha256).toBe(fromBuffer.sha256);
    expect(sameImage(fromFile, fromBuffer)).toBe(true);
    const other = processed(await processImage(await fixture('Portrait_1')));
    expect(sameImage(fromFile, other)).toBe(false);
  });
});

describe('duplicates', () => {
  it('recognises a photo re-sent smaller and recompressed (as a messaging app does) as a likely duplicate', async () => {
    const original = await fixture('Landscape_6');
    const forwarded = await testImages.resize(original, 1600, 1067, 60);
    const [a, b] = [processed(await processImage(original)), processed(await processImage(forwarded))];
    expect(sameImage(a, b)).toBe(false);
    expect(isLikelyDuplicate(a.perceptualHash, b.perceptualHash)).toBe(true);
    expect(await perceptualHash(original)).toBe(a.perceptualHash);
  });

  it('the same photo in any stored orientation has nearly the same hash; a different photo does not', async () => {
    const hashes = await Promise.all([1, 3, 6, 8].map(async (n) => perceptualHash(await fixture(`Landscape_${n}`))));
    for (const hash of hashes) expect(hashDistance(hash, hashes[0]!)).toBeLessThanOrEqual(3);
    const different = await perceptualHash(await fixture('Portrait_1'));
    expect(isLikelyDuplicate(hashes[0]!, different)).toBe(false);
  });
});

describe('many at once', () => {
  it('processes 8 photos concurrently, each correctly', async () => {
    const names = [
      'Landscape_1',
      'Landscape_3',
      'Landscape_6',
      'Landscape_8',
      'Portrait_2',
      'Portrait_4',
      'Portrait_5',
      'Portrait_7',
    ];
    const results = await Promise.all(names.map(async (name) => processImage(await fixture(name))));
    results.forEach((result, i) => {
      const done = processed(result);
      expect(done.width > done.height).toBe(names[i]!.startsWith('Landscape'));
    });
  });
});
