/**
 * A small AMD loader that loads a plugin's `module.js` the way Grafana's SystemJS does: the module
 * calls `define(dependencies, factory)`, and every dependency is resolved by name from what the host
 * provides. A dependency the host does not provide is an error naming it, never a silent `undefined`.
 */

export interface AmdModuleRegistry {
  provided: Record<string, unknown>;
  /** Explains why a name cannot be provided (for example "declared but not installed here"). */
  explainMissing(name: string): string;
}

export interface LoadedAmdModule {
  exports: Record<string, unknown>;
  dependencies: string[];
}

export class HostContractError extends Error {
  constructor(
    message: string,
    readonly missing: string[]
  ) {
    super(message);
    this.name = 'HostContractError';
  }
}

type Factory = (...dependencies: unknown[]) => unknown;
type Define = ((dependencies: string[] | Factory, factory?: Factory) => void) & { amd: object };

export function loadAmdModule(url: string, registry: AmdModuleRegistry): Promise<LoadedAmdModule> {
  const absoluteUrl = new URL(url, window.location.href).href;
  return new Promise((resolve, reject) => {
    let defined = false;
    const define: Define = Object.assign(
      (dependenciesOrFactory: string[] | Factory, maybeFactory?: Factory) => {
        defined = true;
        const dependencies = Array.isArray(dependenciesOrFactory) ? dependenciesOrFactory : [];
        const factory = Array.isArray(dependenciesOrFactory) ? maybeFactory : dependenciesOrFactory;
        try {
          resolve(instantiate(absoluteUrl, dependencies, factory, registry));
        } catch (error) {
          reject(error);
        }
      },
      { amd: {} }
    );
    Object.assign(window, { define });

    const script = document.createElement('script');
    script.src = absoluteUrl;
    script.onload = () => {
      if (!defined) {
        reject(new HostContractError(`${url} loaded but never called define(): it is not an AMD module`, []));
      }
    };
    script.onerror = () => reject(new HostContractError(`Could not load ${url}`, []));
    document.head.appendChild(script);
  });
}

function instantiate(
  uri: string,
  dependencies: string[],
  factory: Factory | undefined,
  registry: AmdModuleRegistry
): LoadedAmdModule {
  const exports: Record<string, unknown> = {};
  const missing = dependencies.filter(
    (name) => !['module', 'exports', 'require'].includes(name) && !(name in registry.provided)
  );
  if (missing.length > 0) {
    const reasons = missing.map((name) => `"${name}" (${registry.explainMissing(name)})`).join(', ');
    throw new HostContractError(`The plugin asks for modules the host does not provide: ${reasons}`, missing);
  }
  if (typeof factory !== 'function') {
    throw new HostContractError('define() was called without a factory function', []);
  }
  const values = dependencies.map((name) => {
    switch (name) {
      case 'module':
        return { id: uri, uri };
      case 'exports':
        return exports;
      case 'require':
        return (requested: string) => registry.provided[requested];
      default:
        return registry.provided[name];
    }
  });
  const returned = factory(...values);
  const moduleExports = returned && typeof returned === 'object' ? (returned as Record<string, unknown>) : exports;
  return { exports: moduleExports, dependencies };
}
