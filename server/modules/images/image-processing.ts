/**
 * The one module that touches image pixels (STYLE.md rule 7). It decides what an uploaded file is by decoding its
 * content, refuses what we cannot or should not serve with a message for the person holding the camera, and turns an
 * accepted photograph into the derivatives that are served: every one re-encoded from pixels, upright, sRGB and with
 * all metadata removed (GPS above all).
 *
 * Untrusted bytes meet sharp only after a signature check against the formats we accept, so no SVG, PDF or GIF
 * parser ever runs on an upload; then sharp decodes with `failOn: 'error'` and a pixel limit checked from the header
 * before any full decode.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import exifReader from 'exif-reader';
import { unzipSync } from 'fflate';
import pLimit from 'p-limit';
// eslint-disable-next-line no-restricted-imports
import sharp, { type Metadata, type Sharp } from 'sharp';
import {
  assessQuality,
  defaultQualityThresholds,
  differenceHash,
  type QualityReport,
  type QualityThresholds,
} from './image-quality.ts';
import { fromLondonWallClock } from '../../../shared/london-time.ts';

// Uploads are all different, so libvips' operation cache would only hold memory. One libvips thread per image (the
// JPEG codecs are single-threaded anyway) and a bound on images in flight (see `limit` below) keep native
// memory flat; docs/benchmarks.md has the numbers.
sharp.cache(false);
sharp.concurrency(1);

/** A file as bytes in memory or as a path on local disk (the tus upload's file). */
export type ImageInput = Buffer | string;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heif' | 'avif';

export type ImageFailureCode = 'empty' | 'unsupported_type' | 'heic_hevc' | 'too_many_pixels' | 'damaged';

/** A refusal, ready for an RFC 9457 problem: `status` is the HTTP status, `message` is for the uploader. */
export type ImageFailure = { ok: false; status: 413 | 415 | 422; code: ImageFailureCode; message: string };

export type ImageInspection = {
  ok: true;
  format: ImageFormat;
  /** As displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 when absent). */
  orientation: number;
  pixels: number;
  /** EXIF DateTimeOriginal; without a recorded offset the camera clock is taken to be UK time. */
  capturedAt: Date | null;
  deviceMake: string | null;
  deviceModel: string | null;
  /** The original carries a location; no derivative does. */
  hasGps: boolean;
};

export type Inspection = ImageInspection | ImageFailure;

export type InspectOptions = {
  /** Refuse photographs with more pixels than this, from the header, before decoding (default 50 megapixels). */
  maxPixels?: number;
  /**
   * Also decode the whole file at reduced size to find truncation and corruption that a header read cannot see
   * (about 10 ms for a 12-megapixel JPEG, which the decoder can shrink while decoding). Default true.
   */
  checkPixels?: boolean;
};

export type Derivative = { buffer: Buffer; bytes: number; width: number; height: number; contentType: 'image/jpeg' };

export type ProcessOptions = InspectOptions & {
  /** The NHS e-Referral Service attachment limit (default 5 MB). */
  erefMaxBytes?: number;
  /** Longest side of the thumbnail (default 320). */
  thumbnailSize?: number;
  /** JPEG quality of the full-resolution viewing copy (default 90). */
  viewingQuality?: number;
  /** Overrides of `defaultQualityThresholds`. */
  qualityThresholds?: Partial<QualityThresholds>;
};

export type ProcessedImage = {
  ok: true;
  /** SHA-256 (hex) of the original bytes as received: the same file twice on a request is the same image. */
  sha256: string;
  /** 64-bit difference hash (hex): a re-encoded or rescaled copy of the same photograph is within a few bits. */
  perceptualHash: string;
  /** What the original was, as `inspectImage` says. */
  source: ImageInspection;
  /** Upright size of the viewing copy (the original's displayed size). */
  width: number;
  height: number;
  derivatives: {
    /** Full resolution, JPEG quality 90. */
    viewing: Derivative;
    /** JPEG of at most `erefMaxBytes`, at the best quality that fits; the viewing copy itself when that fits. */
    eref: Derivative & { quality: number; downscaled: boolean };
    /** Longest side `thumbnailSize`. */
    thumbnail: Derivative;
  };
  quality: QualityReport;
};

