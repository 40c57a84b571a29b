/**
 * Who publishes this web edition, whom to write to about a wrong number, and under which terms
 * each part may be reused: set here once, and read by the citation, the footer, the downloads
 * page and datapackage.json, so that they cannot say different things.
 */
import { words } from '../i18n/dictionary.ts';

/** Where a build without CORRECTIONS_CONTACT tells readers to write: a placeholder a deploy build refuses. */
export const PLACEHOLDER_CONTACT = 'mailto:corrections@example.org';

/**
 * The web edition's own publisher and its corrections contact (not the report's publishers). Whoever
 * deploys a copy is its publisher, so both come from the build's settings: PUBLISHER_NAME and
 * CORRECTIONS_CONTACT (a mailto: or https: address).
 */
export function publisherOf(env: Readonly<Record<string, string | undefined>>) {
  const deploy = (env.DEPLOY ?? '') !== '' && env.DEPLOY !== '0';
  const corrections = env.CORRECTIONS_CONTACT?.trim() || PLACEHOLDER_CONTACT;
  if (deploy && corrections === PLACEHOLDER_CONTACT)
    throw new Error(
      'CORRECTIONS_CONTACT is not set: a deploy build (DEPLOY=1) needs an address where readers report a wrong ' +
        'number, e.g. CORRECTIONS_CONTACT=mailto:corrections@your-organisation.org',
    );
  if (!/^(mailto:|https?:\/\/)/.test(corrections))
    throw new Error(`CORRECTIONS_CONTACT is not a mailto: or http(s) address: "${corrections}"`);
  return {
    name: env.PUBLISHER_NAME?.trim() || 'The Scale of Human Trafficking in Central Asia web edition project',
    /** where readers report an error in a number or a sentence */
    corrections,
  };
}

/** As the pages give it; a deploy build has checked the settings before Astro starts (scripts/build.ts). */
export const PUBLISHER = publisherOf({ ...process.env, DEPLOY: '' });

/** The terms of each part of an edition: `name` for datapackage.json, `label` for the pages. */
export const LICENCES = {
  /** the software that builds the site: the LICENSE file at the root of the project */
  code: { name: 'MIT', label: 'MIT', title: 'MIT License', path: 'https://opensource.org/license/mit' },
  /** what the project computes and writes: recomputed estimates, the reconciliation, the codebook */
  project: {
    name: 'CC-BY-4.0',
    label: 'CC BY 4.0',
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  /**
   * figures copied as printed in the report: they stay the work of RCMRI and IOM, reused under the
   * report's own terms, whatever this project's licence says
   */
  report: { name: 'report-terms', label: 'the report’s terms', title: "The report's terms (RCMRI and IOM, 2010)" },
} as const;
export type Licence = keyof typeof LICENCES;

/** The data statement, in one sentence per part, as the footer and the downloads page print it. */
export const DATA_STATEMENT = {
  report: words('en').site.statementReport,
  project: words('en').site.statementProject(LICENCES.project.title, LICENCES.project.name),
  code: words('en').site.statementCode(LICENCES.code.title),
} as const;
