// @ts-check
import { defineConfig } from 'astro/config';
import { devReload } from './src/site/devReload.ts';
import { BASE, SITE } from './src/site/url.ts';

// Every page is static: the estimation script (scripts/estimate.ts) runs first and writes
// generated/<edition>/, which pages and downloads read at build time.
// SITE_URL is the public address, BASE_PATH the path it is served under (src/site/url.ts reads both; a build
// without SITE_URL is a local preview, and DEPLOY=1 refuses it).
// devReload: in `npm run dev` only, the estimate runs at start and again when a file in data/ changes.
export default defineConfig({
  site: SITE.origin,
  base: BASE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [devReload()],
});
