/** The most the service takes in one file; it refuses more itself, but saying so before sending saves a phone's data. */
export const maxPhotoBytes = 25 * 1024 * 1024;

const heifName = /\.(heic|heif)$/i;
const heifType = /^image\/hei[cf](-sequence)?$/i;

export function isHeif(file: File): boolean {
  return heifType.test(file.type) || heifName.test(file.name);
}

/**
 * An iPhone's HEIC photo is HEVC-coded, which the service cannot decode. Where this browser can (Safari, and other
 * browsers on systems with the codec), it is redrawn and sent as a JPEG at high quality; elsewhere it goes as it is
 * and the service's refusal says how to send JPEG. Redrawing applies the orientation but drops the camera's metadata,
 * so the service records no capture time or device for a converted photo.
 */
export async function preparePhoto(file: File): Promise<File> {
  if (!isHeif(file) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0);
    const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    // A canvas too big for the device's memory gives no blob: send the original rather than nothing.
    if (!jpeg) return file;
    return new File([jpeg], file.name.replace(heifName, '') + '.jpg', {
      type: 'image/jpeg',
      lastModified: file.lastModified,
    });
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}