export type ProcessResult = ProcessedImage | ImageFailure;

export const defaultMaxPixels = 50_000_000;
const workingSize = 1024;
const erefQualityRange = { min: 60, max: 92 };

const failures = {
  empty: { status: 422, message: 'The file is empty.' },
  unsupported_type: {
    status: 415,
    message: 'This file is not a photo we can accept. Send a JPEG, PNG, WebP, TIFF or HEIF photo.',
  },
  heic_hevc: {
    status: 415,
    message:
      'This is an iPhone HEIC photo in a format we cannot read. On the iPhone choose Settings > Camera > Formats > ' +
      'Most Compatible, or share the photo as JPEG, and try again.',
  },
  too_many_pixels: { status: 413, message: 'This photo is too large.' },
  damaged: { status: 422, message: 'This photo is damaged or incomplete; take or send it again.' },
} as const satisfies Record<ImageFailureCode, { status: ImageFailure['status']; message: string }>;

function fail(code: ImageFailureCode, message: string = failures[code].message): ImageFailure {
  return { ok: false, status: failures[code].status, code, message };
}

/**
 * Decide what a file is from its content and read what we keep of its metadata. Cheap: a header read and, unless
 * `checkPixels` is false, a reduced-size decode that finds truncated files. Never throws for bad input.
 */
export async function inspectImage(input: ImageInput, options: InspectOptions = {}): Promise<Inspection> {
  const inspected = await inspect(input, options);
  return inspected.ok ? inspected.inspection : inspected;
}

