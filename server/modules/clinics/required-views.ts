import type { ImageView } from '../images/index.ts';

/** A lesion this size or smaller gets a dermoscopic view as well (DESIGN.md §2: "for small lesions"). */
export const dermoscopyUpToMm = 20;

/**
 * The views a clinic takes of a lesion: a regional view to place it and a close-up always; a dermoscopic
 * view when it is small, or when its size was not recorded (the photographer would rather take one too
 * many than send a consultant a small lesion without one).
 */
export function requiredViews(lesion: { sizeMm: number | null }): ImageView[] {
  const small = lesion.sizeMm === null || lesion.sizeMm <= dermoscopyUpToMm;
  return small ? ['regional', 'close_up', 'dermoscopic'] : ['regional', 'close_up'];
}
