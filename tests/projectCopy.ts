/** The project in a temporary folder, sharing node_modules, to build or check without touching the work tree. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * @param options.ownCaches node_modules as a link per package rather than one link, so that a dev server in
 *   the copy keeps its own Vite cache (node_modules/.vite) and leaves the work tree's alone
 */
export function copyOfProject(prefix: string, options: { ownCaches?: boolean } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [
    'src',
    'content',
    'data',
    'scripts',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  if (!options.ownCaches) {
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    return copy;
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.vite' && name !== '.astro')
      symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

/**
 * Takes an edition's record (data/<edition>/record.json) out of a copy, so that the test may change its
 * data as an editor changes a round not yet published, without a correction.
 */
export const unpublish = (copy: string, edition: string) => rmSync(join(copy, 'data', edition, 'record.json'));

/**
 * Runs a command and resolves with its exit status and output. Asynchronous on purpose: a build
 * takes long on a busy machine, and a synchronous child would block the test worker so long that
 * Vitest's own messages to it time out.
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  /** settings added to this process's environment, such as BASE_PATH or SITE_URL */
  env: Readonly<Record<string, string>> = {},
): Promise<{ status: number; stdout: string; stderr: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr, output: stdout + stderr }));
  });
}
