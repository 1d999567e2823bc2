// The analyst's whole flow in the browser: upload an indicator table → preview with a
// problem named by line and column → upload the corrected file → choose name, unit and
// direction → apply → configure an index → map (with the programme-area overlay) → area
// profile → record a decision (programme lead) → export. The data pages are axe-clean in
// de, en and ar; screenshots go to target/e2e-screenshots/analyst-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath } from '../lib/browser.mjs';

let server;
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'quartier-e2e-upload-'));

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Area keys and names of the demo city, read from the public API. */
async function demoAreas(page) {
  const res = await page.request.get('/api/v1/areas');
  const body = await res.json();
  const list = Array.isArray(body) ? body : (body.areas || body.features || []);
  return list.map((a) => ({ key: a.key ?? a.area_key ?? a.properties?.key, name: a.name ?? a.properties?.name }))
    .filter((a) => a.key && a.name);
}

async function upload(page, file, fields = {}) {
  await page.goto('/monitoring/data');
  const form = page.locator('main form.upload-form');
  await form.locator('#f-kind').check();
  await form.locator('#f-file').setInputFiles(file);
  for (const [id, value] of Object.entries(fields)) await form.locator(`#f-${id}`).fill(value);
  await Promise.all([page.waitForURL(/\/monitoring\/data\/\d+$/), form.locator('button[type=submit]').click()]);
}

