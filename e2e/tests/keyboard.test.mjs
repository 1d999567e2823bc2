// c) Keyboard only: skip link first, focus lands on <main>; sign in without a mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, demoEmail, DEMO_PASSWORD, isSignedIn, screenshotPath } from '../lib/browser.mjs';

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

/** Describes document.activeElement for assertions. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body' };
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.className,
      href: el.getAttribute('href'),
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      text: (el.textContent || '').trim().slice(0, 60),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
      visible: (() => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; })(),
    };
  });
}

/** Presses Tab until `pred(focused)` holds (at most `max` times). */
async function tabTo(page, pred, what, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (pred(f)) return f;
  }
  throw new Error(`${what} not reached with ${max} Tab presses`);
}

for (const lang of ['de', 'ar']) {
  test(`skip link is the first stop and moves focus to main (${lang})`, async () => {
    const ctx = await newContext(browser, server.url, { lang });
    const page = await ctx.newPage();
    try {
      await page.goto('/');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      assert.equal(first.tag, 'a', 'first Tab stop is a link');
      assert.match(first.cls, /skip-link/, 'first Tab stop is the skip link');
      assert.equal(first.href, '#main');
      assert.ok(first.visible, 'skip link is visible when focused');
      assert.ok(first.outline || first.shadow, 'skip link shows a focus indicator');
      await page.screenshot({ path: screenshotPath(`keyboard-${lang}-skip-link`) });
      await page.keyboard.press('Enter');
      const after = await focused(page);
      assert.equal(after.tag, 'main', 'focus moved to main');
      assert.equal(after.id, 'main');
      // The next Tab continues inside main, not in the header.
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => !!document.activeElement.closest('main'));
      assert.ok(inside, 'next Tab stop is inside main');
    } finally {
      await ctx.close();
    }
  });
}

test('sign in with the keyboard only', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de' });
  const page = await ctx.newPage();
  try {
    await page.goto('/quarters');
    // Tab through the header to the sign-in link and follow it.
    const link = await tabTo(page, (f) => f.tag === 'a' && (f.href || '').startsWith('/login'), 'sign-in link');
    assert.ok(link.outline || link.shadow, 'sign-in link shows a focus indicator');
    await Promise.all([page.waitForURL(/\/login/), page.keyboard.press('Enter')]);
    // On the form: Tab to the email field, type, Tab to the password, type, Enter.
    await tabTo(page, (f) => f.id === 'f-email', 'email field');
    await page.keyboard.type(demoEmail('resident'));
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'f-password', 'Tab goes from email to password');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.keyboard.press('Enter')]);
    assert.ok(await isSignedIn(page), 'signed in');
    assert.equal(new URL(page.url()).pathname, '/quarters', 'back on the page where sign-in started');
    // Sign out with the keyboard too.
    await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit' && f.text.length > 0, 'sign-out button');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.locator('header a[href^="/login"]').first().waitFor();
    assert.equal(await isSignedIn(page), false, 'signed out');
  } catch (e) {
    await page.screenshot({ path: screenshotPath('failure-keyboard-login'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await ctx.close();
  }
});
