/**
 * The last step of `npm run build`: Astro builds the site beside dist/, and only a build that
 * succeeds replaces it, so a failed build leaves the previous site as it was.
 *   tsx scripts/build.ts   (after npm run estimate and scripts/check-content.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const next = join(root, `dist.tmp-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);

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
