import path from 'node:path';

/** Where the host page finds its inputs and writes its outputs, all relative to the repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const hostDir = __dirname;
export const pageDir = path.join(hostDir, 'page');
/** Git and ESLint ignore `dist/` folders, and this one holds a 20 MB bundle. */
export const buildDir = path.join(hostDir, 'dist');
export const distDir = path.join(repoRoot, 'dist');
/** Reference fixtures kept in the repository (see tests/fixtures/README.md). */
export const sharedFixturesDir = path.resolve(repoRoot, 'tests', 'fixtures');
export const artifactsDir = path.join(hostDir, 'artifacts');
export const docsScreenshotsDir = path.join(repoRoot, 'docs', 'screenshots');
