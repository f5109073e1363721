import { z } from 'zod';

export const imageSchema = z
  .object({
    id: z.uuid(),
    lesionId: z.uuid(),
    view: z.enum(['regional', 'close_up', 'dermoscopic']),
    /** processing until the derivatives and quality check are made. */
    state: z.enum(['processing', 'ready', 'failed']),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    capturedAt: z.date().nullable(),
    capturedBy: z.string(),
    device: z.string().nullable(),
    /** As the device named it; display only. */
    filename: z.string(),
    bytes: z.number().int(),
    sha256: z.string(),
    /** Plain-words quality warnings, so the photo can be retaken while the patient is there. */
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    failure: z.string().nullable(),
    urls: z.object({ thumbnail: z.string(), viewing: z.string(), eref: z.string() }).nullable(),
    /** For very large photographs: a Deep Zoom pyramid, tiles at `${tilesUrl}${level}/${column}_${row}.jpg`. */
    deepZoom: z
      .object({
        width: z.number().int(),
        height: z.number().int(),
        tileSize: z.number().int(),
        overlap: z.number().int(),
        tilesUrl: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'Image' });

export const removeImageBody = z.object({
  /** Why it comes off (the wrong patient or lesion, out of focus…): kept with the photograph and in the audit trail. */
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason for removing the photograph')
    .max(500, 'Give the reason in 500 characters or fewer'),
});
