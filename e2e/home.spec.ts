import { roleLabels } from '../shared/roles.ts';
import { demoPassword, demoUsers, type DemoUser } from './demo-users.ts';
import { expect, screenshotPath, signIn, signOut, test } from './fixtures.ts';

/** home-<role>.png, with the account's name added where two demo users share a role. */
function screenshotName(user: DemoUser): string {
  const shared = demoUsers.filter((u) => u.role === user.role).length > 1;
  return shared ? `home-${user.role}-${user.email.split('@')[0]}` : `home-${user.role}`;
}

for (const user of demoUsers) {
  test(`${roleLabels[user.role]} ${user.email} signs in, sees their home page and signs out`, async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, user.email, demoPassword);

    await expect(page).toHaveURL('/');
    await expect(page).toHaveTitle('Home – Telederm');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Signed in as ${user.name}`);
    await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(user.name);
    const organisation = page.getByRole('region', { name: 'Your organisation' });
    await expect(organisation.getByRole('heading', { name: user.organisation })).toBeVisible();
    await expect(organisation.getByRole('definition')).toContainText([roleLabels[user.role]]);
    await expect(page.getByRole('list', { name: 'What you can do' }).getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath(screenshotName(user)), fullPage: true });

    await signOut(page);
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('alert')).toContainText('You have signed out');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Telederm');
    await expect(page.getByRole('navigation', { name: 'Account' })).toHaveCount(0);
  });
}

test('a consultant sees their GMC number; a referrer sees their professional registration', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'consultant@northvale.example', demoPassword);
  const details = page.getByRole('region', { name: 'Your details' });
  await expect(details.getByRole('term')).toHaveText(['Name', 'Email address', 'GMC number']);
  await expect(details.getByRole('definition').last()).toHaveText('4567890');
  await signOut(page);

  await signIn(page, 'gp@riverside.example', demoPassword);
  await expect(details.getByRole('term')).toHaveText(['Name', 'Email address', 'Professional registration']);
  await expect(details.getByRole('definition').last()).toHaveText('GMC 7012345');
});
