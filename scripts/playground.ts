/**
 * `npm run playground`: builds the plugin and the host page, serves them on localhost and opens the panel
 * with the FoodSave sample and a file picker for your own data. `--no-build` reuses the current dist/.
 * PORT picks the port (a free one by default).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { assertPluginBuilt, buildHostPage } from '../tests/host/buildHost';
import { repoRoot, sharedFixturesDir } from '../tests/host/hostPaths';
import { startHostServer } from '../tests/host/server';

const sampleFile = path.join(sharedFixturesDir, 'foodsave-logs', 'backend.jsonl');

function buildPlugin() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error('npm run build failed; fix the build or run the playground with --no-build');
  }
}

function openInBrowser(url: string) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    buildPlugin();
  }
  assertPluginBuilt();
  await buildHostPage();
  const server = await startHostServer(Number(process.env.PORT ?? 0));
  const query = new URLSearchParams({ playground: '1', width: '1200', height: '800' });
  if (fs.existsSync(sampleFile)) {
    query.set('fixture', '/fixtures/foodsave-logs/backend.jsonl');
  } else {
    process.stdout.write(`The FoodSave sample is not at ${sampleFile}; open your own file from the page.\n`);
  }
  const url = `${server.url}/?${query.toString()}`;
  process.stdout.write(`Playground: ${url}\nAdd &theme=dark for the dark theme. Press Ctrl+C to stop.\n`);
  openInBrowser(url);
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
