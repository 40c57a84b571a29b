/**
 * The built site in a real browser (Debian's Chromium through playwright-core): builds it,
 * serves dist/ on 127.0.0.1, opens every page, follows every link and anchor, checks the
 * headline numbers, the page furniture, accessibility (axe-core) and that nothing is asked
 * of any other host.
 *
 * The browser checks are one test per page, so that a slow or failing page fails alone and by
 * name. Vitest names its tests before any hook runs, so the list of pages comes from the sources
 * (see PAGES) rather than from the crawl; a test checks that the crawl finds exactly these.
 *
 * Time-outs are sized for CI on a busy 2-core machine, where other test files build the site at
 * the same time and axe-core on one page at phone width can take tens of seconds: the build and
 * crawl hook may take 10 minutes, a page test 2 minutes, one browser step 90 s (below the test's
 * limit, so that Playwright names the step that hung). They are there to catch a hang; speed is
 * not tested here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/staticServer.ts';
import { kilobytes } from '../../src/site/downloads.ts';
import { words } from '../../src/i18n/dictionary.ts';
import { LOCALES, type Locale } from '../../src/model/locale.ts';
import { dataPackageFaults } from '../dataPackageFaults.ts';
import { run } from '../projectCopy.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const HOOK_MS = 600_000;
const PAGE_TEST_MS = 120_000;
const STEP_MS = 90_000;

/**
 * The editions: folders of data/ with an edition.json (a report round) or a round.json (questionnaires), as
 * scripts/estimate.ts finds them.
 */
