/**
 * Serves the built site (dist/) on loopback: static files only, gzip for text, byte
 * ranges for the DuckDB file, and `/x/` → `/x/index.html`. Used by `npm run serve`, the
 * browser tests and the benchmark.
 * usage: npm run serve -- [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.parquet': 'application/vnd.apache.parquet',
  '.duckdb': 'application/octet-stream', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.wasm', '.txt', '.map']);

/** Start a server for a folder; resolves once it listens. */
export function serveDir(dir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const gzCache = new Map<string, { mtime: number; body: Buffer }>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (process.env['OGI_SERVE_LOG']) process.stderr.write(`${req.method} ${url.pathname}${req.headers.range ? ` ${req.headers.range}` : ''}\n`);
    let path: string;
    try { path = normalize(join(root, decodeURIComponent(url.pathname))); } catch { res.writeHead(400).end(); return; }
    if (path !== root && !path.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) { res.writeHead(301, { location: url.pathname + '/' + url.search }).end(); return; }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const ext = extname(path).toLowerCase();
    const st = statSync(path);
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'accept-ranges': 'bytes', 'x-content-type-options': 'nosniff',
    };
    const range = req.headers.range ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range) : null;
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, st.size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), st.size - 1) : st.size - 1;
      if (start > end || start >= st.size) { res.writeHead(416, { 'content-range': `bytes */${st.size}` }).end(); return; }
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${st.size}`, 'content-length': end - start + 1 });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(path, { start, end }).pipe(res);
      return;
    }
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let c = gzCache.get(path);
      if (!c || c.mtime !== st.mtimeMs) gzCache.set(path, (c = { mtime: st.mtimeMs, body: gzipSync(readFileSync(path), { level: 6 }) }));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': c.body.length, vary: 'accept-encoding' });
      res.end(req.method === 'HEAD' ? undefined : c.body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': st.size });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(path).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({ server, url: `http://${host}:${p}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env['PORT'] ?? '4321' }, host: { type: 'string', default: '127.0.0.1' } } });
  if (!existsSync(join(values.dir, 'index.html'))) {
    process.stderr.write(`serve: ${values.dir}/index.html not found; run npm run build first\n`);
    process.exit(2);
  }
  const { url } = await serveDir(values.dir, Number(values.port), values.host);
  process.stderr.write(`serving ${resolve(values.dir)} at ${url}\n`);
}
