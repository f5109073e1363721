import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodySiteByCode, bodySites, type Laterality } from '../../../shared/body-sites.ts';
import { asksObscuredByHair, lesionFrom } from '../../../web/src/features/requests/lesion-answers.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { lesionBody } from './requests.schemas.ts';

/**
 * Hair can hide a lesion from photographs on the scalp, the eyebrows, the beard area, the armpits and the pubic
 * area (issue 12). The web form asks about hair, the API accepts it and the eligibility rule counts it on one list
 * of sites, the `hairBearing` flag of shared/body-sites.ts: here each reader is asked of every site on the map.
 */
const hairBearing = ['scalp', 'eyebrow', 'chin', 'axilla', 'groin', 'scalp_back'];

const sideOf = (code: string): Laterality => (bodySiteByCode.get(code)?.paired ? 'left' : 'midline');

/** What the web form does with a lesion at the site when "hidden by hair" is ticked. */
function webForm(code: string) {
  const choice = { code, laterality: sideOf(code) };
  const saved = lesionFrom({ choice, description: 'Scaly patch', sizeMm: '', obscuredByHair: true });
  return { asks: asksObscuredByHair(choice), sends: 'lesion' in saved && saved.lesion.obscuredByHair };
}

/** Whether the API takes a lesion at the site as hidden by hair. */
const apiAccepts = (code: string) =>
  lesionBody.safeParse({ bodySite: code, laterality: sideOf(code), description: 'Scaly patch', obscuredByHair: true })
    .success;

/** What the eligibility rule reads of a lesion at the site (server/modules/requests/decide-eligibility.ts). */
const ruleCounts = (code: string) => Boolean(bodySiteByCode.get(code)?.hairBearing);

describe('hair-bearing sites: one list for the form, the API and the eligibility rule', () => {
  it('names the scalp, eyebrows, beard area, armpits and pubic area, and nothing else', () => {
    expect(bodySites.filter((site) => site.hairBearing).map((site) => site.code)).toEqual(hairBearing);
  });

  it.each(bodySites.map((site) => [site.code, hairBearing.includes(site.code)] as const))(
    '%s: hair-bearing %s',
    (code, expected) => {
      expect(webForm(code)).toEqual({ asks: expected, sends: expected });
      expect(apiAccepts(code)).toBe(expected);
      expect(ruleCounts(code)).toBe(expected);
    },
  );

  it('keeps every site code unique, so a stored lesion keeps its site', () => {
    expect(new Set(bodySites.map((site) => site.code)).size).toBe(bodySites.length);
  });
});

let t: TestApp;
let gp: SignedIn;
let serviceId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  const user = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  gp = await signInAs(t.app, user.email, user.password);
});
afterAll(() => t.close());

const lesion = (bodySite: string, obscuredByHair: boolean) => ({
  bodySite,
  laterality: sideOf(bodySite),
  description: 'Scaly patch',
  obscuredByHair,
});

describe('the API and hair', () => {
  it('refuses a lesion hidden by hair on a site that is not hair-bearing, naming the field, and stores nothing', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId, { lesions: 0 });
    const refused = await caller(t.app, gp)('POST', `/api/requests/${id}/lesions`, lesion('forearm_front', true));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: 'obscuredByHair', message: expect.stringMatching(/hair-bearing/) },
    ]);
    expect((await caller(t.app, gp)('GET', `/api/requests/${id}`)).json().lesions).toEqual([]);
  });

  it('refuses a change that moves a lesion hidden by hair to a site that is not hair-bearing', async () => {
    const { id } = await draftRequest(t.app, gp, serviceId, { lesions: 0 });
    const added = await caller(t.app, gp)('POST', `/api/requests/${id}/lesions`, lesion('axilla', true));
    expect(added.statusCode).toBe(201);
    const url = `/api/requests/${id}/lesions/${added.json().id}`;
    const moved = await caller(t.app, gp)('PUT', url, lesion('chest', true));
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors.map((e: { field: string }) => e.field)).toEqual(['obscuredByHair']);
    expect((await caller(t.app, gp)('PUT', url, lesion('chest', false))).statusCode).toBe(204);
  });

  it.each(hairBearing)(
    'takes a lesion hidden by hair on %s, and the eligibility rule does not accept it for remote review',
    async (code) => {
      const { id } = await draftRequest(t.app, gp, serviceId, { lesions: 0 });
      expect((await caller(t.app, gp)('POST', `/api/requests/${id}/lesions`, lesion(code, true))).statusCode).toBe(201);
      const submitted = (await caller(t.app, gp)('POST', `/api/requests/${id}/submit`)).json();
      expect(submitted.state).toBe('not_accepted');
      expect(submitted.eligibility.firedRules).toEqual(['hair-bearing-site']);
    },
  );
});
