/**
 * The site deployed under a path: built with BASE_PATH=/report and SITE_URL=https://example.org/report in a
 * copy of the project and served under /report/ only, as a host would. Every link, asset and CSS url() of every
 * page must resolve there (linkinator crawls them), and sitemap.xml must list every page at its public address.
 *
 * Time-outs are sized for a busy 2-core machine where other test files build the site at the same time; they
 * catch a hang, not a slow build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, LinkState } from 'linkinator';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../scripts/staticServer.ts';
import { copyOfProject, run } from './projectCopy.ts';

const BUILD_MS = 600_000;
const BASE = '/report/';
const SITE_URL = 'https://example.org/report';
const PUBLIC = `${SITE_URL}/`;

let copy: string;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;

/** Every HTML file of the built site, as its path inside dist/ ("2009/kazakhstan/index.html"). */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort();
/** The address of a built HTML file from the site's root: "2009/kazakhstan/index.html" → "2009/kazakhstan/". */
const addressOf = (file: string) => file.replace(/index\.html$/, '');

beforeAll(async () => {
  copy = copyOfProject('deploy-');
  const built = await run('npm', ['run', 'build'], copy, { BASE_PATH: '/report', SITE_URL });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.output}`);
  dist = join(copy, 'dist');
  server = await serve(dist, { base: BASE });
}, BUILD_MS);

afterAll(async () => {
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
      // the crawl reached every page but the 404 page, and the stylesheet
      const reached = new Set(internal.map((link) => link.url.replace(/#.*$/, '')));
      const pages = htmlFiles(dist).filter((file) => file !== '404.html');
      expect(pages.filter((file) => !reached.has(`${start}${addressOf(file)}`))).toEqual([]);
      expect([...reached].filter((u) => u.endsWith('.css')).length).toBeGreaterThan(0);
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

  it('answers a missing address with the 404 page, linking to the latest contents and all pages', async () => {
    for (const path of [`${BASE}no-such-page/`, `${BASE}2009/no-such-chapter/`, '/2009/']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      const { document: page } = parseHTML(await response.text());
      expect(page.querySelector('h1')?.textContent).toBe('Page not found');
      const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(['/report/2009/', '/report/2009/sitemap/']);
      expect(page.querySelector('script')).toBeNull();
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
