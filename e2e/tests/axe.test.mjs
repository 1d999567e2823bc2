// b) + e) axe-core scan of every HTML page from `quartier admin routes`, as
// anonymous, as admin and as each role a restricted page is meant for, in
// German, English and Arabic; plus the 404 and 403 error pages. A screenshot
// of every scanned page goes to target/e2e-screenshots/<lang>-<role>-<slug>.png.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, routes as listRoutes, waitForMail, linkIn, pathOf } from '../lib/server.mjs';
import {
  launch, newContext, login, demoEmail, axe, formatViolations, screenshotPath, routeSlug,
} from '../lib/browser.mjs';

const LANGS = ['de', 'en', 'ar'];
// Downloads (CSV/XLSX, SVG maps, GeoJSON) are not pages. An import preview exists only after an
// upload; its page is covered by the participation integration tests.
const SKIP = [/^\/static\//, /^\/api\//, /^\/healthz$/, /^\/lang$/, /^\/city$/, /^\/verify$/, /\.(csv|xlsx|svg|geojson)$/,
  /^\/dialogues\/\{id\}\/import\/\{import_id\}$/];

const server = await startServer();
const browser = await launch();
// Discovery below runs outside any test: never let it hang the suite.
const watchdog = setTimeout(() => {
  console.error(`axe.test: discovery did not finish within 600 s\n${server.logs()}`);
  Promise.resolve(server.stop()).finally(() => process.exit(1));
}, 600_000);
const allViolations = [];

after(async () => {
  if (allViolations.length) {
    const byRule = new Map();
    for (const { id, impact, where } of allViolations) {
      const e = byRule.get(id) || { impact, pages: [] };
      e.pages.push(where);
      byRule.set(id, e);
    }
    console.log('\naxe violations by rule:');
    for (const [id, e] of byRule) console.log(`  ${id} (${e.impact}): ${e.pages.length} page(s), e.g. ${e.pages.slice(0, 4).join(', ')}`);
  }
  await browser.close();
  await server.stop();
});

// ---------------------------------------------------------------- discovery
/** Which roles see a route: public → anonymous + admin; user → admin + resident; roles → each. */
function rolesFor(access) {
  if (access === 'public') return ['anonymous', 'admin'];
  if (access === 'user') return ['admin', 'resident'];
  const roles = access.split('|').filter(Boolean);
  return roles.includes('admin') ? ['admin', ...roles.filter((r) => r !== 'admin')] : roles;
}

