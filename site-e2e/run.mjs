// The reader site's browser suite: starts a local cloud of its own with the sample site
// (./gazette up --sample on SITE_E2E_PORT..+4, default 4260), waits until it is published at the
// CDN stand-in, and drives Debian's Chromium (CHROMIUM, default /usr/bin/chromium) through
// playwright-core against it. One command: npm --prefix site-e2e run e2e. Prints
// "N passed, N failed" and exits non-zero on failure; a failing test leaves a screenshot in .run/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startLocalCloud } from './localCloud.mjs';

const suiteDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(suiteDir, '..');
const runDir = join(suiteDir, '.run');
mkdirSync(runDir, { recursive: true });
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'fr-FR' };

function within(ms, what, promise) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}
function check(condition, message) { if (!condition) throw new Error(message); }

const results = [];
let browser;
let cloud;

// Each test gets a fresh context (viewport, no cookies) and its page; on failure, a screenshot.
async function test(name, options, body) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await within(120_000, name, body(page, errors));
    results.push('passed');
    console.log(`ok      ${name}`);
  } catch (error) {
    results.push('failed');
    await page.screenshot({ path: join(runDir, `failed-${results.length}.png`) }).catch(() => {});
    console.log(`FAILED  ${name}\n        ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n        ')}`);
  } finally {
    await context.close();
  }
}

