/**
 * Builders of test images, for tests, end-to-end specs and the benchmark only. They need sharp, so this file is the
 * one exception to STYLE.md rule 7 (see eslint.config.js); production code reaches pixels only through
 * server/modules/images/image-processing.ts. Outputs are stored as-is (no auto-orientation) unless the name says
 * otherwise.
 */
import exifReader from 'exif-reader';
import sharp from 'sharp';
import type { ImageInput } from '../modules/images/image-processing.ts';

export type TestImageFormat =
  | 'jpeg'
  | 'progressive-jpeg'
  | 'cmyk-jpeg'
  | 'display-p3-jpeg'
  | 'png'
  | 'png16-alpha'
  | 'webp'
  | 'tiff'
  | 'avif'
  | 'gif';

export const testImages = {
  /** Upright copy, Gaussian-blurred. */
  blur: (input: ImageInput, sigma: number) => sharp(input).autoOrient().blur(sigma).jpeg({ quality: 95 }).toBuffer(),

  /** Upright copy with every pixel value multiplied by `factor`. */
  scaleBrightness: (input: ImageInput, factor: number) =>
    sharp(input).autoOrient().linear(factor, 0).jpeg({ quality: 95 }).toBuffer(),

  /** Upright copy turned by `angle` degrees clockwise, optionally mirrored left–right first, without metadata. */
  turn: (input: ImageInput, angle: 0 | 90 | 180 | 270, mirror = false) =>
    sharp(input).autoOrient().flop(mirror).rotate(angle).jpeg({ quality: 95 }).toBuffer(),

  /** Upright copy resized to exactly this size (fill), as a messaging app or a camera might produce. */
  resize: (input: ImageInput, width: number, height: number, quality = 90) =>
    sharp(input).autoOrient().resize(width, height, { fit: 'fill' }).jpeg({ quality }).toBuffer(),

  /**
   * A camera-like JPEG from an upright photo: resized to `width`×`height` as displayed, with sensor-like grain, and
   * stored the way a phone stores it for `orientation` 1 or 6 (pixels turned, EXIF tag set). For the benchmark.
   */
  async cameraPhoto(
    input: ImageInput,
    options: { width: number; height: number; orientation: 1 | 6; grain: number; quality: number },
  ): Promise<Buffer> {
    const { width, height } = options;
    const grain = await sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: options.grain },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const upright = await sharp(input)
      .autoOrient()
      .resize(width, height, { fit: 'fill' })
      .composite([{ input: grain, blend: 'soft-light' }])
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width, height, channels: upright.info.channels } };
    const stored =
      options.orientation === 6
        ? sharp(await sharp(upright.data, raw).rotate(270).raw().toBuffer(), {
            raw: { width: height, height: width, channels: upright.info.channels },
          })
        : sharp(upright.data, raw);
    return stored.withMetadata({ orientation: options.orientation }).jpeg({ quality: options.quality }).toBuffer();
  },

  /** Gaussian noise, which compresses badly: the worst case for a size limit. */
  noise: (width: number, height: number, quality = 90) =>
    sharp({
      create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .jpeg({ quality })
      .toBuffer(),

  /** A JPEG carrying what a phone writes: make, model, owner, serial number, capture time and location. */
  withCameraMetadata: (
    input: ImageInput,
    tags: { make: string; model: string; owner: string; serial: string; capturedAt: string },
  ) =>
    sharp(input)
      .withExif({
        IFD0: { Make: tags.make, Model: tags.model, Artist: tags.owner, Copyright: tags.owner },
        IFD2: {
          DateTimeOriginal: tags.capturedAt,
          BodySerialNumber: tags.serial,
          CameraOwnerName: tags.owner,
        },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 30/1 2600/100',
          GPSLongitudeRef: 'W',
          GPSLongitude: '0/1 7/1 3900/100',
        },
      })
      .jpeg({ quality: 95 })
      .toBuffer(),

  convert: (input: ImageInput, format: TestImageFormat): Promise<Buffer> => {
    const image = sharp(input);
    switch (format) {
      case 'jpeg':
        return image.jpeg({ quality: 90 }).toBuffer();
      case 'progressive-jpeg':
        return image.jpeg({ quality: 90, progressive: true }).toBuffer();
      case 'cmyk-jpeg':
        return image.toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer();
      case 'display-p3-jpeg':
        return image.withIccProfile('p3').jpeg({ quality: 90 }).toBuffer();
      case 'png':
        return image.png().toBuffer();
      case 'png16-alpha':
        return image.ensureAlpha(0.5).toColourspace('rgb16').png().toBuffer();
      case 'webp':
        return image.webp().toBuffer();
      case 'tiff':
        return image.tiff().toBuffer();
      case 'avif':
        return image.avif({ effort: 0 }).toBuffer();
      case 'gif':
        return image.gif().toBuffer();
    }
  },

  /** Pixels as stored (no orientation applied), squeezed to `width`×`height` greyscale, for comparing images. */
  greyPixels: (input: ImageInput, width: number, height: number): Promise<Buffer> =>
    sharp(input).resize(width, height, { fit: 'fill' }).greyscale().raw().toBuffer(),

  /** What a reader of the file would find besides pixels. */
  async metadata(input: ImageInput) {
    const metadata = await sharp(input).metadata();
    return {
      format: metadata.format,
      width: metadata.width,
      height: metadata.height,
      space: metadata.space,
      channels: metadata.channels,
      depth: metadata.depth,
      hasAlpha: metadata.hasAlpha,
      isProgressive: metadata.isProgressive,
      chromaSubsampling: metadata.chromaSubsampling ?? null,
      orientation: metadata.orientation ?? null,
      hasProfile: metadata.hasProfile,
      exif: metadata.exif ? exifReader(metadata.exif) : null,
      hasXmp: metadata.xmp !== undefined,
      hasIptc: metadata.iptc !== undefined,
      hasPhotoshop: metadata.tifftagPhotoshop !== undefined,
      comments: metadata.comments ?? [],
    };
  },
};
