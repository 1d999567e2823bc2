// a) Account flow: register → verify (link from the outbox) → sign in →
// switch to Arabic → sign out; and a registration with a too-short password.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, waitForMail, linkIn, pathOf } from '../lib/server.mjs';
import { launch, newContext, isSignedIn, screenshotPath } from '../lib/browser.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const unique = `${Date.now().toString(36)}${process.pid}`;

test('register, verify by mail, sign in, switch to Arabic, sign out', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  const email = `e2e-${unique}@example.org`;
  const password = 'ein-langes-passwort-42';
  try {
    await page.goto('/register');
    const form = page.locator('main form[action="/register"]');
    await form.locator('#f-display_name').fill('Erika E2E');
    await form.locator('#f-email').fill(email);
    await form.locator('#f-password').fill(password);
    await form.locator('#f-password_confirm').fill(password);
    await form.locator('#f-accept').check();
    const [resp] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/register') && r.request().method() === 'POST'),
      form.locator('button[type=submit]').click(),
    ]);
    assert.equal(resp.status(), 200, 'registration is accepted');
    await page.waitForLoadState('load');
    assert.match(await page.locator('main [role=status]').innerText(), new RegExp(email.replace(/[.]/g, '\\.')));

    // The verification mail is in the outbox.
    const mail = await waitForMail(server, email);
    const link = linkIn(mail.body_text, '/verify?token=');
    const verify = await page.goto(pathOf(link));
    assert.equal(verify.status(), 200, 'verification link works');
    await page.locator('main a[href="/login"]').waitFor();

    // Sign in with the new account.
    await page.goto('/login');
    const lf = page.locator('main form[action^="/login"]');
    await lf.locator('#f-email').fill(email);
    await lf.locator('#f-password').fill(password);
    await Promise.all([page.waitForLoadState('load'), lf.locator('button[type=submit]').click()]);
    await page.locator('header form[action="/logout"]').waitFor();
    assert.ok(await isSignedIn(page), 'signed in');

    // Language switcher → Arabic, right to left.
    await page.goto('/account');
    await Promise.all([
      page.waitForURL(/\/account$/),
      page.locator('nav.lang-nav a[hreflang="ar"]').click(),
    ]);
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.ok(await isSignedIn(page), 'still signed in after switching language');

    // Sign out through the header form.
    await Promise.all([
      page.waitForLoadState('load'),
      page.locator('header form[action="/logout"] button[type=submit]').click(),
    ]);
    await page.locator('header a[href^="/login"]').first().waitFor();
    assert.equal(await isSignedIn(page), false, 'signed out');
    // The account page now wants a sign-in again.
    await page.goto('/account');
    assert.match(new URL(page.url()).pathname, /^\/login/);
    // Language stays Arabic after sign-out (cookie).
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  } catch (e) {
    await page.screenshot({ path: screenshotPath('failure-account-flow'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await ctx.close();
  }
});

test('registration with a too-short password: error next to the field, values kept', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'en' });
  const page = await ctx.newPage();
  const email = `short-${unique}@example.org`;
  try {
    await page.goto('/register');
    const form = page.locator('main form[action="/register"]');
    await form.locator('#f-display_name').fill('Kurt Kurz');
    await form.locator('#f-email').fill(email);
    await form.locator('#f-password').fill('kurz');
    await form.locator('#f-password_confirm').fill('kurz');
    await form.locator('#f-accept').check();
    const [resp] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/register') && r.request().method() === 'POST'),
      form.locator('button[type=submit]').click(),
    ]);
    assert.equal(resp.status(), 422);
    await page.waitForLoadState('load');
    const field = page.locator('main .field.field-error:has(#f-password)');
    assert.equal(await field.count(), 1, 'the password field is marked');
    const err = field.locator('#f-password-error');
    assert.ok(await err.isVisible(), 'error text is shown at the field');
    assert.ok((await err.innerText()).trim().length > 0);
    assert.equal(await page.getAttribute('#f-password', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#f-password', 'aria-describedby'), /f-password-error/);
    // The summary at the top links to the field.
    assert.equal(await page.locator('#error-summary a[href="#f-password"]').count(), 1);
    // Typed values are kept (but never the password).
    assert.equal(await page.inputValue('#f-display_name'), 'Kurt Kurz');
    assert.equal(await page.inputValue('#f-email'), email);
    assert.equal(await page.inputValue('#f-password'), '');
    // No account was created, so no mail.
    const mails = JSON.parse(await server.cli(['admin', 'outbox', '--to', email]));
    assert.equal(mails.length, 0);
  } finally {
    await ctx.close();
  }
});
