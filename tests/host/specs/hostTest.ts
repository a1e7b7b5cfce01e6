import { expect, Page, test as base } from '@playwright/test';

import { startHostServer } from '../server';

export interface HostPageOptions {
  fixture?: string;
  theme?: 'light' | 'dark';
  width?: number;
  height?: number;
  role?: 'Viewer' | 'Editor' | 'Admin';
  options?: Record<string, unknown>;
  fieldConfig?: Record<string, unknown>;
  module?: string;
  /** Externals the host pretends not to have. */
  withhold?: string;
  /** Show the playground controls. */
  playground?: boolean;
}

/** The FoodSave sample, served from `tests/fixtures/`. */
export const foodsaveSample = '/fixtures/foodsave-logs/backend.jsonl';

export interface HostState {
  status: 'loading' | 'ready' | 'error';
  errors: string[];
  dependencies: string[];
  options?: Record<string, unknown>;
  fieldConfig?: { defaults: Record<string, unknown> };
  frameCount: number;
}

export function hostUrl(options: HostPageOptions): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) {
      query.set(
        key,
        typeof value === 'object'
          ? JSON.stringify(value)
          : typeof value === 'boolean'
            ? value
              ? '1'
              : '0'
            : String(value)
      );
    }
  }
  return `/?${query.toString()}`;
}

export async function hostState(page: Page): Promise<HostState> {
  return page.evaluate(() => (window as unknown as { host: { state: HostState } }).host.state);
}

/** Waits until the host has loaded the plugin and rendered the panel, or reported why it could not. */
export async function waitForHost(page: Page): Promise<HostState> {
  await page.waitForFunction(() => {
    const host = (window as unknown as { host?: { state: HostState } }).host;
    return host !== undefined && host.state.status !== 'loading';
  });
  return hostState(page);
}

interface Fixtures {
  /** Opens the host page and fails the test when the plugin did not load and render. */
  openPanel: (options?: HostPageOptions) => Promise<HostState>;
  /** Requests the page tried to send off this machine (remote images, beacons, ...). */
  remoteRequests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures, { hostServerUrl: string }>({
  hostServerUrl: [
    async ({}, use) => {
      const server = await startHostServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ hostServerUrl }, use) => use(hostServerUrl),
  remoteRequests: async ({ page, hostServerUrl }, use) => {
    const remote: string[] = [];
    await page.route(
      (url) => !url.href.startsWith(hostServerUrl) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'),
      (route) => {
        remote.push(route.request().url());
        return route.abort('blockedbyclient');
      }
    );
    await use(remote);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  openPanel: async ({ page, remoteRequests, pageErrors }, use) => {
    await use(async (options = {}) => {
      await page.goto(hostUrl({ fixture: foodsaveSample, ...options }));
      const state = await waitForHost(page);
      expect(state.errors, 'the host reported errors').toEqual([]);
      expect(state.status).toBe('ready');
      expect(pageErrors).toEqual([]);
      expect(remoteRequests).toEqual([]);
      return state;
    });
  },
});

export { expect };