const EDITIONS = readdirSync(`${root}data`, { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      (existsSync(`${root}data/${d.name}/edition.json`) || existsSync(`${root}data/${d.name}/round.json`)),
  )
  .map((d) => d.name)
  .sort();
const chapterSlugs = (edition: string) =>
  existsSync(`${root}content/${edition}`)
    ? readdirSync(`${root}content/${edition}`)
        .filter((file) => file.endsWith('.md') && file !== 'README.md')
        .map((file) => file.replace(/\.md$/, ''))
    : [];
/** A page's address in a language: English at the cited addresses, the others under their prefix. */
const inLocale = (locale: Locale, path: string) => (locale === 'en' ? path : `/${locale}${path}`);
/**
 * The HTML pages of src/pages/, in every language: "/" (a redirect to the latest edition), /compare/, and per edition
 * its contents, cite, downloads, sitemap and chapter pages.
 */
const EDITION_PAGES = LOCALES.flatMap((locale) =>
  EDITIONS.flatMap((edition) =>
    ['', 'cite/', 'downloads/', 'sitemap/', 'print/', 'search/', ...chapterSlugs(edition).map((s) => `${s}/`)].map(
      (page) => ({ path: inLocale(locale, `/${edition}/${page}`), edition, locale }),
    ),
  ),
);
const PAGES = [
  ...LOCALES.flatMap((locale) => [inLocale(locale, '/'), inLocale(locale, '/compare/')]),
  ...EDITION_PAGES.map((p) => p.path),
].sort();
/** The pages read in the browser: all but "/" and "/ru/", which only redirect. */
const READ_PAGES = PAGES.filter((p) => !LOCALES.some((locale) => p === inLocale(locale, '/')));

/** The widths and themes every page is checked in with axe-core: a phone and a desktop, light and dark. */
const AXE_VIEWS = [
  { width: 360, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const visited = new Map<string, { status: number; ids: Set<string>; links: string[] }>();

/** A page's status, ids and links (a meta refresh counts as a link), read from its HTML. */
async function read(page: Page, path: string) {
  const response = await page.request.get(`${server.url}${path}`);
  if (!path.endsWith('/')) return { status: response.status(), ids: new Set<string>(), links: [] };
  const { document } = parseHTML(await response.text());
  const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
  const links = [...document.querySelectorAll('a[href], link[rel=canonical]')].map((a) => a.getAttribute('href')!);
  const refresh = document.querySelector('meta[http-equiv=refresh]')?.getAttribute('content');
  if (refresh) links.push(refresh.replace(/^\d+;\s*url=/i, ''));
  return { status: response.status(), ids, links };
}

/** Runs `fn` on a fresh page in its own context, and closes it whatever happens. */
async function withPage<T>(options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(STEP_MS);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  // asynchronous: a build that blocked the worker this long would time out Vitest's messages to it
  const built = await run('npm', ['run', 'build'], root);
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.output}`);
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('Chromium is missing: run "npm run install-browser" (apt-get install -y chromium)');
  server = await serve(dist);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: STEP_MS,
  });
  // crawl from "/", following every link
  await withPage({}, async (page) => {
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      const result = await read(page, path);
      visited.set(path, result);
      for (const href of result.links) {
        const url = new URL(href, `${server.url}${path}`);
        if (url.origin === server.url && !visited.has(url.pathname)) queue.push(url.pathname);
      }
    }
  });
}, HOOK_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the downloads of 2009', () => {
  const edition = `${dist}/2009`;

  it('load as a Frictionless Data Package (datapackage-js), every row passing its Table Schema', async () => {
    const { resources, rows, faults } = await dataPackageFaults(edition);
    expect(faults).toEqual([]);
    // estimates, reconciliation and the codebook, the 11 tables and the 32 figures the chapters place
    expect(resources).toBe(46);
    // estimates.csv alone has 1,714 lines of data
    expect(rows).toBeGreaterThan(1_714);
  });

  it('fail that check when a column is given the wrong type', async () => {
    const descriptor = JSON.parse(readFileSync(`${edition}/datapackage.json`, 'utf8')) as {
      resources: { name: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    const estimates = descriptor.resources.find((r) => r.name === 'data-estimates')!;
    // a planted fault: rates and shares are not whole numbers
    estimates.schema.fields.find((f) => f.name === 'value')!.type = 'integer';
    const { faults } = await dataPackageFaults(edition, descriptor);
    expect(
      faults.some((f) => /^data-estimates: .*"value"/.test(f)),
      faults.join('\n'),
    ).toBe(true);
  });

  it('give each file on the downloads page the size it is served at', () => {
    const { document } = parseHTML(readFileSync(`${edition}/downloads/index.html`, 'utf8'));
    const rows = [...document.querySelectorAll('tbody tr')].filter((r) => r.querySelector('a[download]'));
    // five data files, 11 tables, and 32 figures as CSV, SVG and PNG
    expect(rows.length).toBe(5 + 11 + 96);
    for (const row of rows) {
      const href = row.querySelector('a')!.getAttribute('href')!;
      const served = readFileSync(`${dist}${href}`);
      expect(row.querySelector('td.num')!.textContent, href).toBe(
        kilobytes(href.endsWith('.png') ? served : served.toString('utf8')),
      );
    }
  });

  it('offer each chart as a PNG image too, twice the SVG drawing in size', () => {
    const png = readFileSync(`${edition}/figures/region-shares.png`);
    // the PNG signature, then the IHDR chunk's width and height
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = readFileSync(`${edition}/figures/region-shares.svg`, 'utf8');
    const [width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
  });

  it('offer each chart as an SVG that needs no style sheet, with its source', () => {
    const svg = readFileSync(`${edition}/figures/region-shares.svg`, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/var\(--|currentColor/);
    // Kazakhstan's colour in the light theme (src/charts/palette.ts)
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).toContain('>Source: Kydyrov and Abakirova (2010), The Scale of Human Trafficking in Central Asia.<');
  });
});

describe('the built site', () => {
  it('has the pages the sources make, and the crawl from / reaches each of them', () => {
    const crawled = [...visited.keys()].filter((p) => p.endsWith('/')).sort();
    // /compare/ is linked from every footer, with one edition too (src/layouts/Base.astro)
    const linked = PAGES;
    // a page missing from the crawl is unreachable; a page missing from PAGES would go unchecked (update PAGES above)
    expect({
      unreachable: linked.filter((p) => !crawled.includes(p)),
      notInPages: crawled.filter((p) => !linked.includes(p)),
    }).toEqual({ unreachable: [], notInPages: [] });
    for (const path of PAGES) expect(existsSync(`${dist}${path}index.html`), path).toBe(true);
  });

  it('leads from / to the latest edition and reaches every chapter', () => {
    const pages = [...visited.keys()].filter((p) => p.endsWith('/'));
    for (const chapter of [
      'summary',
      'introduction',
      'background',
      'methodology',
      'kazakhstan',
      'kyrgyzstan',
      'tajikistan',
      'turkmenistan',
      'uzbekistan',
      'comparative',
      'trends',
      'survey-results',
      'recommendations',
      'annex-questionnaires',
      'annex-interviewer-guide',
      'references',
      'audit',
    ]) {
      expect(pages, chapter).toContain(`/2009/${chapter}/`);
    }
    expect(pages).toContain('/2009/cite/');
    expect(pages).toContain('/2009/sitemap/');
  });

  it('has no broken link and no broken anchor', () => {
    const broken: string[] = [];
    for (const [path, page] of visited) {
      if (page.status !== 200) broken.push(`${path}: HTTP ${page.status}`);
      for (const href of page.links) {
        const url = new URL(href, `${server.url}${path}`);
        if (url.origin !== server.url) continue;
        const target = visited.get(url.pathname);
        if (url.hash && target && !target.ids.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${path} → ${href}: no such anchor`);
      }
    }
    expect(broken).toEqual([]);
  });

  it(
    'shows the headline numbers recomputed from the data',
    () =>
      withPage({}, async (page) => {
        await page.goto(`${server.url}/2009/summary/`);
        const region = page.locator('#table-region');
        const centralAsia = region.locator('tr', { hasText: 'Central Asia' });
        // KZ 191,904.5 + KG 62,760.5 + TJ 109,418.4 + TM 97,088.5 + UZ 670,890.0, from the printed inputs
        await expect
          .poll(() => centralAsia.locator('td').nth(2).innerText(), { timeout: STEP_MS })
          .toContain('1,132,064');
        // inside: 430,632 (the report printed 413,096); abroad: KZ 51,920.63 + KG 47,968.74 + TJ 89,712.24 + TM
        // 57,133.43 + UZ 454,696.50
        expect(await centralAsia.locator('td').nth(0).innerText()).toContain('430,632');
        expect(await centralAsia.locator('td').nth(1).innerText()).toContain('701,432');
        await page.goto(`${server.url}/2009/kazakhstan/`);
        // 15,778,000 / 8.6 × 76.3 / 1,000 = 139,984 victims inside Kazakhstan, limits 60 and 94 per 1,000 families
        const inside = page.locator('#table-estimates-KZ tbody').first().locator('tr', { hasText: 'Both kinds' });
        expect(await inside.innerText()).toMatch(/76\.3\s+139,984\s+110,079–172,457/);
      }),
    PAGE_TEST_MS,
  );

  it(
    'draws every chart as an image with an accessible name and its data as a table',
    () =>
      withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
        await page.goto(`${server.url}/2009/kazakhstan/`);
        const svg = page.locator('#figure-KZ-family-size .chart-svg.phone svg');
        expect(await svg.getAttribute('role')).toBe('img');
        expect(await svg.getAttribute('aria-label')).toBe(
          'Figure 2 (report: Figure 2-1b). Kazakhstan: family size: the lowest and highest provinces and the average',
        );
        const cells = await page.$$eval('#figure-KZ-family-size details tbody tr', (rows) =>
          rows.map((row) => [...row.children].map((c) => c.textContent).join(' ')),
        );
        expect(cells).toEqual([
          'Akmola (highest) the highest 12.7 2.1.2 (Figure 2-1b)',
          'Zhambyl (lowest) the lowest 4.9 2.1.2 (Figure 2-1b)',
          'Average over provinces the average 8.6 2.1.2 (Figure 2-1b)',
        ]);
      }),
    PAGE_TEST_MS,
  );
});

