import fs from 'node:fs';
import path from 'node:path';

import { distDir } from '../hostPaths';
import { expect, test } from './hostTest';

/** The AMD dependency list at the head of the built module: what the plugin expects Grafana to provide. */
function builtModuleDependencies(): string[] {
  const source = fs.readFileSync(path.join(distDir, 'module.js'), 'utf8');
  const match = source.match(/define\((\[[^\]]*\])/);
  if (!match) {
    throw new Error('dist/module.js does not start an AMD define() with a dependency list');
  }
  return JSON.parse(match[1]);
}

test.describe("the built plugin and the host agree on Grafana's contract", () => {
  test('dist/module.js loads as an AMD module and renders with only the externals the host provides', async ({
    openPanel,
    page,
  }) => {
    const state = await openPanel();
    const manifest = await page.evaluate(
      () => (window as unknown as { host: { manifest: { provided: string[] } } }).host.manifest
    );
    expect(state.dependencies).toEqual(builtModuleDependencies());
    expect(state.dependencies).toContain('react');
    for (const name of state.dependencies.filter((dependency) => dependency !== 'module')) {
      expect(manifest.provided, `host provides ${name}`).toContain(name);
    }
    await expect(page.getByTestId('host-panel')).toBeVisible();
  });

  test('rendering the sample writes nothing to the console', async ({ openPanel, page }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      // Grafana's Inter font lives in Grafana's public folder, which the host does not have.
      const missingFont =
        message.text().startsWith('Failed to load resource') && message.location().url.includes('/fonts/');
      if (!missingFont) {
        messages.push(`${message.type()}: ${message.text()}`);
      }
    });
    await openPanel();
    await page.getByTestId('conversation-header').first().click();
    await expect(page.getByTestId('conversation-body')).toBeVisible();
    expect(messages).toEqual([]);
  });
});
