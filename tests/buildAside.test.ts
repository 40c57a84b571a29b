/** A failed build leaves the site that was there: Astro builds beside dist/, and only success replaces it. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfProject, run } from './projectCopy.ts';

describe('npm run build', () => {
  it('leaves the previous dist/ untouched when Astro fails, and says so', async () => {
    const copy = copyOfProject('build-aside-');
    const build = () => run('npm', ['run', 'build'], copy);
    expect((await build()).status).toBe(0);
    const before = readFileSync(join(copy, 'dist/2009/summary/index.html'), 'utf8');
    // a page that fails while Astro renders it, past every check of the data and the chapters
    writeFileSync(join(copy, 'src/pages/broken.astro'), '---\nthrow new Error("planted");\n---\n');
    const failed = await build();
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('build: Astro failed; dist/ still holds the previous site');
    expect(readFileSync(join(copy, 'dist/2009/summary/index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(copy, 'dist/broken/index.html'))).toBe(false);
    expect(readdirSync(copy).filter((name) => name.startsWith('dist.'))).toEqual([]);
  }, 300_000);
});