describe('the Russian edition', () => {
  it(
    'shows the same values as the English pages, in Russian form',
    () =>
      withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
        const nbsp = '\u00a0';
        await page.goto(`${server.url}/ru/2009/summary/`);
        const centralAsia = page.locator('#table-region tr', { hasText: 'Центральная Азия' });
        // the same 1,132,064, 430,632 and 701,432 as the English test above reads
        await expect
          .poll(() => centralAsia.locator('td').nth(2).textContent(), { timeout: STEP_MS })
          .toContain(`1${nbsp}132${nbsp}064`);
        expect(await centralAsia.locator('td').nth(0).textContent()).toContain(`430${nbsp}632`);
        expect(await centralAsia.locator('td').nth(1).textContent()).toContain(`701${nbsp}432`);
        await page.goto(`${server.url}/ru/2009/`);
        expect(await page.locator('h1').innerText()).toBe(
          `Около 1,1${nbsp}млн человек из пяти стран Центральной Азии ежегодно становятся жертвами эксплуатации`,
        );
        await page.goto(`${server.url}/ru/2009/kazakhstan/`);
        const svg = page.locator('#figure-KZ-family-size .chart-svg.phone svg');
        expect(await svg.getAttribute('aria-label')).toMatch(/^Рисунок 2 \(в докладе: рис\. 2-1b\)\. Казахстан/);
        // the chart's own drawing, for the link under it, is the Russian one
        const href = await page.locator('#figure-KZ-family-size a', { hasText: 'SVG' }).first().getAttribute('href');
        expect(href).toBe('/ru/2009/figures/KZ-family-size.svg');
        expect(readFileSync(`${dist}${href}`, 'utf8')).toContain('Источник: Кыдыров и Абакирова (2010)');
      }),
    PAGE_TEST_MS,
  );

  it(
    'finds a province by its Russian name among the Russian pages only',
    () =>
      withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
        await page.goto(`${server.url}/ru/2009/search/?q=${encodeURIComponent('Ошская')}`);
        const results = page.locator('#search-results li a');
        await expect.poll(() => results.count(), { timeout: STEP_MS }).toBeGreaterThan(0);
        const paths = await results.evaluateAll((links) =>
          links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        );
        expect(paths).toContain('/ru/2009/kyrgyzstan/');
        expect(paths.every((p) => p.startsWith('/ru/2009/'))).toBe(true);
        expect(await page.locator('#search-status').innerText()).toMatch(/^Слова «Ошская» найдены/);
      }),
    PAGE_TEST_MS,
  );
});

