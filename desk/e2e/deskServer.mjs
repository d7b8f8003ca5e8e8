// Test-only stand-in for serving the desk until the local CDN serves /desk/ itself (desk-oidc):
// the built app under /desk/, a config.json, and the API and S3 behind the same origin, so the
// browser needs no CORS from a local cloud that does not answer it yet.
import { createServer, request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export function startDeskServer({ dist, port, apiPort, s3Port, siteUrl }) {
  const origin = `http://localhost:${port}`;
  const config = { apiUrl: `${origin}/api`, issuer: `${origin}/no-issuer`, clientId: 'gazette-desk',
    scope: 'openid profile articles:write', siteUrl, timeZone: 'Europe/Paris' };

  const forward = (req, res, targetPort, path, rewrite, host = `localhost:${targetPort}`) => {
    const upstream = request({ host: 'localhost', port: targetPort, method: req.method, path,
      headers: { ...req.headers, host } }, (answer) => {
      if (!rewrite) { res.writeHead(answer.statusCode, answer.headers); answer.pipe(res); return; }
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        const body = rewrite(Buffer.concat(chunks).toString('utf8'));
        const headers = { ...answer.headers, 'content-length': Buffer.byteLength(body) };
        res.writeHead(answer.statusCode, headers);
        res.end(body);
      });
    });
    upstream.on('error', (e) => { res.writeHead(502); res.end(String(e)); });
    req.pipe(upstream);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, origin);
    if (url.pathname.startsWith('/api/')) {
      const path = req.url.slice('/api'.length);
      // Presigned uploads go to S3 on another port: send them through here too.
      const rewrite = req.method === 'POST' && url.pathname === '/api/media'
        ? (body) => body.replace(new RegExp(`http://(localhost|127\\.0\\.0\\.1):${s3Port}/`, 'g'), `${origin}/s3/$1/`)
        : null;
      return forward(req, res, apiPort, path, rewrite);
    }
    const s3 = req.url.match(/^\/s3\/(localhost|127\.0\.0\.1)(\/.*)$/);
    // The presigned signature covers the Host header: send the one it was signed for.
    if (s3) return forward(req, res, s3Port, s3[2], null, `${s3[1]}:${s3Port}`);
    if (url.pathname === '/desk/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify(config));
    }
    if (!url.pathname.startsWith('/desk/')) { res.writeHead(404); return res.end(); }
    let file = normalize(url.pathname.slice('/desk/'.length)).replace(/^(\.\.[/\\])+/, '');
    if (file === '' || file === '.') file = 'index.html';
    try {
      const bytes = await readFile(join(dist, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'x-robots-tag': 'noindex' });
      res.end(bytes);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(port, () => resolve({ url: `${origin}/desk/`, close: () => server.close() })));
}
