import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, signOut, test } from './fixtures.ts';
import { uniqueNhsNumber } from './nhs-numbers.ts';
import { apiSignIn, type ApiUser } from './review-seed.ts';

/**
 * A service admin changes a rule set, and the new version decides the next request (issue 13 §1, "Done when").
 *
 * The demo service's referral rules are shared with every other spec running at the same time, so the change is one
 * no other spec's request meets: a new exclusion for urgent requests for patients aged 90 and over. The test puts
 * the rules back as they were (as a further version) when it ends.
 */

type Rule = { id: string; description: string; effect: string; reason: string; when: unknown };
type Overview = { current: { name: string; version: number; rules: Rule[] } };

const newRule = {
  description: 'Urgent requests for patients aged 90 and over',
  reason:
    'This service cannot see urgent requests for patients aged 90 and over quickly enough. Refer to the hospital.',
};

/** True when the page is wider than the screen, so the reader would have to scroll sideways. */
const horizontalOverflow = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');

/** The page passes axe, and fits a phone's screen. */
async function checkPage(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath(`admin-rules-${name}`), fullPage: true });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await horizontalOverflow(page), `${name} on a phone`).toBe(false);
  await page.screenshot({ path: screenshotPath(`admin-rules-${name}-phone`), fullPage: true });
  await page.setViewportSize(desktop);
}

/** An urgent referral for a patient of 96, made and sent through the API as the referrer's browser would. */
async function sendUrgentReferralForNinetySixYearOld(referrer: ApiUser) {
  const { call } = referrer;
  const { organisations } = await call<{ organisations: { id: string; kind: string }[] }>('GET', '/api/organisations');
  const service = organisations.find((o) => o.kind === 'dermatology_service')!;
  const patient = await call<{ id: string }>('POST', '/api/patients', {
    nhsNumber: uniqueNhsNumber(),
    givenName: 'Edith',
    familyName: 'Rowntree',
    dateOfBirth: '1930-02-11',
    sex: 'female',
    address: '2 Mill Lane, Northam',
    postcode: 'NV2 7RP',
  });
  const { id, reference } = await call<{ id: string; reference: string }>('POST', '/api/requests', {
    patientId: patient.id,
    kind: 'referral',
    urgency: 'urgent',
    serviceId: service.id,
    photography: 'referrer',
  });
  await call('PATCH', `/api/requests/${id}`, {
    version: 1,
    clinicalQuestion: 'Rapidly growing lesion on the forearm: please assess.',
    history: {
      durationValue: 3,
      durationUnit: 'weeks',
      changes: 'Growing quickly',
      itch: false,
      bleeding: false,
      pain: false,
      immunosuppressed: false,
      transplant: false,
      previousSkinCancer: [],
      underHospitalConsultant: false,
      needsTertiaryCare: false,
      suspectedCancer: [],
    },
  });
  await call('POST', `/api/requests/${id}/lesions`, {
    bodySite: 'forearm_front',
    laterality: 'left',
    description: 'Raised pink nodule',
    sizeMm: 9,
  });
  await call('POST', `/api/requests/${id}/consent`, {
    referralAndImageSharing: true,
    teachingUse: false,
    method: 'verbal',
  });
  const submitted = await call<{ eligibility: { decision: string; firedRules: string[]; ruleSetVersion: number } }>(
    'POST',
    `/api/requests/${id}/submit`,
  );
  return { id, reference, eligibility: submitted.eligibility };
}

