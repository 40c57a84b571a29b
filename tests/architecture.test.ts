/**
 * Data flows one way: data/ → parse and validate → estimate → generated → pages. This test reads
 * every import of src/ and scripts/ and fails on one that runs against that flow, so that the
 * folders keep saying what the pipeline is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The stages of src/, upstream first. A module may import its own folder and folders of earlier stages. */
export const STAGES: readonly (readonly string[])[] = [
  ['stats'],
  ['model'],
  // the site's words in every language, and the Russian cases of the data's words
  ['i18n'],
  ['data'],
  ['survey'],
  ['estimate'],
  ['generated'],
  // three peers that draw from the generated data; none imports another
  ['tables', 'charts', 'content'],
  ['site'],
  ['styles'],
  ['layouts'],
  ['pages'],
];
/** Stages whose modules compute and may not reach for the site's machinery or the file system. */
const PURE = ['stats', 'model', 'survey', 'estimate'];
const FORBIDDEN_IN_PURE = ['astro', '@observablehq/plot', 'node:fs', 'fs', 'linkedom'];

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  let text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.astro')) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const stageOf = (folder: string) => STAGES.findIndex((stage) => stage.includes(folder));
const folderOf = (path: string) => relative(join(root, 'src'), path).split('/')[0]!;

/** The imports of one file of src/ that run against the flow, as "file → import (why)". */
function faultsOf(file: string, specifiers: readonly string[]): string[] {
  const faults: string[] = [];
  const from = folderOf(join(root, file));
  for (const specifier of specifiers) {
    if (PURE.includes(from) && FORBIDDEN_IN_PURE.includes(specifier))
      faults.push(`${file} → ${specifier} (a computing stage reads no files and draws nothing)`);
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(join(root, file)), specifier);
    if (!target.startsWith(join(root, 'src'))) {
      faults.push(`${file} → ${specifier} (src/ imports nothing outside src/)`);
      continue;
    }
    const to = folderOf(target);
    if (to === from) continue;
    if (stageOf(to) > stageOf(from)) faults.push(`${file} → ${specifier} (${to}/ comes after ${from}/)`);
    else if (stageOf(to) === stageOf(from)) faults.push(`${file} → ${specifier} (${from}/ and ${to}/ are peers)`);
  }
  return faults;
}

describe('the flow of data', () => {
  it('knows every folder of src/', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => stageOf(f) < 0)).toEqual([]);
  });

  it('has no import in src/ against it', () => {
    expect(files('src').flatMap((file) => faultsOf(file, imports(file)))).toEqual([]);
  });

  it('names an import against it, between peers, out of src/, or of the file system in a computing stage', () => {
    expect(faultsOf('src/data/loadRound.ts', ['../survey/settlementTallies.ts', '../model/edition.ts'])).toEqual([
      'src/data/loadRound.ts → ../survey/settlementTallies.ts (survey/ comes after data/)',
    ]);
    expect(faultsOf('src/charts/regionCharts.ts', ['../tables/tableModel.ts'])).toEqual([
      'src/charts/regionCharts.ts → ../tables/tableModel.ts (charts/ and tables/ are peers)',
    ]);
    expect(faultsOf('src/survey/tallyRound.ts', ['../../tests/edition2009.ts', 'node:fs'])).toEqual([
      'src/survey/tallyRound.ts → ../../tests/edition2009.ts (src/ imports nothing outside src/)',
      'src/survey/tallyRound.ts → node:fs (a computing stage reads no files and draws nothing)',
    ]);
  });

  it('keeps test code out of scripts/', () => {
    const faults = files('scripts').flatMap((file) =>
      imports(file)
        .filter((s) => s.startsWith('.') && resolve(dirname(join(root, file)), s).startsWith(join(root, 'tests')))
        .map((s) => `${file} → ${s}`),
    );
    expect(faults).toEqual([]);
  });

  it('matches the stage table of README.md', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const folder of STAGES.flat()) expect(readme, folder).toContain(`src/${folder}/`);
  });
});
