// d) Mobile viewport (390×844) in Arabic: start page and sign-in form;
// screenshots, no horizontal scrolling, right-to-left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newContext, screenshotPath } from '../lib/browser.mjs';

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

for (const [slug, path] of [['home', '/'], ['login', '/login']]) {
  test(`mobile 390×844, Arabic: ${path}`, async () => {
    const ctx = await newContext(browser, server.url, { lang: 'ar', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    try {
      const res = await page.goto(path);
      assert.equal(res.status(), 200);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      await page.screenshot({ path: screenshotPath(`mobile-ar-anonymous-${slug}`) });
      await page.screenshot({ path: screenshotPath(`mobile-ar-anonymous-${slug}-full`), fullPage: true });
      // Nothing sticks out sideways.
      const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}`),
      }));
      assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide on a ${innerWidth}px screen; too wide: ${wide.join(', ')}`);
      // Right to left: the brand sits at the right edge, the heading is right-aligned.
      const brand = await page.locator('header .brand').boundingBox();
      assert.ok(brand.x + brand.width > innerWidth / 2, 'brand is on the right in RTL');
      const h1 = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).direction);
      assert.equal(h1, 'rtl');
      // Touch targets in the main navigation are reachable (≥ 24px high, WCAG 2.2 minimum).
      const small = await page.evaluate(() => [...document.querySelectorAll('header a, header button, main a.button, main button')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height < 24; })
        .map((el) => (el.textContent || '').trim()));
      assert.deepEqual(small, [], 'header/main controls at least 24px high');
    } finally {
      await ctx.close();
    }
  });
}
