import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';

import { buildDir, distDir, pageDir, repoRoot, sharedFixturesDir } from './hostPaths';

/** Grafana serves @grafana/ui's icons from its own public folder; the package ships the same files. */
const grafanaIcons = path.join(repoRoot, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img', 'icons');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/plain; charset=utf-8',
};

/** URL prefix to folder on disk. Nothing outside these folders is served. */
const mounts: Array<[string, string]> = [
  ['/host/', buildDir],
  ['/dist/', distDir],
  ['/fixtures/', sharedFixturesDir],
  ['/public/build/img/icons/', grafanaIcons],
  ['/public/img/icons/', grafanaIcons],
];

function resolvePath(urlPath: string): string | undefined {
  if (urlPath === '/' || urlPath === '/index.html') {
    return path.join(pageDir, 'index.html');
  }
  for (const [prefix, folder] of mounts) {
    if (urlPath.startsWith(prefix)) {
      const candidate = path.resolve(folder, decodeURIComponent(urlPath.slice(prefix.length)));
      return candidate.startsWith(folder + path.sep) ? candidate : undefined;
    }
  }
  return undefined;
}

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the host page, the built plugin and the fixtures on localhost, on a free port. */
export function startHostServer(port = 0): Promise<HostServer> {
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const filePath = resolvePath(urlPath);
    if (!filePath || !fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`Not found: ${urlPath}`);
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(filePath)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(filePath).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
