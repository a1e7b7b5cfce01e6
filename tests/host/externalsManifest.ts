import fs from 'node:fs';
import path from 'node:path';

import { externals } from '../../.config/bundler/externals';
import { repoRoot } from './hostPaths';

/** One entry of the webpack `externals` list, in a form the page can read. */
export type DeclaredExternal =
  | { kind: 'name'; name: string }
  | { kind: 'pattern'; source: string; flags: string }
  | { kind: 'resolver'; source: string };

export interface ExternalsManifest {
  declared: DeclaredExternal[];
  /** Declared externals the host page bundles and hands to the plugin. */
  provided: string[];
  /** Declared externals that are not installed here: asking for one fails loudly. */
  unavailable: string[];
}

/** Names the AMD loader itself supplies (`module` is what `amd-module` becomes). */
const loaderNames = new Set(['module', 'exports', 'require']);

/** Reads the externals the webpack config declares, so the host never repeats the list by hand. */
export function readDeclaredExternals(): DeclaredExternal[] {
  const list = Array.isArray(externals) ? externals : [externals];
  const declared: DeclaredExternal[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      declared.push({ kind: 'name', name: item });
    } else if (item instanceof RegExp) {
      declared.push({ kind: 'pattern', source: item.source, flags: item.flags });
    } else if (typeof item === 'function') {
      declared.push({ kind: 'resolver', source: item.toString() });
    } else if (item && typeof item === 'object') {
      // `{ request: amdName }`: the bundle asks for the value under that name.
      for (const amdName of Object.values(item)) {
        if (typeof amdName === 'string') {
          declared.push({ kind: 'name', name: amdName });
        }
      }
    }
  }
  return declared;
}

function isInstalled(specifier: string): boolean {
  const parts = specifier.split('/');
  const packageName = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const packageJsonPath = path.join(repoRoot, 'node_modules', packageName, 'package.json');
  if (!fs.existsSync(packageJsonPath)) {
    return false;
  }
  if (packageName === specifier) {
    return true;
  }
  try {
    require.resolve(specifier, { paths: [repoRoot] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Works out which modules the host provides: every declared name that is installed, and every
 * installed dependency of this project that a declared pattern matches (`@grafana/ui`, ...).
 */
export function buildExternalsManifest(): ExternalsManifest {
  const declared = readDeclaredExternals();
  const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const dependencyNames = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies });

  const candidates = new Set<string>();
  for (const entry of declared) {
    if (entry.kind === 'name' && !loaderNames.has(entry.name)) {
      candidates.add(entry.name);
    }
    if (entry.kind === 'pattern') {
      const pattern = new RegExp(entry.source, entry.flags);
      dependencyNames.filter((name) => pattern.test(name)).forEach((name) => candidates.add(name));
    }
  }
  const sorted = [...candidates].sort();
  return {
    declared,
    provided: sorted.filter(isInstalled),
    unavailable: sorted.filter((name) => !isInstalled(name)),
  };
}

/** Source of the virtual module `host:externals` that the page bundle imports. */
export function externalsModuleSource(manifest: ExternalsManifest): string {
  const imports = manifest.provided.map((name, index) => `import * as m${index} from ${JSON.stringify(name)};`);
  const entries = manifest.provided.map((name, index) => `  ${JSON.stringify(name)}: m${index},`);
  return [
    ...imports,
    'export const providedModules = {',
    ...entries,
    '};',
    `export const declaredExternals = ${JSON.stringify(manifest.declared)};`,
    `export const unavailableExternals = ${JSON.stringify(manifest.unavailable)};`,
    '',
  ].join('\n');
}
