import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

import {
  dashboardJson,
  importableDashboard,
  IMPORTABLE_PATH,
  provisionedDashboard,
  PROVISIONED_PATH,
} from './dashboard-source';

/**
 * Writes the provisioned dashboard and its importable export from the one source, formatted as the repository's
 * Prettier settings would, so `prettier --check` and the drift test agree. Run: npm run dashboard:generate
 */
async function generate() {
  const root = resolve(__dirname, '..');
  const outputs: Array<[string, unknown]> = [
    [PROVISIONED_PATH, provisionedDashboard()],
    [IMPORTABLE_PATH, importableDashboard()],
  ];
  for (const [path, dashboard] of outputs) {
    const target = resolve(root, path);
    const options = (await resolveConfig(target)) ?? {};
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await format(dashboardJson(dashboard), { ...options, filepath: target }));
    process.stdout.write(`wrote ${path}\n`);
  }
}

generate().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
