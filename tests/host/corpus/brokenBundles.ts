import { build } from 'esbuild';

import { repoRoot } from '../hostPaths';

/** A panel that uses a hook: with a second copy of React it cannot render inside the host's React. */
const panelSource = `
import { PanelPlugin } from '@grafana/data';
import React, { useState } from 'react';

function BundledReactPanel() {
  const [label] = useState('rendered with a bundled React');
  return React.createElement('p', null, label);
}

export const plugin = new PanelPlugin(BundledReactPanel);
`;

/** Wraps CommonJS output as the AMD module webpack would emit, asking the host for `dependencies`. */
function asAmdModule(dependencies: string[], commonJs: string): string {
  return `define(${JSON.stringify(dependencies)}, function () {
  var provided = {};
  var names = ${JSON.stringify(dependencies)};
  for (var i = 0; i < names.length; i++) { provided[names[i]] = arguments[i]; }
  var module = { exports: {} };
  (function (require, module, exports) {
${commonJs}
  })(function (name) { return provided[name]; }, module, module.exports);
  return module.exports;
});
`;
}

/**
 * A plugin module that breaks Grafana's contract by carrying its own React. With `declareReact` it still
 * lists `react` among its AMD dependencies (as a half-broken externals config would), so only rendering
 * can reveal the second copy.
 */
export async function bundledReactModule(declareReact: boolean): Promise<string> {
  const result = await build({
    stdin: { contents: panelSource, resolveDir: repoRoot, loader: 'tsx' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'browser',
    external: ['@grafana/data'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const dependencies = declareReact ? ['react', '@grafana/data'] : ['@grafana/data'];
  return asAmdModule(dependencies, result.outputFiles[0].text);
}

/** A plugin module that asks for a module Grafana does not provide. */
export function missingExternalModule(name: string): string {
  return asAmdModule(['react', '@grafana/data', name], 'module.exports = {};');
}
