import { bodySiteByCode, describeBodySite, type Laterality } from '../../../../../shared/body-sites.ts';

/** A place on the body as the referrer is choosing it: the side may still be missing for a paired site. */
export type BodySiteChoice = { code: string; laterality: Laterality | undefined };

/** "Forearm (front), left", or the site alone while its side is still to choose. */
export function describeChoice(choice: BodySiteChoice): string {
  const site = bodySiteByCode.get(choice.code);
  if (!site) return choice.code;
  if (site.paired && !choice.laterality) return `${site.label} (choose a side)`;
  return describeBodySite(choice.code, choice.laterality ?? 'midline');
}

/** The choice after picking a site from the list: a paired site keeps the side already chosen, if any. */
export function chooseSite(previous: BodySiteChoice | null, code: string): BodySiteChoice | null {
  const site = bodySiteByCode.get(code);
  if (!site) return null;
  if (!site.paired) return { code, laterality: 'midline' };
  const side = previous?.laterality;
  return { code, laterality: side === 'left' || side === 'right' || side === 'bilateral' ? side : undefined };
}
