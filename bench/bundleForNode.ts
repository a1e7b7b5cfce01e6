import { buildSync } from 'esbuild';
import path from 'node:path';

import { corpusDir } from './corpus';

/**
 * Bundles a benchmark child script with the data core into one plain CommonJS file. Run through tsx instead,
 * every function would carry esbuild's `keepNames` wrapper, a cost the plugin's webpack build does not have;
 * packages stay external, as Grafana provides them to the plugin.
 */
export function bundleForNode(entry: string): string {
  const outfile = path.join(corpusDir, 'dist', entry.replace(/\.ts$/, '.cjs'));
  buildSync({
    entryPoints: [path.join(__dirname, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
