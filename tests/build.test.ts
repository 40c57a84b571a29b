/**
 * The build as a whole refuses bad content: a chapter with an unknown reference makes
 * `npm run build` exit non-zero and name the place (Astro alone would log and go on).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { copyOfProject, root, run } from './projectCopy.ts';

/** Runs npm run build in the copy: its exit status and everything it printed. */
const build = (copy: string) => run('npm', ['run', 'build'], copy);

describe('npm run build', () => {
  it('stops on an unknown reference in a chapter, naming file, line and column', async () => {
    const copy = copyOfProject('build-');
    writeFileSync(
      join(copy, 'content/2009/zz-test.md'),
      '---\ntitle: "T"\nsection: ""\norder: 999\nsummary: "T."\n---\n\nIt was :n[KZ.insid.victims].\n',
    );
    const { status, output } = await build(copy);
    expect(status).not.toBe(0);
    expect(output).toContain('content/2009/zz-test.md:8:8: unknown reference "KZ.insid.victims"');
  }, 120_000);
});

describe('a translation', () => {
  it('older than its English is marked on its page and listed; one not yet written shows the English', async () => {
    const copy = copyOfProject('translation-');
    const summary = join(copy, 'content/2009/summary.md');
    writeFileSync(summary, `${readFileSync(summary, 'utf8')}\nA sentence added to the English.\n`);
    rmSync(join(copy, 'content/2009/ru/methodology.md'));
    const { status, output } = await build(copy);
    expect(status, output).toBe(0);
    expect(output).toContain(
      'content/2009/ru/summary.md:1:1: the translation is older than the English text (content/2009/summary.md): ' +
        'bring it up to date, then npm run translations -- --mark 2009 summary',
    );
    expect(output).toContain('content/2009/methodology.md: no ru translation yet');
    const stale = readFileSync(join(copy, 'dist/ru/2009/summary/index.html'), 'utf8');
    expect(stale).toContain('<strong>Перевод старше английского текста.</strong>');
    expect(stale).toContain('<a href="/2009/summary/" hreflang="en">Читать английскую главу</a>');
    const missing = readFileSync(join(copy, 'dist/ru/2009/methodology/index.html'), 'utf8');
    expect(missing).toContain('<strong>Перевод ещё не готов.</strong>');
    expect(missing).toMatch(/<div class="prose" lang="en">/);
    // the contents page says which chapters are behind, and the other pages are as they were
    const contents = readFileSync(join(copy, 'dist/ru/2009/index.html'), 'utf8');
    expect(contents).toContain('(перевод старше английского текста)');
    expect(contents).toContain('(на английском: перевод ещё не готов)');
    expect(readFileSync(join(copy, 'dist/ru/2009/kazakhstan/index.html'), 'utf8')).not.toContain('Перевод старше');
  }, 180_000);
});

describe('a second edition', () => {
  it('builds beside 2009, the 2009 pages as they were but for links between editions and the stamp', async () => {
    const copy = copyOfProject('editions-');
    const buildCopy = async () => expect((await build(copy)).status).toBe(0);
    const page = (path: string) =>
      readFileSync(join(copy, 'dist', path), 'utf8')
        .replace(/<nav class="editions"[\s\S]*?<\/nav>/, '')
        // the footer's link to /compare/ says "one so far" until a second round comes
        .replace(/<a href="\/compare\/"[^>]*>[^<]*<\/a>/, '')
        .replace(/built \d{4}-\d{2}-\d{2}/, '')
        .replace(/<link rel="stylesheet" href="[^"]*">/g, '');
    await buildCopy();
    const pages = [
      '2009/index.html',
      '2009/kazakhstan/index.html',
      '2009/methodology/index.html',
      '2009/audit/index.html',
      '2009/data/estimates.csv',
    ];
    const before = pages.map(page);
    cpSync(join(root, 'tests/fixtures/small-round/small'), join(copy, 'data/small'), { recursive: true });
    await buildCopy();
    expect(pages.map(page)).toEqual(before);
    // the new edition has its own pages and downloads, and "/" leads to it (the latest)
    expect(readFileSync(join(copy, 'dist/small/index.html'), 'utf8')).toContain('Small test round');
    expect(readFileSync(join(copy, 'dist/small/data/estimates.csv'), 'utf8')).toContain(
      'small,KG,inside,all,all,victims_lower_bootstrap,',
    );
    expect(readFileSync(join(copy, 'dist/index.html'), 'utf8')).toContain('url=/small/');
    expect(readFileSync(join(copy, 'dist/compare/index.html'), 'utf8')).toContain('<th scope="row">small</th>');
    expect(readFileSync(join(copy, 'dist/2009/kazakhstan/index.html'), 'utf8')).toContain('href="/small/"');
  }, 180_000);
});

