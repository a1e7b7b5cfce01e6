import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import React from 'react';

import { BackendSrv, setBackendSrv } from '@grafana/runtime';

import { alertSchemaValidator } from '../../../scripts/alert-schemas';
import { checkLogql } from '../../alerts/logql';
import { defaultInjectionPhrasesText, defaultLongPromptChars } from '../../alerts/turnMarkers';
import '../testing/jsdom';
import { AlertsDrawer } from './AlertsDrawer';

// The drawer renders the whole real form; on a shared two-core CI machine that can take seconds, not milliseconds.
configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);

interface Call {
  method: string;
  url: string;
  data?: unknown;
  options?: { headers?: Record<string, string> };
}

function fakeBackend(ruleResponse: () => Promise<unknown>, folders: unknown[] = []) {
  const calls: Call[] = [];
  const backend = {
    get: jest.fn(async (url: string) => {
      calls.push({ method: 'GET', url });
      return url === '/api/folders' ? folders : { title: 'ollama-conversations', interval: 60, rules: [] };
    }),
    post: jest.fn(async (url: string, data: unknown, options?: Call['options']) => {
      calls.push({ method: 'POST', url, data, options });
      if (url === '/api/folders') {
        return { uid: 'ollama-alerts', title: 'Ollama alerts' };
      }
      return ruleResponse();
    }),
    put: jest.fn(async (url: string, data: unknown, options?: Call['options']) => {
      calls.push({ method: 'PUT', url, data, options });
      return {};
    }),
  };
  setBackendSrv(backend as unknown as BackendSrv);
  return calls;
}

function setup(props: Partial<React.ComponentProps<typeof AlertsDrawer>> = {}) {
  const onClose = jest.fn();
  render(
    <AlertsDrawer
      onClose={onClose}
      dataSourceUid="loki_foodsave_logs"
      queryExpr={'{job="backend_logs"} |~ "ollama_prompt|ollama_response"'}
      dashboardUid="foodsave-ollama-prompts"
      panelId={1}
      markers={{ injectionPhrases: defaultInjectionPhrasesText, longPromptChars: defaultLongPromptChars }}
      {...props}
    />
  );
  return { onClose };
}

const ruleCreated = () => Promise.resolve({ uid: 'new-rule' });