test('analyst: upload → preview → apply → index → map → profile; lead: decision → export', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.newPage();
  try {
    await login(page, demoEmail('analyst'));
    const areas = await demoAreas(page);
    assert.ok(areas.length >= 10, `demo areas from the API: ${areas.length}`);
    const rows = areas.slice(0, 12).map((a, i) => `${a.name};2024;${(3 + i * 0.7).toFixed(1).replace('.', ',')}`);
    // 1. A table with one unreadable value: the preview names line and column; nothing is applied.
    const bad = path.join(dir, 'wohngeld-fehler.csv');
    writeFileSync(bad, ['Gebiet;Jahr;Wohngeldquote', ...rows.slice(0, 5), `${areas[5].name};2024;k.A.x`].join('\n'));
    await upload(page, bad, { source: 'Sozialamt Musterstadt (fiktiv)', licence: 'CC0' });
    const problem = page.locator('main table.problems tr.problem-error').first();
    await problem.waitFor();
    assert.match(await problem.innerText(), /k\.A\.x/);
    assert.match(await problem.innerText(), /Wohngeldquote/);
    assert.equal(await page.locator('main form[action$="/apply"]').count(), 0, 'no apply button for a version with errors');
    await page.screenshot({ path: screenshotPath('analyst-preview-errors-de'), fullPage: true });

    // 2. The corrected file: choose name, unit and direction, apply.
    const good = path.join(dir, 'wohngeld.csv');
    writeFileSync(good, ['Gebiet;Jahr;Wohngeldquote', ...rows].join('\n'));
    await upload(page, good, { source: 'Sozialamt Musterstadt (fiktiv)', licence: 'CC0' });
    const apply = page.locator('main form[action$="/apply"]');
    await apply.locator('input[name="ind-0-key"]').fill('wohngeld');
    await apply.locator('input[name="ind-0-unit"]').fill('%');
    await apply.locator('select[name="ind-0-polarity"]').selectOption('need');
    await page.screenshot({ path: screenshotPath('analyst-preview-de'), fullPage: true });
    await Promise.all([page.waitForLoadState('load'), apply.locator('button[type=submit]').click()]);
    assert.match(await page.locator('main .badge.status-applied').first().innerText(), /übernommen/);

    // 3. The catalogue lists it with its source and licence.
    await page.goto('/monitoring');
    assert.match(await page.locator('main').innerText(), /Sozialamt Musterstadt \(fiktiv\), CC0/);

    // 4. An index configuration using it.
    await page.goto('/monitoring/indices/new');
    const idx = page.locator('main form[action="/monitoring/indices"]');
    await idx.locator('#f-name').fill('Wohngeld und Kinderarmut');
    await idx.locator('#f-kind-composite').check();
    await idx.locator('#f-ind-wohngeld').check();
    await idx.locator('#f-ind-child_poverty').check();
    await Promise.all([page.waitForURL(/\/monitoring\/indices\/wohngeld-und-kinderarmut/), idx.locator('button[type=submit]').click()]);
    assert.ok(await page.locator('main table.ranking tbody tr').count() >= 10);

    // 5. The map of the new indicator with the programme-area overlay; every area is a link.
    await page.goto('/monitoring/map?indicator=wohngeld&overlay=programme');
    assert.ok(await page.locator('main svg g.overlay').count() >= 1, 'overlay drawn');
    assert.match(await page.locator('main').innerText(), /Bestehende Fördergebiete/);
    await page.screenshot({ path: screenshotPath('analyst-map-overlay-de'), fullPage: true });
    const areaLink = page.locator('main svg a[href^="/monitoring/areas/"]').first();
    const href = await areaLink.getAttribute('href');
    await page.goto(href);
    assert.match(await page.locator('main').innerText(), /Wohngeld/);

    // 6. The programme lead records a decision and exports its comparison table.
    const lead = await newContext(browser, server.url);
    const lp = await lead.newPage();
    try {
      await login(lp, demoEmail('lead'));
      await lp.goto('/decisions/new');
      const dform = lp.locator('main form[action="/decisions"]');
      await dform.locator('#f-title').fill('Pilotgebiet 2027 (E2E)');
      const candidates = dform.locator('input[name="candidates"]');
      await candidates.nth(0).check();
      await candidates.nth(1).check();
      await dform.locator('input[name="chosen"]').nth(0).check();
      // Criteria with weights: the new indicator counts double.
      await dform.locator('#f-w-wohngeld').fill('2');
      await dform.locator('#f-w-child_poverty').fill('1');
      await dform.locator('#f-rationale').fill('Höchster Bedarf bei Wohngeld und Kinderarmut, aktive Träger vor Ort.');
      await dform.locator('#f-decision_body').fill('Stadtrat');
      await dform.locator('#f-decided_on').fill('2026-11-30');
      await Promise.all([
        lp.waitForURL((u) => /^\/decisions\/[a-z0-9-]+$/.test(u.pathname) && u.pathname !== '/decisions/new'),
        dform.locator('button[type=submit]').click(),
      ]);
      const key = new URL(lp.url()).pathname.split('/').pop();
      const csv = await lp.request.get(`/decisions/${key}/export.csv`);
      assert.equal(csv.status(), 200);
      assert.match(await csv.text(), /Quelle/);
      const xlsx = await lp.request.get(`/decisions/${key}/export.xlsx`);
      assert.equal(xlsx.status(), 200);
      assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK');
    } finally {
      await lead.close();
    }
  } finally {
    await ctx.close();
  }
});

for (const lang of ['de', 'en', 'ar']) {
  test(`data pages are axe-clean (${lang})`, async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const ctx = await newContext(browser, server.url, { lang, viewport });
      const page = await ctx.newPage();
      try {
        await login(page, demoEmail('analyst'));
        await page.goto(`/lang?to=${lang}&next=/`);
        await page.goto('/monitoring/data');
        const version = await page.locator('main table a[href^="/monitoring/data/"]').first().getAttribute('href');
        for (const p of ['/monitoring/data', version, '/monitoring/map?overlay=programme']) {
          const res = await page.goto(p);
          assert.equal(res.status(), 200, `${p} (${lang})`);
          const tag = `analyst-${p.replace(/[^a-z0-9]+/gi, '-')}-${lang}${viewport ? '-phone' : ''}`;
          await page.screenshot({ path: screenshotPath(tag), fullPage: true });
          const violations = await axe(page);
          assert.equal(violations.length, 0, formatViolations(`${lang} ${p}`, violations));
          if (viewport) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 1, `${p} (${lang}, phone) is ${overflow}px wider than the screen`);
          }
        }
      } finally {
        await ctx.close();
      }
    }
  });
}
