import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../../testing/factories.ts';
import { caller, nextNhsNumber, patientDetails, type Call } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type TestApp } from '../../testing/test-app.ts';

/**
 * Issue 20: the patient's details are checked all at once, so the page lists every problem in one error summary,
 * in the order it asks, rather than names and sex first and the date of birth and postcode after.
 */
let t: TestApp;
let gp: Call;

beforeAll(async () => {
  t = await buildTestApp();
  const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice' });
  const user = await buildUser(t.db.pool, { organisationId: practice.id, roles: ['referrer'] });
  gp = caller(t.app, await signInAs(t.app, user.email, user.password));
});
afterAll(async () => t.close());

const fieldsRefused = async (details: Record<string, unknown>) => {
  const response = await gp('POST', '/api/patients', details);
  expect(response.statusCode, response.body).toBe(400);
  return response.json().errors as { field: string; message: string }[];
};

describe('registering a patient with details missing or wrong', () => {
  it('names every missing answer in one refusal, in the order the page asks', async () => {
    const errors = await fieldsRefused({
      nhsNumber: nextNhsNumber(),
      givenName: ' ',
      familyName: '',
      dateOfBirth: '',
      address: '',
      postcode: '',
    });
    expect(errors).toEqual([
      { field: 'givenName', message: "Enter the patient's first name" },
      { field: 'familyName', message: "Enter the patient's last name" },
      { field: 'dateOfBirth', message: "Enter the patient's date of birth" },
      { field: 'sex', message: "Select the patient's sex" },
      { field: 'postcode', message: 'Enter a postcode' },
    ]);
  });

  it('names wrong answers together with missing ones', async () => {
    const errors = await fieldsRefused(
      patientDetails({
        nhsNumber: '123',
        familyName: '',
        dateOfBirth: '1970-02-30',
        sex: undefined,
        postcode: 'NOT A POSTCODE',
        mobile: '01632 960 001',
        email: 'ada@',
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'nhsNumber',
      'familyName',
      'dateOfBirth',
      'sex',
      'postcode',
      'mobile',
      'email',
    ]);
    expect(errors.find((e) => e.field === 'dateOfBirth')?.message).toBe('Date of birth must be a real date');
  });

  it('registers the patient once every answer is right', async () => {
    const response = await gp('POST', '/api/patients', patientDetails());
    expect(response.statusCode, response.body).toBe(201);
  });
});
