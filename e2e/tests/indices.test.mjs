// Index configurations: an analyst creates a configuration → sees the stored
// results → opens the map layer → downloads the CSV; the pages are axe-clean in
// de, en and ar (desktop and phone screenshots under target/e2e-screenshots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath } from '../lib/browser.mjs';

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

test('analyst creates an index configuration, sees results, map layer and CSV', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  try {
    await login(page, demoEmail('analyst'));
    await page.goto('/monitoring/indices');
    await page.locator('main a[href="/monitoring/indices/new"]').click();
    await page.waitForLoadState('load');
    const form = page.locator('main form[action="/monitoring/indices"]');
    // Submitting without a name shows the error summary naming the field.
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    await page.locator('#error-summary a[href="#f-name"]').waitFor();
    const again = page.locator('main form[action="/monitoring/indices"]');
    await again.locator('#f-name').fill('E2E Familienindex');
    await again.locator('#f-kind-composite').check();
    await again.locator('#f-ind-child_poverty').check();
    await again.locator('#f-w-child_poverty').fill('2');
    await again.locator('#f-ind-single_parents').check();
    await again.locator('#f-normalisation').selectOption('rank');
    await Promise.all([page.waitForURL(/\/monitoring\/indices\/e2e-familienindex-/), again.locator('button[type=submit]').click()]);
    assert.equal(await page.locator('main table.ranking tbody tr').count(), 40, 'results of all 40 areas');
    assert.ok(await page.locator('main svg.interval').count() > 30, 'rank intervals drawn');
    const key = new URL(page.url()).pathname.split('/').pop();

    // CSV download with the source line.
    const csvHref = await page.locator(`main a[href="/monitoring/indices/${key}/export.csv"]`).getAttribute('href');
    const res = await page.request.get(csvHref);
    assert.equal(res.status(), 200);
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    assert.match(csv.split(/\r?\n/)[0], /^area_key;name;district;rank;score/);
    assert.match(csv, /Quelle \/ Source: E2E Familienindex \(v1\)/);

    // The map layer.
    await page.locator(`main a[href="/monitoring/map?layer=index&index=${key}"]`).first().click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('h1').innerText(), /E2E Familienindex/);
    assert.equal(await page.locator('#f-layer').inputValue(), 'index');
    await page.screenshot({ path: screenshotPath('indices-map-de'), fullPage: true });
  } finally {
    await ctx.close();
  }
});

const PAGES = ['/monitoring/indices', '/monitoring/indices/mss-musterstadt', '/monitoring/indices/familien-bedarf',
  '/monitoring/indices/new', '/monitoring/indices/mss-musterstadt/edit', '/monitoring/ranking?class=mss-2',
  '/monitoring/map?layer=index&index=mss-musterstadt'];

for (const lang of ['de', 'en', 'ar']) {
  test(`index pages are axe-clean (${lang})`, async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const ctx = await newContext(browser, server.url, { lang, viewport });
      const page = await ctx.newPage();
      try {
        await login(page, demoEmail('analyst'));
        // The account's language wins over the cookie after sign-in: switch explicitly.
        await page.goto(`/lang?to=${lang}&next=/`);
        for (const path of PAGES) {
          const res = await page.goto(path);
          assert.equal(res.status(), 200, `${path} (${lang})`);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${path} in ${lang}`);
          const violations = await axe(page);
          assert.equal(violations.length, 0, formatViolations(`${path} ${lang}`, violations));
          const name = `indices-${lang}-${viewport ? 'phone' : 'desktop'}-${path.replace(/[^a-z0-9]+/gi, '-')}`;
          await page.screenshot({ path: screenshotPath(name), fullPage: !viewport });
        }
      } finally {
        await ctx.close();
      }
    }
  });
}
