import { defineConfig } from '@playwright/test'

/**
 * Browser tests run through nginx against the real backend. Debian's Chromium is used as it is:
 * nothing is ever downloaded.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  workers: 1,
  // One more try for a test that failed: a request an instance left unanswered has been seen once in a few runs of
  // the suite (the instances now log such a request with their threads, see SlowRequestLog). A test that fails
  // twice fails the run; one that passes on its second try is reported as flaky.
  retries: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8000',
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
})
