import { bodySiteByCode, isHairBearing } from '../../../../shared/body-sites.ts';
import type { BodySiteChoice } from './body-map/body-site-choice.ts';
import type { LesionInput } from './requests-api.ts';

export type LesionAnswers = {
  choice: BodySiteChoice | null;
  description: string;
  sizeMm: string;
  obscuredByHair: boolean;
};

type FieldError = { field: string; message: string };

/**
 * Whether the form asks if hair hides the lesion: only on a hair-bearing site, the same list the API accepts it for
 * and the eligibility rule counts it on (shared/body-sites.ts).
 */
export const asksObscuredByHair = (choice: BodySiteChoice | null): boolean =>
  choice !== null && isHairBearing(choice.code);

/** The lesion to save, or what is missing, in the order the page asks. */
export function lesionFrom(answers: LesionAnswers): { lesion: LesionInput } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const site = answers.choice ? bodySiteByCode.get(answers.choice.code) : undefined;
  if (!site || !answers.choice)
    errors.push({ field: 'bodySite', message: 'Choose where the lesion is on the body map' });
  else if (!answers.choice.laterality)
    errors.push({ field: 'laterality', message: 'Choose left, right or both sides' });
  if (!answers.description.trim()) errors.push({ field: 'description', message: 'Describe the lesion' });
  const size = answers.sizeMm.trim();
  if (size && !(/^\d+(\.\d+)?$/.test(size) && Number(size) > 0 && Number(size) <= 1000)) {
    errors.push({ field: 'sizeMm', message: 'Enter the size in millimetres as a number from 1 to 1000, like 6' });
  }
  if (errors.length || !site || !answers.choice?.laterality) return { errors };
  return {
    lesion: {
      bodySite: site.code,
      laterality: answers.choice.laterality,
      description: answers.description.trim(),
      sizeMm: size ? Number(size) : null,
      obscuredByHair: asksObscuredByHair(answers.choice) && answers.obscuredByHair,
    },
  };
}
