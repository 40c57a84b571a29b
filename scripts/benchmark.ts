/**
 * Benchmark of the survey-round pipeline (a script, not a timed test):
 *   npm run benchmark [-- 11348,100000,1000000]
 * For each size, a seeded synthetic round is written to a temporary folder; then, each in a
 * fresh process so that its peak memory is its own:
 *   parse      papaparse alone streaming questionnaires.csv, rows as arrays (its fastest way),
 *   objects    papaparse alone streaming it with header: true, a row as an object (its usual way),
 *   estimate   validate + estimate (stream, tally, province rates, weighting, estimator),
 *   bootstrap  the cluster bootstrap, 1,000 replicates (at the smallest size only).
 * Each step runs three times: the fastest time is kept, as hyperfine and Lighthouse CI judge, since
 * a busy 2-core machine only ever adds time; the peak memory is the largest of the three.
 * Prints wall time, peak memory (max RSS) and the ratio of each time to papaparse's.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { tallyRound } from '../src/survey/tallyRound.ts';
import { clusterBootstrap } from '../src/estimate/clusterBootstrap.ts';
import { estimateRound } from '../src/estimate/estimateRound.ts';
import { byProvince } from '../src/survey/provinceStatistics.ts';
import { COUNTRY_NAMES, type Country } from '../src/model/dimensions.ts';
import { writeRound } from './synthetic/generateRound.ts';

interface Measure {
  seconds: number;
  peakMB: number;
  detail: string;
}

async function measure(kind: string, dir: string): Promise<Measure> {
  const start = performance.now();
  let detail: string;
  if (kind === 'parse' || kind === 'objects') {
    let rows = 0;
    await new Promise<void>((resolve, reject) =>
      Papa.parse(createReadStream(join(dir, 'questionnaires.csv'), { encoding: 'utf8' }) as unknown as File, {
        header: kind === 'objects',
        step: () => void rows++,
        complete: () => resolve(),
        error: reject,
      }),
    );
    detail = `${rows} rows`;
  } else if (kind === 'estimate') {
    const round = await tallyRound(dir);
    const estimates = estimateRound(round, { replicates: 0, seed: 1 });
    detail = `${round.tallies.read} read, ${round.tallies.valid} valid, ${estimates.figures.length} figures`;
  } else {
    const round = await tallyRound(dir);
    const t0 = performance.now();
    const countries = [...new Set(round.tallies.settlements.map((s) => s.country))] as Country[];
    const provincePopulation = new Map<string, Map<string, number>>();
    for (const p of round.provinces)
      provincePopulation.set(p.country, (provincePopulation.get(p.country) ?? new Map()).set(p.province, p.population));
    const figures = clusterBootstrap(
      {
        countries: countries.map((country) => ({
          country,
          name: COUNTRY_NAMES[country],
          population: round.countries.find((c) => c.country === country)!.population,
          sampleSize: 0,
        })),
        provinces: byProvince(round.tallies.settlements),
        provincePopulation,
        recallYears: round.meta.recallYears,
      },
      { replicates: 1000, seed: 1 },
    );
    detail =
      `1000 replicates, ${round.tallies.settlements.length} settlements, ${figures.length} limits (bootstrap ` +
      `alone ${((performance.now() - t0) / 1000).toFixed(2)} s)`;
  }
  return { seconds: (performance.now() - start) / 1000, peakMB: process.resourceUsage().maxRSS / 1024, detail };
}

const self = fileURLToPath(import.meta.url);
if (process.argv[2] === '--measure') {
  console.log(JSON.stringify(await measure(process.argv[3]!, process.argv[4]!)));
} else {
  const sizes = (process.argv[2] ?? '11348,100000,1000000').split(',').map(Number);
  const root = mkdtempSync(join(tmpdir(), 'benchmark-'));
  const once = (kind: string, dir: string): Measure =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', self, '--measure', kind, dir], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .at(-1)!,
    );
  const run = (kind: string, dir: string): Measure => {
    const runs = [once(kind, dir), once(kind, dir), once(kind, dir)];
    const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return { ...fastest, peakMB: Math.max(...runs.map((r) => r.peakMB)) };
  };
  console.log(`benchmark on Node ${process.version}; each figure the best of three fresh processes\n`);
  console.log('| questionnaires | file | step | wall time | ratio to papaparse (arrays) | peak memory | |');
  console.log('|---:|---:|---|---:|---:|---:|---|');
  for (const size of sizes) {
    // a round's folder is named after its edition
    const dir = join(root, String(size), 'benchmark');
    await writeRound(dir, { edition: 'benchmark', seed: 2009, questionnaires: size });
    const megabytes = statSync(join(dir, 'questionnaires.csv')).size / 1e6;
    const parse = run('parse', dir);
    const line = (step: string, m: Measure) =>
      console.log(
        `| ${size.toLocaleString('en-US')} | ${megabytes.toFixed(1)} MB | ${step} | ${m.seconds.toFixed(2)} ` +
          `s | ${(m.seconds / parse.seconds).toFixed(2)} | ${m.peakMB.toFixed(0)} MB | ${m.detail} |`,
      );
    line('papaparse alone, rows as arrays', parse);
    line('papaparse alone, header: true', run('objects', dir));
    line('validate + estimate', run('estimate', dir));
    if (size === sizes[0]) line('validate + estimate + bootstrap', run('bootstrap', dir));
    rmSync(join(root, String(size)), { recursive: true, force: true });
  }
  rmSync(root, { recursive: true, force: true });
}
