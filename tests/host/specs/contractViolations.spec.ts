import { Page } from '@playwright/test';

import { bundledReactModule, missingExternalModule } from '../corpus/brokenBundles';
import { expect, hostUrl, test, waitForHost } from './hostTest';

/** Serves a deliberately broken plugin module and opens the host page on it. */
async function openBrokenModule(page: Page, name: string, source: string) {
  const url = `/generated/${name}.js`;
  await page.route(`**${url}`, (route) => route.fulfill({ body: source, contentType: 'text/javascript' }));
  await page.goto(hostUrl({ module: url }));
  return waitForHost(page);
}

test.describe("a bundle that breaks Grafana's contract fails loudly", () => {
  test('a plugin with React bundled in is rejected', async ({ page }) => {
    const state = await openBrokenModule(page, 'bundled-react', await bundledReactModule(false));
    expect(state.status).toBe('error');
    expect(state.errors.join('\n')).toContain('React is bundled into it');
    await expect(page.getByTestId('host-errors')).toBeVisible();
  });

  test('a plugin that lists react but still carries its own copy cannot render', async ({ page }) => {
    const state = await openBrokenModule(page, 'bundled-react-declared', await bundledReactModule(true));
    expect(state.status).toBe('error');
    expect(state.errors.join('\n')).toContain('Panel render error');
    await expect(page.getByTestId('host-panel-error')).toBeVisible();
  });

  test('a plugin asking for a module that is not a declared external is rejected, naming it', async ({ page }) => {
    const state = await openBrokenModule(page, 'undeclared', missingExternalModule('left-pad'));
    expect(state.status).toBe('error');
    expect(state.errors.join('\n')).toContain('"left-pad" (not declared in .config/bundler/externals.ts)');
  });

  test('a declared external the host cannot provide is reported as such', async ({ page }) => {
    const state = await openBrokenModule(page, 'unavailable', missingExternalModule('d3'));
    expect(state.status).toBe('error');
    expect(state.errors.join('\n')).toContain('"d3" (declared external that is not installed for the host page)');
  });

  test('the built plugin fails to load when the host lacks one of its externals', async ({ page }) => {
    await page.goto(hostUrl({ withhold: '@grafana/ui' }));
    const state = await waitForHost(page);
    expect(state.status).toBe('error');
    expect(state.errors.join('\n')).toContain('"@grafana/ui" (withheld by the test)');
  });
});
