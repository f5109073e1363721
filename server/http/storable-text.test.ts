import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, linkOrganisations } from '../testing/factories.ts';
import { caller, draftRequest, patientDetails } from '../testing/intake.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../testing/test-app.ts';
import { findUnstorableText } from './storable-text.ts';

let t: TestApp;
let session: SignedIn;
let gp: ReturnType<typeof caller>;
let draft: { id: string; lesionIds: string[] };

beforeAll(async () => {
  t = await buildTestApp();
  const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  await linkOrganisations(t.db.pool, service.id, practice.id);
  const user = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  session = await signInAs(t.app, user.email, user.password);
  gp = caller(t.app, session);
  draft = await draftRequest(t.app, session, service.id);
});
afterAll(() => t.close());

describe('text that cannot be stored', () => {
  it('is found wherever it is, by its path: NUL, and lone surrogates of either half', () => {
    expect(findUnstorableText({ a: 'fine', b: { c: ['x', 'nul\u0000'] } })).toBe('b.c.1');
    expect(findUnstorableText({ name: 'high \uD800 alone' })).toBe('name');
    expect(findUnstorableText({ name: 'low \uDC00 alone' })).toBe('name');
    expect(findUnstorableText({ name: 'a pair \uD83D\uDE00 is a character' })).toBeNull();
    expect(findUnstorableText('Zoë Łukasz Nguyễn Siobhán')).toBeNull();
  });

  it.each([
    ['the sign-in email', 'POST', '/api/auth/sign-in', { email: 'gp\u0000@x.example', password: 'x' }, 'email'],
    ['a patient name', 'POST', '/api/patients', patientDetails({ familyName: 'Love\u0000lace' }), 'familyName'],
    [
      'a clinical question',
      'PATCH',
      '/api/requests/:id',
      { version: 1, clinicalQuestion: 'why \uD800' },
      'clinicalQuestion',
    ],
  ] as const)('in %s is refused with a 400 naming the field', async (_name, method, url, payload, field) => {
    const response = await t.app.inject({
      method,
      url: url.replace(':id', draft.id),
      payload,
      headers: url === '/api/auth/sign-in' ? {} : as(session),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field })]);
  });

  it('in a query parameter is refused with a 400 naming it', async () => {
    const response = await gp('GET', `/api/patients?familyName=a%00b&dateOfBirth=1970-01-01`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('familyName');
  });

  it('never answers 500, whatever text is sent in the fields people type (fuzzed through HTTP)', async () => {
    const awkward = fc.constantFrom(
      '\u0000',
      '\uD800',
      '\uDFFF',
      '\r\n',
      '\u202E',
      "'; DROP TABLE patients; --",
      '<b>',
    );
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), awkward), { maxLength: 6 })
      .map((parts) => parts.join(''));
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(text, text, text, async (a, b, c) => {
        const answers = await Promise.all([
          t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: a, password: b } }),
          gp('POST', '/api/patients', patientDetails({ givenName: a, familyName: b, address: c, email: c })),
          gp('GET', `/api/patients?familyName=${percentEncoded(a)}&dateOfBirth=${percentEncoded(b)}`),
          gp('PATCH', `/api/requests/${draft.id}`, { version: 1, clinicalQuestion: a, history: { changes: b } }),
          gp('PATCH', `/api/requests/${draft.id}/lesions/${draft.lesionIds[0]}`, { description: c }),
        ]);
        for (const answer of answers) {
          statuses.add(answer.statusCode);
          expect(answer.statusCode, answer.body).toBeLessThan(500);
        }
      }),
      { numRuns: 40 },
    );
    expect([...statuses].some((status) => status === 400)).toBe(true);
  });
});

/** Every byte of the text's UTF-8 percent-encoded, as a client may send it (a lone surrogate has no UTF-8: U+FFFD). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
