/**
 * The last step of `npm run build`: Astro builds the site beside dist/, and only a build that
 * succeeds replaces it, so a failed build leaves the previous site as it was.
 *   tsx scripts/build.ts   (after npm run estimate and scripts/check-content.ts)
 * SITE_URL is the public address; without it the build is a local preview, and says so last, where it is seen.
 * DEPLOY=1 makes a missing SITE_URL an error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW_ORIGIN, siteAddress, type SiteAddress } from '../src/site/siteAddress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const next = join(root, `dist.tmp-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);

let site: SiteAddress;
try {
  site = siteAddress(process.env);
} catch (error) {
  console.error(`build: ${(error as Error).message}; nothing was written`);
  process.exit(1);
}

// --force: Astro keeps a content cache between builds, and a stale number is a wrong number
const astro = spawnSync('npx', ['astro', 'build', '--force', '--outDir', next], { cwd: root, stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `build: Astro failed; ${existsSync(dist) ? 'dist/ still holds the previous site' : 'nothing was written'}`,
  );
  process.exit(astro.status ?? 1);
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
