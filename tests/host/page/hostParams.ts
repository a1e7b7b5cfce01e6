/** What a test or the playground asks the host page to show. Read from the URL or passed to `window.host.render`. */
export interface HostParams {
  /** URL of a fixture: Grafana DataFrame JSON (`{frames: [...]}`) or JSONL log lines. */
  fixture?: string;
  /** Fixture text given directly (the playground's file picker, tests with generated data). */
  fixtureText?: string;
  theme: 'light' | 'dark';
  width: number;
  height: number;
  orgRole: 'Viewer' | 'Editor' | 'Admin';
  /** Deep-merged over the plugin's default options. */
  options?: Record<string, unknown>;
  /** Deep-merged over the plugin's default field config `defaults`. */
  fieldConfig?: Record<string, unknown>;
  /** URL of the AMD module to load; the built plugin by default. */
  module: string;
  /** Externals the host pretends not to have, to show what happens when Grafana lacks one. */
  withhold: string[];
  /** Show the playground's file picker and theme switch above the panel. */
  playground: boolean;
}

function readJson(value: string | null): Record<string, unknown> | undefined {
  if (!value) {
    return undefined;
  }
  const parsed: unknown = JSON.parse(value);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
}

function readRole(value: string | null): HostParams['orgRole'] {
  return value === 'Admin' || value === 'Editor' ? value : 'Viewer';
}

export function readHostParams(search: string): HostParams {
  const query = new URLSearchParams(search);
  return {
    fixture: query.get('fixture') ?? undefined,
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    width: Number(query.get('width')) || 1000,
    height: Number(query.get('height')) || 700,
    orgRole: readRole(query.get('role')),
    options: readJson(query.get('options')),
    fieldConfig: readJson(query.get('fieldConfig')),
    module: query.get('module') || '/dist/module.js',
    withhold: (query.get('withhold') ?? '').split(',').filter(Boolean),
    playground: query.get('playground') === '1',
  };
}
