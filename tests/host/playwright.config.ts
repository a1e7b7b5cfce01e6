import { defineConfig } from '@playwright/test';
import path from 'node:path';

import { chromiumArgs, chromiumExecutable } from './chromium';

/** The host-page suite: the built plugin in real Chromium, no Grafana server needed. */
export default defineConfig({
  testDir: path.join(__dirname, 'specs'),
  outputDir: path.join(__dirname, 'artifacts', 'test-results'),
  globalSetup: path.join(__dirname, 'globalSetup.ts'),
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: path.join(__dirname, 'artifacts', 'report'), open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
