/**
 * The build as a whole refuses bad content: a chapter with an unknown reference makes
 * `npm run build` exit non-zero and name the place (Astro alone would log and go on).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('npm run build', () => {
  it('stops on an unknown reference in a chapter, naming file, line and column', () => {
    const copy = mkdtempSync(join(tmpdir(), 'build-'));
    for (const entry of ['src', 'content', 'data', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    writeFileSync(join(copy, 'content/2009/zz-test.md'), '---\ntitle: "T"\nsection: ""\norder: 999\nsummary: "T."\n---\n\nIt was :n[KZ.insid.victims].\n');
    let status = 0;
    let output = '';
    try {
      execSync('npm run build', { cwd: copy, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = failure.stdout + failure.stderr;
    }
    expect(status).not.toBe(0);
    expect(output).toContain('content/2009/zz-test.md:8:8: unknown reference "KZ.insid.victims"');
  }, 120_000);
});
