import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (npm run test:e2e builds it first).
// One browser per file, files one after another: the machine has few cores and Chromium needs them.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default; a panel page in a browser that also runs the page, the
    // worker and the test can need longer to show a change. The harness's own waits allow 5 s too.
    expect: { poll: { timeout: 5_000 } },
    // In CI only, one more try for a test that failed: a browser on a loaded 2-core machine can miss a
    // deadline. Locally a failure shows at once, so a real flake gets fixed rather than retried away.
    retry: process.env.CI ? 1 : 0,
  },
});