async function inspect(
  input: ImageInput,
  options: InspectOptions,
): Promise<{ ok: true; inspection: ImageInspection; metadata: Metadata } | ImageFailure> {
  const maxPixels = options.maxPixels ?? defaultMaxPixels;
  const head = await readHead(input);
  if (head.length === 0) return fail('empty');
  const family = sniffFamily(head);
  if (family === null) return fail('unsupported_type');

  let metadata: Metadata;
  try {
    // The pixel limit is ours to check below, with the size in the message; a header read allocates no pixels.
    metadata = await sharp(input, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch {
    return family === 'heif-hevc' ? fail('heic_hevc') : fail('damaged');
  }
  const classified = classifyFormat(metadata);
  if (!classified.ok) return classified;

  const pixels = metadata.width * metadata.height;
  if (pixels > maxPixels) {
    return fail(
      'too_many_pixels',
      `This photo is too large (${formatMegapixels(pixels)} megapixels); the limit is ${formatMegapixels(maxPixels)}.`,
    );
  }

  if (options.checkPixels ?? true) {
    try {
      await decoder(input, maxPixels).resize(64, 64, { fit: 'inside', fastShrinkOnLoad: true }).raw().toBuffer();
    } catch (error) {
      return failureFromDecodeError(error, classified.format);
    }
  }

  const inspection: ImageInspection = {
    ok: true,
    format: classified.format,
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    orientation: metadata.orientation ?? 1,
    pixels,
    ...readExif(metadata.exif),
  };
  return { ok: true, inspection, metadata };
}

/**
 * Map what the decoder reports to a format we accept, or a refusal. Exported for tests: an HEVC-coded HEIC cannot be
 * made here (sharp's prebuilt libvips has no HEVC codec), so its classification is tested with a stand-in.
 */
export function classifyFormat(
  metadata: Pick<Metadata, 'format' | 'compression'>,
): { ok: true; format: ImageFormat } | ImageFailure {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'tiff':
      return { ok: true, format: metadata.format };
    case 'heif':
      if (metadata.compression === 'hevc') return fail('heic_hevc');
      return { ok: true, format: metadata.compression === 'av1' ? 'avif' : 'heif' };
    default:
      return fail('unsupported_type');
  }
}

/**
 * Turn an upload into its served derivatives, decoding the full-resolution image once. Returns buffers: the caller
 * stores them (they are a few megabytes at most). Never throws for bad input; a refusal has the same shape as
 * `inspectImage`'s.
 */
export async function processImage(input: ImageInput, options: ProcessOptions = {}): Promise<ProcessResult> {
  return limit(() => processNow(input, options));
}

async function processNow(input: ImageInput, options: ProcessOptions): Promise<ProcessResult> {
  const maxPixels = options.maxPixels ?? defaultMaxPixels;
  // The full decode below finds damage itself, so the inspection need not decode as well.
  const inspected = await inspect(input, { maxPixels, checkPixels: false });
  if (!inspected.ok) return inspected;
  const { inspection: source, metadata } = inspected;

  const thresholds = { ...defaultQualityThresholds, ...options.qualityThresholds };
  // A phone JPEG's colour was subsampled when it was taken; keep full colour resolution for anything else
  // (dermatoscope TIFF or PNG), where it costs about a third more encoding time.
  const chromaSubsampling = metadata.format === 'jpeg' && metadata.chromaSubsampling === '4:2:0' ? '4:2:0' : '4:4:4';
  const viewingQuality = options.viewingQuality ?? 90;

  try {
    // The one full decode: upright, on white where transparent, 8-bit sRGB (an embedded profile such as Display P3
    // is converted from, then dropped). Every derivative is made from these pixels.
    const [sha256, decoded] = await Promise.all([
      sha256Of(input),
      decoder(input, maxPixels)
        .autoOrient()
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .raw({ depth: 'uchar' })
        .toBuffer({ resolveWithObject: true }),
    ]);
    const full = () => fromRaw(decoded);
    const [viewing, working] = await Promise.all([
      encodeJpeg(full(), viewingQuality, chromaSubsampling, false),
      full()
        .resize(workingSize, workingSize, { fit: 'inside', withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true }),
    ]);
    const thumbnailSize = options.thumbnailSize ?? 320;
    const [thumbnail, grey, perceptualHash] = await Promise.all([
      encodeJpeg(fromRaw(working).resize(thumbnailSize, thumbnailSize, { fit: 'inside' }), 80, '4:2:0', true),
      fromRaw(working).greyscale().raw().toBuffer({ resolveWithObject: true }),
      hashOfWorkingImage(working),
    ]);
    if (grey.info.channels !== 1) throw new Error('Expected a one-band greyscale working image');
    const eref = await erefCopy(full, viewing, viewingQuality, options.erefMaxBytes ?? 5 * 1024 * 1024);
    const quality = assessQuality(
      { pixels: grey.data, width: grey.info.width, height: grey.info.height },
      { width: viewing.width, height: viewing.height },
      thresholds,
    );
    return {
      ok: true,
      sha256,
      perceptualHash,
      source,
      width: viewing.width,
      height: viewing.height,
      derivatives: { viewing, eref, thumbnail },
      quality,
    };
  } catch (error) {
    return failureFromDecodeError(error, source.format);
  }
}

/**
 * The e-Referral copy: the viewing copy itself when it fits (no second full-resolution encode); otherwise the
 * highest JPEG quality from 60 up that fits, by binary search on size; only when even quality 60 is too big, fewer
 * pixels, scaled by the size ratio, searched again.
 */
async function erefCopy(
  full: () => Sharp,
  viewing: Derivative,
  viewingQuality: number,
  maxBytes: number,
): Promise<Derivative & { quality: number; downscaled: boolean }> {
  if (viewing.bytes <= maxBytes) return { ...viewing, quality: viewingQuality, downscaled: false };
  let width = viewing.width;
  let height = viewing.height;
  for (let attempt = 0; attempt < 6; attempt++) {
    const downscaled = attempt > 0;
    const pipeline = () => (downscaled ? full().resize(width, height, { fit: 'fill' }) : full());
    // The lowest quality first: when even that is too big (rare: huge or very noisy photos) the search would only
    // spend full-resolution encodes on failures.
    const atMin = await encodeJpeg(pipeline(), erefQualityRange.min, '4:2:0', true);
    if (atMin.bytes <= maxBytes) {
      let best = atMin;
      let bestQuality = erefQualityRange.min;
      let low = erefQualityRange.min + 1;
      let high = Math.min(erefQualityRange.max, downscaled ? erefQualityRange.max : viewingQuality - 1);
      while (low <= high) {
        const quality = Math.floor((low + high) / 2);
        const candidate = await encodeJpeg(pipeline(), quality, '4:2:0', true);
        if (candidate.bytes <= maxBytes) {
          best = candidate;
          bestQuality = quality;
          low = quality + 1;
        } else {
          high = quality - 1;
        }
      }
      return { ...best, quality: bestQuality, downscaled };
    }
    // Even the lowest quality is too big: scale the pixel count by the size ratio, with a margin.
    const scale = Math.sqrt(maxBytes / atMin.bytes) * 0.9;
    width = Math.max(1, Math.floor(width * scale));
    height = Math.max(1, Math.floor(height * scale));
  }
  throw new Error('Could not fit the e-Referral copy within its size limit');
}

/**
 * `optimiseCoding` (optimal Huffman tables) saves about 2% of the bytes for about a quarter more encoding time: worth
 * it where size is the point (the e-Referral search, thumbnails), not for the full-resolution viewing copy.
 */
async function encodeJpeg(
  pipeline: Sharp,
  quality: number,
  chromaSubsampling: '4:2:0' | '4:4:4',
  optimiseCoding: boolean,
): Promise<Derivative> {
  // No metadata is kept: sharp writes none unless asked (keepMetadata, withExif, keepIccProfile ...), and the
  // pixels have already been converted to sRGB, so no profile is needed to show them right.
  const { data, info } = await pipeline
    .jpeg({ quality, chromaSubsampling, optimiseCoding, mozjpeg: false })
    .toBuffer({ resolveWithObject: true });
  return { buffer: data, bytes: data.length, width: info.width, height: info.height, contentType: 'image/jpeg' };
}

/**
 * A 64-bit difference hash of a photograph, upright. Compare with `hashDistance` / `isLikelyDuplicate` from
 * image-quality.ts; `processImage` returns the same hash as `perceptualHash`.
 */
export async function perceptualHash(input: ImageInput): Promise<string> {
  const working = await decoder(input, defaultMaxPixels)
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .resize(workingSize, workingSize, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return hashOfWorkingImage(working);
}

type RawImage = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

function fromRaw({ data, info }: RawImage): Sharp {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

async function hashOfWorkingImage(working: RawImage): Promise<string> {
  const pixels = await fromRaw(working).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  return differenceHash({ pixels, width: 9, height: 8 });
}

/** The same bytes: the SHA-256 values are equal. */
export function sameImage(a: { sha256: string }, b: { sha256: string }): boolean {
  return a.sha256 === b.sha256;
}

function decoder(input: ImageInput, maxPixels: number): Sharp {
  return sharp(input, { failOn: 'error', limitInputPixels: maxPixels, sequentialRead: true });
}

function failureFromDecodeError(error: unknown, format: ImageFormat | SniffedFamily): ImageFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) return fail('too_many_pixels');
  if (format === 'heif' && /hevc|unsupported|no decoder|codec/i.test(message)) return fail('heic_hevc');
  return fail('damaged');
}

export type SniffedFamily = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heif' | 'heif-hevc';

/**
 * The formats we accept, by their leading bytes. Anything else is refused before a decoder sees it.
 */
export function sniffFamily(head: Buffer): SniffedFamily | null {
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (['II*\0', 'MM\0*', 'II+\0', 'MM\0+'].includes(ascii(0, 4))) return 'tiff';
  if (ascii(4, 8) === 'ftyp') {
    const boxSize = head.readUInt32BE(0);
    const brands = [ascii(8, 12)];
    for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4)
      brands.push(ascii(offset, offset + 4));
    if (brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand))) return 'heif-hevc';
    if (brands.some((brand) => ['avif', 'avis', 'mif1', 'msf1', 'mif2'].includes(brand))) return 'heif';
  }
  return null;
}