test('a service admin adds an exclusion to the referral rules, checks the change, saves it, and the new version decides the next request', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await apiSignIn(baseURL!, 'admin@northvale.example');
  const serviceId = admin.session.memberships[0]!.organisationId;
  const rulesUrl = `/api/services/${serviceId}/rule-sets/referral`;
  const before = await admin.call<Overview>('GET', rulesUrl);
  try {
    await page.goto('/sign-in');
    await signIn(page, 'admin@northvale.example', demoPassword);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Helen Moss');

    // Administration → Eligibility rules → Referral rules.
    await page.getByRole('link', { name: /^Administer the service/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    await page.getByRole('link', { name: 'Eligibility rules' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Eligibility rules');
    await expect(page.getByRole('main')).toContainText(`version ${before.current.version}`);
    await checkPage(page, 'index');
    await page.getByRole('link', { name: 'Referral rules' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Referral rules');
    await expect(
      page.getByRole('heading', { level: 2, name: `${before.current.name}, version ${before.current.version}` }),
    ).toBeVisible();
    // The rules read as words, not code; the urgent cancer rules are marked as fixed.
    const main = page.getByRole('main');
    await expect(main).toContainText('Not accepted when the patient’s age is less than 18 years.');
    await expect(main).toContainText(
      'Redirected to the urgent suspected cancer pathway when the referrer suspects Melanoma.',
    );
    await expect(main).not.toContainText('ageYears');
    await checkPage(page, 'referral');

    // A new rule, first sent half-filled: the form says what is missing, in words, linked to each field.
    await page.getByRole('link', { name: 'Change the rules' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Change the referral rules');
    const ruleCount = before.current.rules.length;
    const ruleNumber = ruleCount + 1;
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const rule = page.getByRole('group', { name: `Rule ${ruleNumber} (new)` });
    await rule.getByLabel('What it tests').selectOption({ label: 'Urgency' });
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText(`Rule ${ruleNumber}: enter what the rule is for`);
    await expect(summary).toContainText(`Rule ${ruleNumber}: choose the urgency`);
    await expect(summary).toContainText(`Rule ${ruleNumber}: enter what the referrer is told when the rule applies`);
    await expect(page).toHaveTitle(/^Error: /);
    await checkPage(page, 'edit-errors');
    await summary.getByRole('link', { name: `Rule ${ruleNumber}: enter what the rule is for` }).click();
    await expect(rule.getByLabel('What the rule is for')).toBeFocused();

    await rule.getByLabel('What the rule is for').fill(newRule.description);
    await rule.getByLabel('Urgency', { exact: true }).selectOption({ label: 'Urgent' });
    await rule.getByRole('button', { name: `Add another test to rule ${ruleNumber}` }).click();
    await rule
      .getByLabel('What it tests')
      .nth(1)
      .selectOption({ label: 'Age (in whole years on the day the request is sent)' });
    await rule.getByLabel('How it compares').nth(1).selectOption({ label: 'is at least' });
    await rule.getByLabel('Age in years').fill('90');
    await rule.getByLabel('What the referrer is told when the rule applies').fill(newRule.reason);
    await page.getByRole('button', { name: 'Continue' }).click();

    // Check your changes: the rule added, in words, and when it takes effect (now, by default).
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your changes');
    await expect(page.getByRole('heading', { level: 2, name: 'Rules added' })).toBeVisible();
    await expect(main).toContainText(
      'Not accepted when the urgency is Urgent and the patient’s age is at least 90 years.',
    );
    await expect(page.getByRole('heading', { name: 'Rules removed' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Rules changed' })).toHaveCount(0);
    await expect(page.getByLabel('Now, when you save it')).toBeChecked();
    await checkPage(page, 'check');
    // A later date must be a real one: refused in words, linked to the date.
    await page.getByLabel('From the start of a later date').check();
    const date = page.getByRole('group', { name: 'Date it takes effect' });
    await date.getByLabel('Day').fill('31');
    await date.getByLabel('Month').fill('2');
    await date.getByLabel('Year').fill('2027');
    await page.getByRole('button', { name: 'Save the new version' }).click();
    const dateProblem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(dateProblem).toContainText('The date it takes effect must be a real date');
    await checkPage(page, 'check-date-error');
    await dateProblem.getByRole('link', { name: /must be a real date/ }).click();
    await expect(date.getByLabel('Day')).toBeFocused();
    await page.getByLabel('Now, when you save it').check();
    await page.getByRole('button', { name: 'Save the new version' }).click();

    const saved = before.current.version + 1;
    await expect(page.getByRole('alert')).toContainText(
      `Version ${saved} was saved. It decides every request sent from now on.`,
    );
    await expect(
      page.getByRole('heading', { level: 2, name: `${before.current.name}, version ${saved}` }),
    ).toBeVisible();
    const versions = page.getByRole('table', { name: 'Versions of the Referral rules' });
    const newest = versions.getByRole('row').nth(1);
    await expect(newest).toContainText(`Version ${saved}`);
    await expect(newest).toContainText('In effect');
    await expect(newest).toContainText('Helen Moss');
    await expect(versions.getByRole('row').nth(2)).toContainText('Earlier version');
    await checkPage(page, 'saved');

    // The earlier version can still be read, as it was.
    await versions.getByRole('link', { name: `Version ${before.current.version}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`version ${before.current.version}`);
    await expect(main).not.toContainText(newRule.description);
    await expect(main).toContainText('Earlier version');

    // The referrer's next urgent referral for a 96-year-old: the earlier version took it, the new one does not.
    const referrer = await apiSignIn(baseURL!, 'gp@riverside.example');
    const sent = await sendUrgentReferralForNinetySixYearOld(referrer);
    await referrer.context.dispose();
    expect(sent.eligibility).toMatchObject({ decision: 'not_accepted', ruleSetVersion: saved });
    expect(sent.eligibility.firedRules).toEqual(['urgent-requests-for-patients-aged-90-and-over']);

    // The request page names the version that decided it: to the referrer in words, to the admin as a link.
    const gpContext = await browser.newContext();
    const gpPage = await gpContext.newPage();
    await gpPage.goto('/sign-in');
    await signIn(gpPage, 'gp@riverside.example', demoPassword);
    await expect(gpPage.getByRole('heading', { level: 1 })).toHaveText('Signed in as Dr Amira Patel');
    await gpPage.goto(`/requests/${sent.id}`);
    const eligibility = gpPage.getByRole('definition').filter({ hasText: 'Decided by' });
    await expect(eligibility).toContainText(newRule.reason);
    await expect(eligibility).toContainText(`Decided by ${before.current.name} rules, version ${saved}`);
    expect(await seriousViolations(gpPage)).toEqual([]);
    await gpPage.screenshot({ path: screenshotPath('admin-rules-request-page'), fullPage: true });
    await gpContext.close();

    await page.goto(`/requests/${sent.id}`);
    await page.getByRole('link', { name: `${before.current.name} rules, version ${saved}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`version ${saved}`);
    await expect(main).toContainText(newRule.description);
    await signOut(page);
  } finally {
    // Put the demo service's rules back for the specs after this one.
    await admin.call('PUT', rulesUrl, { name: before.current.name, rules: before.current.rules });
    await admin.context.dispose();
  }
});