try {
  cloud = await startLocalCloud(process.env.E2E_GAZETTE_ROOT ?? repoRoot);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.stop().then(() => process.exit(1)));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });

  await test('on a phone, the topic menu opens without JavaScript and a topic link leads to the topic page', { ...PHONE, javaScriptEnabled: false }, async (page) => {
    await page.goto(`${cloud.cdnUrl}/`);
    const menu = page.getByRole('navigation', { name: 'Rubriques' });
    const summary = menu.locator('summary');
    const economie = menu.getByRole('link', { name: 'Économie', exact: true });
    check(!(await economie.isVisible()), 'the menu is open before it is asked for');
    const box = await summary.boundingBox();
    check(box && box.height >= 44, `the menu's button is ${box?.height} px high, under 44`);
    await summary.tap();
    await economie.waitFor({ state: 'visible' });
    const link = await economie.boundingBox();
    check(link.height >= 44, `a menu link is ${link.height} px high, under 44`);
    await economie.tap();
    await page.waitForURL(`${cloud.cdnUrl}/topics/economie/`);
    await page.getByRole('heading', { level: 1, name: 'Économie' }).waitFor();
    check((await page.locator('main article.teaser').count()) > 0, 'the topic page lists no article');
  });

  await test('the skip link is the first stop of the keyboard and moves focus to the main content', PHONE, async (page) => {
    await page.goto(`${cloud.cdnUrl}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    check(await skip.evaluate((el) => el === document.activeElement), 'Tab does not reach the skip link first');
    const box = await skip.boundingBox();
    check(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'the focused skip link is off screen');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));
    check(focused.tag === 'MAIN' && focused.id === 'contenu', `focus went to ${JSON.stringify(focused)}`);
  });

  await test('the site has its icons and manifest, served with their types, and no page error', PHONE, async (page, errors) => {
    const missing = [];
    page.on('response', (response) => { if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`); });
    await page.goto(`${cloud.cdnUrl}/`, { waitUntil: 'load' });
    for (const [path, type] of [['/favicon.svg', 'image/svg+xml'], ['/favicon.ico', 'image/x-icon'],
      ['/apple-touch-icon.png', 'image/png'], ['/icon-512.png', 'image/png'], ['/manifest.webmanifest', 'application/manifest+json']]) {
      const response = await fetch(cloud.cdnUrl + path);
      check(response.ok, `${path}: ${response.status}`);
      check((response.headers.get('content-type') ?? '').replace(/\s/g, '').startsWith(type), `${path}: ${response.headers.get('content-type')}`);
    }
    check(missing.length === 0, `the home page asked for missing files: ${missing.join(', ')}`);
    check(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  });

  await test('a search for a word of a body finds its article, in another inflected form too', PHONE, async (page) => {
    for (const word of ['dessalement', 'dessaler']) {
      await page.goto(`${cloud.cdnUrl}/recherche/?q=${encodeURIComponent(word)}`);
      const titles = page.locator('ol.search-results li h3 a');
      await titles.first().waitFor();
      const found = await titles.allTextContents();
      check(found.some((t) => t.includes('future usine de dessalement')), `"${word}" found ${JSON.stringify(found)}`);
      check(found.length >= 2, `"${word}" found only ${found.length} article(s)`);
    }
    // The header's search box leads there from any page.
    await page.goto(`${cloud.cdnUrl}/`);
    await page.getByRole('searchbox').first().fill('Sebou');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/recherche\/\?q=Sebou/);
    await page.locator('ol.search-results li h3 a').first().waitFor();
    check((await page.locator('ol.search-results li h3 a').first().textContent()).includes('Stress hydrique'),
      'the search box did not find the Sebou article');
  });

  await test('an unpublished article disappears from search results', PHONE, async (firstPage) => {
    let page = firstPage;
    const api = (path, init = {}) => fetch(cloud.apiUrl + path,
      { ...init, headers: { authorization: `Bearer ${cloud.editorToken}`, ...(init.headers ?? {}) } });
    // The suite starts once the home page lists the samples; their index may still be catching up.
    const titles = page.locator('ol.search-results li h3 a');
    for (const end = Date.now() + 60_000; ;) {
      await page.goto(`${cloud.cdnUrl}/recherche/?q=${encodeURIComponent('tramway')}`);
      await page.locator('#search-status').filter({ hasText: /trouvé|Aucun article|pas pu aboutir/ }).waitFor();
      if (await titles.count() > 0) break;
      check(Date.now() < end, '"tramway" finds nothing a minute after the samples were published');
      await page.waitForTimeout(1000);
    }
    const title = (await titles.first().textContent()).trim();
    const listed = await api('/articles?status=published&limit=100').then((r) => r.json());
    const article = listed.articles.find((a) => a.title === title);
    check(article, `no published article is titled ${title}`);
    const current = await api(`/articles/${article.id}`);
    const unpublished = await api(`/articles/${article.id}/unpublish`, { method: 'POST', headers: { 'if-match': current.headers.get('etag') } });
    check(unpublished.ok, `unpublish answered ${unpublished.status}`);
    // Each try is a new reader (a fresh context: no browser cache). Search files are shared files
    // the CDN keeps 30 s and may serve 30 s more while it refetches: the bound is a minute.
    const end = Date.now() + 70_000;
    for (;;) {
      const reader = await browser.newContext(PHONE);
      page = await reader.newPage();
      await page.goto(`${cloud.cdnUrl}/recherche/?q=${encodeURIComponent('tramway')}`);
      await page.locator('#search-status').filter({ hasText: /trouvé|Aucun article|pas pu aboutir/ }).waitFor();
      const now = await page.locator('ol.search-results li h3 a').allTextContents();
      if (!now.some((t) => t.includes(title))) break;
      await reader.close();
      check(Date.now() < end, `"${title}" is still found 70 s after its unpublish`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  });

  await test('an embed asks nothing of its provider before the click, and loads the player after it', PHONE, async (page) => {
    const cdnHost = new URL(cloud.cdnUrl).host;
    const elsewhere = [];
    page.on('request', (request) => { if (new URL(request.url()).host !== cdnHost) elsewhere.push(request.url()); });
    // The provider is not reachable from here: its player is answered by the test, and counted.
    await page.route(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }));
    const embedPage = `${cloud.cdnUrl}/articles/le-festival-de-marrakech-projette-des-films-d-animation-en-plein-air/`;
    // The suite starts once most samples are live; wait for this one (asked of the CDN by Node, not the page).
    for (const end = Date.now() + 60_000; (await fetch(embedPage)).status !== 200;) {
      check(Date.now() < end, 'the embed sample is not published after a minute');
      await new Promise((r) => setTimeout(r, 1000));
    }
    await page.goto(embedPage, { waitUntil: 'networkidle' });
    const blocks = page.locator('figure.embed');
    check((await blocks.count()) >= 2, `the page has ${await blocks.count()} embed blocks`);
    check(elsewhere.length === 0, `requests to other hosts before any click: ${elsewhere.join(', ')}`);
    const link = blocks.first().locator('a');
    check(/youtube\.com|youtu\.be/.test(await link.getAttribute('href')), 'the first block has no plain link to YouTube');
    const player = page.waitForRequest(/^https:\/\/www\.youtube-nocookie\.com\/embed\//, { timeout: 10_000 });
    await blocks.first().getByRole('button').click();
    await player;
    await page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]').waitFor();
    await page.waitForTimeout(500);
    check(elsewhere.length >= 1 && elsewhere.every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/')),
      `after the click, requests to other hosts: ${elsewhere.join(', ')}`);
    check((await page.locator('iframe[src^="https://player.vimeo.com/"]').count()) === 0, 'the other embed loaded without a click');
  });
} catch (error) {
  results.push('failed');
  console.log(`FAILED  the suite could not start: ${error?.stack ?? error}`);
} finally {
  await browser?.close();
  await cloud?.stop();
}

const count = (outcome) => results.filter((r) => r === outcome).length;
console.log(`\n${count('passed')} passed, ${count('failed')} failed`);
process.exit(count('failed') > 0 ? 1 : 0);
