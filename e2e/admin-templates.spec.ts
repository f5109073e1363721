import { seriousViolations } from './axe.ts';
import { demoPassword } from './demo-users.ts';
import { expect, screenshotPath, signIn, test } from './fixtures.ts';
import { apiSignIn } from './review-seed.ts';
import { openWorklist, seedCase, worklistRow } from './review-steps.ts';

const adminEmail = 'admin@northvale.example';
// Diagnoses no other browser test codes, so this test's changes cannot reach theirs.
const edited = { code: '5132005', term: 'Keratosis pilaris' };
const retired = { code: '254679001', term: 'Milia' };
const shots = process.env['TEMPLATE_SHOTS_DIR'];
const shot = (name: string) => (shots ? `${shots}/${name}.png` : screenshotPath(name));

test('a service administrator edits one plan template and retires another; the consultant is offered the edited text and not the retired one', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const editedText = `Keratosis pilaris (service template ${Date.now().toString(36)}): emollients with urea 10% twice daily. No follow-up needed.`;
  const admin = await apiSignIn(baseURL!, adminEmail);
  const serviceId = admin.session.memberships.find((m) => m.kind === 'dermatology_service')!.organisationId;
  const { diagnoses: before } = await admin.call<{ diagnoses: { code: string; template: { text: string } }[] }>(
    'GET',
    `/api/services/${serviceId}/plan-templates`,
  );
  const builtIn = before.find((d) => d.code === edited.code)!.template.text;
  try {
    await page.goto('/sign-in');
    await signIn(page, adminEmail, demoPassword);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed in as');
    await page.goto('/admin/templates');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Plan templates and leaflets');
    const otherRow = page.getByRole('row').filter({ hasText: edited.term });
    await expect(otherRow).toContainText('Built in');
    await expect(otherRow).toContainText('Discharge to GP with advice and plan');
    await page.screenshot({ path: shot('templates-list-desktop'), fullPage: true });
    expect(await seriousViolations(page), 'accessibility of the templates list').toEqual([]);

    // Edit: new text, offered for discharge only.
    await otherRow.getByRole('link', { name: edited.term }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(edited.term);
    await page.getByLabel('Template text').fill('');
    await page.getByLabel('GP to prescribe').uncheck();
    await page.getByLabel('Discharge to GP with advice and plan').uncheck();
    await page.getByRole('button', { name: 'Save the template' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('Write the plan template');
    await expect(summary).toContainText('Choose at least one outcome the template is written for');
    await summary.getByRole('link', { name: 'Write the plan template' }).click();
    await expect(page.getByLabel('Template text')).toBeFocused();
    expect(await seriousViolations(page), 'accessibility of the template page with errors').toEqual([]);
    await page.getByLabel('Template text').fill(editedText);
    await page.getByLabel('Discharge to GP with advice and plan').check();
    await page.getByRole('button', { name: 'Save the template' }).click();
    await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
      `The template for ${edited.term.toLowerCase()} was saved`,
    );
    await expect(page.getByRole('heading', { name: /Management plan template/ })).toContainText('Service template');

    // A leaflet address that is not https is refused in words, linked to its field.
    await page.getByRole('button', { name: 'Add a leaflet' }).click();
    const last = page.getByRole('group', { name: /^Leaflet \d+$/ }).last();
    await last.getByLabel('Title').fill('Keratosis pilaris (BAD)');
    await last.getByLabel('Web address').fill('http://www.bad.org.uk/pils/keratosis-pilaris/');
    await page.getByRole('button', { name: 'Save the leaflets' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'must start with https://',
    );
    await last.getByLabel('Web address').fill('https://www.bad.org.uk/pils/keratosis-pilaris/');
    await page.getByRole('button', { name: 'Save the leaflets' }).click();
    await expect(page.getByRole('alert', { name: 'Success' })).toContainText('were saved');
    await page.screenshot({ path: shot('template-edit-desktop'), fullPage: true });
    expect(await seriousViolations(page), 'accessibility of the template page').toEqual([]);

    // Retire another.
    await page.getByRole('link', { name: 'Plan templates and leaflets' }).click();
    await page.getByRole('row').filter({ hasText: retired.term }).getByRole('link', { name: retired.term }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(retired.term);
    await page.getByRole('button', { name: 'Retire the template' }).click();
    await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Consultants are no longer offered it');
    await expect(page.getByRole('button', { name: 'Bring the template back' })).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('button', { name: 'Bring the template back' })).toBeVisible();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('template-retired-phone'), fullPage: true });
    await page.getByRole('link', { name: 'Plan templates and leaflets' }).click();
    await expect(page.getByRole('row').filter({ hasText: retired.term })).toContainText('Retired');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('templates-list-phone'), fullPage: false });
    expect(await seriousViolations(page), 'accessibility of the templates list on a phone').toEqual([]);

    // The consultant opening a case is offered the edited text, only for the outcome it fits, and not the retired one.
    const sent = await seedCase({ familyName: `Templated${Date.now().toString(36)}` });
    const consultant = await browser.newContext();
    const review = await consultant.newPage();
    await openWorklist(review);
    await worklistRow(review, sent.reference)
      .getByRole('button', { name: `Review ${sent.reference}` })
      .click();
    await expect(review.getByRole('heading', { level: 1 })).toContainText(sent.reference);
    const plan = review.getByLabel('Management plan');
    await review.getByLabel('Diagnosis', { exact: true }).fill(edited.term);
    await expect(review.getByText(`Coded: SNOMED CT ${edited.code}`)).toBeVisible();
    await review.getByLabel('Discharge to GP with advice and plan').check();
    await expect(plan).toHaveValue(editedText);
    await expect(review.getByRole('link', { name: 'Keratosis pilaris (BAD) (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://www.bad.org.uk/pils/keratosis-pilaris/',
    );
    // Not written for a routine appointment: not offered for it.
    await review.getByLabel('Routine face-to-face appointment').check();
    await expect(plan).toHaveValue('');
    await expect(review.getByText('It is not offered for this outcome.')).toBeVisible();
    await review.getByLabel('Discharge to GP with advice and plan').check();
    await expect(plan).toHaveValue(editedText);

    await review.getByLabel('Diagnosis', { exact: true }).fill(retired.term);
    await expect(review.getByText(`Coded: SNOMED CT ${retired.code}`)).toBeVisible();
    await expect(plan).toHaveValue('');
    await expect(review.getByRole('button', { name: /Use the template/ })).toHaveCount(0);
    await expect(review.getByText('The service offers no plan template for milia: write the plan.')).toBeVisible();
    await review.screenshot({ path: shot('consultant-retired-offered-nothing'), fullPage: true });
    expect(await seriousViolations(review), 'accessibility of the outcome form').toEqual([]);
    await consultant.close();
  } finally {
    // Leave the demo service as it was for other tests: the built-in text back, the retired template back.
    await admin.call('PUT', `/api/services/${serviceId}/plan-templates/${edited.code}`, {
      text: builtIn,
      outcomes: ['discharge_with_advice', 'gp_to_prescribe'],
    });
    await admin.call('PUT', `/api/services/${serviceId}/leaflets/${edited.code}`, {
      leaflets: [{ title: 'Keratosis pilaris', url: 'https://www.nhs.uk/conditions/keratosis-pilaris/' }],
    });
    await admin.call('POST', `/api/services/${serviceId}/plan-templates/${retired.code}/restore`);
    await admin.context.dispose();
  }
});
