import fs from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixturePhotoPath } from '../../../test/fixtures/photographs.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, patientDetails } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';
import { uploadPhoto } from '../../testing/tus.ts';
import { imageProcessingWorker } from '../images/process-image-job.ts';

/**
 * Hazard H8: a referrer who records a suspected skin cancer is redirected at once, and gets what they need to make
 * the urgent referral without typing it again: a PDF of the patient, history, lesions and photographs so far.
 */
let t: TestApp;
let serviceId: string;
let gp: ReturnType<typeof caller>;
let gpSession: Awaited<ReturnType<typeof signInAs>>;
let otherGp: ReturnType<typeof caller>;
let consultant: ReturnType<typeof caller>;

beforeAll(async () => {
  t = await buildTestApp({}, { workers: (deps) => [imageProcessingWorker(deps)] });
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'Riverside Medical Practice' });
  const other = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  await linkOrganisations(t.db.pool, service.id, other.id);
  serviceId = service.id;
  const signIn = async (organisationId: string, role: 'referrer' | 'consultant') => {
    const user = await buildUser(t.db.pool, { organisationId, roles: [role] });
    return signInAs(t.app, user.email, user.password);
  };
  gpSession = await signIn(practice.id, 'referrer');
  gp = caller(t.app, gpSession);
  otherGp = caller(t.app, await signIn(other.id, 'referrer'));
  consultant = caller(t.app, await signIn(service.id, 'consultant'));
});
afterAll(() => t.close());

const textOf = async (pdf: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');

async function waitForPhoto(requestId: string) {
  await vi.waitFor(
    async () => expect((await gp('GET', `/api/requests/${requestId}/images`)).json().images[0]?.state).toBe('ready'),
    { timeout: 20_000, interval: 50 },
  );
}

describe('the urgent referral summary', () => {
  it('gives the redirected draft as a PDF: patient, history, lesion, photograph and the next step', async () => {
    const patient = (
      await gp('POST', '/api/patients', patientDetails({ givenName: 'Łukasz', familyName: 'Wójcik' }))
    ).json();
    const id = (
      await gp('POST', '/api/requests', { patientId: patient.id, kind: 'referral', urgency: 'routine', serviceId })
    ).json().id as string;
    const lesion = await gp('POST', `/api/requests/${id}/lesions`, {
      bodySite: 'upper_back',
      laterality: 'midline',
      description: 'Dark asymmetric mole, changing colour',
      sizeMm: 9,
    });
    expect(lesion.statusCode, lesion.body).toBe(201);
    const bytes = await fs.readFile(fixturePhotoPath('Landscape_1.jpg'));
    const { image } = await uploadPhoto(t.app, gpSession, { requestId: id, lesionId: lesion.json().id, bytes });
    expect(image!.statusCode).toBe(201);
    await waitForPhoto(id);

    // Not yet: a draft has no summary.
    expect((await gp('GET', `/api/requests/${id}/urgent-referral-summary`)).statusCode).toBe(404);

    const version = (await gp('GET', `/api/requests/${id}`)).json().version;
    const saved = await gp('PATCH', `/api/requests/${id}`, {
      version,
      clinicalQuestion: 'Changing pigmented lesion',
      history: { suspectedCancer: ['melanoma'], durationValue: 2, durationUnit: 'months', bleeding: true },
    });
    expect(saved.json().redirected.state).toBe('redirected');

    const summary = await gp('GET', `/api/requests/${id}/urgent-referral-summary`);
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-type']).toBe('application/pdf');
    expect(summary.headers['cache-control']).toMatch(/no-store/);
    const text = await textOf(summary.rawPayload);
    expect(text).toContain('Summary for an urgent suspected cancer referral');
    expect(text).toContain('Łukasz Wójcik');
    expect(text).toContain(patient.nhsNumber.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3'));
    expect(text).toContain('Suspected melanoma: refer urgently on the suspected cancer pathway');
    expect(text).toContain('NICE NG12');
    expect(text).toContain('Dark asymmetric mole, changing colour. 9 mm');
    expect(text).toContain('2 months');
    expect(text).toContain('Upper back: close-up view');
    expect(summary.rawPayload.toString('latin1')).toContain('/Subtype /Image');

    const audited = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'request.urgent_summary_downloaded' AND record_id = $1",
      [id],
    );
    expect(audited.rows[0].n).toBe(1);

    // The referring practice's alone: another practice and the service are refused, as for anything not theirs.
    expect((await otherGp('GET', `/api/requests/${id}/urgent-referral-summary`)).statusCode).toBe(404);
    expect((await consultant('GET', `/api/requests/${id}/urgent-referral-summary`)).statusCode).toBe(403);
  });
});
