import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** gzip size of a file as a production server would send it (level 9, like a pre-compressed asset). */
export function gzipBytes(buf) {
  return gzipSync(buf, { level: 9 }).length;
}

/**
 * A static server for a built SPA, like a production host: gzip for text, long cache for hashed assets,
 * index.html for unknown paths. Port 0 = a free port (other sessions may hold 4173).
 */
export async function serveStatic(root) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(rel)) {
        res.writeHead(404).end('not found');
        return;
      }
      rel = '/index.html';
      file = join(root, rel);
    }
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      entry = { body, gz: /text|javascript|json|svg/.test(type) ? gzipSync(body, { level: 9 }) : null, type };
      cache.set(file, entry);
    }
    const hashed = rel.startsWith('/assets/');
    const headers = {
      'Content-Type': entry.type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : entry.gz);
    } else {
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : entry.body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
