import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Time-outs catch a test that hangs, not a slow one: they are sized for CI on a busy 2-core
    // machine, where test files run side by side with `npm run build` (Astro, in the build and
    // e2e tests) and can take several times as long as on an idle desktop. Speed is measured by
    // `npm run benchmark`, never asserted in a test. A test or hook that needs more (a build,
    // a browser page) says so next to it.
    testTimeout: 60_000,
    // beforeAll hooks write synthetic rounds, estimate editions and build the site
    hookTimeout: 600_000,
  },
});