describe('search', () => {
  it(
    'finds a province in its country chapter at phone width, among pages of the edition only',
    () =>
      withPage({ viewport: { width: 360, height: 800 } }, async (page) => {
        await page.goto(`${server.url}/2009/kazakhstan/`);
        // the form in the header leads to the search page, which runs the search
        await page.locator('#site-search-query').fill('Osh');
        await page.locator('form.site-search button').click();
        await page.waitForURL(/\/2009\/search\/\?q=Osh$/);
        const results = page.locator('#search-results li a');
        await expect.poll(() => results.count(), { timeout: STEP_MS }).toBeGreaterThan(0);
        expect(
          await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        ).toContain('/2009/kyrgyzstan/');
        expect(await page.locator('#search-status').innerText()).toMatch(
          /^\d+ pages? of the 2009 edition contain “Osh”/,
        );
        // every page the index holds is filed under its edition (the search pages filter on it); the lists of pages and
        // the whole edition on one page are not indexed
        // a string, so that Vitest leaves the import to the browser
        const filters = await page.evaluate("import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())");
        // each language has an index of its own (Pagefind reads <html lang>): this page's is the English one
        const indexed = EDITION_PAGES.filter((p) => p.locale === 'en' && !/(search|sitemap|print)\/$/.test(p.path));
        expect(filters).toEqual({
          edition: Object.fromEntries(EDITIONS.map((e) => [e, indexed.filter((p) => p.edition === e).length])),
        });
      }),
    PAGE_TEST_MS,
  );

  it(
    'without JavaScript, the form leads to the search page, which says so and links to all pages',
    () =>
      withPage({ javaScriptEnabled: false }, async (page) => {
        await page.goto(`${server.url}/2009/methodology/`);
        await page.locator('#site-search-query').fill('Osh');
        await page.locator('form.site-search button').click();
        await page.waitForURL(/\/2009\/search\/\?q=Osh$/);
        const note = page.locator('main noscript, main p', { hasText: 'needs JavaScript' });
        expect(await note.innerText()).toContain('needs JavaScript');
        expect(await page.locator('main a', { hasText: 'all pages' }).getAttribute('href')).toBe('/2009/sitemap/');
      }),
    PAGE_TEST_MS,
  );
});

describe('the feed of editions and corrections', () => {
  it(
    'is well-formed Atom with absolute addresses, an entry for each published edition, linked from every page',
    () =>
      withPage({}, async (page) => {
        await page.goto(`${server.url}/2009/`);
        const feed = await page.evaluate(async () => {
          const text = await (await fetch('/feed.xml')).text();
          const xml = new DOMParser().parseFromString(text, 'application/xml');
          const atom = 'http://www.w3.org/2005/Atom';
          const entries = [...xml.getElementsByTagNameNS(atom, 'entry')];
          return {
            errors: xml.getElementsByTagName('parsererror').length,
            root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
            id: xml.documentElement.querySelector(':scope > id')?.textContent,
            updated: xml.documentElement.querySelector(':scope > updated')?.textContent,
            entries: entries.map((e) => ({
              id: e.querySelector('id')?.textContent,
              title: e.querySelector('title')?.textContent,
              updated: e.querySelector('updated')?.textContent,
              link: e.querySelector('link')?.getAttribute('href'),
            })),
          };
        });
        const record = JSON.parse(readFileSync(`${root}data/2009/record.json`, 'utf8'));
        expect(feed).toMatchObject({
          errors: 0,
          root: 'http://www.w3.org/2005/Atom feed',
          id: 'http://localhost:4321/',
        });
        expect(feed.entries).toContainEqual({
          id: 'http://localhost:4321/2009/',
          title: 'The 2009 edition is published',
          updated: `${record.published}T00:00:00Z`,
          link: 'http://localhost:4321/2009/',
        });
      }),
    PAGE_TEST_MS,
  );
});

