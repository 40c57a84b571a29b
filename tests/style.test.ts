/**
 * No source line is longer than the formatter's width. Prettier wraps code but not strings or
 * comments (ESLint's max-len holds those), and it leaves .astro files alone, since reflowing their
 * markup changes the whitespace of the pages: this test covers every kind of source file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = JSON.parse(readFileSync(`${root}.prettierrc.json`, 'utf8')).printWidth as number;

describe('source layout', () => {
  it(`keeps every line of code, markup and style within ${WIDTH} characters`, () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.mjs', '*.js', '*.astro', '*.css', '*.sh'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) =>
      readFileSync(`${root}${file}`, 'utf8')
        .split('\n')
        .flatMap((line, i) => ([...line].length > WIDTH ? [`${file}:${i + 1}: ${[...line].length} characters`] : [])),
    );
    expect(long).toEqual([]);
  });
});
