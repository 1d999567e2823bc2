// Civic structures: the neighbourhood manager adds an actor → offer → cooperation link;
// a resident on a phone in Arabic finds a free German course; axe scans of every civic
// page in German, English and Arabic; screenshots (desktop and 390×844, de and ar).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath } from '../lib/browser.mjs';

let server;
let browser;
const SHOTS = process.env.QUARTIER_CIVIC_SHOTS;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function shot(name) {
  return SHOTS ? `${SHOTS}/${name}.png` : screenshotPath(`civic-${name}`);
}

test('manager adds an actor, an offer and a cooperation link', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de' });
  const page = await ctx.newPage();
  try {
    await login(page, demoEmail('manager'));
    await page.goto('/quarters/muehlenviertel/actors/new');
    await page.fill('#f-name', 'Nähcafé Mühlenviertel');
    await page.selectOption('#f-kind', 'initiative');
    await page.fill('#f-description', 'Gemeinsam nähen und reparieren.');
    await page.fill('#f-email', 'intern@naehcafe.example');
    await page.check('#f-languages-ar');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/actors\/\d+$/);
    const actorUrl = new URL(page.url()).pathname;
    assert.match(await page.textContent('h1'), /Nähcafé/);
    await page.click(`a[href="${actorUrl}/offers/new"]`);
    await page.selectOption('#f-category', 'course');
    await page.fill('#f-title', 'Nähkurs für Anfängerinnen');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/offers\/\d+$/);
    assert.match(await page.textContent('h1'), /Nähkurs/);
    await page.goto('/quarters/muehlenviertel/network');
    const id = actorUrl.split('/').pop();
    await page.selectOption('#f-actor_a', id);
    await page.selectOption('#f-actor_b', { index: 1 });
    await page.fill('#f-kind', 'Raumnutzung');
    await page.fill('#f-since', '2024');
    await page.click('form[action$="/links"] button[type=submit]');
    await page.waitForURL(/\/network$/);
    assert.ok(await page.locator(`svg a[href="${actorUrl}"]`).count() === 1, 'new actor is a node');
    assert.match(await page.textContent('main'), /Raumnutzung/);
    await page.screenshot({ path: shot('desktop-de-network'), fullPage: true });
  } finally {
    await ctx.close();
  }
});

test('resident on a phone in Arabic finds a free German course', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'ar', viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  try {
    await login(page, demoEmail('resident'));
    // The account's language is German; the resident switches to Arabic.
    await page.goto('/lang?to=ar&next=/directory');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.selectOption('#f-category', 'language');
    await page.selectOption('#f-language', 'ar');
    await page.check('#f-free');
    await page.click('form.civic-search button[type=submit]');
    await page.waitForURL(/free=yes/);
    const results = page.locator('ul.civic-results > li');
    assert.ok((await results.count()) >= 1, 'at least one result');
    const text = await page.textContent('ul.civic-results');
    assert.match(text, /German course/);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide on a ${innerWidth}px screen`);
    await page.screenshot({ path: shot('phone-ar-directory'), fullPage: true });
    await results.first().locator('h3 a').click();
    await page.waitForURL(/\/offers\/\d+$/);
    await page.screenshot({ path: shot('phone-ar-offer'), fullPage: true });
  } finally {
    await ctx.close();
  }
});

const PAGES = [
  ['anonymous', '/directory'],
  ['anonymous', '/directory?category=language&language=ar&free=yes&near=07'],
  ['anonymous', '/calendar'],
  ['anonymous', '/quarters/muehlenviertel/actors'],
  ['anonymous', '/actors/9'],
  ['anonymous', '/offers/16'],
  ['anonymous', '/needs/3'],
  ['manager', '/quarters/muehlenviertel/actors'],
  ['manager', '/quarters/muehlenviertel/actors/new'],
  ['manager', '/quarters/muehlenviertel/actors/import'],
  ['manager', '/actors/9'],
  ['manager', '/actors/9/edit'],
  ['manager', '/actors/9/offers/new'],
  ['manager', '/offers/16/edit'],
  ['manager', '/quarters/muehlenviertel/matching'],
  ['manager', '/quarters/muehlenviertel/network'],
  ['manager', '/quarters/muehlenviertel/events/new'],
  ['actor', '/events/1/edit'],
];

for (const lang of ['de', 'en', 'ar']) {
  test(`axe: civic pages in ${lang}`, async () => {
    const failures = [];
    for (const role of ['anonymous', 'manager', 'actor']) {
      const ctx = await newContext(browser, server.url, { lang });
      const page = await ctx.newPage();
      try {
        if (role !== 'anonymous') await login(page, demoEmail(role));
        for (const [who, path] of PAGES.filter(([w]) => w === role)) {
          const res = await page.goto(path);
          assert.equal(res.status(), 200, `${who} ${path}`);
          const v = await axe(page);
          if (v.length) failures.push(formatViolations(`${lang} ${who} ${path}`, v));
          if (lang !== 'en' && (path === '/directory' || path === '/actors/9' || path === '/calendar' || path === '/quarters/muehlenviertel/network')) {
            await page.screenshot({ path: shot(`desktop-${lang}-${who}-${path.replace(/[^a-z0-9]+/gi, '-')}`), fullPage: true });
          }
        }
      } finally {
        await ctx.close();
      }
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}
