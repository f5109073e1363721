import { createContext, useContext } from 'react';
import { viewLabels, type ImageView } from './images-api.ts';

/**
 * Who is adding the photographs: the practice's staff, with the patient beside them, or the patient on their own
 * phone through their link. The uploader and the photos are the same; only the words differ (a patient sends photos
 * of an "area", never a dermoscopic view, and has no full-size copy to open).
 */
export type PhotoAudience = 'staff' | 'patient';

export const PhotoAudienceContext = createContext<PhotoAudience>('staff');

export const usePhotoAudience = () => useContext(PhotoAudienceContext);

/** What one lesion is called in the words of the audience: "lesion" for the practice, "area" for the patient. */
export const lesionNoun = (audience: PhotoAudience) => (audience === 'patient' ? 'area' : 'lesion');

const patientViewLabels: Record<ImageView, string> = {
  regional: 'From further away',
  close_up: 'Close-up',
  dermoscopic: 'Dermoscopic',
};

/** "Regional" for the practice; "From further away" for the patient, as their uploader asks it. */
export const viewLabelFor = (audience: PhotoAudience, view: ImageView) =>
  (audience === 'patient' ? patientViewLabels : viewLabels)[view];
