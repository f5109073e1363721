import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete, type Call } from '../../testing/intake.ts';
import { signOutcome } from '../../testing/review.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { diagnoses } from './diagnoses.ts';

let t: TestApp;
let serviceId: string;
let otherServiceId: string;
const sessions: Record<'admin' | 'otherAdmin' | 'consultant' | 'otherConsultant' | 'gp', SignedIn> = {} as never;
const call = (who: keyof typeof sessions): Call => caller(t.app, sessions[who]);

const seborrhoeic = diagnoses.find((d) => d.code === '394726009')!;
const naevus = diagnoses.find((d) => d.code === '400010006')!;
const skinTag = diagnoses.find((d) => d.code === '201091002')!;
const milia = diagnoses.find((d) => d.code === '254679001')!;

type Offered = { code: string; planTemplate: string | null; templateOutcomes: string[]; leaflets: unknown[] };
/** What the consultant's outcome form is given for the case's service. */
async function offered(code: string): Promise<Offered> {
  const response = await call('consultant')('GET', `/api/diagnoses?serviceId=${serviceId}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ diagnoses: Offered[] }>().diagnoses.find((d) => d.code === code)!;
}

const templates = (path = '') => `/api/services/${serviceId}/plan-templates${path}`;

async function claimedCase() {
  const { id } = await draftRequest(t.app, sessions.gp, serviceId);
  expect((await call('gp')('POST', `/api/requests/${id}/submit`)).statusCode).toBe(200);
  await markImagesComplete(t.db.pool, id, t.clock.now());
  const claimed = await call('consultant')('POST', `/api/requests/${id}/claim`);
  expect(claimed.statusCode).toBe(200);
  return { id, version: claimed.json<{ version: number }>().version };
}

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const other = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  serviceId = service.id;
  otherServiceId = other.id;
  const make = async (
    key: keyof typeof sessions,
    organisationId: string,
    role: 'service_admin' | 'consultant' | 'referrer',
  ) => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    sessions[key] = await signInAs(t.app, user.email, user.password);
  };
  await make('admin', service.id, 'service_admin');
  await make('otherAdmin', other.id, 'service_admin');
  await make('consultant', service.id, 'consultant');
  await make('otherConsultant', other.id, 'consultant');
  await make('gp', practice.id, 'referrer');
});
afterAll(async () => t.close());

describe('plan templates', () => {
  it('lists every diagnosis with the built-in template and the outcomes it fits until the service writes its own', async () => {
    const response = await call('admin')('GET', templates());
    expect(response.statusCode).toBe(200);
    const list = response.json<{ diagnoses: { code: string; template: { source: string; outcomes: string[] } }[] }>()
      .diagnoses;
    expect(list).toHaveLength(diagnoses.length);
    expect(list.find((d) => d.code === naevus.code)!.template).toMatchObject({
      source: 'built_in',
      outcomes: ['discharge_with_advice', 'gp_to_prescribe'],
    });
  });

  it("an edit is offered on the consultant's next outcome form, for the outcomes it fits", async () => {
    const text =
      'Benign naevus. Advise sun protection and the ABCDE rule; re-refer with new photographs if it changes.';
    const saved = await call('admin')('PUT', templates(`/${naevus.code}`), {
      text,
      outcomes: ['routine_face_to_face', 'discharge_with_advice'],
    });
    expect(saved.statusCode).toBe(204);
    expect(await offered(naevus.code)).toMatchObject({
      planTemplate: text,
      // In the order of the outcome categories, whatever order they were sent in.
      templateOutcomes: ['discharge_with_advice', 'routine_face_to_face'],
    });
    const listed = (await call('admin')('GET', templates())).json<{
      diagnoses: { code: string; template: { source: string; updatedByName: string } }[];
    }>();
    expect(listed.diagnoses.find((d) => d.code === naevus.code)!.template.source).toBe('service');

    // Another service's consultants are offered their own service's (here, the built-in) template.
    const theirs = await call('otherConsultant')('GET', `/api/diagnoses?serviceId=${otherServiceId}`);
    expect(theirs.json<{ diagnoses: Offered[] }>().diagnoses.find((d) => d.code === naevus.code)!.planTemplate).toBe(
      naevus.planTemplate,
    );

    // Saving the text alone keeps the outcomes it fits.
    await call('admin')('PUT', templates(`/${naevus.code}`), { text: `${text} ` });
    expect((await offered(naevus.code)).templateOutcomes).toEqual(['discharge_with_advice', 'routine_face_to_face']);
  });

  it('an unedited template under an outcome it is not written for is refused unless the consultant confirms it', async () => {
    const text = 'Skin tag: can be removed at a routine clinic if it catches on clothing.';
    await call('admin')('PUT', templates(`/${skinTag.code}`), { text, outcomes: ['routine_face_to_face'] });
    const { id, version } = await claimedCase();
    const body = { version, category: 'discharge_with_advice', diagnosisCode: skinTag.code, plan: text };
    const refused = await call('consultant')('POST', `/api/requests/${id}/outcome/preview`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({
        field: 'plan',
        message: expect.stringMatching(/written for: Routine face-to-face appointment\. It may not fit "Discharge/),
      }),
    ]);
    const fits = await signOutcome(call('consultant'), id, { ...body, category: 'routine_face_to_face' });
    expect(fits.statusCode).toBe(200);
  });

  it('a retired template is no longer offered, signed outcomes keep their plan, and it can be brought back', async () => {
    const text = 'Milia: reassure; they usually settle without treatment.';
    await call('admin')('PUT', templates(`/${milia.code}`), { text });
    const { id, version } = await claimedCase();
    const signed = await signOutcome(call('consultant'), id, {
      version,
      category: 'discharge_with_advice',
      diagnosisCode: milia.code,
      plan: text,
    });
    expect(signed.statusCode).toBe(200);

    expect((await call('admin')('POST', templates(`/${milia.code}/retire`))).statusCode).toBe(204);
    expect(await offered(milia.code)).toMatchObject({ planTemplate: null, templateOutcomes: [] });
    const listed = (await call('admin')('GET', templates())).json<{
      diagnoses: { code: string; template: { text: string; retiredAt: string | null } }[];
    }>();
    expect(listed.diagnoses.find((d) => d.code === milia.code)!.template).toMatchObject({
      text,
      retiredAt: expect.any(String),
    });
    const outcome = (await call('gp')('GET', `/api/requests/${id}`)).json<{ outcomes: { plan: string }[] }>()
      .outcomes[0]!;
    expect(outcome.plan).toBe(text);

    // A form loaded before the retirement: the unedited retired text needs the consultant's confirmation.
    const next = await claimedCase();
    const stale = { version: next.version, category: 'discharge_with_advice', diagnosisCode: milia.code, plan: text };
    const refused = await call('consultant')('POST', `/api/requests/${next.id}/outcome/preview`, stale);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/no longer offers/);
    expect((await signOutcome(call('consultant'), next.id, { ...stale, planConfirmed: true })).statusCode).toBe(200);

    expect((await call('admin')('POST', templates(`/${milia.code}/restore`))).statusCode).toBe(204);
    expect((await offered(milia.code)).planTemplate).toBe(text);
  });

  it('retiring a built-in template keeps its text to bring back', async () => {
    await call('admin')('POST', templates(`/${seborrhoeic.code}/retire`));
    expect((await offered(seborrhoeic.code)).planTemplate).toBeNull();
    await call('admin')('POST', templates(`/${seborrhoeic.code}/restore`));
    expect(await offered(seborrhoeic.code)).toMatchObject({
      planTemplate: seborrhoeic.planTemplate,
      templateOutcomes: ['discharge_with_advice', 'gp_to_prescribe'],
    });
  });

  it('refuses a template without text or without an outcome, in words', async () => {
    const response = await call('admin')('PUT', templates(`/${naevus.code}`), { text: ' ', outcomes: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'text', message: 'Write the plan template' },
        { field: 'outcomes', message: 'Choose at least one outcome the template is written for' },
      ]),
    );
  });
});

describe('a skin cancer’s template', () => {
  it('is offered only for the urgent and specialist outcomes: a service cannot offer it for discharge (H13)', async () => {
    const melanoma = diagnoses.find((d) => d.term === 'Malignant melanoma of skin')!;
    const refused = await call('admin')('PUT', templates(`/${melanoma.code}`), {
      text: 'Reassure and discharge.',
      outcomes: ['discharge_with_advice', 'redirect_urgent_cancer'],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        field: 'outcomes',
        message: expect.stringMatching(/is for a skin cancer: it can be offered only for .*not for discharge/),
      },
    ]);
    expect((await offered(melanoma.code)).planTemplate).toBe(melanoma.planTemplate);
    // Narrowing it to the urgent pathway alone is the service's choice.
    const narrowed = await call('admin')('PUT', templates(`/${melanoma.code}`), {
      text: melanoma.planTemplate,
      outcomes: ['redirect_urgent_cancer'],
    });
    expect(narrowed.statusCode).toBe(204);
    expect((await offered(melanoma.code)).templateOutcomes).toEqual(['redirect_urgent_cancer']);
  });
});

describe('leaflets', () => {
  const leaflets = `/api/services/${'SERVICE'}/leaflets`;
  const path = (code: string) => leaflets.replace('SERVICE', serviceId) + `/${code}`;

  it('refuses anything but an https address, saying so', async () => {
    for (const url of [
      'http://www.nhs.uk/conditions/moles/',
      'javascript:alert(1)',
      'www.nhs.uk/moles',
      'https://',
      'https://someone:secret@www.nhs.uk/',
    ]) {
      const response = await call('admin')('PUT', path(naevus.code), { leaflets: [{ title: 'Moles', url }] });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toEqual([
        {
          field: 'leaflets.0.url',
          message: 'Enter a full web address that starts with https://, like https://www.nhs.uk/conditions/moles/',
        },
      ]);
    }
    const untitled = await call('admin')('PUT', path(naevus.code), {
      leaflets: [{ title: '', url: 'https://www.nhs.uk/conditions/moles/' }],
    });
    expect(untitled.json().errors).toEqual([{ field: 'leaflets.0.title', message: 'Enter the leaflet’s title' }]);
    expect((await offered(naevus.code)).leaflets).toEqual(naevus.leaflets);
  });

  it('offers the service’s leaflets to the consultant and puts them in the signed outcome', async () => {
    const set = [
      { title: 'Moles (NHS)', url: 'https://www.nhs.uk/conditions/moles/' },
      { title: 'Moles (BAD)', url: 'https://www.bad.org.uk/pils/moles/' },
    ];
    expect((await call('admin')('PUT', path(seborrhoeic.code), { leaflets: set })).statusCode).toBe(204);
    expect((await offered(seborrhoeic.code)).leaflets).toEqual(set);
    const { id, version } = await claimedCase();
    const signed = await signOutcome(call('consultant'), id, {
      version,
      category: 'discharge_with_advice',
      diagnosisCode: seborrhoeic.code,
      plan: seborrhoeic.planTemplate,
    });
    expect(signed.statusCode).toBe(200);
    const outcome = (await call('gp')('GET', `/api/requests/${id}`)).json<{ outcomes: { leaflets: unknown[] }[] }>()
      .outcomes[0]!;
    expect(outcome.leaflets).toEqual(set);

    // An empty list offers none.
    await call('admin')('PUT', path(seborrhoeic.code), { leaflets: [] });
    expect((await offered(seborrhoeic.code)).leaflets).toEqual([]);
  });

  it('the database refuses a leaflet that is not https, whatever writes it', async () => {
    await expect(
      t.db.pool.query(
        `INSERT INTO diagnosis_leaflets (service_id, diagnosis_code, leaflets, updated_at) VALUES ($1, $2, $3, now())`,
        [serviceId, skinTag.code, JSON.stringify([{ title: 'x', url: 'http://example.org/' }])],
      ),
    ).rejects.toThrow(/check constraint/);
  });
});

describe('only the service’s own administrators', () => {
  it('answers 404 to another service’s administrator and records the refusal', async () => {
    const before = await t.db.pool.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'");
    const attempts: [string, string, object?][] = [
      ['GET', templates()],
      ['PUT', templates(`/${naevus.code}`), { text: 'Intruding template' }],
      ['POST', templates(`/${naevus.code}/retire`)],
      ['POST', templates(`/${naevus.code}/restore`)],
      ['PUT', `/api/services/${serviceId}/leaflets/${naevus.code}`, { leaflets: [] }],
    ];
    for (const [method, url, body] of attempts) {
      const response = await call('otherAdmin')(method as 'GET', url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await call('otherConsultant')('GET', `/api/diagnoses?serviceId=${serviceId}`);
    expect(theirs.statusCode).toBe(404);
    const after = await t.db.pool.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'");
    expect(after.rows[0].n - before.rows[0].n).toBe(attempts.length + 1);
    expect((await t.db.pool.query("SELECT 1 FROM plan_templates WHERE text = 'Intruding template'")).rowCount).toBe(0);
  });

  it('answers 404 for a diagnosis not in the curated list', async () => {
    expect((await call('admin')('PUT', templates('/123456789'), { text: 'Plan' })).statusCode).toBe(404);
  });
});
