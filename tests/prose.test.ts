/**
 * Everything the project publishes is in its own words: the shared copied-prose tool finds
 * no passage of ten words or more repeated from the source report (quotations excepted).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tool = fileURLToPath(new URL('../../shared/tools/copied-prose', import.meta.url));

describe('own words', () => {
  it.skipIf(!existsSync(tool))('content/ and src/ repeat no passage of the source report', () => {
    let output = '';
    try {
      output = execFileSync(tool, ['content', 'src'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output).toBe('');
  });
});
