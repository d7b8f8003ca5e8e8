// Lighthouse on the sample site: the home page, one article, one topic front, one author page and
// the search page with a query, each on a phone (Lighthouse's default) and on a desktop
// (--preset=desktop). Prints the four category scores per page and form factor, and exits
// non-zero if any is below the bar (95). Without --url it starts a local cloud of its own with the
// sample content (./gazette up --sample on --ports N..N+4, default 4270) and waits until it is
// published. Each page is measured --runs times (default 3) and the run of median performance is
// kept, as Lighthouse advises on a machine whose load varies. Chromium: CHROMIUM (default
// /usr/bin/chromium). JSON reports land in lighthouse/.run/.
//   node lighthouse/run.mjs [--url http://localhost:8080] [--ports N] [--query WORD] [--min 95] [--runs 3]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const runDir = join(here, '.run');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = { phone: [], desktop: ['--preset=desktop'] };

function options(argv) {
  const known = { '--url': 'url', '--ports': 'ports', '--query': 'query', '--min': 'min', '--runs': 'runs' };
  const parsed = { ports: '4270', query: 'dessalement', min: '95', runs: '3' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag === '--help' || flag === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport')[0].replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    }
    if (!known[flag]) { console.error(`lighthouse: unknown option ${argv[i]}`); process.exit(2); }
    parsed[known[flag]] = inline ?? argv[++i];
  }
  const runs = Number(parsed.runs);
  if (!(runs >= 1)) { console.error(`lighthouse: --runs must be 1 or more, not ${parsed.runs}`); process.exit(2); }
  return { ...parsed, min: Number(parsed.min), runs };
}

// The first address of each kind the pages link to: an article, a topic front, then an author
// (from the article's byline).
async function pagesOf(site, query) {
  const html = async (path) => {
    const response = await fetch(new URL(path, site));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.text();
  };
  const firstLink = (page, pattern, what) => {
    const found = [...page.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1], site).pathname).find((p) => pattern.test(p));
    if (!found) throw new Error(`no ${what} link found`);
    return found;
  };
  const home = await html('/');
  const article = firstLink(home, /^\/articles\/[^/]+\/$/, 'article');
  const topic = firstLink(home, /^\/topics\/[^/]+\/$/, 'topic');
  const author = firstLink(await html(article), /^\/auteurs\/[^/]+\/$/, 'author');
  return { home: '/', article, topic, author, search: `/recherche/?q=${encodeURIComponent(query)}` };
}

function lighthouse(url, extra, outputPath) {
  const args = [url, '--output=json', `--output-path=${outputPath}`, '--quiet',
    '--chrome-flags=--headless=new --no-sandbox', `--only-categories=${CATEGORIES.join(',')}`, ...extra];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  return new Promise((resolve, reject) => {
    const child = spawn(join(here, 'node_modules', '.bin', 'lighthouse'), args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) { reject(new Error(`lighthouse ${url} exited ${code}:\n${errors.slice(-2000)}`)); return; }
      resolve(JSON.parse(readFileSync(outputPath, 'utf8')));
    });
  });
}

// What Lighthouse says cost points (weighted audits under 1), and the audits that crashed.
function findings(report) {
  const lost = [];
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id].auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        lost.push(`${id}: ${ref.id} ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  const crashed = Object.values(report.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id);
  return { lost, crashed };
}

const opts = options(process.argv.slice(2));
mkdirSync(runDir, { recursive: true });
let cloud;
let failed = false;
try {
  process.env.SITE_E2E_PORT = opts.ports;
  const { startLocalCloud, samplesPublished } = await import('../site-e2e/localCloud.mjs');
  if (opts.url) {
    await samplesPublished(opts.url.replace(/\/$/, ''));
  } else {
    console.log(`starting the local cloud with the sample site (ports ${opts.ports}..${Number(opts.ports) + 4})...`);
    cloud = await startLocalCloud(join(here, '..'));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cloud.stop().then(() => process.exit(1)));
  }
  const site = (opts.url ?? cloud.cdnUrl).replace(/\/$/, '');
  const pages = await pagesOf(site, opts.query);
  const rows = [];
  const crashedAudits = new Set();
  for (const [name, path] of Object.entries(pages)) {
    for (const [formFactor, extra] of Object.entries(FORM_FACTORS)) {
      const reports = [];
      for (let run = 1; run <= opts.runs; run++) {
        reports.push(await lighthouse(site + path, extra, join(runDir, `${name}-${formFactor}-${run}.json`)));
      }
      const performance = (r) => r.categories.performance.score ?? -1;
      const report = [...reports].sort((a, b) => performance(a) - performance(b))[Math.floor((reports.length - 1) / 2)];
      const allRuns = reports.map((r) => (r.categories.performance.score === null ? '-' : Math.round(r.categories.performance.score * 100)));
      const scores = CATEGORIES.map((id) => report.categories[id].score);
      const { lost, crashed } = findings(report);
      crashed.forEach((id) => crashedAudits.add(id));
      rows.push({ name, path, formFactor, scores, lost });
      console.log(`${name} (${formFactor}) ${path}: ${scores.map((s) => (s === null ? '-' : Math.round(s * 100))).join(' ')}`
        + (reports.length > 1 ? ` (performance of each run: ${allRuns.join(', ')})` : ''));
    }
  }
  const cell = (score) => (score === null ? '-' : String(Math.round(score * 100)));
  console.log(`\n| page | form factor | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|`);
  for (const row of rows) {
    console.log(`| ${row.name} \`${row.path}\` | ${row.formFactor} | ${row.scores.map(cell).join(' | ')} |`);
  }
  for (const row of rows.filter((r) => r.lost.length > 0)) {
    console.log(`\n${row.name} (${row.formFactor}) lost points on:\n  ${row.lost.join('\n  ')}`);
  }
  if (crashedAudits.size > 0) {
    console.log(`\naudits that crashed (Chromium and Lighthouse versions apart; not counted as failures): ${[...crashedAudits].sort().join(', ')}`);
  }
  const below = rows.filter((row) => row.scores.some((s) => s === null || s * 100 < opts.min));
  failed = below.length > 0;
  console.log(failed ? `\n${below.length} page(s) score below ${opts.min}` : `\nevery score is ${opts.min} or more`);
} catch (error) {
  console.error(`lighthouse: ${error?.stack ?? error}`);
  failed = true;
} finally {
  await cloud?.stop();
}
process.exit(failed ? 1 : 0);
