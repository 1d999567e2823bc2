// Browser helpers: Debian's Chromium via playwright-core (never a downloaded
// browser), sign-in, language, screenshots, axe scans.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

export const CHROMIUM = process.env.QUARTIER_E2E_CHROMIUM || '/usr/bin/chromium';
export const DEMO_PASSWORD = 'quartier-demo';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'target', 'e2e-screenshots');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export function demoEmail(role) {
  return `${role}@musterstadt.example`;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (own cookies); `lang` sets the language cookie up front. */
export async function newContext(browser, baseURL, { lang, viewport, storageState } = {}) {
  const ctx = await browser.newContext({
    baseURL,
    viewport: viewport || { width: 1280, height: 900 },
    storageState,
    locale: 'de-DE',
  });
  ctx.setDefaultTimeout(15_000);
  ctx.setDefaultNavigationTimeout(20_000);
  if (lang) {
    const u = new URL(baseURL);
    await ctx.addCookies([{ name: 'lang', value: lang, domain: u.hostname, path: '/' }]);
  }
  return ctx;
}

/** Signs in through the login form (mouse-free is tested separately). */
export async function login(page, email, password = DEMO_PASSWORD) {
  await page.goto('/login');
  const form = page.locator('main form[action^="/login"]');
  await form.locator('#f-email').fill(email);
  await form.locator('#f-password').fill(password);
  await Promise.all([
    page.waitForLoadState('load'),
    form.locator('button[type=submit], input[type=submit]').first().click(),
  ]);
  const out = await page.locator('header form[action="/logout"]').count();
  if (out !== 1) {
    throw new Error(`sign-in as ${email} failed; page ${page.url()} says: ${(await page.locator('main').innerText()).slice(0, 400)}`);
  }
}

export async function isSignedIn(page) {
  return (await page.locator('header form[action="/logout"]').count()) === 1;
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
}

/** Slug of a route pattern for file names: "/" → "home", "/admin/users/{id}" → "admin-users-id". */
export function routeSlug(pattern) {
  const s = pattern.replace(/[{}]/g, '').replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '-');
  return s || 'home';
}

/** Runs axe on the current page; returns the violations. */
export async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Guard against a scan that silently checked nothing.
  if (results.passes.length < 10) {
    throw new Error(`axe checked only ${results.passes.length} rules on ${page.url()}`);
  }
  return results.violations;
}

/** Human-readable violation report. */
export function formatViolations(where, violations) {
  const lines = [];
  for (const v of violations) {
    lines.push(`${where}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 10)) {
      lines.push(`    target: ${n.target.join(' ')}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
    }
    if (v.nodes.length > 10) lines.push(`    … and ${v.nodes.length - 10} more elements`);
  }
  return lines.join('\n');
}
