/** The project in a temporary folder, sharing node_modules, to build or check without touching the work tree. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));

export function copyOfProject(prefix: string): string {
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
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

/**
 * Runs a command and resolves with its exit status and output. Asynchronous on purpose: a build
 * takes long on a busy machine, and a synchronous child would block the test worker so long that
 * Vitest's own messages to it time out.
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ status: number; stdout: string; stderr: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr, output: stdout + stderr }));
  });
}
