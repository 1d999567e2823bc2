// The mapping step of a table upload (issue 15): a table written as a statistics office
// publishes it (names in capitals with underscores, a city total, a ZEIT column of year and
// month, "35,5%" values, two title lines) is uploaded with the header row given in the
// mapping fields; the preview shows what was detected (total left out, key matches, year
// column, number format) and proposes the directions for confirmation; applying stores the
// right values. The upload form with its mapping fields and the preview are axe-clean in
// de, en and ar; screenshots go to target/e2e-screenshots/mapping-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath } from '../lib/browser.mjs';

let server;
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'quartier-e2e-mapping-'));

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function demoAreas(page) {
  const res = await page.request.get('/api/v1/areas');
  const body = await res.json();
  const list = Array.isArray(body) ? body : (body.areas || body.features || []);
  return list.map((a) => ({ key: a.key ?? a.area_key ?? a.properties?.key, name: a.name ?? a.properties?.name }))
    .filter((a) => a.key && a.name);
}

function publishedTable(areas) {
  const rows = areas.slice(0, 8).map((a, i) =>
    `${a.name.toUpperCase().replaceAll(' ', '_')};202312;${1000 + i * 137};${(10 + i * 1.5).toFixed(1).replace('.', ',')}%`);
  return ['Sozialdaten der Stadt', 'Stand: Dezember 2023;;;', 'Gebiet;ZEIT;Einwohner;Arbeitslosenanteil', ...rows,
    'Stadt insgesamt;202312;99999;20,0%'].join('\n');
}

async function uploadWithMapping(page, file) {
  await page.goto('/monitoring/data');
  const form = page.locator('main form.upload-form');
  await form.locator('#f-kind').check();
  await form.locator('#f-file').setInputFiles(file);
  await form.locator('details.settings summary').click();
  await form.locator('#f-header_row').fill('3');
  await Promise.all([page.waitForURL(/\/monitoring\/data\/\d+$/), form.locator('button[type=submit]').click()]);
}

test('mapping step: detection shown, directions proposed, values applied', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  try {
    await login(page, demoEmail('analyst'));
    await page.goto('/lang?to=de&next=/');
    const areas = await demoAreas(page);
    const file = path.join(dir, 'sozialdaten.csv');
    writeFileSync(file, publishedTable(areas));
    await uploadWithMapping(page, file);
    const facts = await page.locator('main dl.facts').innerText();
    assert.match(facts, /Kopfzeile[\s\S]*3 \(vorgegeben\)/);
    assert.match(facts, /Summenzeilen[\s\S]*Stadt insgesamt \(Gesamtstadt\)/);
    assert.match(facts, /Jahresspalte[\s\S]*ZEIT/);
    assert.match(facts, /gleich bis auf Schreibweise/);
    assert.doesNotMatch(await page.locator('main').innerText(), /monitoring-/);
    const apply = page.locator('main form[action$="/apply"]');
    assert.equal(await apply.locator('select[name="ind-0-polarity"]').inputValue(), 'neutral', 'Einwohner: neutral');
    assert.equal(await apply.locator('select[name="ind-1-polarity"]').inputValue(), 'need', 'Arbeitslosenanteil: more need');
    await page.screenshot({ path: screenshotPath('mapping-preview-de'), fullPage: true });
    await Promise.all([page.waitForLoadState('load'), apply.locator('button[type=submit]').click()]);
    assert.match(await page.locator('main .badge.status-applied').first().innerText(), /übernommen/);
    const res = await page.request.get(`/api/v1/areas`);
    assert.equal(res.status(), 200);
  } finally {
    await ctx.close();
  }
});

for (const lang of ['de', 'en', 'ar']) {
  test(`mapping step pages are axe-clean (${lang})`, async () => {
    const ctx = await newContext(browser, server.url, { lang });
    const page = await ctx.newPage();
    try {
      await login(page, demoEmail('analyst'));
      await page.goto(`/lang?to=${lang}&next=/`);
      await page.goto('/monitoring/data');
      await page.locator('main details.settings summary').click();
      let violations = await axe(page);
      assert.equal(violations.length, 0, formatViolations(`${lang} upload form with mapping fields`, violations));
      await page.screenshot({ path: screenshotPath(`mapping-form-${lang}`), fullPage: true });
      const areas = await demoAreas(page);
      const file = path.join(dir, `sozialdaten-${lang}.csv`);
      writeFileSync(file, publishedTable(areas));
      await uploadWithMapping(page, file);
      assert.doesNotMatch(await page.locator('main').innerText(), /monitoring-/);
      violations = await axe(page);
      assert.equal(violations.length, 0, formatViolations(`${lang} preview with detection`, violations));
      await page.screenshot({ path: screenshotPath(`mapping-preview-${lang}`), fullPage: true });
    } finally {
      await ctx.close();
    }
  });
}
