import { BackendSrv, setBackendSrv } from '@grafana/runtime';

import { createAlertRule } from './createRule';
import { buildAlertRule, defaultParameters } from './rule';
import { findTemplate } from './templates';

const template = findTemplate('failedCalls');
const parameters = defaultParameters(template);
const rule = buildAlertRule(template, parameters, {
  dataSourceUid: 'loki_foodsave_logs',
  selector: '{job="x"}',
  detectors: [],
});

interface Backend {
  get?: (url: string) => Promise<unknown>;
  post?: (url: string, data: unknown) => Promise<unknown>;
  put?: (url: string, data: unknown, options: unknown) => Promise<unknown>;
}

function useBackend({ get, post, put }: Backend) {
  const backend = {
    get: jest.fn(
      get ?? (async (url: string) => (url === '/api/folders' ? [{ uid: 'f1', title: 'Ollama alerts' }] : {}))
    ),
    post: jest.fn(post ?? (async () => ({ uid: 'r1' }))),
    put: jest.fn(put ?? (async () => ({}))),
  };
  setBackendSrv(backend as unknown as BackendSrv);
  return backend;
}

describe('createAlertRule', () => {
  it('sets the evaluation interval on the rule group when Grafana created it with another one', async () => {
    const group = { title: 'ollama-conversations', folderUid: 'f1', interval: 10, rules: [{ uid: 'r1' }] };
    const backend = useBackend({
      get: async (url) => (url === '/api/folders' ? [{ uid: 'f1', title: 'Ollama alerts' }] : group),
    });
    const result = await createAlertRule(rule, 'Ollama alerts', '2m');
    expect(result).toEqual({ ok: true, ruleUid: 'r1', folderUid: 'f1', folderCreated: false, warning: undefined });
    expect(backend.put).toHaveBeenCalledWith(
      '/api/v1/provisioning/folder/f1/rule-groups/ollama-conversations',
      { ...group, interval: 120 },
      expect.objectContaining({ headers: { 'X-Disable-Provenance': 'true' } })
    );
  });

  it('reports the rule as created with a warning when the interval cannot be changed', async () => {
    useBackend({
      get: async (url) => (url === '/api/folders' ? [] : { interval: 10, rules: [] }),
      post: async (url) => (url === '/api/folders' ? { uid: 'new-folder' } : { uid: 'r1' }),
      put: async () => Promise.reject({ status: 403, data: { message: 'forbidden' } }),
    });
    const result = await createAlertRule(rule, 'Ollama alerts', '1m');
    expect(result).toMatchObject({ ok: true, folderUid: 'new-folder', folderCreated: true });
    expect(result.ok && result.warning).toMatch(/keeps its previous evaluation interval: forbidden/);
  });

  it('says when the folder cannot be created, without trying to create the rule', async () => {
    const backend = useBackend({
      get: async () => [],
      post: async () => Promise.reject({ status: 403, data: { message: 'no' } }),
    });
    const result = await createAlertRule(rule, 'Secret folder', '1m');
    expect(result).toEqual({ ok: false, status: 403, message: expect.stringMatching(/may not create the folder/) });
    expect(backend.post).toHaveBeenCalledTimes(1);
  });

  it('explains a failure without an HTTP status, such as a network error', async () => {
    useBackend({ get: async () => Promise.reject(new Error('Failed to fetch')) });
    const result = await createAlertRule(rule, 'Ollama alerts', '1m');
    expect(result).toEqual({ ok: false, status: undefined, message: 'Creating the rule failed: Failed to fetch' });
  });
});
