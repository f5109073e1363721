import { demoPassword } from './demo-users.ts';
import { expect, signIn, test } from './fixtures.ts';

// Wrong passwords count towards a lockout (5 per account, 20 per address in
// 15 minutes), so each demo account gets at most one here, and the lockout
// test uses an account of its own.

test('a wrong password shows the error summary with the reason, and the user stays on the sign-in page', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signIn(page, 'nurse@hillcrest.example', 'not-the-password');

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  const reason = summary.getByRole('link', {
    name: 'The email address or password is not right. Check them and try again.',
  });
  await expect(reason).toBeVisible();
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(page).toHaveURL('/sign-in');
  await expect(page).toHaveTitle('Error: Sign in – Telederm');
  await expect(page.getByLabel('Email address')).toHaveValue('nurse@hillcrest.example');
  await expect(page.getByLabel('Password')).toHaveValue('');

  await reason.click();
  await expect(page.getByLabel('Email address')).toBeFocused();
});

test('signing in with nothing filled in names both missing fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveText(['Enter your email address', 'Enter your password']);
  await expect(page.getByLabel('Email address')).toHaveAccessibleDescription('Error: Enter your email address');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Error: Enter your password');
  await expect(page).toHaveTitle('Error: Sign in – Telederm');

  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(page.getByLabel('Password')).toBeFocused();
});

test('a signed-out visitor is sent to sign in, then arrives at the page they asked for', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  await expect(page).toHaveTitle('Sign in – Telederm');
  await signIn(page, 'clerk@northvale.example', demoPassword);
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Priya Shah');
});

test('pages for someone signed out ask for no session and log no error; signing in and out sets and clears the hint', async ({
  page,
}) => {
  const errors: string[] = [];
  const asked: number[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/auth/session') asked.push(response.status());
  });
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Telederm');
  expect(asked, 'session asks while signed out').toEqual([]);
  expect(errors, 'console errors while signed out').toEqual([]);

  await signIn(page, 'clerk@northvale.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Priya Shah');
  const hint = () =>
    page
      .context()
      .cookies()
      .then((all) => all.find((c) => c.name === 'telederm_signed_in'));
  expect(await hint()).toMatchObject({ value: '1', httpOnly: false });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Priya Shah');
  expect(asked).toEqual([200]);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('alert')).toContainText('You have signed out');
  expect(await hint()).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a deep link survives the detour through sign-in', async ({ page }) => {
  await page.goto('/referrals/123?tab=photos');
  await expect(page).toHaveURL('/sign-in');
  await signIn(page, 'photographer@northgate.example', demoPassword);
  await expect(page).toHaveURL('/referrals/123?tab=photos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('after signing out, the next person to sign in starts at the home page', async ({ page }) => {
  await page.goto('/some/page');
  await signIn(page, 'consultant@northvale.example', demoPassword);
  await expect(page).toHaveURL('/some/page');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('alert')).toContainText('You have signed out');
  await signIn(page, 'clerk@northvale.example', demoPassword);
  await expect(page).toHaveURL('/');
});

test('a signed-in user who opens the sign-in page goes to the home page', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'admin@northvale.example', demoPassword);
  await expect(page).toHaveURL('/');
  await page.goto('/sign-in');
  await expect(page).toHaveURL('/');
});

test('when the session ends elsewhere the page says so and asks the user to sign in again', async ({ page }) => {
  await page.goto('/sign-in');
  await signIn(page, 'sysadmin@northvale.example', demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signed in as Tom Reid');

  // End the session behind the page's back, as a timeout or another tab would.
  const session = await page.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const signedOut = await page.request.post('/api/auth/sign-out', { headers: { 'x-csrf-token': csrfToken } });
  expect(signedOut.status()).toBe(204);
  // The page checks again whenever it comes back into view.
  await page.evaluate('document.dispatchEvent(new Event("visibilitychange"))');

  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('region', { name: 'Important' })).toContainText('Your session has ended. Sign in again.');
  await signIn(page, 'sysadmin@northvale.example', demoPassword);
  await expect(page).toHaveURL('/');
});

test('after too many wrong passwords the service asks the user to wait', async ({ page, playwright, baseURL }) => {
  const email = `locked-${test.info().workerIndex}-${Date.now()}@northvale.example`;
  const password = 'a long passphrase for lockout testing';
  const admin = await playwright.request.newContext({ baseURL });
  try {
    const session = await admin.post('/api/auth/sign-in', {
      data: { email: 'admin@northvale.example', password: demoPassword },
    });
    expect(session.status()).toBe(200);
    const { csrfToken, memberships } = (await session.json()) as {
      csrfToken: string;
      memberships: { organisationId: string }[];
    };
    const created = await admin.post('/api/users', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        email,
        displayName: 'Lockout Test',
        password,
        organisationId: memberships[0]?.organisationId,
        roles: ['booking_clerk'],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    for (let attempt = 0; attempt < 5; attempt++) {
      const refused = await admin.post('/api/auth/sign-in', { data: { email, password: 'wrong password' } });
      expect(refused.status()).toBe(401);
    }
  } finally {
    await admin.dispose();
  }

  await page.goto('/sign-in');
  await signIn(page, email, password);
  await expect(page.getByRole('alert')).toContainText(/Too many sign-in attempts\. Wait \d+ minutes? and try again/);
  await expect(page).toHaveURL('/sign-in');
});
