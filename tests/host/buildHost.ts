import { build, Plugin } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

import { buildExternalsManifest, externalsModuleSource } from './externalsManifest';
import { buildDir, distDir, pageDir, repoRoot } from './hostPaths';

/** Supplies `host:externals`, the modules the webpack config declares as provided by Grafana. */
function externalsPlugin(source: string): Plugin {
  return {
    name: 'host-externals',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^host:externals$/ }, () => ({ path: 'host:externals', namespace: 'host' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'host' }, () => ({
        contents: source,
        resolveDir: repoRoot,
        loader: 'js',
      }));
    },
  };
}

/**
 * Bundles the host page (the real @grafana/data, ui, runtime, i18n, emotion, React) into
 * `tests/host/.build/`. The plugin itself is not bundled here: the page loads `dist/module.js`.
 */
export async function buildHostPage(): Promise<void> {
  const manifest = buildExternalsManifest();
  fs.mkdirSync(buildDir, { recursive: true });
  await build({
    entryPoints: [path.join(pageDir, 'main.tsx')],
    outfile: path.join(buildDir, 'main.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'text', '.woff': 'empty', '.ttf': 'empty', '.eot': 'empty', '.woff2': 'empty', '.png': 'empty' },
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    plugins: [externalsPlugin(externalsModuleSource(manifest))],
  });
  fs.writeFileSync(path.join(buildDir, 'externals.json'), JSON.stringify(manifest, null, 2));
}

/** The built plugin must exist: `npm test` builds it before the browser suite runs. */
export function assertPluginBuilt(): void {
  if (!fs.existsSync(path.join(distDir, 'module.js'))) {
    throw new Error('dist/module.js is missing: run `npm run build` before the browser tests');
  }
}
