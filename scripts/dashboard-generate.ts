import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import {
  dashboardJson,
  importableDashboard,
  IMPORTABLE_PATH,
  provisionedDashboard,
  PROVISIONED_PATH,
} from './dashboard-source';

/** Writes the provisioned dashboard and its importable export from the one source. Run: npm run dashboard:generate */

const root = resolve(__dirname, '..');
for (const [path, dashboard] of [
  [PROVISIONED_PATH, provisionedDashboard()],
  [IMPORTABLE_PATH, importableDashboard()],
] as const) {
  const target = resolve(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, dashboardJson(dashboard));
  process.stdout.write(`wrote ${path}\n`);
}