describe('a round of questionnaires with chapters', () => {
  it('builds every table and figure when no relative was exploited abroad, and says where no value is', async () => {
    const copy = copyOfProject('no-abroad-');
    cpSync(join(root, 'tests/fixtures/small-round/small'), join(copy, 'data/small'), { recursive: true });
    // every count of exploitation abroad set to 0 (migration abroad stays as it was)
    const file = join(copy, 'data/small/questionnaires.csv');
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(file, 'utf8').trim()).data;
    const abroad = header!.flatMap((name, i) => (/^(labor|sexual)_abroad_/.test(name) ? [i] : []));
    const zeroed = rows.map((row) => row.map((cell, i) => (abroad.includes(i) ? '0' : cell)));
    writeFileSync(file, `${Papa.unparse([header!, ...zeroed], { newline: '\n' })}\n`);
    mkdirSync(join(copy, 'content/small'));
    cpSync(join(root, 'tests/fixtures/round-chapter/everything.md'), join(copy, 'content/small/everything.md'));
    const { status, output } = await build(copy);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
    expect(status, output).toBe(0);
    const page = readFileSync(join(copy, 'dist/small/everything/index.html'), 'utf8');
    expect(page).toContain('no figure (no victims in this cell, so there is no share to give)');
    expect(page).toContain('Kyrgyzstan: no victims, so no share');
    expect(page.match(/<figure class="chart"/g)).toHaveLength(12);
    expect(page.match(/<figure class="data-table"/g)).toHaveLength(4);
    const shares = readFileSync(join(copy, 'dist/small/figures/region-shares.csv'), 'utf8');
    expect(shares).toContain('Kyrgyzstan,Abroad,,no_victims');
  }, 300_000);

  it('publishes a round whose chapters round:new copied, unedited: drafts, marked, nothing contradicted', async () => {
    const copy = copyOfProject('round-new-');
    expect((await run('npx', ['tsx', 'scripts/round-new.ts', '2031'], copy)).status).toBe(0);
    for (const name of ['questionnaires.csv', 'provinces.csv', 'countries.csv', 'place_names_ru.csv'])
      cpSync(join(root, 'tests/fixtures/small-round/small', name), join(copy, 'data/2031', name));
    const { status, output } = await build(copy);
    expect(output).not.toMatch(/\n\s+at /);
    expect(status, output).toBe(0);
    // every fault of the copied chapters is listed for the editor, located
    const drafts = output.split('\n').filter((line) => line.startsWith('draft: content/2031/'));
    expect(drafts.length).toBeGreaterThan(50);
    expect(drafts.every((line) => /^draft: content\/2031\/(ru\/)?[a-z-]+\.md:\d+:\d+: /.test(line))).toBe(true);
    // the Russian drafts too: their typed numbers and faults are the editor's to see, not the build's to stop on
    expect(drafts.some((line) => line.startsWith('draft: content/2031/ru/'))).toBe(true);
    const summary = readFileSync(join(copy, 'dist/2031/summary/index.html'), 'utf8');
    expect(summary).toContain('Draft, not yet reviewed.');
    expect(summary).toContain('class="draft-marker"');
    expect(readFileSync(join(copy, 'dist/2031/index.html'), 'utf8')).toContain('(draft, not yet reviewed)');
    // the 2009 chapters themselves are unchanged and reviewed
    expect(readFileSync(join(copy, 'dist/2009/summary/index.html'), 'utf8')).not.toContain('draft-marker');
  }, 300_000);
});

describe('a published edition', () => {
  it('refuses a changed figure without a correction, and shows a correction on its page and in the feed', async () => {
    const copy = copyOfProject('record-');
    const countries = join(copy, 'data/2009/countries.csv');
    // Kazakhstan's population, printed as 15,778 thousand (Table 2-1a), typed as 15,800 thousand
    writeFileSync(countries, readFileSync(countries, 'utf8').replace('KZ,Kazakhstan,15778,', 'KZ,Kazakhstan,15800,'));
    const refused = await build(copy);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain(
      'data/2009/record.json:3:3: edition 2009 was published on 2026-11-30, and 354 of its figures would change:\n' +
        '    KZ.all.all.all.population: 15778000 → 15800000\n' +
        // 15,800,000 / 8.6 = 1,837,209 families
        '    KZ.all.all.all.families: 1834651 → 1837209\n',
    );
    expect(refused.output).toContain(
      '    … and 334 more\n  A published edition changes only by a correction on the record: ' +
        'run "npm run correct -- 2009", which adds to data/2009/record.json a correction dated today with every ' +
        'changed figure and the new checksum, then write in it what changed and why; or undo the change\n',
    );
    expect(existsSync(join(copy, 'dist'))).toBe(false);

    const drafted = await run('npm', ['run', 'correct', '--', '2009'], copy);
    expect(drafted.output).toContain('correct: a draft correction of 354 figures added to data/2009/record.json');
    // a draft is refused until the editor says what changed and why
    const draft = await build(copy);
    expect(draft.status).not.toBe(0);
    expect(draft.output).toMatch(/data\/2009\/record\.json:\d+:7: corrections\.0\.what: expected a sentence saying /);

    const file = join(copy, 'data/2009/record.json');
    const record = JSON.parse(readFileSync(file, 'utf8'));
    Object.assign(record.corrections[0], {
      what: 'The population of Kazakhstan is 15.8 million.',
      why: 'A test of the record.',
    });
    writeFileSync(file, JSON.stringify(record, null, 2));
    const corrected = await build(copy);
    expect(corrected.status, corrected.output).toBe(0);
    const page = readFileSync(join(copy, 'dist/2009/index.html'), 'utf8');
    expect(page).toContain('<h2 id="corrections">Corrections</h2>');
    expect(page).toMatch(
      /<li id="correction-1">\s*<p><time datetime="\d{4}-\d{2}-\d{2}">[\d-]+<\/time>: The population/,
    );
    expect(page).toContain('354 figures changed');
    expect(page).toMatch(
      /<code>KZ\.all\.all\.all\.sampling_ratio<\/code><\/th><td>0\.00014159<\/td>\s*<td>0\.000141392<\/td>/,
    );
    expect(page).toMatch(
      /<code>KZ\.all\.all\.all\.population<\/code><\/th><td>15,778,000<\/td>\s*<td>15,800,000<\/td>/,
    );
    const feed = readFileSync(join(copy, 'dist/feed.xml'), 'utf8');
    expect(feed).toContain(
      '    <id>http://localhost:4321/2009/#correction-1</id>\n    <title>Correction to the 2009 edition</title>\n',
    );
    expect(feed).toContain(
      '<summary>The population of Kazakhstan is 15.8 million. A test of the record. Figures changed: 354.</summary>',
    );
  }, 900_000);
});
