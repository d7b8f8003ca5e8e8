// The desk's end-to-end suite: starts the local cloud (which builds the desk and serves it at
// /desk/ from its CDN, with its identity provider for the sign-in), drives Debian's Chromium
// through playwright-core, signs in through the provider's form, checks every screen with
// axe-core. One command: npm --prefix desk run e2e. Prints "N passed, N failed" and exits
// non-zero on failure. Screenshots go to e2e/.run/screenshots; DESK_SCREENSHOTS=1 updates the
// committed ones in screenshots/.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startLocalCloud } from './localCloud.mjs';

const deskDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(deskDir, '..');
const shots = process.env.DESK_SCREENSHOTS === '1' ? join(deskDir, 'screenshots') : join(deskDir, 'e2e/.run/screenshots');
mkdirSync(shots, { recursive: true });

function within(ms, what, promise) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

const results = [];
const openPages = [];
async function test(name, body) {
  try {
    await within(240_000, name, body());
    results.push({ name, outcome: 'passed' });
    console.log(`ok      ${name}`);
  } catch (error) {
    if (error instanceof Skip) {
      results.push({ name, outcome: 'skipped' });
      console.log(`skipped ${name}: ${error.message}`);
    } else {
      results.push({ name, outcome: 'failed' });
      for (const page of openPages) console.log(`        on screen: ${(await page.locator('[role=alert],[role=status]').allTextContents().catch(() => [])).join(' | ')}`);
      for (const page of openPages) await page.screenshot({ path: join(deskDir, 'e2e/.run', `failed-${results.length}-${openPages.indexOf(page)}.png`) }).catch(() => {});
      console.log(`FAILED  ${name}\n        ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n        ')}`);
    }
  }
}
class Skip extends Error {}
function check(condition, message) { if (!condition) throw new Error(message); }

