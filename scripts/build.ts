/**
 * The last step of `npm run build`: the content check (scripts/check-content.ts) and Astro run side by side, one on
 * each core; Astro builds the site beside dist/, Pagefind indexes it for the search pages, and only a build whose
 * content check passes and that succeeds replaces dist/, so a failed build leaves the previous site as it was. A
 * content fault is reported as the check lists it (file, line, column, no stack trace) and stops Astro.
 *   tsx scripts/build.ts   (after npm run estimate)
 * SITE_URL is the public address; without it the build is a local preview, and says so last, where it is seen.
 * DEPLOY=1 makes a missing SITE_URL or CORRECTIONS_CONTACT an error (src/site/publisher.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** A child process whose output is held until `release`, then passed through; and its exit status. */
function held(command: string, args: string[]) {
  const child: ChildProcess = spawn(command, args, { cwd: root, detached: true });
  const output: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  const pass = (stream: NodeJS.WriteStream) => (chunk: Buffer) =>
    released ? stream.write(chunk) : output.push([stream, chunk]);
  child.stdout!.on('data', pass(process.stdout));
  child.stderr!.on('data', pass(process.stderr));
  const status = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return {
    status,
    release() {
      released = true;
      for (const [stream, chunk] of output.splice(0)) stream.write(chunk);
    },
    stop() {
      // the whole group: npx, and Astro under it
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

const check = held('npx', ['tsx', 'scripts/check-content.ts']);
// --force: Astro keeps a content cache between builds, and a stale number is a wrong number
const astro = held('npx', ['astro', 'build', '--force', '--outDir', next]);
const checked = await check.status;
check.release();
if (checked !== 0) {
  astro.stop();
  await astro.status;
  rmSync(next, { recursive: true, force: true });
  console.error(`build: the content has faults; ${kept()}`);
  process.exit(checked);
}
astro.release();
const built = await astro.status;
if (built !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: Astro failed; ${kept()}`);
  process.exit(built);
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
