/**
 * Screenshots of every page of the built site, for a person to look at:
 *   npm run build && npm run screenshots [-- OUT_DIR] [-- --only 2009/kazakhstan]
 * (default OUT_DIR: screenshots/, git-ignored). Four views of each page:
 *   phone     360 px wide, light theme
 *   desktop   1280 px wide, light theme
 *   dark      360 px wide, prefers-color-scheme: dark
 *   print     the page printed to PDF (A4) by Chromium, each PDF page turned into a PNG by pdftoppm
 * Uses Debian's Chromium (apt-get install chromium) through playwright-core, and pdftoppm
 * (Debian's poppler-utils) for the print view.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serve } from './staticServer.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const out = args[0] ?? fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [`/${relative(root, dir)}${relative(root, dir) ? '/' : ''}`] : [];
  });
}

type View = 'phone' | 'desktop' | 'dark' | 'print';
const VIEWS: { view: View; width: number; colorScheme: 'light' | 'dark' }[] = [
  { view: 'phone', width: 360, colorScheme: 'light' },
  { view: 'desktop', width: 1280, colorScheme: 'light' },
  { view: 'dark', width: 360, colorScheme: 'dark' },
  { view: 'print', width: 1280, colorScheme: 'light' },
];

async function shoot(page: Page, view: View, name: string): Promise<number> {
  if (view !== 'print') {
    await page.screenshot({ path: join(out, `${view}-${name}.png`), fullPage: true, timeout: 300_000 });
    return 1;
  }
  const pdf = join(out, `print-${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  // pdftoppm numbers the pages it writes: print-<name>-1.png, -2.png, …
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, `print-${name}`)]);
  rmSync(pdf);
  return readdirSync(out).filter((f) => f.startsWith(`print-${name}-`)).length;
}

const server = await serve(root);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const paths = pages(root).filter((path) => !only || path.includes(only));
let images = 0;
for (const { view, width, colorScheme } of VIEWS) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1, colorScheme });
  // the whole edition on one page is every chapter again: on screen the chapters' own shots show it
  for (const path of paths.filter((p) => view === 'print' || !p.endsWith('/print/'))) {
    await page.goto(`${server.url}${path}`);
    images += await shoot(page, view, path.replaceAll('/', '_').replace(/^_|_$/g, '') || 'root');
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`${images} screenshots of ${paths.length} pages written to ${out}`);
