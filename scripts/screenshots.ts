/**
 * Screenshots of every page of the built site at phone and desktop widths, for a person to look at:
 *   npm run build && npm run screenshots [-- OUT_DIR]   (default: screenshots/, git-ignored)
 * Uses Debian's Chromium (apt-get install chromium) through playwright-core.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './staticServer.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const out = process.argv[2] ?? fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [`/${relative(root, dir)}${relative(root, dir) ? '/' : ''}`] : [];
  });
}

const server = await serve(root);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const [label, width] of [
  ['phone', 360],
  ['desktop', 1280],
] as const) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  for (const path of pages(root)) {
    await page.goto(`${server.url}${path}`);
    const name = `${label}-${path.replaceAll('/', '_').replace(/^_|_$/g, '') || 'root'}.png`;
    await page.screenshot({ path: join(out, name), fullPage: true });
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots written to ${out}`);
