/**
 * The built site in a real browser (Debian's Chromium through playwright-core): builds it,
 * serves dist/ on 127.0.0.1, opens every page, follows every link and anchor, checks the
 * headline numbers, the page furniture, accessibility (axe-core) and that nothing is asked
 * of any other host.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../staticServer.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = `${root}dist`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const visited = new Map<string, { status: number; ids: Set<string>; links: string[] }>();
const foreignRequests: string[] = [];

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

beforeAll(async () => {
  execSync('npm run build', { cwd: root, stdio: 'pipe', env: { ...process.env, TZ: 'UTC' } });
  if (!existsSync('/usr/bin/chromium')) throw new Error('Chromium is missing: run "npm run install-browser" (apt-get install -y chromium)');
  server = await serve(dist);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  // crawl from "/", following every link
  const context = await browser.newContext();
  const page = await context.newPage();
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
  // then open every page in the browser with JavaScript off (all must read without it), watching requests
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const browsing = await noScript.newPage();
  browsing.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
  });
  for (const path of [...visited.keys()].filter((p) => p.endsWith('/') && p !== '/')) await browsing.goto(`${server.url}${path}`);
  await noScript.close();
  await context.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built site', () => {
  it('leads from / to the latest edition and reaches every chapter', () => {
    const pages = [...visited.keys()].filter((p) => p.endsWith('/'));
    for (const chapter of ['summary', 'introduction', 'background', 'methodology', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan', 'comparative', 'trends', 'survey-results', 'recommendations', 'annex-questionnaires', 'annex-interviewer-guide', 'references', 'audit']) {
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
        if (url.hash && target && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href}: no such anchor`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('asks nothing of any other host', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('shows the headline numbers recomputed from the data', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/2009/summary/`);
    const region = page.locator('#table-region');
    const centralAsia = region.locator('tr', { hasText: 'Central Asia' });
    // KZ 191,904.5 + KG 62,760.5 + TJ 109,418.4 + TM 97,088.5 + UZ 670,890.0, from the printed inputs
    await expect.poll(() => centralAsia.locator('td').nth(2).innerText()).toContain('1,132,064');
    // inside: 430,632 (the report printed 413,096); abroad: KZ 51,920.63 + KG 47,968.74 + TJ 89,712.24 + TM 57,133.43 + UZ 454,696.50
    expect(await centralAsia.locator('td').nth(0).innerText()).toContain('430,632');
    expect(await centralAsia.locator('td').nth(1).innerText()).toContain('701,432');
    await page.goto(`${server.url}/2009/kazakhstan/`);
    // 15,778,000 / 8.6 × 76.3 / 1,000 = 139,984 victims inside Kazakhstan, limits 60 and 94 per 1,000 families
    const inside = page.locator('#table-estimates-KZ tbody').first().locator('tr', { hasText: 'Both kinds' });
    expect(await inside.innerText()).toMatch(/76\.3\s+139,984\s+110,079–172,457/);
    await page.close();
  });

  it('stamps every page with its edition, data checksum and build date', async () => {
    const manifest = JSON.parse(readFileSync(`${root}generated/2009/edition.json`, 'utf8'));
    const page = await browser.newPage();
    for (const path of [...visited.keys()].filter((p) => p.startsWith('/2009/') && p.endsWith('/'))) {
      await page.goto(`${server.url}${path}`);
      const footer = await page.locator('footer.site').innerText();
      expect(footer, path).toContain('2009 edition, built ');
      expect(footer, path).toMatch(/built \d{4}-\d{2}-\d{2}/);
      expect(await page.locator('footer .checksum').getAttribute('title'), path).toBe(manifest.checksum);
      expect(await page.locator('h1').count(), path).toBe(1);
    }
    await page.close();
  });

  it('meets WCAG 2.1 AA on every page as far as axe-core can tell, at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const problems: string[] = [];
    for (const path of [...visited.keys()].filter((p) => p.endsWith('/') && p !== '/')) {
      await page.goto(`${server.url}${path}`);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return r.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`);
      });
      problems.push(...result.map((v: string) => `${path}: ${v}`));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reflows at 320 CSS pixels (WCAG 1.4.10): no page is wider than the screen, tables and charts scroll inside their box', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    const wide: string[] = [];
    for (const path of [...visited.keys()].filter((p) => p.startsWith('/2009/') && p.endsWith('/'))) {
      await page.goto(`${server.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  it('draws every chart as an image with an accessible name and its data as a table', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}/2009/kazakhstan/`);
    const svg = page.locator('#figure-KZ-family-size .chart-svg.phone svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Figure \d+\. Kazakhstan: family size/);
    const cells = await page.$$eval('#figure-KZ-family-size details tbody tr', (rows) => rows.map((row) => [...row.children].map((c) => c.textContent).join(' ')));
    expect(cells).toEqual([
      'Akmola (highest) max 12.7 2.1.2 (Figure 2-1b)',
      'Zhambyl (lowest) min 4.9 2.1.2 (Figure 2-1b)',
      'Average over provinces mean 8.6 2.1.2 (Figure 2-1b)',
    ]);
    await page.close();
  });
});
