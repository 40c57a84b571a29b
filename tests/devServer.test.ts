/**
 * `npm run dev` for editors, in a copy of the project: a chapter with a fault shows its faults on its own page
 * while the other pages answer as usual; a mended chapter shows again; an edit to data/ is estimated again and
 * its values shown on reload; a fault in the data is shown with its place, and the server keeps running.
 *
 * Nothing here is timed: every wait polls with a deadline of minutes, for a busy 2-core machine. The server is
 * killed, with its process group, in afterAll. Speed is measured by hand with curl (a warm page answers in
 * milliseconds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, unpublish } from './projectCopy.ts';

const WAIT_MS = 240_000;

/** A port no one listens on now (if taken meanwhile, the dev server picks the next one and says so). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The environment an editor's shell gives, without what Vitest adds: its NODE_ENV=test and DEV=1 would reach the
 * pages' import.meta.env, and they would render as in a build.
 */
function editorsEnvironment(): NodeJS.ProcessEnv {
  const added = ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST'];
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !added.includes(name) && !/^(VITEST|TINYPOOL)/.test(name)),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

let copy: string;
let server: ChildProcess | undefined;
let printed = '';
let site = '';

/** Polls until check gives a value; fails with what the server printed if it stops or the deadline passes. */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (server?.exitCode !== null) throw new Error(`the dev server stopped while waiting for ${what}:\n${printed}`);
    if (Date.now() > deadline)
      throw new Error(`waited ${WAIT_MS / 1000} s for ${what}; the server printed:\n${printed}`);
    await sleep(500);
  }
}

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${site}${path}`, { signal: AbortSignal.timeout(WAIT_MS) });
  return { status: response.status, text: await response.text() };
}

const file = (path: string) => join(copy, path);
const edit = (path: string, change: (text: string) => string) => {
  const before = readFileSync(file(path), 'utf8');
  const after = change(before);
  expect(after, `the edit of ${path}`).not.toBe(before);
  writeFileSync(file(path), after);
};

/** Kazakhstan's estimated victims inside the country, as generated/ holds it and a page prints it. */
function kazakhstanInside(): string {
  const rows = JSON.parse(readFileSync(file('generated/2009/estimates.json'), 'utf8')) as {
    country: string;
    location: string;
    exploitation: string;
    sex: string;
    indicator: string;
    value: number;
  }[];
  const row = rows.find(
    (r) =>
      r.country === 'KZ' &&
      r.location === 'inside' &&
      r.exploitation === 'all' &&
      r.sex === 'all' &&
      r.indicator === 'victims',
  )!;
  return Math.round(row.value).toLocaleString('en-US');
}

const chapter = 'content/2009/kazakhstan.md';
let mended = '';
const countries = 'data/2009/countries.csv';
let data = '';

beforeAll(async () => {
  copy = copyOfProject('dev-', { ownCaches: true });
  unpublish(copy, '2009');
  mended = readFileSync(file(chapter), 'utf8');
  data = readFileSync(file(countries), 'utf8');
  // one bad reference in one chapter before the server starts
  edit(chapter, (text) => text.replace(':n[KZ.inside.victims]', ':n[KZ.insid.victims]'));
  server = spawn('npm', ['run', 'dev', '--', '--port', String(await freePort())], {
    cwd: copy,
    env: editorsEnvironment(),
    detached: true, // its own process group, so that afterAll ends npm, Astro and any estimate together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (printed += String(chunk).replace(ansi, '')));
  server.stderr!.on('data', (chunk: Buffer) => (printed += String(chunk).replace(ansi, '')));
  site = await until('the dev server to start', () => /Local\s+(http:\/\/\S+?)\/?\s/.exec(printed)?.[1]);
}, WAIT_MS + 60_000);

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 60_000);

describe('npm run dev', () => {
  it(
    'shows a chapter with a fault as the list of its faults with file, line and column; other pages answer',
    async () => {
      const faulty = await get('/2009/kazakhstan/');
      expect(faulty.status).toBe(500);
      expect(faulty.text).toContain('This chapter has a fault');
      expect(faulty.text).toMatch(
        /content\/2009\/kazakhstan\.md:\d+:\d+: unknown reference &quot;KZ\.insid\.victims&quot;/,
      );
      for (const path of ['/2009/methodology/', '/2009/', '/2009/kyrgyzstan/']) {
        const page = await get(path);
        expect(page.status, path).toBe(200);
        expect(page.text, path).not.toContain('This chapter has a fault');
      }
    },
    WAIT_MS + 60_000,
  );

  it(
    'shows the chapter again once it is mended',
    async () => {
      writeFileSync(file(chapter), mended);
      const page = await until('the mended chapter', async () => {
        const answer = await get('/2009/kazakhstan/');
        return answer.status === 200 ? answer.text : undefined;
      });
      expect(page).toContain(kazakhstanInside());
    },
    WAIT_MS + 60_000,
  );

  it(
    'estimates again when a data file changes, and the page shows the new value on reload',
    async () => {
      const before = kazakhstanInside();
      // one thousand more people in Kazakhstan: a little more victims, and every claim still holds
      edit(countries, (text) => text.replace(/^KZ,Kazakhstan,(\d+),/m, (_, n: string) => `KZ,Kazakhstan,${+n + 1},`));
      const after = await until('the new estimates', () => {
        try {
          const value = kazakhstanInside();
          return value !== before ? value : undefined;
        } catch {
          return undefined; // generated/ is being replaced
        }
      });
      await until('the page with the new value', async () => {
        const answer = await get('/2009/kazakhstan/');
        return answer.status === 200 && answer.text.includes(after) ? answer.text : undefined;
      });
    },
    WAIT_MS + 60_000,
  );

  it(
    'shows a fault in the data with its place on every page, keeps running, and recovers once it is mended',
    async () => {
      edit(countries, (text) => text.replace(/^KZ,Kazakhstan,(\d+),/m, 'KZ,Kazakhstan,$1 thousand,'));
      const fault = await until('the data fault', async () => {
        const answer = await get('/2009/methodology/');
        return answer.status === 500 ? answer.text : undefined;
      });
      expect(fault).toMatch(/data\/2009\/countries\.csv:\d+:\d+: population_thousands: expected a number/);
      expect(printed).toMatch(/data\/2009\/countries\.csv:\d+:\d+: population_thousands: expected a number/);
      writeFileSync(file(countries), data);
      await until('the pages again', async () => ((await get('/2009/methodology/')).status === 200 ? true : undefined));
      expect(server!.exitCode).toBeNull();
    },
    WAIT_MS + 60_000,
  );
});
