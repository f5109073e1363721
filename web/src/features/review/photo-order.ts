import { imageViews, viewLabels, type RequestImage } from '../images/images-api.ts';
import type { Lesion } from '../requests/requests-api.ts';

/**
 * A very large photograph's Deep Zoom pyramid: tiles at `${tilesUrl}${level}/${column}_${row}.jpg`, levels 0 to
 * ceil(log2(longest side)), the top one at full resolution. The service makes one when the long side is 3000 px or more.
 */
export type DeepZoom = { width: number; height: number; tileSize: number; overlap: number; tilesUrl: string };

/** A photograph the viewer can show: processed, with its copies, and named for people and screen readers. */
export type ViewablePhoto = RequestImage & {
  deepZoom?: DeepZoom | null;
  urls: NonNullable<RequestImage['urls']>;
  lesionNumber: number;
  /** Its place among the lesion's photographs of the same view, from 1. */
  viewNumber: number;
  /** "Dermoscopic photograph 1 of lesion 1 (Forearm (front), left)". */
  name: string;
};

/**
 * The order a consultant goes through a case's photographs: lesion by lesion, and within each the regional view
 * first, then close-ups, then dermoscopy, each in the order taken. The viewer's next and previous follow it, and
 * the next case's first photograph is the one fetched ahead.
 */
export function viewerOrder(lesions: Lesion[], images: RequestImage[]): ViewablePhoto[] {
  const photos: ViewablePhoto[] = [];
  lesions.forEach((lesion, index) => {
    for (const view of imageViews) {
      const ofView = images.filter((image) => image.lesionId === lesion.id && image.view === view && image.urls);
      ofView.forEach((image, i) => {
        photos.push({
          ...image,
          urls: image.urls!,
          lesionNumber: index + 1,
          viewNumber: i + 1,
          name: `${viewLabels[view]} photograph ${i + 1} of lesion ${index + 1} (${lesion.bodySiteLabel})`,
        });
      });
    }
  });
  return photos;
}