function hrefsIn(html) {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

function patternRegex(pattern) {
  const esc = pattern.split(/\{[^}]+\}/).map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${esc.join('[^/?#]+')}(?:[?#].*)?$`);
}

const routeList = (await listRoutes(server))
  .filter((r) => r.method.toLowerCase() === 'get' && !SKIP.some((re) => re.test(r.path)));

// Sessions per role, made once (storage state reused in every language).
const sessions = { anonymous: undefined };
const neededRoles = new Set(['admin', 'resident', ...routeList.flatMap((r) => rolesFor(r.access))]);
for (const role of neededRoles) {
  if (role === 'anonymous') continue;
  const ctx = await newContext(browser, server.url, { lang: 'en' });
  const page = await ctx.newPage();
  await login(page, demoEmail(role));
  sessions[role] = await ctx.storageState();
  await ctx.close();
}

// Fetch every parameterless page as admin and anonymously: collect links and
// tell HTML pages from downloads.
const discovery = { anonymous: await newContext(browser, server.url, { lang: 'en' }),
  admin: await newContext(browser, server.url, { lang: 'en', storageState: sessions.admin }) };
const hrefs = new Set();
const notHtml = new Set();
const redirects = { anonymous: new Set(), admin: new Set() }; // e.g. /login when signed in
for (const r of routeList.filter((x) => !x.path.includes('{'))) {
  for (const who of ['anonymous', 'admin']) {
    const res = await discovery[who].request.get(r.path, { maxRedirects: 0, failOnStatusCode: false });
    const type = res.headers()['content-type'] || '';
    if (res.status() === 200 && !type.startsWith('text/html')) notHtml.add(r.path);
    if (res.status() >= 300 && res.status() < 400) redirects[who].add(r.path);
    if (type.startsWith('text/html')) for (const h of hrefsIn(await res.text())) hrefs.add(h);
  }
}

// Path parameters: a staff invitation made through the admin form (link from
// the outbox); everything else from links found on the pages.
const values = new Map();
{
  const page = await discovery.admin.newPage();
  const email = `invitee-${Date.now().toString(36)}@example.org`;
  await page.goto('/admin/invitations');
  const form = page.locator('main form[action="/admin/invitations"]');
  if (await form.count()) {
    await form.locator('#f-email').fill(email);
    await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
    const mail = await waitForMail(server, email);
    values.set('/invite/{token}', pathOf(linkIn(mail.body_text, '/invite/')));
  }
  await page.close();
}
// Resolve parameters from the links found so far, then fetch the newly resolved pages
// (as admin and anonymously) for more links — pages linked only from parameterised
// pages (edit forms, exports) are found in the next round.
const isFixedRoute = (h) => routeList.some((x) => x.path === h.split(/[?#]/)[0]);
const fetched = new Set();
for (let round = 0; round < 4; round += 1) {
  const fresh = [];
  for (const r of routeList.filter((x) => x.path.includes('{') && !values.has(x.path))) {
    const re = patternRegex(r.path);
    // A link that is itself a fixed route (e.g. /decisions/new for /decisions/{key}) is no value.
    const found = [...hrefs].find((h) => re.test(h) && !isFixedRoute(h));
    if (found) {
      values.set(r.path, found.split('#')[0]);
      fresh.push(r.path);
    }
  }
  if (!fresh.length && round > 0) break;
  for (const pattern of routeList.filter((x) => x.path.includes('{')).map((x) => x.path)) {
    const path = values.get(pattern);
    if (!path || fetched.has(pattern)) continue;
    fetched.add(pattern);
    for (const who of ['anonymous', 'admin']) {
      const res = await discovery[who].request.get(path, { maxRedirects: 0, failOnStatusCode: false });
      const type = res.headers()['content-type'] || '';
      if (res.status() === 200 && !type.startsWith('text/html')) notHtml.add(pattern);
      if (type.startsWith('text/html')) for (const h of hrefsIn(await res.text())) hrefs.add(h);
    }
  }
}
await discovery.anonymous.close();
await discovery.admin.close();
clearTimeout(watchdog);

/** Concrete pages: { pattern, path, roles } */
const pages = [];
const unresolved = [];
for (const r of routeList) {
  if (notHtml.has(r.path)) continue;
  const path = r.path.includes('{') ? values.get(r.path) : r.path;
  if (!path) { unresolved.push(r.path); continue; }
  // A page that sends a signed-in user elsewhere (the sign-in form) is not
  // one that role sees; the target is scanned on its own.
  const roles = rolesFor(r.access).filter((role) => !(redirects[role]?.has(r.path)));
  pages.push({ pattern: r.path, path, roles });
}

// ---------------------------------------------------------------- scans
async function scan(page, { lang, role, slug, path, expectStatus = 200, objectScoped = false }) {
  const where = `${lang}/${role} ${path}`;
  const res = await page.goto(path);
  assert.ok(res, `no response for ${where}`);
  // Object-level rules: an actor representative may edit only their own actor, so the
  // demo object found by the crawl can answer 403 for a role the route admits. The 403
  // page is then what this role sees, and it is scanned instead.
  // Objects whose existence is not revealed to other users (a fund application is read only by its
  // applicant, the quarter's staff and the round's jury) answer 404 instead; that page is scanned.
  if (objectScoped && (res.status() === 403 || res.status() === 404) && role !== 'admin') {
    console.log(`${where}: ${res.status()} for this object (object-level rule)`);
    expectStatus = res.status();
  }
  assert.equal(res.status(), expectStatus, `${where}: HTTP status`);
  if (expectStatus === 200) {
    assert.equal(new URL(page.url()).pathname, new URL(path, server.url).pathname, `${where}: not redirected`);
  }
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${where}: html[lang]`);
  assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr', `${where}: html[dir]`);
  // A screenshot is evidence, not a check: a capture failure (very tall page, busy
  // machine) is retried once without fullPage and then only logged.
  try {
    await page.screenshot({ path: screenshotPath(`${lang}-${role}-${slug}`), fullPage: true });
  } catch {
    await page.screenshot({ path: screenshotPath(`${lang}-${role}-${slug}`) })
      .catch((e) => console.log(`screenshot failed for ${where}: ${e.message.split('\n')[0]}`));
  }
  const violations = await axe(page);
  for (const v of violations) allViolations.push({ id: v.id, impact: v.impact, where });
  assert.equal(violations.length, 0, `axe violations\n${formatViolations(where, violations)}`);
}

test('every HTML page has a concrete path to scan', () => {
  console.log(`scanning ${pages.length} pages: ${pages.map((p) => p.path).join(' ')}`);
  if (notHtml.size) console.log(`not HTML (skipped): ${[...notHtml].join(' ')}`);
  assert.deepEqual(unresolved, [], 'route patterns without a demo value');
});

// The three languages run side by side (own browser contexts each).
describe('axe scans', { concurrency: LANGS.length }, () => {
  for (const lang of LANGS) {
    describe(lang, { concurrency: 1 }, () => {
      const roles = [...new Set(pages.flatMap((p) => p.roles))];
      for (const role of roles) {
        describe(`${lang} as ${role}`, { concurrency: 1 }, () => {
          let ctx;
          let page;
          before(async () => {
            ctx = await newContext(browser, server.url, { lang, storageState: sessions[role] });
            page = await ctx.newPage();
          });
          after(async () => { await ctx.close(); });
          for (const p of pages.filter((x) => x.roles.includes(role))) {
            test(p.path, async () => {
              await scan(page, { lang, role, slug: routeSlug(p.pattern), path: p.path, objectScoped: p.pattern.includes('{') });
            });
          }
          if (role === 'anonymous') {
            test('404 page', async () => {
              await scan(page, { lang, role, slug: 'error-404', path: '/gibt-es-nicht', expectStatus: 404 });
            });
          }
        });
      }
      describe(`${lang} as resident (forbidden)`, { concurrency: 1 }, () => {
        test('403 page', async () => {
          const ctx = await newContext(browser, server.url, { lang, storageState: sessions.resident });
          try {
            const page = await ctx.newPage();
            await scan(page, { lang, role: 'resident', slug: 'error-403', path: '/admin/users', expectStatus: 403 });
          } finally {
            await ctx.close();
          }
        });
      });
    });
  }
});
