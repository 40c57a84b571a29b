/**
 * Everything the project publishes is in its own words: the shared copied-prose tool finds
 * no passage of ten words or more repeated from the source report (quotations excepted).
 *
 * The tool (../shared/tools/copied-prose, a Python script; COPIED_PROSE_TOOL overrides the path)
 * prints one line per passage found and exits 1 when it finds any, prints nothing and exits 0
 * otherwise. So a crash must not read as "nothing found": any other exit status, a signal, a
 * time-out, anything on stderr, or exit 1 without a passage fails the test, and a control run on
 * a file copied from the report must find it. Outside CI a missing tool skips with its reason;
 * with CI=true it fails.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tool =
  process.env.COPIED_PROSE_TOOL ?? fileURLToPath(new URL('../../shared/tools/copied-prose', import.meta.url));
/** The report's text, where the tool reads it (../seed beside tools/). */
const seed = join(dirname(tool), '..', 'seed', '000_c8a961469a560a73.txt');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const FOLDERS = ['content', 'src'];

/** Why the tool cannot be used here, or undefined when it can. */
function unavailable(): string | undefined {
  try {
    accessSync(tool, constants.X_OK);
    return undefined;
  } catch (error) {
    return `copied-prose tool not usable at ${tool} (${(error as NodeJS.ErrnoException).code})`;
  }
}

/** Runs the tool and throws on anything but its two documented outcomes; returns what it printed. */
function copiedProse(folders: string[], cwd: string): { found: boolean; output: string } {
  const run = spawnSync(tool, folders, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, COPIED_PROSE_WORDS: '10' },
  });
  const what = `${tool} ${folders.join(' ')}`;
  if (run.error) throw new Error(`${what}: could not run (${run.error.message})`);
  if (run.signal) throw new Error(`${what}: killed by ${run.signal}`);
  if (run.stderr.trim() !== '')
    throw new Error(`${what}: exit ${run.status}, stderr: ${run.stderr.trim().slice(0, 2000)}`);
  if (run.status === 0 && run.stdout === '') return { found: false, output: '' };
  if (run.status === 1 && /passage\(s\) repeat the source report/.test(run.stdout))
    return { found: true, output: run.stdout };
  throw new Error(`${what}: unexpected exit ${run.status} with output ${JSON.stringify(run.stdout.slice(0, 2000))}`);
}

const tmp = mkdtempSync(join(tmpdir(), 'copied-prose-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('own words', () => {
  const reason = unavailable();

  it('the copied-prose tool is there (required when CI=true)', (context) => {
    if (reason && !ci) context.skip(`${reason}; set CI=true to make this a failure`);
    expect(reason, 'the own-words check cannot run').toBeUndefined();
  });

  it('the tool finds a passage copied from the report (control)', (context) => {
    if (reason && !ci) context.skip(reason);
    // twelve words in a row from the report, split into words as the tool splits them
    const words =
      readFileSync(seed, 'utf8')
        .toLowerCase()
        .match(/[a-zа-яё0-9]+(?:['’][a-z]+)?/g) ?? [];
    expect(words.length, seed).toBeGreaterThan(10_000);
    const passage = words.slice(5_000, 5_012).join(' ');
    writeFileSync(join(tmp, 'copied.md'), `# A page\n\nOur words. ${passage}. More of our words.\n`);
    const { found, output } = copiedProse(['.'], tmp);
    expect(found).toBe(true);
    expect(output).toContain('copied.md: ');
  });

  it('content/ and src/ repeat no passage of the source report', (context) => {
    if (reason && !ci) context.skip(reason);
    // the tool walks a missing folder silently: make sure both are there
    for (const folder of FOLDERS) expect(existsSync(join(root, folder)), folder).toBe(true);
    expect(copiedProse(FOLDERS, root).output).toBe('');
  });
});
