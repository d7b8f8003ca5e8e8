// Starts `./gazette up --sample` as a child process on the suite's own ports and waits until the
// sample site is published at its CDN stand-in. Ports: SITE_E2E_PORT (the first of five, default
// 4260): API, CDN, S3, DynamoDB, identity provider.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = Number(process.env.SITE_E2E_PORT ?? 4260);
export const PORTS = { api: base, cdn: base + 1, s3: base + 2, dynamodb: base + 3, idp: base + 4 };

export async function startLocalCloud(repoRoot, { timeoutMs = 15 * 60_000 } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'gazette-site-e2e-'));
  const child = spawn('./gazette', ['up', '--sample', '--api-port', PORTS.api, '--cdn-port', PORTS.cdn,
    '--s3-port', PORTS.s3, '--dynamodb-port', PORTS.dynamodb, '--idp-port', PORTS.idp, '--data', data].map(String),
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stderr.on('data', (chunk) => { output += chunk; });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) { resolve(); return; }
    child.once('exit', resolve);
    try { process.kill(-child.pid, 'SIGINT'); } catch { resolve(); }
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 15_000).unref();
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local cloud not up after ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Gazette local cloud is running')) { clearTimeout(timer); resolve(); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`./gazette up exited ${code}:\n${output.slice(-3000)}`)); });
  });
  const cdnUrl = `http://localhost:${PORTS.cdn}`;
  try {
    await samplesPublished(cdnUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  // The editor token the local cloud mints at start (camille's scopes): the suite's API calls.
  const editorToken = readFileSync(join(data, 'editor.jwt'), 'utf8').trim();
  return { cdnUrl, apiUrl: `http://localhost:${PORTS.api}`, editorToken, stop };
}

// The sample site is there when the home page lists every sample and a menu topic has its page.
export async function samplesPublished(cdnUrl, timeoutMs = 3 * 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const home = await fetch(`${cdnUrl}/`).then((r) => (r.ok ? r.text() : '')).catch(() => '');
    const topic = await fetch(`${cdnUrl}/topics/economie/`).then((r) => r.ok).catch(() => false);
    if (topic && (home.match(/class="teaser"/g) ?? []).length >= 20) return;
    if (Date.now() > end) throw new Error(`the sample site was not published within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
