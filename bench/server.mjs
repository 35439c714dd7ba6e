// A static server for the benchmark: serves precompressed files (.br, .gz) with
// Content-Encoding, as a production static host does, and application/wasm. Files are
// compressed once, ahead of time, by compress(); nothing is compressed per request.
import { createServer } from 'node:http';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.toml': 'application/toml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.toml', '.json']);

/** Writes NAME.br (quality 11) and NAME.gz (level 9) beside every compressible file. */
export async function compress(root) {
  for (const entry of await readdir(root, { recursive: true })) {
    const file = join(root, entry);
    if (!COMPRESSIBLE.has(extname(file)) || !(await stat(file)).isFile()) continue;
    const body = await readFile(file);
    await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

export async function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const accepts = req.headers['accept-encoding'] ?? '';
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      let body;
      if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(accepts)) {
        body = await readFile(`${file}.br`);
        headers['content-encoding'] = 'br';
      } else if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(accepts)) {
        body = await readFile(`${file}.gz`);
        headers['content-encoding'] = 'gzip';
      } else {
        body = await readFile(file);
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
