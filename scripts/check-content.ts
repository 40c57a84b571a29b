/**
 * Renders every chapter of every edition, as the build will, and lists every fault:
 *   npm run check:content
 * For editors: faster than a full build, and it names each file, line and column. The build
 * runs it before Astro, so that a fault stops the build with these lines and no stack trace.
 */
import { ContentError } from '../src/content/remarkValues.ts';
import { chapters } from '../src/site/chapters.ts';
import { editions } from '../src/generated/readGenerated.ts';

let faults = 0;
for (const edition of editions().editions) {
  try {
    const rendered = chapters(edition);
    console.log(
      `${edition}: ${rendered.length} chapters, ${rendered.reduce((n, c) => n + c.references.size, 0)} ` +
        `values referenced`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    faults += error.faults.length;
    console.error(error.message);
  }
}
process.exit(faults > 0 ? 1 : 0);
