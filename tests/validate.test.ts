/** `npm run validate -- <round>`: names every faulty questionnaire, and refuses a file-level fault. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
function validate(round: string, dataDir: string): { status: number; output: string } {
  try {
    return {
      status: 0,
      output: execFileSync('npx', ['tsx', 'scripts/validate.ts', round, dataDir], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}
function scratch(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'validate-'));
  cpSync(fileURLToPath(new URL('./fixtures/small-round/small', import.meta.url)), join(dataDir, 'small'), {
    recursive: true,
  });
  return dataDir;
}

describe('npm run validate', () => {
  it('prints the exclusion report, naming every faulty questionnaire', () => {
    const { status, output } = validate('small', scratch());
    expect(status).toBe(0);
    expect(output.split('\n')).toEqual([
      'small: 14 questionnaires read, 8 valid, 6 excluded',
      '  1 excluded: a count or the number of relatives is not a whole number ≥ 0: q14',
      '  2 excluded: number of relatives blank or below 1: q05, q12',
      '  1 excluded: more than 30 relatives: q06',
      '  1 excluded: women + men above the given labor total: q07',
      '  1 excluded: all exploited relatives together (both periods, labor and sexual) outnumber the relatives: q13',
      '  warning: no valid questionnaire in KG Talas; it carries no weight',
      '',
    ]);
  });

  it('refuses a round with a file-level fault, with file, line and column', () => {
    const dataDir = scratch();
    const file = join(dataDir, 'small/questionnaires.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('q03,KG,Osh,', 'q03,KG,Oš,').replace('q09,KG,', 'q08,KG,'));
    const { status, output } = validate('small', dataDir);
    expect(status).toBe(1);
    expect(output).toContain('small: 2 faults in the files');
    expect(output).toContain(`${file}:4:3: province: expected a province of KG in provinces.csv, found "Oš"`);
    expect(output).toMatch(new RegExp(`${file}:\\d+:1: id: "q08" is already used on line \\d+`));
  });

  it('names a missing file', () => {
    const dataDir = scratch();
    rmSync(join(dataDir, 'small/provinces.csv'));
    const { status, output } = validate('small', dataDir);
    expect(status).toBe(1);
    expect(output).toContain(
      `${join(dataDir, 'small/provinces.csv')}:1:1: file is missing: a round of questionnaires needs ` +
        `round.json, questionnaires.csv, provinces.csv and countries.csv`,
    );
  });

  it('refuses a file that is not UTF-8', () => {
    const dataDir = scratch();
    const file = join(dataDir, 'small/questionnaires.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('q02,KG,Osh,'));
    // a settlement name saved as Windows-1251 ("Ош" as 0xCE 0xF8)
    const broken = Buffer.concat([bytes.subarray(0, at + 11), Buffer.from([0xce, 0xf8]), bytes.subarray(at + 11)]);
    writeFileSync(file, broken);
    const { status, output } = validate('small', dataDir);
    expect(status).toBe(1);
    expect(output).toContain(`${file}:3:1: expected UTF-8 text; save the file as CSV UTF-8`);
  });
});
