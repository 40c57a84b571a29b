// @ts-check
import { defineConfig } from 'astro/config';
import { devReload } from './src/site/devReload.ts';

// Every page is static: the estimation script (scripts/estimate.ts) runs first and writes
// generated/<edition>/, which pages and downloads read at build time.
// SITE_URL is the public address, used in citations; set it when building for deployment.
// devReload: in `npm run dev` only, the estimate runs at start and again when a file in data/ changes.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [devReload()],
});
