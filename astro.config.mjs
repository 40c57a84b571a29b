// @ts-check
import { defineConfig } from 'astro/config';

// Every page is static: the estimation script (scripts/estimate.ts) runs first and
// writes generated/<edition>/, which pages and data endpoints read at build time.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
