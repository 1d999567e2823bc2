// Impact (issue 12): a resident answers the cohesion survey on a phone in
// Ukrainian with an invitation code (no account, no JavaScript needed); the
// analyst reads the results (difference-in-differences against the comparison
// areas). axe scans of the survey pages in uk/de/en/ar and of the analyst's
// pages in de/en/ar, on a phone and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import {
  launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath,
} from '../lib/browser.mjs';

// Demo invitation codes of the open follow-up wave in the pilot quarter
// (quartier::seed::demo_codes; checked in crates/app/tests/platform/impact.rs).
const CODES = ['6F22-FGSD-4K2N', 'DJMP5X7GTK89', 'bgnx-nrgx-tdnq'];
const PHONE = { width: 390, height: 844 };

let server;
let browser;
let analystState;

before(async () => {
  server = await startServer();
  browser = await launch();
  const ctx = await newContext(browser, server.url, { lang: 'de' });
  const page = await ctx.newPage();
  await login(page, demoEmail('analyst'));
  analystState = await ctx.storageState();
  await ctx.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function noSidewaysScroll(page, where) {
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(sw <= cw, `${where}: page ${sw}px wide on a ${cw}px phone`);
}

async function axeClean(page, where) {
  const v = await axe(page);
  assert.equal(v.length, 0, formatViolations(where, v));
}

test('a resident answers on a phone in Ukrainian with an invitation code, once', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'uk', viewport: PHONE });
  await ctx.route('**/static/app.js', (r) => r.abort()); // works without JavaScript
  const page = await ctx.newPage();
  try {
    await page.goto('/survey');
    assert.equal(await page.getAttribute('html', 'lang'), 'uk');
    assert.match(await page.locator('h1').innerText(), /Опитування/);
    await noSidewaysScroll(page, 'uk /survey');
    await axeClean(page, 'uk phone /survey');

    // A mistyped code: named at the field, nothing happens.
    await page.locator('#f-code').fill('ABC');
    await Promise.all([page.waitForLoadState('load'), page.locator('main button[type=submit]').click()]);
    assert.match(await page.locator('#f-code-error').innerText(), /12 літер і цифр/);
    await axeClean(page, 'uk phone /survey (error)');

    await page.locator('#f-code').fill(CODES[0]);
    await Promise.all([page.waitForLoadState('load'), page.locator('main button[type=submit]').click()]);
    const first = page.locator('main fieldset.question').first();
    assert.match(await first.locator('legend').innerText(), /Наскільки ймовірно/);
    assert.equal(await page.locator('main fieldset.question').count(), 10);
    await noSidewaysScroll(page, 'uk questionnaire');
    await page.screenshot({ path: screenshotPath('impact-uk-phone-questionnaire'), fullPage: true });
    await axeClean(page, 'uk phone questionnaire');

    // Tap answers by their labels (large targets), skip some, one "don't know".
    await page.getByLabel('Дуже ймовірно', { exact: true }).first().check();
    await page.locator('label[for="item_ce_sct_help_4"]').click();
    await page.locator('label[for="item_ce_sct_trust_dk"]').click();
    await Promise.all([page.waitForURL(/\/survey\/thanks$/), page.locator('main button[type=submit]').click()]);
    assert.match(await page.locator('h1').innerText(), /Щиро дякуємо/);
    await axeClean(page, 'uk phone thanks');

    // The same code again: refused with a clear message.
    await page.goto('/survey');
    await page.locator('#f-code').fill(CODES[0]);
    await Promise.all([page.waitForLoadState('load'), page.locator('main button[type=submit]').click()]);
    assert.match(await page.locator('#f-code-error').innerText(), /Цим кодом уже відповіли/);
  } finally {
    await ctx.close();
  }
});

for (const lang of ['de', 'en', 'ar']) {
  test(`survey pages are axe-clean in ${lang} on a phone`, async () => {
    const ctx = await newContext(browser, server.url, { lang, viewport: PHONE });
    const page = await ctx.newPage();
    try {
      await page.goto('/survey');
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await axeClean(page, `${lang} phone /survey`);
      await page.goto('/survey/link/musterstadt-folgebefragung-2026');
      assert.equal(await page.locator('main fieldset.question').count(), 10);
      await noSidewaysScroll(page, `${lang} open-link questionnaire`);
      await page.screenshot({ path: screenshotPath(`impact-${lang}-phone-link`), fullPage: true });
      await axeClean(page, `${lang} phone open-link questionnaire`);
    } finally {
      await ctx.close();
    }
  });
}

test('the analyst reads the change in the pilot quarter against the comparison areas', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de', storageState: analystState });
  const page = await ctx.newPage();
  try {
    await page.goto('/impact/surveys');
    await Promise.all([page.waitForURL(/\/impact\/surveys\/\d+$/), page.getByRole('link', { name: 'Zusammenhalt im Mühlenviertel' }).click()]);
    const surveyPath = new URL(page.url()).pathname;
    assert.match(await page.locator('main').innerText(), /Folgebefragung 2026/);
    await Promise.all([page.waitForURL(/\/results$/), page.getByRole('link', { name: 'Ergebnisse' }).click()]);
    const section = page.locator('section[aria-labelledby="s-ce_cohesion"]');
    assert.match(await section.locator('h2').innerText(), /Sozialer Zusammenhalt und Vertrauen/);
    const did = await section.locator('tr', { hasText: 'Differenz der Differenzen' }).innerText();
    assert.match(did, /Mühlenviertel/);
    assert.match(did, /\[-?\d+,\d\d; \d+,\d\d\]/);
    assert.match(await section.locator('thead').first().innerText(), /Cronbachs Alpha/);
    await page.screenshot({ path: screenshotPath('impact-de-analyst-results'), fullPage: true });
    const res = await page.request.get(`/api/v1${surveyPath.replace('/impact', '')}/results`);
    assert.equal(res.status(), 200);
    const json = await res.json();
    const ce = json.scales.find((s) => s.scale === 'ce_cohesion');
    assert.equal(ce.cells.length, 6);
    assert.ok(ce.comparisons.some((c) => c.kind === 'difference_in_differences'));
  } finally {
    await ctx.close();
  }
});

for (const lang of ['de', 'en', 'ar']) {
  test(`analyst pages are axe-clean in ${lang}`, async () => {
    const failures = [];
    for (const viewport of [undefined, PHONE]) {
      const ctx = await newContext(browser, server.url, { lang, storageState: analystState, viewport });
      const page = await ctx.newPage();
      for (const p of ['/impact/surveys', '/impact/surveys/1', '/impact/surveys/1/results', '/impact/surveys/1/paper']) {
        const r = await page.goto(p);
        assert.equal(r.status(), 200, `${lang} ${p}`);
        // Open the distribution charts so that axe sees them.
        for (const d of await page.locator('main details').all()) await d.evaluate((el) => { el.open = true; });
        if (viewport) {
          const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          if (sw > cw) failures.push(`${lang} ${p}: page ${sw}px wide on a ${cw}px phone`);
        }
        await page.screenshot({ path: screenshotPath(`impact-${lang}-analyst-${viewport ? 'phone' : 'desktop'}-${p}`), fullPage: true });
        const v = await axe(page);
        if (v.length) failures.push(formatViolations(`${lang} ${p}`, v));
      }
      await ctx.close();
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });
}
