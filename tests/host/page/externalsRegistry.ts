import { declaredExternals, providedModules, unavailableExternals } from 'host:externals';

import { AmdModuleRegistry } from './amdLoader';

function isDeclared(name: string): boolean {
  return declaredExternals.some((entry) => {
    if (entry.kind === 'name') {
      return entry.name === name;
    }
    if (entry.kind === 'pattern') {
      return new RegExp(entry.source, entry.flags).test(name);
    }
    return false;
  });
}

/** The modules Grafana would hand the plugin, limited to what `.config/bundler/externals.ts` declares. */
export function createExternalsRegistry(withhold: string[]): AmdModuleRegistry {
  const provided = Object.fromEntries(Object.entries(providedModules).filter(([name]) => !withhold.includes(name)));
  return {
    provided,
    explainMissing: (name) => explainMissing(name, withhold),
  };
}

function explainMissing(name: string, withhold: string[]): string {
  if (withhold.includes(name)) {
    return 'withheld by the test';
  }
  if (unavailableExternals.includes(name)) {
    return 'declared external that is not installed for the host page';
  }
  return isDeclared(name) ? 'declared external the host cannot bundle' : 'not declared in .config/bundler/externals.ts';
}

export const hostManifest = {
  provided: Object.keys(providedModules),
  unavailable: unavailableExternals,
  declared: declaredExternals,
};
