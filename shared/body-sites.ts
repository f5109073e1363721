/**
 * Body sites a lesion can be placed on, as picked on the body map (a front
 * and a back figure). Each is stored as its code plus a laterality; codes never
 * change once stored. `hairBearing` sites are where hair can hide a lesion from
 * photographs (an eligibility rule): the one list the lesion form, the API and
 * the rule all read (`isHairBearing`). The shapes place each site on a
 * 200 × 460 figure drawn in the web app; `dx` is the distance from the midline
 * for sites that come in pairs. A later site is drawn over an earlier one.
 */
export type BodyView = 'front' | 'back';
export type Laterality = 'left' | 'right' | 'midline' | 'bilateral' | 'not_applicable';

export type BodySite = {
  code: string;
  label: string;
  view: BodyView;
  paired: boolean;
  hairBearing: boolean;
  /** Centre (x is the midline for unpaired sites, the offset from it for paired ones) and radii. */
  shape: { dx: number; cy: number; rx: number; ry: number };
};

const site = (
  code: string,
  label: string,
  view: BodyView,
  shape: BodySite['shape'],
  options: { paired?: boolean; hairBearing?: boolean } = {},
): BodySite => ({
  code,
  label,
  view,
  shape,
  paired: options.paired ?? false,
  hairBearing: options.hairBearing ?? false,
});

export const bodySites: readonly BodySite[] = [
  site('scalp', 'Scalp', 'front', { dx: 0, cy: 14, rx: 22, ry: 9 }, { hairBearing: true }),
  site('forehead', 'Forehead', 'front', { dx: 0, cy: 26, rx: 18, ry: 5 }),
  site('eyebrow', 'Eyebrow', 'front', { dx: 10, cy: 33, rx: 7, ry: 2 }, { paired: true, hairBearing: true }),
  site('eyelid', 'Eyelid and around the eye', 'front', { dx: 9, cy: 38, rx: 6, ry: 3 }, { paired: true }),
  site('nose', 'Nose', 'front', { dx: 0, cy: 46, rx: 4, ry: 6 }),
  site('cheek', 'Cheek', 'front', { dx: 14, cy: 50, rx: 6, ry: 7 }, { paired: true }),
  site('ear', 'Ear', 'front', { dx: 26, cy: 44, rx: 4, ry: 8 }, { paired: true }),
  site('lips', 'Lips and around the mouth', 'front', { dx: 0, cy: 60, rx: 8, ry: 4 }),
  site('chin', 'Chin, jaw and beard area', 'front', { dx: 0, cy: 69, rx: 12, ry: 4 }, { hairBearing: true }),
  site('neck_front', 'Front of neck', 'front', { dx: 0, cy: 85, rx: 12, ry: 8 }),
  site('shoulder_front', 'Shoulder', 'front', { dx: 38, cy: 104, rx: 12, ry: 9 }, { paired: true }),
  site('chest', 'Chest', 'front', { dx: 0, cy: 125, rx: 26, ry: 20 }),
  site('abdomen', 'Abdomen', 'front', { dx: 0, cy: 172, rx: 24, ry: 24 }),
  site('upper_arm_front', 'Upper arm (front)', 'front', { dx: 48, cy: 140, rx: 8, ry: 22 }, { paired: true }),
  site('axilla', 'Armpit', 'front', { dx: 36, cy: 122, rx: 5, ry: 6 }, { paired: true, hairBearing: true }),
  site('forearm_front', 'Forearm (front)', 'front', { dx: 56, cy: 192, rx: 7, ry: 22 }, { paired: true }),
  site('palm', 'Palm and fingers', 'front', { dx: 62, cy: 236, rx: 8, ry: 14 }, { paired: true }),
  site('groin', 'Groin, genitals and pubic area', 'front', { dx: 0, cy: 212, rx: 16, ry: 10 }, { hairBearing: true }),
  site('thigh_front', 'Thigh (front)', 'front', { dx: 16, cy: 262, rx: 12, ry: 34 }, { paired: true }),
  site('knee', 'Knee', 'front', { dx: 16, cy: 310, rx: 10, ry: 10 }, { paired: true }),
  site('shin', 'Shin', 'front', { dx: 16, cy: 358, rx: 9, ry: 32 }, { paired: true }),
  site('foot_top', 'Top of foot and toes', 'front', { dx: 18, cy: 412, rx: 10, ry: 10 }, { paired: true }),

  site('scalp_back', 'Back of scalp', 'back', { dx: 0, cy: 26, rx: 22, ry: 18 }, { hairBearing: true }),
  site('neck_back', 'Back of neck', 'back', { dx: 0, cy: 80, rx: 12, ry: 10 }),
  site('shoulder_back', 'Shoulder blade', 'back', { dx: 20, cy: 112, rx: 14, ry: 12 }, { paired: true }),
  site('upper_back', 'Upper back', 'back', { dx: 0, cy: 130, rx: 10, ry: 22 }),
  site('lower_back', 'Lower back', 'back', { dx: 0, cy: 180, rx: 24, ry: 20 }),
  site('upper_arm_back', 'Upper arm (back)', 'back', { dx: 48, cy: 140, rx: 8, ry: 22 }, { paired: true }),
  site('elbow', 'Elbow', 'back', { dx: 52, cy: 168, rx: 6, ry: 6 }, { paired: true }),
  site('forearm_back', 'Forearm (back)', 'back', { dx: 56, cy: 196, rx: 7, ry: 20 }, { paired: true }),
  site('hand_back', 'Back of hand and fingers', 'back', { dx: 62, cy: 236, rx: 8, ry: 14 }, { paired: true }),
  site('buttock', 'Buttock', 'back', { dx: 14, cy: 218, rx: 13, ry: 12 }, { paired: true }),
  site('thigh_back', 'Thigh (back)', 'back', { dx: 16, cy: 268, rx: 12, ry: 30 }, { paired: true }),
  site('calf', 'Calf', 'back', { dx: 16, cy: 350, rx: 10, ry: 34 }, { paired: true }),
  site('sole', 'Sole and heel', 'back', { dx: 18, cy: 412, rx: 10, ry: 10 }, { paired: true }),
];

export const bodySiteByCode: ReadonlyMap<string, BodySite> = new Map(bodySites.map((s) => [s.code, s]));

/**
 * Whether a lesion at this site can be recorded as hidden by hair. The lesion form asks it only here, the API
 * refuses it anywhere else, and the eligibility rule counts it only here: all three read this one flag.
 */
export function isHairBearing(code: string): boolean {
  return bodySiteByCode.get(code)?.hairBearing ?? false;
}

/** The x of a site's centre on its figure: the patient's right is on the viewer's left from the front. */
export function siteCentreX(site: BodySite, laterality: Laterality): number {
  if (!site.paired) return 100;
  const towardsViewerLeft = site.view === 'front' ? laterality === 'right' : laterality === 'left';
  return towardsViewerLeft ? 100 - site.shape.dx : 100 + site.shape.dx;
}

export function describeBodySite(code: string, laterality: Laterality): string {
  const site = bodySiteByCode.get(code);
  if (!site) return code;
  if (!site.paired || laterality === 'not_applicable' || laterality === 'midline') return site.label;
  if (laterality === 'bilateral') return `${site.label}, both sides`;
  return `${site.label}, ${laterality}`;
}
