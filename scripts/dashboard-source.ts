import { FieldColorModeId, type DataSourceRef, type Dashboard, type Panel, type VariableModel } from '@grafana/schema';

import packageJson from '../package.json';
import {
  CHAT_QUERY,
  ERRORS_QUERY,
  EVENT_VALUES,
  latencyQuery,
  LOGS_QUERY,
  MODEL_VARIABLE_QUERY,
  REQUESTS_QUERY,
  TABLE_QUERY,
} from './dashboard-queries';

/**
 * The one source of the "Ollama Prompts & Responses" dashboard. `npm run dashboard:generate` writes it twice:
 * for provisioning (bound to the data source uid `loki_foodsave_logs`) and as an export for Grafana's Import
 * screen, where the user picks the Loki data source (`${DS_LOKI}`).
 */

export const DASHBOARD_UID = 'foodsave-ollama-prompts';
export const PROVISIONED_DATASOURCE_UID = 'loki_foodsave_logs';
export const CHAT_PANEL_TYPE = 'foodsave-ollamachat-panel';
export const PROVISIONED_PATH = 'provisioning/dashboards/foodsave/ollama-prompts-responses.json';
export const IMPORTABLE_PATH = 'provisioning/dashboards/import/ollama-prompts-responses.json';
const GRAFANA_VERSION = '13.2.3';

function lokiTarget(datasource: DataSourceRef, refId: string, expr: string, extra: Record<string, unknown> = {}) {
  return { refId, datasource, expr, queryType: 'range', editorMode: 'code', ...extra };
}