async function readHead(input: ImageInput): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input.subarray(0, 64);
  const file = await open(input, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await file.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function sha256Of(input: ImageInput): Promise<string> {
  const hash = createHash('sha256');
  if (Buffer.isBuffer(input)) return hash.update(input).digest('hex');
  for await (const chunk of createReadStream(input)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function readExif(
  raw: Buffer | undefined,
): Pick<ImageInspection, 'capturedAt' | 'deviceMake' | 'deviceModel' | 'hasGps'> {
  const none = { capturedAt: null, deviceMake: null, deviceModel: null, hasGps: false };
  if (!raw) return none;
  let exif: ReturnType<typeof exifReader>;
  try {
    exif = exifReader(raw);
  } catch {
    return none; // unreadable EXIF loses us the capture time, not the photograph
  }
  const gps = exif.GPSInfo ?? {};
  return {
    capturedAt: captureTime(exif.Photo?.DateTimeOriginal, exif.Photo?.OffsetTimeOriginal),
    deviceMake: cleanText(exif.Image?.Make),
    deviceModel: cleanText(exif.Image?.Model),
    hasGps: gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined,
  };
}

/** exif-reader reads the camera's wall-clock time as if it were UTC; put it back in its own time zone. */
function captureTime(wallClock: unknown, offset: unknown): Date | null {
  if (!(wallClock instanceof Date) || Number.isNaN(wallClock.getTime())) return null;
  const match = typeof offset === 'string' ? /^([+-])(\d{2}):(\d{2})$/.exec(offset.trim()) : null;
  if (match) {
    const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    return new Date(wallClock.getTime() - minutes * 60_000);
  }
  return fromLondonWallClock(wallClock.getTime());
}

function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return text === '' ? null : text.slice(0, 100);
}

function formatMegapixels(pixels: number): string {
  return String(Math.round(pixels / 1_000_000));
}

/**
 * At most this many images are processed at once; the rest wait their turn. A full-resolution decode holds tens of
 * megabytes of native memory that the JavaScript heap never sees, so the bound is what keeps memory flat when many
 * uploads finish together; more images in flight than cores would not finish any sooner.
 */
const limit = pLimit(Math.max(1, availableParallelism()));

/** A Deep Zoom pyramid: the descriptor a viewer needs, and every tile by its path ("<level>/<column>_<row>.jpg"). */
export type DeepZoom = {
  width: number;
  height: number;
  tileSize: number;
  overlap: number;
  format: 'jpg';
  tiles: { path: string; buffer: Buffer }[];
};

/** Images whose long side is at least this get tiles; smaller ones are viewed whole. */
export const deepZoomFromPixels = 3_000;

/**
 * Cuts an already-processed viewing copy (upright, sRGB, no metadata) into a
 * Deep Zoom pyramid, so a viewer zooming into a very large photograph fetches
 * only the tiles on screen. sharp writes the pyramid as a zip in memory; we
 * unpack it here so the caller can store each tile as its own object.
 */
export async function makeDeepZoom(viewing: Buffer, options: { tileSize?: number } = {}): Promise<DeepZoom> {
  const tileSize = options.tileSize ?? 510;
  const overlap = 1;
  return limit(async () => {
    const image = sharp(viewing, { failOn: 'error' });
    const { width = 0, height = 0 } = await image.metadata();
    const zip = await image
      .jpeg({ quality: 85 })
      .tile({ size: tileSize, overlap, layout: 'dz', container: 'zip', depth: 'onepixel' })
      .toBuffer();
    return { width, height, tileSize, overlap, format: 'jpg' as const, tiles: unzipTiles(zip) };
  });
}

/** Unpacks sharp's tile zip, keeping only the *.jpg tiles, each by its path within the pyramid. */
function unzipTiles(zip: Buffer): { path: string; buffer: Buffer }[] {
  const entries = unzipSync(zip, { filter: (file) => tilePath(file.name) !== null });
  return Object.entries(entries).map(([name, bytes]) => ({
    path: tilePath(name)!,
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  }));
}

function tilePath(name: string): string | null {
  const match = /_files\/(\d+\/\d+_\d+)\.jpe?g$/.exec(name);
  return match ? `${match[1]!}.jpg` : null;
}
