/** Generated at build time by `tests/host/externalsManifest.ts` from the webpack externals. */
declare module 'host:externals' {
  export const providedModules: Record<string, unknown>;
  export const declaredExternals: Array<
    | { kind: 'name'; name: string }
    | { kind: 'pattern'; source: string; flags: string }
    | { kind: 'resolver'; source: string }
  >;
  export const unavailableExternals: string[];
}