function timeseries(title: string, description: string, unit: string, gridPos: Panel['gridPos']): Panel {
  return {
    type: 'timeseries',
    title,
    description,
    gridPos,
    fieldConfig: {
      defaults: { unit, custom: { drawStyle: 'line', lineWidth: 1, fillOpacity: 10, spanNulls: false } },
      overrides: [],
    },
    options: { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi' } },
  };
}

function panels(datasource: DataSourceRef): Panel[] {
  const latency = timeseries(
    'Latency per model (p50 / p95)',
    'Response time of completed calls, from the duration the backend logs with each response.',
    's',
    { x: 0, y: 14, w: 8, h: 8 }
  );
  latency.targets = [
    lokiTarget(datasource, 'A', latencyQuery(0.5), { legendFormat: 'p50 {{model}}' }),
    lokiTarget(datasource, 'B', latencyQuery(0.95), { legendFormat: 'p95 {{model}}' }),
  ];

  const requests = timeseries(
    'Requests per model',
    'Calls to the model per step (a streamed call counts once).',
    'short',
    {
      x: 8,
      y: 14,
      w: 8,
      h: 8,
    }
  );
  requests.targets = [lokiTarget(datasource, 'A', REQUESTS_QUERY, { legendFormat: '{{model}}' })];

  const errors = timeseries('Errors over time', 'Failed calls per model: error events that name the model.', 'short', {
    x: 16,
    y: 14,
    w: 8,
    h: 8,
  });
  errors.targets = [lokiTarget(datasource, 'A', ERRORS_QUERY, { legendFormat: '{{failed_model}}' })];
  errors.fieldConfig = {
    defaults: {
      unit: 'short',
      color: { mode: FieldColorModeId.Fixed, fixedColor: 'red' },
      custom: { drawStyle: 'bars', fillOpacity: 80 },
    },
    overrides: [],
  };

  return [
    {
      type: CHAT_PANEL_TYPE,
      title: 'Conversations',
      description: 'Prompts and responses as chat threads. Personal data is masked unless your role may reveal it.',
      datasource,
      gridPos: { x: 0, y: 0, w: 24, h: 14 },
      targets: [lokiTarget(datasource, 'A', CHAT_QUERY)],
      options: {},
      fieldConfig: { defaults: {}, overrides: [] },
    },
    { ...latency, datasource },
    { ...requests, datasource },
    { ...errors, datasource },
    {
      type: 'logs',
      title: 'Ollama Prompts & Responses (Backend)',
      datasource,
      gridPos: { x: 0, y: 22, w: 24, h: 10 },
      targets: [lokiTarget(datasource, 'A', LOGS_QUERY)],
      options: {
        showTime: true,
        wrapLogMessage: true,
        prettifyLogMessage: false,
        enableLogDetails: true,
        sortOrder: 'Descending',
        dedupStrategy: 'none',
      },
    },
    {
      type: 'table',
      title: 'Ollama Responses Table (Backend)',
      datasource,
      gridPos: { x: 0, y: 32, w: 24, h: 10 },
      targets: [lokiTarget(datasource, 'A', TABLE_QUERY)],
      transformations: [
        { id: 'extractFields', options: { source: 'labels', format: 'auto', replace: false } },
        {
          id: 'filterFieldsByName',
          options: { include: { names: ['Time', 'model', 'prompt', 'response', 'duration'] } },
        },
        { id: 'convertFieldType', options: { conversions: [{ targetField: 'duration', destinationType: 'number' }] } },
        { id: 'organize', options: { indexByName: { Time: 0, model: 1, prompt: 2, response: 3, duration: 4 } } },
      ],
      fieldConfig: {
        defaults: { custom: { cellOptions: { type: 'auto' }, inspect: true } },
        overrides: [
          { matcher: { id: 'byName', options: 'duration' }, properties: [{ id: 'unit', value: 's' }] },
          { matcher: { id: 'byName', options: 'model' }, properties: [{ id: 'custom.width', value: 140 }] },
        ],
      },
      options: { showHeader: true, cellHeight: 'sm' },
    },
  ].map((panel, index) => ({ ...panel, id: index + 1 }));
}

function variables(datasource: DataSourceRef): VariableModel[] {
  return [
    {
      type: 'query',
      name: 'model',
      label: 'Model',
      datasource,
      query: MODEL_VARIABLE_QUERY,
      refresh: 2,
      sort: 1,
      multi: true,
      includeAll: true,
      allValue: '.*',
      current: { text: 'All', value: '$__all' },
      options: [],
    },
    {
      type: 'custom',
      name: 'event',
      label: 'Event',
      query: EVENT_VALUES.join(','),
      multi: true,
      includeAll: true,
      allValue: EVENT_VALUES.join('|'),
      current: { text: 'All', value: '$__all' },
      options: [],
    },
  ];
}

export function buildDashboard(datasource: DataSourceRef): Dashboard {
  return {
    uid: DASHBOARD_UID,
    title: 'Ollama Prompts & Responses',
    description: 'FoodSave AI calls to Ollama, read from Loki: conversations, latency, volume and errors.',
    tags: ['foodsave', 'ollama', 'llm', 'loki'],
    editable: true,
    graphTooltip: 1,
    time: { from: 'now-1h', to: 'now' },
    refresh: '30s',
    timezone: 'browser',
    schemaVersion: 42,
    annotations: {
      list: [
        {
          builtIn: 1,
          datasource: { type: 'grafana', uid: '-- Grafana --' },
          enable: true,
          hide: true,
          iconColor: 'rgba(0, 211, 255, 1)',
          name: 'Annotations & Alerts',
          type: 'dashboard',
        },
      ],
    },
    templating: { list: variables(datasource) },
    panels: panels(datasource),
  };
}

/** The files' text: two-space JSON with a final newline, as Grafana's export writes it. */
export function dashboardJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function provisionedDashboard(): Dashboard {
  return buildDashboard({ type: 'loki', uid: PROVISIONED_DATASOURCE_UID });
}

/** The same dashboard as Grafana exports it "for sharing externally": the data source is an input. */
export function importableDashboard() {
  const dashboard = buildDashboard({ type: 'loki', uid: '${DS_LOKI}' });
  return {
    __inputs: [
      {
        name: 'DS_LOKI',
        label: 'Loki',
        description: 'The Loki data source holding the backend logs (job="backend_logs")',
        type: 'datasource',
        pluginId: 'loki',
        pluginName: 'Loki',
      },
    ],
    __elements: {},
    __requires: [
      { type: 'grafana', id: 'grafana', name: 'Grafana', version: GRAFANA_VERSION },
      { type: 'datasource', id: 'loki', name: 'Loki', version: '1.0.0' },
      { type: 'panel', id: CHAT_PANEL_TYPE, name: 'Ollama Conversations', version: packageJson.version },
      { type: 'panel', id: 'logs', name: 'Logs', version: '' },
      { type: 'panel', id: 'table', name: 'Table', version: '' },
      { type: 'panel', id: 'timeseries', name: 'Time series', version: '' },
    ],
    ...dashboard,
    id: null,
  };
}
