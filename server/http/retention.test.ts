import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * NHS records management (docs/retention.md): a clinical record is kept for its retention period and is never
 * deleted through the API. These are every DELETE the API has, and each removes something that is not yet, or not
 * itself, a clinical record. A new DELETE route fails this test until it is added here with its reason.
 */
const deletesThatKeepTheRecord: Record<string, string> = {
  'DELETE /api/users/:userId/memberships/:organisationId': 'ends a staff role; the user and their audit trail stay',
  'DELETE /api/requests/:requestId/lesions/:lesionId':
    'edits an unsent draft; refused once the lesion has photographs or the request is submitted',
  'DELETE /api/requests/:requestId/patient-links/current': 'revokes a link; the link row and its audit stay',
  'DELETE /api/uploads': 'tus: abandons a partial upload before it is a photograph',
  'DELETE /api/uploads/:uploadId': 'tus: abandons a partial upload before it is a photograph',
  'DELETE /api/patient/uploads': 'tus: abandons a partial upload before it is a photograph',
  'DELETE /api/patient/uploads/:uploadId': 'tus: abandons a partial upload before it is a photograph',
};

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('retention', () => {
  it('no route deletes a patient, request, photograph, outcome, letter, message or audit row', () => {
    const deletes = t.routes.filter((route) => route.method === 'DELETE').map((r) => `${r.method} ${r.url}`);
    expect(deletes.sort()).toEqual(Object.keys(deletesThatKeepTheRecord).sort());
  });
});
