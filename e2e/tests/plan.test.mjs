// Action plan (issue 5): the neighbourhood manager's flow — new measure →
// progress update → CSV export — and an axe scan of every plan page in German,
// English and Arabic (public pages anonymously, forms as the manager).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import {
  launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath,
} from '../lib/browser.mjs';

let server;
let browser;
let managerState;
const Q = '/quarters/muehlenviertel';

before(async () => {
  server = await startServer();
  browser = await launch();
  const ctx = await newContext(browser, server.url, { lang: 'de' });
  const page = await ctx.newPage();
  await login(page, demoEmail('manager'));
  managerState = await ctx.storageState();
  await ctx.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('manager creates a measure, records progress and exports the plan as CSV', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de', storageState: managerState });
  const page = await ctx.newPage();
  try {
    await page.goto(`${Q}/plan/measures/new`);
    const form = page.locator(`main form[action="${Q}/plan/measures"]`);
    // First a submit with a missing title: the error is named, nothing is stored.
    await form.locator('#f-start_on').fill('2026-03-01');
    await form.locator('#f-lead_text').fill('Amt für Soziales');
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    assert.match(await page.locator('.error-summary').innerText(), /Titel für die Maßnahme/);

    const again = page.locator(`main form[action="${Q}/plan/measures"]`);
    await again.locator('#f-title').fill('Sprachcafé im Nachbarschaftstreff');
    await again.locator('#f-field_id').selectOption({ label: 'HF2 Befähigung und Qualifizierung' });
    await again.locator('#f-target_groups').fill('Neuzugewanderte, Eltern');
    await again.locator('#f-cost_eur').fill('1.200');
    await again.locator('#f-end_on').fill('2026-12-31');
    await again.locator('#f-ind-name-0').fill('Teilnehmende pro Treffen');
    await again.locator('#f-ind-unit-0').fill('Personen');
    await again.locator('#f-ind-baseline-0').fill('0');
    await again.locator('#f-ind-target-0').fill('15');
    await Promise.all([page.waitForURL(/\/measures\/\d+$/), again.locator('button[type=submit]').click()]);
    const measureUrl = new URL(page.url()).pathname;
    assert.match(await page.locator('h1').innerText(), /Sprachcafé/);
    assert.match(await page.locator('main').innerText(), /gemeinsame Zielgruppen/);

    // Progress: an actual value and a status change.
    const pf = page.locator(`main form[action="${measureUrl}/progress"]`);
    await pf.locator('#f-value').fill('9');
    await pf.locator('#f-measured_on').fill('2026-04-15');
    await pf.locator('#f-status').selectOption('running');
    await Promise.all([page.waitForLoadState('load'), pf.locator('button[type=submit]').click()]);
    assert.equal(new URL(page.url()).pathname, measureUrl);
    const inds = await page.locator('#cap-inds').locator('xpath=..').innerText();
    assert.match(inds, /Teilnehmende pro Treffen/);
    assert.match(inds, /2026-04-15/);
    assert.match(await page.locator('main .plan-badge').first().innerText(), /läuft/);
    await page.screenshot({ path: screenshotPath('plan-measure-after-progress'), fullPage: true });

    // The change shows in the history, and the CSV export carries the new row.
    await page.goto(`${Q}/plan/history`);
    assert.match(await page.locator('main').innerText(), /Sprachcafé/);
    const res = await page.request.get(`${Q}/plan.csv`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^text\/csv/);
    const csv = await res.text();
    assert.match(csv.split('\n')[0], /Nr\.;Handlungsfeld;Ziel;Maßnahme;Federführung/);
    const row = csv.split('\n').find((l) => l.includes('Sprachcafé'));
    assert.ok(row, 'new measure in the CSV');
    assert.match(row, /Amt für Soziales/);
    assert.match(row, /läuft/);
    assert.match(row, /;0;15;9;2026-04-15/);
  } finally {
    await ctx.close();
  }
});

test('manager edits a field of action; the change is versioned', async () => {
  const ctx = await newContext(browser, server.url, { lang: 'de', storageState: managerState });
  const page = await ctx.newPage();
  try {
    await page.goto(`${Q}/plan`);
    const link = page.locator('main p.plan-edit-link a').first();
    const href = await link.getAttribute('href');
    assert.match(href, /\/plan\/fields\/\d+\/edit$/);
    await Promise.all([page.waitForURL((u) => u.pathname === href), link.click()]);
    const action = href.replace(/\/edit$/, '');
    const form = page.locator(`main form[action="${action}"]`);
    const oldName = await form.locator('#f-name').inputValue();
    assert.ok(oldName.length > 0, 'the form shows the current name');
    // An empty name is named and changes nothing.
    await form.locator('#f-name').fill('');
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    assert.match(await page.locator('.error-summary').innerText(), /Namen/);
    const again = page.locator(`main form[action="${action}"]`);
    await again.locator('#f-name').fill('Nachbarschaft und Zusammenhalt');
    await Promise.all([page.waitForURL(/\/plan(#.*)?$/), again.locator('button[type=submit]').click()]);
    assert.match(await page.locator('main h2').first().innerText(), /Nachbarschaft und Zusammenhalt/);
    await page.goto(`${Q}/plan/history`);
    const first = await page.locator('main table.plan-history tbody tr').first().innerText();
    assert.match(first, /Handlungsfeld/);
    assert.ok(first.includes(oldName), 'old name in the history');
    assert.match(first, /Nachbarschaft und Zusammenhalt/);
  } finally {
    await ctx.close();
  }
});

const PUBLIC = ['/plans', `${Q}/plan`, `${Q}/plan/timeline`, `${Q}/plan/dashboard`, `${Q}/plan/history`,
  `${Q}/plan/compare?from=2023-07-01&to=2025-12-31`, `${Q}/plan/print`, '/measures/4'];
const MANAGER = [`${Q}/plan`, `${Q}/plan/fields/new`, `${Q}/plan/goals/new`, `${Q}/plan/measures/new`,
  '/measures/4', '/measures/4/edit', `${Q}/plan/fields/1/edit`, `${Q}/plan/goals/2/edit`, `${Q}/plan/print`];

for (const lang of ['de', 'en', 'ar']) {
  test(`plan pages are axe-clean in ${lang}`, async () => {
    const failures = [];
    for (const [who, paths, state] of [['anonymous', PUBLIC, undefined], ['manager', MANAGER, managerState]]) {
      for (const viewport of [undefined, { width: 390, height: 844 }]) {
        const ctx = await newContext(browser, server.url, { lang, storageState: state, viewport });
        const page = await ctx.newPage();
        for (const p of paths) {
          const r = await page.goto(p);
          assert.equal(r.status(), 200, `${lang}/${who} ${p}`);
          assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
          const tag = `plan-${lang}-${who}-${viewport ? 'phone' : 'desktop'}-${p}`;
          await page.screenshot({ path: screenshotPath(tag), fullPage: true });
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
