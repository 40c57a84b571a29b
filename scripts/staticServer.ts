import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex',
  '.ris': 'application/x-research-info-systems',
  '.xml': 'application/xml',
};

export interface ServeOptions {
  /** the path the site is served under, as BASE_PATH gave it when it was built: "/" or "/report/" */
  base?: string;
  /** headers sent with every answer, as a host configured from public/_headers would */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Serves a built site on 127.0.0.1 (a free port), as a static host would: folder → index.html, a missing file →
 * 404.html with status 404, nothing outside the base path.
 */
export async function serve(
  root: string,
  { base = '/', headers = {} }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) || `${pathname}/` === base;
    const path = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (inside && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!inside || !existsSync(file)) {
      const notFound = join(root, '404.html');
      if (!existsSync(notFound)) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      file = notFound;
      response.statusCode = 404;
    }
    response.writeHead(response.statusCode, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