async function accessible(page, screen) {
  // The preview's frame is the reader's page, sandboxed without scripts: axe cannot run in it
  // (it would wait for it forever); the site's own tests check that page.
  const { violations } = await within(60_000, `axe on ${screen}`, new AxeBuilder({ page }).exclude('.preview').analyze());
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(bad.length === 0, `axe on ${screen}: ${bad.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
}
async function screenshot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}
async function eventually(what, probe, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

// E2E_GAZETTE_ROOT: start another checkout's ./gazette (an API branch not merged yet).
const cloud = await startLocalCloud(process.env.E2E_GAZETTE_ROOT ?? repoRoot);
const desk = { url: cloud.deskUrl };
// From here on the local cloud runs: whatever happens, it is stopped before the suite ends.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.stop().then(() => process.exit(1)));
let browser;
const api = (path, init = {}) => fetch(cloud.apiUrl + path, { ...init, headers: { Authorization: `Bearer ${cloud.token}`, 'Content-Type': 'application/json', ...init.headers } });

// Signs in as a person does: the desk's button, the identity provider's form, back on the desk.
async function signInThroughTheForm(page, username) {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${cloud.idpUrl}/authorize**`);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill('gazette');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

async function signedIn(username = 'camille', viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`        page error: ${e.message}`));
  await page.goto(desk.url);
  await signInThroughTheForm(page, username);
  // From here on tests change only the address's hash: a new page load would forget the token.
  openPages.length = 0;
  openPages.push(page);
  return { context, page };
}
async function newDraft(page, title, body) {
  await page.goto(`${desk.url}#/new`);
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Texte', { exact: true }).fill(body);
  await page.getByLabel('Sujets').fill('Essais');
  await page.getByRole('button', { name: 'Ajouter le sujet' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.waitForURL(/#\/articles\/[0-9a-z]{26}$/);
  await page.getByText('Enregistré.').waitFor();
  await page.getByRole('heading', { name: 'Article brouillon' }).waitFor();
  return page.url().split('/').pop();
}

let articleId;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  await test('the CDN serves the desk as CloudFront would: revalidated page, noindex, a CSP naming only its API, identity provider and uploads', async () => {
    const index = await fetch(desk.url);
    check(index.ok, `GET /desk/ answered ${index.status}`);
    check(/no-cache|no-store|max-age=0/.test(index.headers.get('cache-control') ?? ''), `index.html cached: ${index.headers.get('cache-control')}`);
    check((index.headers.get('x-robots-tag') ?? '').includes('noindex'), 'no X-Robots-Tag: noindex');
    const csp = index.headers.get('content-security-policy') ?? '';
    const connect = (csp.match(/connect-src ([^;]*)/)?.[1] ?? '').split(' ');
    check(connect.includes(cloud.apiUrl) && connect.includes(cloud.idpUrl), `connect-src lacks the API or the identity provider: ${csp}`);
    check(!csp.includes('*') && !csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), `CSP too wide: ${csp}`);
    const config = await (await fetch(`${desk.url}config.json`)).json();
    check(config.apiUrl === cloud.apiUrl && config.issuer === cloud.idpUrl, `config.json: ${JSON.stringify(config)}`);
  });

  await test('an editor signs in through the identity provider (a wrong password is refused), and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
    const page = await context.newPage();
    openPages.length = 0;
    openPages.push(page);
    await page.goto(desk.url);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await accessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${cloud.idpUrl}/authorize**`);
    await page.getByLabel('Identifiant').fill('sam');
    await page.getByLabel('Mot de passe').fill('pas-le-bon');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Identifiant ou mot de passe incorrect.').waitFor();
    await accessible(page, 'identity provider form');
    await screenshot(page, 'sign-in-form');
    await page.getByLabel('Mot de passe').fill('gazette');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    check(page.url().startsWith(desk.url), `not back on the desk: ${page.url()}`);
    await page.getByText('Sam Laurent').waitFor();
    // Tokens live in the page's memory only: nothing of them in any storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    check(!/eyJ[A-Za-z0-9_-]{10,}\./.test(stored), 'a token was written to web storage');
    // Sam may not sign for others: no Auteur field.
    await page.goto(`${desk.url}#/new`);
    await page.getByLabel('Titre').waitFor();
    check((await page.getByLabel('Auteur').count()) === 0, 'Auteur shown to an editor who cannot sign for others');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.href.startsWith(desk.url));
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    // Signed out at the provider too: signing in again asks for the password.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Mot de passe').waitFor();
    await context.close();
  });

  await test('an editor writes a draft and finds it in the list, filtered by status', async () => {
    const { context, page } = await signedIn();
    articleId = await newDraft(page, 'Le marché couvert rouvre', 'Les étals sont de retour **samedi**.');
    await accessible(page, 'editor');
    await screenshot(page, 'editor');
    await page.goto(`${desk.url}#/`);
    await page.getByLabel('Statut').selectOption('draft');
    await page.getByRole('link', { name: 'Le marché couvert rouvre', exact: true }).first().waitFor();
    await page.getByLabel('Statut').selectOption('published');
    await eventually('the draft gone from the published list', async () =>
      (await page.getByRole('link', { name: 'Le marché couvert rouvre', exact: true }).count()) === 0);
    await page.getByLabel('Statut').selectOption('');
    await accessible(page, 'list');
    await screenshot(page, 'list');
    await context.close();
  });

  await test('text typed and not saved is still there after a reload', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/articles/${articleId}`);
    await page.getByLabel('Titre').waitFor();
    await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) === 'Le marché couvert rouvre');
    await page.getByLabel('Texte', { exact: true }).fill('Un texte en cours, pas encore enregistré.');
    await page.reload();
    // The token was in the page's memory: after a reload the editor signs in again, which the
    // provider's session makes a click, and comes back to the article with the text.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Vos modifications non enregistrées ont été restaurées.').waitFor();
    check((await page.getByLabel('Texte', { exact: true }).inputValue()) === 'Un texte en cours, pas encore enregistré.', 'text lost on reload');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.').waitFor();
    await context.close();
  });

  await test('a lead image is uploaded with a progress bar, gets alt text and a focal point, and the article is published to the CDN', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/articles/${articleId}`);
    await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) !== '');
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 800; canvas.height = 450;
      const g = canvas.getContext('2d');
      const gradient = g.createLinearGradient(0, 0, 800, 450);
      gradient.addColorStop(0, '#1f6feb'); gradient.addColorStop(1, '#f0b429');
      g.fillStyle = gradient; g.fillRect(0, 0, 800, 450);
      return canvas.toDataURL('image/png').split(',')[1];
    });
    await page.getByLabel('Choisir une image').setInputFiles({ name: 'marche.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await page.getByText('Image envoyée.').waitFor({ timeout: 30_000 });
    await page.getByText('État : prête').waitFor({ timeout: 60_000 });
    await page.getByLabel('Texte alternatif').fill('Les étals du marché couvert');
    await page.getByLabel('Légende').fill('Le marché, samedi matin.');
    await page.getByRole('button', { name: /point d’intérêt/ }).click({ position: { x: 60, y: 40 } });
    await page.getByText(/Point d’intérêt :/).waitFor();
    await page.getByText('État : prête').waitFor({ timeout: 60_000 });
    await screenshot(page, 'image');
    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByText('Publié.').waitFor({ timeout: 30_000 });
    const article = await (await api(`/articles/${articleId}`)).json();
    check(article.image?.alt === 'Les étals du marché couvert', 'alt text not saved');
    await eventually('the page at the CDN', async () => {
      const page = await fetch(`${cloud.cdnUrl}/articles/${article.slug}/`);
      return page.ok && (await page.text()).includes('Le marché couvert rouvre');
    });
    await context.close();
  });

  await test('two editors save the same article: the second gets the conflict screen and merges both changes', async () => {
    const a = await signedIn('camille');
    const b = await signedIn('sam');
    for (const { page } of [a, b]) {
      await page.goto(`${desk.url}#/articles/${articleId}`);
      await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) !== '');
    }
    await b.page.getByLabel('Titre').fill('Le marché couvert rouvre enfin');
    await b.page.getByRole('button', { name: 'Enregistrer' }).click();
    await b.page.getByText('Enregistré.').waitFor();
    await a.page.getByLabel('Chapeau').fill('Après deux ans de travaux.');
    await a.page.getByRole('button', { name: 'Enregistrer' }).click();
    await a.page.getByRole('heading', { name: 'Conflit de versions' }).waitFor();
    await accessible(a.page, 'conflict');
    await screenshot(a.page, 'conflict');
    await a.page.getByRole('button', { name: 'Fusionner champ par champ' }).click();
    await a.page.getByRole('button', { name: 'Enregistrer' }).click();
    await a.page.getByText('Enregistré.').waitFor();
    const article = await (await api(`/articles/${articleId}`)).json();
    check(article.title === 'Le marché couvert rouvre enfin', `title lost: ${article.title}`);
    check(article.summary === 'Après deux ans de travaux.', `summary lost: ${article.summary}`);
    await a.context.close();
    await b.context.close();
  });

  await test('Aperçu shows the page rendered by the real templates beside the text', async () => {
    const probe = await api('/articles/preview', { method: 'POST', body: JSON.stringify({ title: 'x', body: 'x', topics: ['x'], status: 'draft' }) });
    if (probe.status === 404 || probe.status === 405) throw new Skip('POST /articles/preview is not in this API yet (desk-api)');
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/articles/${articleId}`);
    await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) !== '');
    await page.getByRole('button', { name: 'Aperçu' }).click();
    const frame = page.frameLocator('iframe[title="Aperçu de la page"]');
    await frame.getByRole('heading', { name: /Le marché couvert rouvre/ }).waitFor();
    await accessible(page, 'preview');
    await screenshot(page, 'preview');
    await context.close();
  });

  await test('a correction added to a published article shows on its page', async () => {
    const current = await (await api(`/articles/${articleId}`)).json();
    if (current.status !== 'published') throw new Skip('the article was not published by an earlier test');
    if (!('corrections' in current)) {
      const probe = await api(`/articles/${articleId}/revisions`);
      if (probe.status === 404) throw new Skip('corrections are not in this API yet (desk-api)');
    }
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/articles/${articleId}`);
    await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) !== '');
    await page.getByRole('button', { name: 'Rectificatif' }).click();
    await page.getByLabel('Texte du rectificatif').fill('Le marché ouvre à 7 heures, et non à 8 heures.');
    await page.getByRole('button', { name: 'Ajouter le rectificatif' }).click();
    await page.getByText('Rectificatif ajouté.').waitFor();
    await accessible(page, 'correction');
    await screenshot(page, 'correction');
    const article = await (await api(`/articles/${articleId}`)).json();
    await eventually('the correction on the page', async () => {
      const html = await (await fetch(`${cloud.cdnUrl}/articles/${article.slug}/`)).text();
      return html.includes('Le marché ouvre à 7 heures');
    });
    await context.close();
  });

  await test('Historique lists the revisions, compares two and restores an older one', async () => {
    const probe = await api(`/articles/${articleId}/revisions`);
    if (probe.status === 404) throw new Skip('GET /articles/{id}/revisions is not in this API yet (desk-api)');
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/articles/${articleId}`);
    await eventually('the article', async () => (await page.getByLabel('Titre').inputValue()) !== '');
    await page.getByRole('button', { name: 'Historique' }).click();
    // The first version against the newest: the title changed between them.
    await page.getByLabel('Comparer la version').selectOption('1');
    await page.getByRole('button', { name: 'Comparer' }).click();
    await page.getByRole('heading', { name: 'Titre', level: 3 }).waitFor();
    await page.locator('.diff ins', { hasText: 'Le marché couvert rouvre enfin' }).first().waitFor();
    await accessible(page, 'history');
    await screenshot(page, 'history');
    await page.getByRole('button', { name: 'Restaurer la version 1' }).click();
    await page.getByText(/Version restaurée/).waitFor();
    const article = await (await api(`/articles/${articleId}`)).json();
    check(article.title === 'Le marché couvert rouvre', `not restored: ${article.title}`);
    await context.close();
  });

  await test('the publish path works with the keyboard alone', async () => {
    const { context, page } = await signedIn();
    await page.goto(`${desk.url}#/`);
    await page.getByRole('button', { name: 'Nouvel article' }).waitFor();
    const tabTo = async (name) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.labels?.[0]?.textContent?.trim() || el?.getAttribute('aria-label') || el?.textContent?.trim() || '';
        });
        if (focused === name) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo('Nouvel article');
    await page.keyboard.press('Enter');
    await page.getByLabel('Titre').waitFor();
    await tabTo('Titre');
    await page.keyboard.type('Au clavier seulement');
    await tabTo('Texte');
    await page.keyboard.type('Écrit et publié sans souris.');
    await tabTo('Sujets');
    await page.keyboard.type('Essais');
    await page.keyboard.press('Enter');
    await tabTo('Publier');
    await page.keyboard.press('Enter');
    await page.getByText('Publié.').waitFor({ timeout: 30_000 });
    await context.close();
  });

} catch (error) {
  results.push({ name: 'the suite could start', outcome: 'failed' });
  console.log(`FAILED  the suite could not start: ${error?.stack ?? error}`);
} finally {
  await browser?.close();
  await cloud.stop();
}

const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
console.log(`\n${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
process.exit(count('failed') > 0 ? 1 : 0);
