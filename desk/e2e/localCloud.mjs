// Starts `./gazette up` as a child process on the desk's test ports and waits until it serves:
// it builds the desk if needed and its CDN serves it at /desk/, its identity provider signs in.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PORTS = { api: 3700, s3: 3702, dynamodb: 3703, idp: 3704, cdn: 8700 };

export async function startLocalCloud(repoRoot, { timeoutMs = 15 * 60_000 } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'gazette-desk-e2e-'));
  const child = spawn('./gazette', ['up', '--no-sample', '--api-port', PORTS.api, '--cdn-port', PORTS.cdn,
    '--s3-port', PORTS.s3, '--dynamodb-port', PORTS.dynamodb, '--idp-port', PORTS.idp, '--data', data].map(String),
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stderr.on('data', (chunk) => { output += chunk; });
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local cloud not up after ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/Editor token[^\n]*:\n\s*(\S+)/);
      if (output.includes('Gazette local cloud is running') && match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`./gazette up exited ${code}:\n${output.slice(-3000)}`)); });
  });
  return {
    token: ready,
    apiUrl: `http://localhost:${PORTS.api}`,
    cdnUrl: `http://localhost:${PORTS.cdn}`,
    deskUrl: `http://localhost:${PORTS.cdn}/desk/`,
    idpUrl: `http://localhost:${PORTS.idp}`,
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      try { process.kill(-child.pid, 'SIGINT'); } catch { resolve(); }
      setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 15_000).unref();
    }),
  };
}
