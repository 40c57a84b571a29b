/**
 * The last step of `npm run build`: Astro builds the site beside dist/, Pagefind indexes it for the
 * search pages, and only a build that succeeds replaces dist/, so a failed build leaves the previous
 * site as it was.
 *   tsx scripts/build.ts   (after npm run estimate and scripts/check-content.ts)
 * SITE_URL is the public address; without it the build is a local preview, and says so last, where it is seen.
 * DEPLOY=1 makes a missing SITE_URL or CORRECTIONS_CONTACT an error (src/site/publisher.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { publisherOf } from '../src/site/publisher.ts';
import { PREVIEW_ORIGIN, siteAddress, type SiteAddress } from '../src/site/siteAddress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const next = join(root, `dist.tmp-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);
const kept = () => (existsSync(dist) ? 'dist/ still holds the previous site' : 'nothing was written');

let site: SiteAddress;
try {
  site = siteAddress(process.env);
  publisherOf(process.env);
} catch (error) {
  console.error(`build: ${(error as Error).message}; nothing was written`);
  process.exit(1);
}

// --force: Astro keeps a content cache between builds, and a stale number is a wrong number
const astro = spawnSync('npx', ['astro', 'build', '--force', '--outDir', next], { cwd: root, stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: Astro failed; ${kept()}`);
  process.exit(astro.status ?? 1);
}

/**
 * The search index, written to pagefind/ beside the pages. Only the main content of edition pages
 * (data-pagefind-body, see src/layouts/Base.astro) is indexed, with a filter naming its edition.
 */
async function indexForSearch(site: string): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`build: Pagefind did not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`build: Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0)
    throw new Error(`build: Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return `build: search index of ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)} s`;
}

try {
  console.log(await indexForSearch(next));
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  console.error(`${(error as Error).message}; ${kept()}`);
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });

if (site.preview) {
  const rule = '!'.repeat(100);
  console.warn(
    [
      rule,
      '!! SITE_URL is not set: dist/ is a LOCAL PREVIEW, not for publishing.',
      `!! Citations, BibTeX, RIS, sitemap.xml, robots.txt and link previews point at ${PREVIEW_ORIGIN}.`,
      '!! To publish, give the public address: SITE_URL=https://example.org/report BASE_PATH=/report npm run build',
      '!! (DEPLOY=1 npm run build refuses to build without SITE_URL.)',
      rule,
    ].join('\n'),
  );
}
