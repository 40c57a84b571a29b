/**
 * The site deployed under a path: built with BASE_PATH=/report and SITE_URL=https://example.org/report in a
 * copy of the project, served under /report/ only, with the response headers of public/_headers, as a host
 * would. Every link, asset and CSS url() of every page must resolve there (linkinator crawls them), sitemap.xml
 * must list every page at its public address, the link previews must be absolute, and Chromium must load every
 * page under the Content-Security-Policy without a violation.
 *
 * Time-outs are sized for a busy 2-core machine where other test files build the site at the same time; they
 * catch a hang, not a slow build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, LinkState } from 'linkinator';
import { parseHTML } from 'linkedom';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../scripts/staticServer.ts';
import { copyOfProject, root, run } from './projectCopy.ts';

const BUILD_MS = 600_000;
// the browser test loads every page one after another; one browser step may take 90 s before it is named as hung
const BROWSER_MS = 600_000;
const STEP_MS = 90_000;
const BASE = '/report/';
const SITE_URL = 'https://example.org/report';
const PUBLIC = `${SITE_URL}/`;

/** The headers of a _headers file (Netlify's syntax) for the path "/*": name → value. */
function headersFile(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  expect(lines[0]).toBe('/*');
  return Object.fromEntries(
    lines.slice(1).map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

/** The headers an nginx configuration adds: `add_header Name "value" always;` → name → value. */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

const HEADERS = headersFile(readFileSync(join(root, 'public/_headers'), 'utf8'));

describe('the security headers', () => {
  it('are the same in public/_headers and in the nginx example', () => {
    expect(nginxHeaders(readFileSync(join(root, 'scripts/deploy/nginx.conf'), 'utf8'))).toEqual(HEADERS);
    // scripts only from the site (the search page's and Pagefind's), forms only to it (the search form)
    expect(HEADERS['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    expect(HEADERS['Content-Security-Policy']).toContain("form-action 'self'");
    expect(HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(HEADERS['Referrer-Policy']).toBe('no-referrer');
  });
});

let copy: string;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser | undefined;

/** Every HTML file of the built site, as its path inside dist/ ("2009/kazakhstan/index.html"). */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort();
/** The address of a built HTML file from the site's root: "2009/kazakhstan/index.html" → "2009/kazakhstan/". */
const addressOf = (file: string) => file.replace(/index\.html$/, '');
const parsed = (file: string) => parseHTML(readFileSync(join(dist, file), 'utf8')).document;
/** The content of a page's <meta property> or <meta name>. */
const meta = (file: string, key: string) =>
  parsed(file).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

beforeAll(async () => {
  copy = copyOfProject('deploy-');
  const built = await run('npm', ['run', 'build'], copy, { BASE_PATH: '/report', SITE_URL });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.output}`);
  dist = join(copy, 'dist');
  server = await serve(dist, { base: BASE, headers: HEADERS });
}, BUILD_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the site built under /report/', () => {
  it(
    'has no broken link, asset, CSS url() or anchor, and none that leaves /report/',
    async () => {
      const start = `${server.url}${BASE}`;
      const { links } = await check({
        path: start,
        recurse: true,
        checkCss: true,
        checkFragments: true,
        // the public addresses (canonical, og:url, og:image) are checked where this server has them
        urlRewriteExpressions: [{ pattern: new RegExp(`^${PUBLIC}`), replacement: start }],
        // references to other sites are not followed: no request leaves this machine
        linksToSkip: async (link) => !link.startsWith(server.url),
      });
      const internal = links.filter((link) => link.url.startsWith(server.url));
      expect(internal.filter((link) => link.state === LinkState.BROKEN).map((l) => `${l.parent} → ${l.url}`)).toEqual(
        [],
      );
      expect(internal.filter((link) => !link.url.startsWith(start)).map((l) => `${l.parent} → ${l.url}`)).toEqual([]);
      // the crawl reached every page but the 404 page, and every stylesheet and preview image
      const reached = new Set(internal.map((link) => link.url.replace(/#.*$/, '')));
      const pages = htmlFiles(dist).filter((file) => file !== '404.html');
      expect(pages.filter((file) => !reached.has(`${start}${addressOf(file)}`))).toEqual([]);
      expect([...reached].filter((u) => u.endsWith('.css')).length).toBeGreaterThan(0);
      expect([...reached].filter((u) => u.endsWith('.png')).length).toBeGreaterThan(0);
      // the only skipped links are references to other sites, never an address of this one
      expect(links.filter((link) => link.state === LinkState.SKIPPED && link.url.startsWith(SITE_URL))).toEqual([]);
    },
    BUILD_MS,
  );

  it('lists every page in sitemap.xml at its public address, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    const pages = htmlFiles(dist)
      .filter((file) => file !== '404.html')
      .map((file) => `${PUBLIC}${addressOf(file)}`)
      .sort();
    expect(pages).toContain(`${PUBLIC}2009/glossary/`);
    expect(pages).toContain(`${PUBLIC}compare/`);
    expect(listed).toEqual(pages);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\nSitemap: ${PUBLIC}sitemap.xml\n`,
    );
  });

  it('answers a missing address with the 404 page, linking to contents and all pages in each language', async () => {
    for (const path of [`${BASE}no-such-page/`, `${BASE}2009/no-such-chapter/`, '/2009/']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      const { document: page } = parseHTML(await response.text());
      expect(page.querySelector('h1')?.textContent).toBe('Page not found');
      const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(['/report/2009/', '/report/2009/sitemap/', '/report/ru/2009/', '/report/ru/2009/sitemap/']);
      expect(page.querySelector('script')).toBeNull();
    }
  });

  it('gives every page a link preview with absolute addresses and a 1200 × 630 PNG of a chart', async () => {
    const images = new Set<string>();
    for (const file of htmlFiles(dist)) {
      expect(meta(file, 'og:title'), file).toBeTruthy();
      expect(meta(file, 'og:description'), file).toBeTruthy();
      expect(meta(file, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(file, 'og:url'), file).toBe(`${PUBLIC}${file === '404.html' ? file : addressOf(file)}`);
      const image = meta(file, 'og:image')!;
      expect(image, file).toMatch(new RegExp(`^${PUBLIC}2009/previews/[\\w-]+\\.png$`));
      images.add(image);
    }
    expect(meta('2009/kazakhstan/index.html', 'og:image')).toBe(`${PUBLIC}2009/previews/KZ-victims.png`);
    expect(meta('2009/comparative/index.html', 'og:image')).toBe(`${PUBLIC}2009/previews/rates-by-country.png`);
    expect(meta('2009/cite/index.html', 'og:image')).toBe(`${PUBLIC}2009/previews/country-victims.png`);
    for (const image of images) {
      const png = await sharp(join(dist, image.slice(PUBLIC.length))).metadata();
      expect({ image, format: png.format, width: png.width, height: png.height }).toEqual({
        image,
        format: 'png',
        width: 1200,
        height: 630,
      });
    }
  });

  it('writes the public address into citations, and nowhere the address of a local preview', () => {
    expect(readFileSync(join(dist, '2009/cite/citation.bib'), 'utf8')).toContain(`url = {${PUBLIC}2009/}`);
    expect(readFileSync(join(dist, '2009/cite/citation.ris'), 'utf8')).toContain(`UR  - ${PUBLIC}2009/`);
    const preview = htmlFiles(dist).filter((file) =>
      /localhost|Local preview/.test(readFileSync(join(dist, file), 'utf8')),
    );
    expect(preview).toEqual([]);
  });

  it(
    'loads every page in Chromium under the Content-Security-Policy without a violation',
    async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        timeout: STEP_MS,
      });
      const context = await browser.newContext();
      context.setDefaultTimeout(STEP_MS);
      // the listener is the browser's own, installed before the page loads
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const violations: string[] = [];
      const policies = new Set<string | undefined>();
      // one tab for every page: a new tab per page costs more than the page on a busy machine
      const page = await context.newPage();
      let file = '';
      page.on('console', (message) => {
        if (/Content Security Policy|CSP violation/i.test(message.text()))
          violations.push(`${file}: ${message.text()}`);
      });
      for (file of htmlFiles(dist)) {
        const response = await page.goto(`${server.url}${BASE}${file === '404.html' ? 'missing/' : addressOf(file)}`);
        policies.add(response?.headers()['content-security-policy']);
      }
      // the search page's script and Pagefind's WebAssembly run under the policy: a search finds its chapter
      file = '2009/search/index.html?q=Osh';
      await page.goto(`${server.url}${BASE}2009/search/?q=Osh`);
      await page.locator('#search-results li a[href$="/2009/kyrgyzstan/"]').first().waitFor();
      expect([...policies]).toEqual([HEADERS['Content-Security-Policy']]);
      expect(violations).toEqual([]);
    },
    BROWSER_MS,
  );
});

describe('a build without SITE_URL', () => {
  it(
    'is refused for deployment (DEPLOY=1), naming SITE_URL',
    async () => {
      const refused = await run('npx', ['tsx', 'scripts/build.ts'], copy, { DEPLOY: '1', SITE_URL: '' });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(
        'build: SITE_URL is not set: a deploy build (DEPLOY=1) needs the public address',
      );
    },
    BUILD_MS,
  );

  it(
    'is a local preview that says so in the build output, on every page and beside the citation',
    async () => {
      const built = await run('npx', ['tsx', 'scripts/build.ts'], copy, { SITE_URL: '', BASE_PATH: '' });
      expect(built.status, built.output).toBe(0);
      expect(built.stderr).toContain('!! SITE_URL is not set: dist/ is a LOCAL PREVIEW, not for publishing.');
      const contents = readFileSync(join(copy, 'dist/2009/index.html'), 'utf8');
      expect(contents).toContain('<strong>Local preview.</strong>');
      const cite = readFileSync(join(copy, 'dist/2009/cite/index.html'), 'utf8');
      expect(cite).toContain('<strong>Local preview:</strong>');
      expect(cite).toContain('http://localhost:4321/2009/');
    },
    BUILD_MS,
  );
});