describe('page weight', () => {
  it('keeps a page and its style sheet and scripts within 60 KB gzipped (the whole edition on one page: 200)', () => {
    const gzipped = (file: string) => gzipSync(readFileSync(`${dist}${file}`)).length;
    const weights = PAGES.map((path) => {
      const html = readFileSync(`${dist}${path}index.html`, 'utf8');
      const assets = [...html.matchAll(/<(?:link rel="stylesheet"|script[^>]*) (?:href|src)="([^"]+)"/g)].map(
        (m) => m[1]!,
      );
      return { path, bytes: gzipped(`${path}index.html`) + assets.reduce((n, a) => n + gzipped(a), 0) };
    });
    // the print page is every chapter at once, for readers who ask for the whole edition
    const heavy = weights.filter((w) => w.bytes > (w.path.endsWith('/print/') ? 200 : 60) * 1024);
    expect(heavy.map((w) => `${w.path}: ${(w.bytes / 1024).toFixed(1)} KB`)).toEqual([]);
  });
});

describe.each(READ_PAGES)('page %s', (path) => {
  it(
    path.endsWith('/search/') ? 'loads the script of the search, and no other' : 'loads no script',
    () =>
      withPage({}, async (page) => {
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        });
        await page.goto(`${server.url}${path}`);
        const inline = await page.locator('script:not([src])').count();
        if (path.endsWith('/search/')) {
          // the search page's own script, a file of the site, loads Pagefind's module only when there is a term
          expect({ inline, scripts }).toEqual({ inline: 0, scripts: ['/search.js'] });
        } else {
          expect({ inline, scripts }).toEqual({ inline: 0, scripts: [] });
        }
        expect(await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe(
          '/feed.xml',
        );
      }),
    PAGE_TEST_MS,
  );

  it(
    'reads with JavaScript off and asks nothing of any other host',
    () =>
      withPage({ javaScriptEnabled: false }, async (page) => {
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(server.url)) foreign.push(request.url());
        });
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status()).toBe(200);
        expect(foreign).toEqual([]);
      }),
    PAGE_TEST_MS,
  );

  it.each(AXE_VIEWS)(
    'passes every axe-core rule, WCAG 2.1 AA and best practices, at $width px in the $colorScheme theme',
    ({ width, colorScheme }) =>
      withPage({ viewport: { width, height: 800 }, colorScheme }, async (page) => {
        await page.goto(`${server.url}${path}`);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document);
          return r.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target})`,
          );
        });
        expect(violations).toEqual([]);
      }),
    PAGE_TEST_MS,
  );
});

describe.each(EDITION_PAGES)('edition page $path', ({ path, edition, locale }) => {
  it(
    'is stamped with its edition, data checksum and build date, and has one h1',
    () =>
      withPage({}, async (page) => {
        const manifest = JSON.parse(readFileSync(`${root}generated/${edition}/edition.json`, 'utf8'));
        await page.goto(`${server.url}${path}`);
        const footer = await page.locator('footer.site').innerText();
        const stamp = words(locale).site.builtFrom(edition, '0000-00-00').split('0000-00-00');
        expect(footer).toContain(stamp[0]);
        expect(footer).toMatch(new RegExp(`${stamp[0]}\\d{4}-\\d{2}-\\d{2}${stamp[1]}`));
        expect(await page.locator('footer .checksum').getAttribute('title')).toBe(manifest.checksum);
        expect(await page.locator('h1').count()).toBe(1);
      }),
    PAGE_TEST_MS,
  );

  it(
    'is in its language, names its twins in every language and links to the other',
    () =>
      withPage({}, async (page) => {
        await page.goto(`${server.url}${path}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        const twins = await page.$$eval('head link[rel=alternate][hreflang]', (links) =>
          links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
        );
        const english = locale === 'en' ? path : path.slice(`/${locale}`.length);
        expect(twins).toEqual([...LOCALES.map((l) => `${l} ${inLocale(l, english)}`), `x-default ${english}`]);
        const other = LOCALES.find((l) => l !== locale)!;
        expect(await page.locator('header.site a.language').getAttribute('href')).toBe(inLocale(other, english));
        expect(await page.locator('header.site a.language').getAttribute('hreflang')).toBe(other);
      }),
    PAGE_TEST_MS,
  );

  it(
    'reflows at 320 CSS pixels (WCAG 1.4.10): not wider than the screen, tables and charts scroll inside their box',
    () =>
      withPage({ viewport: { width: 320, height: 800 } }, async (page) => {
        await page.goto(`${server.url}${path}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }),
    PAGE_TEST_MS,
  );
});
