/**
 * `npm run dev` for editors: an Astro integration that runs the estimate step (scripts/estimate.ts) when the
 * server starts and again whenever a file in data/ changes, so that the pages show the new values on reload.
 * The estimate runs in a child process, one run at a time; a burst of saves makes one more run.
 *
 * A fault in the data leaves generated/ as it was (the estimate writes nothing then), so the pages would show the
 * old numbers: until the data is mended, every page answers with the located faults instead, and the terminal
 * prints them. The server keeps running. Dev only: Astro calls astro:server:setup for the dev server alone, and
 * `npm run build` runs the estimate itself.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { url } from './url.ts';

/** How long to wait after a change in data/ for the rest of a save (an editor may write several files). */
const SETTLE_MS = 150;

export interface EstimateRun {
  ok: boolean;
  /** what the estimate printed: the exclusion report, or the faults with file, line and column */
  output: string;
}

/** Runs `tsx scripts/estimate.ts` in root, as `npm run estimate` does, without npm's start-up. */
export function runEstimate(root: string): Promise<EstimateRun> {
  const tsx = createRequire(join(root, 'package.json')).resolve('tsx/cli');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, 'scripts/estimate.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `estimate: could not start: ${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trimEnd() }));
  });
}

/** The page every request for a page gets while the data has a fault. */
export function dataFaultPage(output: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>The data has a fault</title>' +
    // the dev server's client reloads the page once the estimate has run again
    `<script type="module" src="${url('/@vite/client')}"></script></head>\n` +
    '<body style="font-family: sans-serif; margin: 2rem">' +
    "<h1>The data has a fault</h1>\n<p>The estimate step stopped, so no page can show this edition's numbers. " +
    'Mend the data file named below and save it: the estimate runs again and this page reloads.</p>\n' +
    `<pre style="white-space: pre-wrap; border: 2px solid #a4000f; padding: 1rem">${escape(output)}</pre>\n` +
    '</body>\n</html>\n'
  );
}

export function devReload(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dev-reload',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Astro also starts a server without HTTP to sync its content types; only the real one watches
        if (!server.httpServer) return;
        const dataDir = join(root, 'data');
        let fault: string | undefined;
        let running: Promise<void> | undefined;
        let again = false;
        let timer: NodeJS.Timeout | undefined;

        const estimate = async (why: string): Promise<void> => {
          if (running) {
            again = true;
            return running;
          }
          running = (async () => {
            do {
              again = false;
              const started = Date.now();
              const run = await runEstimate(root);
              fault = run.ok ? undefined : run.output;
              report(logger, why, run, Date.now() - started);
            } while (again);
          })();
          try {
            await running;
          } finally {
            running = undefined;
          }
        };

        server.middlewares.use((request, response, next) => {
          // pages and downloads; not the dev server's own modules, which the fault page loads to reload itself
          if (fault === undefined || /^\/(@|node_modules\/|src\/|__)/.test(request.url ?? '')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(dataFaultPage(fault));
        });

        server.watcher.add(dataDir);
        const changed = (path: string) => {
          // editors' swap and backup files are not data (the estimate skips dot files too)
          if (!path.startsWith(`${dataDir}${sep}`) || basename(path).startsWith('.') || path.endsWith('~')) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            void estimate(`${relative(root, path)} changed`).then(() => server.ws.send({ type: 'full-reload' }));
          }, SETTLE_MS);
        };
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
          server.watcher.on(event, changed);

        await estimate('the dev server starts');
      },
    },
  };
}

function report(logger: AstroIntegrationLogger, why: string, run: EstimateRun, ms: number) {
  if (run.ok) {
    logger.info(`${why}: estimates written to generated/ in ${(ms / 1000).toFixed(1)} s\n${run.output}`);
    return;
  }
  logger.error(`${why}: the estimate stopped; every page shows its faults until the data is mended\n${run.output}`);
}
