/**
 * A sentence that ranks or compares is checked against the data: change the data so that a
 * ranking flips, and the chapters that state it stop the build at the claim's line and column.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { copyOfProject, run, unpublish } from './projectCopy.ts';

/** Where a text stands in a file, as line:column. */
function place(file: string, text: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  return `${line + 1}:${lines[line]!.indexOf(text) + 1}`;
}

describe('claims against changed data', () => {
  it('stop the build where a ranking no longer holds, naming the values that contradict it', async () => {
    const copy = copyOfProject('flipped-');
    unpublish(copy, '2009');
    // Kyrgyzstan's rates ten times over: it now has the highest risk per 1,000 people, no longer the lowest
    const rates = join(copy, 'data/2009/rates.csv');
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(rates, 'utf8').trim()).data;
    const column = header!.indexOf('rate_per_1000_families');
    const flipped = rows.map((r) =>
      r[0] === 'KG' ? r.map((cell, i) => (i === column ? String(Number(cell) * 10) : cell)) : r,
    );
    writeFileSync(rates, `${Papa.unparse([header!, ...flipped], { newline: '\n' })}\n`);
    const tsx = (script: string) => run('npx', ['tsx', script], copy);
    expect((await tsx('scripts/estimate.ts')).status).toBe(0);
    const check = await tsx('scripts/check-content.ts');
    expect(check.status).toBe(1);
    const summary = join(copy, 'content/2009/summary.md');
    const at = place(summary, ':claim[The risk is also highest in Uzbekistan]');
    expect(check.stderr).toMatch(
      new RegExp(
        `content/2009/summary\\.md:${at}: claim "UZ highest rate_per_1000_population" does not hold: ` +
          'KG \\d+\\.\\d > UZ 24\\.3',
      ),
    );
    expect(check.stderr).toContain('claim "KG lowest rate_per_1000_population" does not hold');
    // the words taken from the data follow it instead: no fault for them
    expect(check.stderr).not.toMatch(/:rank\[/);
  }, 300_000);
});