describe('AlertsDrawer', () => {
  it('lists every template with what it catches and shows the selected template’s query', async () => {
    fakeBackend(ruleCreated);
    setup();
    expect(screen.getByRole('radio', { name: /Slow responses/ })).toBeChecked();
    expect(screen.getByText(/95th percentile of response time/)).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(8);
    fireEvent.click(screen.getByRole('radio', { name: /Failed calls/ }));
    const query = screen.getByTestId('alert-query').textContent ?? '';
    expect(query).toContain('Error in LLM request');
    expect(checkLogql(query)).toMatchObject({ valid: true, metric: true });
  });

  it('keeps the query valid when a model name carries quotes and regex characters', async () => {
    fakeBackend(ruleCreated);
    setup();
    fireEvent.change(screen.getByRole('textbox', { name: /^Models/ }), {
      target: { value: 'evil") or vector(1) #.*' },
    });
    const query = screen.getByTestId('alert-query').textContent ?? '';
    expect(checkLogql(query)).toMatchObject({ valid: true, metric: true });
    expect(query).toContain(String.raw`model=~"(?:evil\"\\) or vector\\(1\\) #\\.\\*)"`);
  });

  it('creates the folder and the rule with provenance disabled, and says so', async () => {
    const calls = fakeBackend(ruleCreated);
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Create alert rule' }));
    expect(await screen.findByText('Alert rule created')).toBeInTheDocument();
    expect(screen.getByText(/in the new folder “Ollama alerts”/)).toBeInTheDocument();

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/folders',
      'POST /api/folders',
      'POST /api/v1/provisioning/alert-rules',
      'GET /api/v1/provisioning/folder/ollama-alerts/rule-groups/ollama-conversations',
    ]);
    const ruleCall = calls[2];
    expect(ruleCall.options?.headers).toEqual({ 'X-Disable-Provenance': 'true' });
    const validate = alertSchemaValidator('grafana-provisioned-alert-rule');
    expect(validate(ruleCall.data) ? [] : validate.errors).toEqual([]);
    expect(ruleCall.data).toMatchObject({
      folderUID: 'ollama-alerts',
      title: 'Slow responses',
      condition: 'C',
      annotations: { __dashboardUid__: 'foodsave-ollama-prompts', __panelId__: '1' },
    });
  });

  it('reuses an existing folder with the same title', async () => {
    const calls = fakeBackend(ruleCreated, [{ uid: 'abc123', title: 'Ollama alerts' }]);
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Create alert rule' }));
    expect(await screen.findByText(/is in the folder “Ollama alerts”/)).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/folders')).toBe(false);
    expect(calls.find((call) => call.url === '/api/v1/provisioning/alert-rules')?.data).toMatchObject({
      folderUID: 'abc123',
    });
  });

  it.each([
    [400, /rejected the rule as invalid: invalid query/],
    [401, /session has expired/],
    [403, /may not create alert rules in this folder/],
    [409, /already exists in the folder/],
  ])('explains a %i answer from Grafana', async (status, message) => {
    fakeBackend(() => Promise.reject({ status, data: { message: 'invalid query' } }));
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Create alert rule' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The rule was not created')).toBeInTheDocument();
    expect(within(alert).getByText(message)).toBeInTheDocument();
  });

  it('blocks the ways out while a parameter is unusable, and says which', async () => {
    fakeBackend(ruleCreated);
    setup();
    fireEvent.change(screen.getByRole('textbox', { name: /^Window/ }), { target: { value: 'five minutes' } });
    expect(screen.getByText('Use a duration such as 30s, 5m or 1h.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create alert rule' })).toBeDisabled();
  });

  it('shows the current value from the data source and whether the rule would fire', async () => {
    fakeBackend(ruleCreated);
    const backend = {
      post: jest.fn(async () => ({
        results: {
          A: {
            frames: [
              {
                schema: {
                  fields: [
                    { name: 'Time', type: 'time' },
                    { name: 'Value', type: 'number', labels: { model: 'bielik:11b' } },
                  ],
                },
                data: { values: [[1764525054903], [14.9]] },
              },
            ],
          },
        },
      })),
    };
    setBackendSrv(backend as unknown as BackendSrv);
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview current value' }));
    expect(await screen.findByText('model=bielik:11b')).toBeInTheDocument();
    expect(screen.getByText('would fire')).toBeInTheDocument();
    expect(backend.post).toHaveBeenCalledWith('/api/ds/query', expect.anything(), expect.anything());
  });

  it('explains a preview that failed instead of breaking', async () => {
    setBackendSrv({
      post: jest.fn(async () => Promise.reject(new Error('Loki is unreachable'))),
    } as unknown as BackendSrv);
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Preview current value' }));
    expect(await screen.findByText('Preview unavailable')).toBeInTheDocument();
    expect(screen.getByText('Loki is unreachable')).toBeInTheDocument();
  });

  it('links to Grafana’s rule editor with the rule filled in', () => {
    fakeBackend(ruleCreated);
    setup();
    const link = screen.getByRole('link', { name: /Open in alert rule editor/ });
    const url = new URL(link.getAttribute('href') ?? '', 'http://grafana.local');
    expect(url.pathname).toBe('/alerting/new/alerting');
    const defaults = JSON.parse(url.searchParams.get('defaults') ?? '{}');
    expect(defaults).toMatchObject({ name: 'Slow responses', condition: 'C', group: 'ollama-conversations' });
    expect(defaults.queries).toHaveLength(3);
  });

  it('tells the user when the panel’s query uses dashboard variables', () => {
    fakeBackend(ruleCreated);
    setup({ queryExpr: '{job="$job"} | json' });
    expect(screen.getByText('Dashboard variables replaced')).toBeInTheDocument();
    expect(screen.getByTestId('alert-query').textContent).toContain('{job="backend_logs"}');
  });

  it('closes through the drawer’s close button', async () => {
    fakeBackend(ruleCreated);
    const { onClose } = setup();
    fireEvent.click(screen.getByRole('button', { name: /close/i }));
    expect(onClose).toHaveBeenCalled();
  });
});
