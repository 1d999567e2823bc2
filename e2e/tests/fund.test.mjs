// Neighbourhood fund (issue 11): an initiative applies on a phone for a street party, sees at once that
// one purchase is over 410 €, fixes it and submits; a jury member declares a conflict and cannot score
// that application; staff decide the round; and an axe scan of the fund pages in German, English and
// Arabic (public pages anonymously, the form as a resident, jury pages as the jury member, rules as the lead).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import {
  launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath,
} from '../lib/browser.mjs';

let server;
let browser;
const states = {};
const PHONE = { width: 390, height: 844 };
// Seeded ids: fund 1; round 1 decided, round 2 open; application 1 in round 1. The jury test runs
// last because it decides round 2.
const OPEN = '/rounds/2';

before(async () => {
  server = await startServer();
  browser = await launch();
  for (const role of ['resident', 'jury', 'manager', 'lead']) {
    const ctx = await newContext(browser, server.url, { lang: 'de' });
    const page = await ctx.newPage();
    await login(page, demoEmail(role));
    states[role] = await ctx.storageState();
    await ctx.close();
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function fillStreetParty(form, purchase, requested) {
  await form.locator('#f-applicant_name').fill('Hausgemeinschaft Müllergasse 5');
  await form.locator('#f-title').fill('Straßenfest Müllergasse');
  await form.locator('#f-summary_plain').fill('Ein Fest für die ganze Straße.');
  await form.locator('#f-lat').fill('');
  await form.locator('#f-lon').fill('');
  await form.locator('#f-start_on').fill('2024-09-14');
  await form.locator('#f-end_on').fill('2024-09-14');
  await form.locator('#f-cost_category_1').fill('Sachkosten');
  await form.locator('#f-cost_description_1').fill('Plakate');
  await form.locator('#f-cost_amount_1').fill('120');
  await form.locator('#f-cost_category_2').fill('Anschaffungen');
  await form.locator('#f-cost_description_2').fill('Musikanlage');
  await form.locator('#f-cost_amount_2').fill(purchase);
  await form.locator('input[name="cost_purchase_2"]').check();
  await form.locator('#f-fin_kind_1').selectOption('own_work');
  await form.locator('#f-fin_description_1').fill('Auf- und Abbau');
  await form.locator('#f-fin_amount_1').fill('100');
  await form.locator('#f-fin_kind_2').selectOption('requested');
  await form.locator('#f-fin_description_2').fill('Verfügungsfonds');
  await form.locator('#f-fin_amount_2').fill(requested);
  for (const name of ['decl_not_started', 'decl_no_double_funding', 'decl_consent', 'excl_operating_costs', 'excl_institutional_funding', 'excl_subordinate']) {
    await form.locator(`input[name="${name}"]`).check();
  }
}

test('an initiative applies on a phone, fixes the purchase over 410 € and submits', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de', storageState: states.resident, viewport: PHONE });
  const page = await ctx.newPage();
  try {
    const other = await page.request.get('/applications/1');
    assert.equal(other.status(), 404, 'a resident cannot read someone else\'s application');
    await page.goto(`${OPEN}/apply`);
    const form = page.locator(`main form[action="${OPEN}/apply"]`);
    // The form offers a point inside the quarter as an example.
    const lat = await form.locator('#f-lat').getAttribute('placeholder');
    const lon = await form.locator('#f-lon').getAttribute('placeholder');
    assert.ok(lat && lon, 'example point offered');
    await fillStreetParty(form, '480', '500');
    await form.locator('#f-lat').fill(lat);
    await form.locator('#f-lon').fill(lon);
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Zeile 2/);
    assert.match(summary, /480,00 €/);
    assert.match(summary, /caps\.single_purchase/);
    await page.screenshot({ path: screenshotPath('fund-apply-error-phone'), fullPage: true });
    const again = page.locator(`main form[action="${OPEN}/apply"]`);
    assert.equal(await again.locator('#f-title').inputValue(), 'Straßenfest Müllergasse', 'values kept');
    await again.locator('#f-cost_amount_2').fill('380');
    await again.locator('#f-fin_amount_2').fill('400');
    await Promise.all([page.waitForURL(/\/applications\/\d+$/), again.locator('button[type=submit]').click()]);
    assert.match(await page.locator('main').innerText(), /eingereicht/);
    const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(sw <= cw, `page ${sw}px wide on a ${cw}px phone`);
  } finally {
    await ctx.close();
  }
});

const PUBLIC = ['/fund', '/funds/1', '/rounds/1'];
const BY_ROLE = [
  ['resident', [`${OPEN}/apply`]],
  ['jury', ['/rounds/1', '/rounds/1/jury', '/applications/1']],
  ['lead', ['/funds/1', '/funds/1/rules', '/applications/1']],
];

for (const lang of ['de', 'en', 'ar']) {
  test(`fund pages are axe-clean in ${lang}`, async () => {
    const failures = [];
    for (const [who, paths, state] of [['anonymous', PUBLIC, undefined], ...BY_ROLE.map(([r, p]) => [r, p, states[r]])]) {
      for (const viewport of [undefined, PHONE]) {
        const ctx = await newContext(browser, server.url, { lang, storageState: state, viewport });
        const page = await ctx.newPage();
        for (const p of paths) {
          const r = await page.goto(p);
          assert.equal(r.status(), 200, `${lang}/${who} ${p}`);
          assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
          await page.screenshot({ path: screenshotPath(`fund-${lang}-${who}-${viewport ? 'phone' : 'desktop'}-${p}`), fullPage: true });
          if (viewport) {
            const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
            if (sw > cw) failures.push(`${lang}/${who} ${p}: page ${sw}px wide on a ${cw}px phone`);
          }
          const v = await axe(page);
          if (v.length) failures.push(formatViolations(`${lang}/${who} ${p}`, v));
        }
        await ctx.close();
      }
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}

test('a jury member declares a conflict and can no longer score that application; staff decide', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de', storageState: states.jury });
  const page = await ctx.newPage();
  try {
    await page.goto(`${OPEN}/jury`);
    const cards = page.locator('main section.card');
    assert.ok(await cards.count() >= 1, 'an application for the jury');
    const first = cards.first();
    const heading = await first.locator('h2').innerText();
    // Score it by every criterion, then declare a conflict on it.
    const scoreForm = first.locator('form[action$="/scores"]');
    for (const sel of await scoreForm.locator('select').all()) await sel.selectOption('4');
    await Promise.all([page.waitForLoadState('load'), scoreForm.locator('button[type=submit]').click()]);
    const card = page.locator('main section.card', { hasText: heading });
    await card.locator('input[name="reason"]').fill('Nachbar der Antragsteller');
    await Promise.all([page.waitForLoadState('load'), card.locator('button.secondary').click()]);
    const after = page.locator('main section.card', { hasText: heading });
    assert.match(await after.innerText(), /als befangen erklärt/);
    assert.equal(await after.locator('form[action$="/scores"]').count(), 0, 'no score form any more');
  } finally {
    await ctx.close();
  }
  const mctx = await newContext(browser, server.url, { lang: 'de', storageState: states.manager });
  const mpage = await mctx.newPage();
  try {
    await mpage.goto(`${OPEN}/jury`);
    await Promise.all([mpage.waitForURL(new RegExp(`${OPEN}$`)), mpage.locator('main form[action$="/decide"] button').click()]);
    const main = await mpage.locator('main').innerText();
    assert.match(main, /Protokoll der Entscheidung/);
    assert.match(main, /befangen: Hans Vogel/);
  } finally {
    await mctx.close();
  }
});
