import {
  createTheme,
  getDefaultTimeRange,
  LoadingState,
  type DataFrame,
  type FieldConfigSource,
  type PanelData,
  type PanelProps,
} from '@grafana/data';
import type { DataQuery } from '@grafana/schema';

import { lokiFrameFromJsonl } from '../../data';
import type { Conversation, Exchange } from '../../data/types';
import { defaultDurationThresholds, defaultOptions } from '../../options/defaultOptions';
import type { PanelOptions } from '../../types';

import { readFixtureText } from '../../data/testing/fixtures';
import { createDurationFormatter } from '../durationDisplay';
import type { PanelContextValue } from '../panelContext';

interface LokiQuery extends DataQuery {
  expr: string;
}

export function foodSaveFrame(): DataFrame {
  return lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend.jsonl'), { refId: 'A' });
}

export function jsonlFrame(lines: object[], limit?: number): DataFrame {
  return lokiFrameFromJsonl(lines.map((line) => JSON.stringify(line)).join('\n'), { refId: 'A', limit });
}

export function durationFieldConfig(overrides: Partial<FieldConfigSource['defaults']> = {}): FieldConfigSource {
  return { defaults: { unit: 's', decimals: 1, thresholds: defaultDurationThresholds, ...overrides }, overrides: [] };
}

export function panelProps(
  series: DataFrame[],
  options: Partial<PanelOptions> = {},
  fieldConfig = durationFieldConfig()
) {
  const timeRange = getDefaultTimeRange();
  const data: PanelData = {
    series,
    state: LoadingState.Done,
    timeRange,
    request: {
      requestId: 'Q1',
      interval: '1s',
      intervalMs: 1000,
      range: timeRange,
      scopedVars: {},
      timezone: 'utc',
      app: 'dashboard',
      startTime: 0,
      dashboardUID: 'ollama-dash',
      targets: [
        {
          refId: 'A',
          datasource: { uid: 'loki_foodsave_logs', type: 'loki' },
          expr: '{job="backend_logs"} |~ "ollama_prompt|ollama_response"',
        } as LokiQuery,
      ],
    },
  };
  const props: PanelProps<PanelOptions> = {
    id: 7,
    data,
    timeRange,
    timeZone: 'utc',
    options: { ...defaultOptions, ...options },
    fieldConfig,
    transparent: false,
    width: 800,
    height: 600,
    renderCounter: 0,
    title: 'Conversations',
    eventBus: {
      publish: jest.fn(),
      getStream: jest.fn(),
      subscribe: jest.fn(),
      removeAllListeners: jest.fn(),
      newScopedBus: jest.fn(),
    },
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    replaceVariables: (value: string) => value,
    onChangeTimeRange: jest.fn(),
  };
  return props;
}

let keySequence = 0;

export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  keySequence++;
  return {
    key: `exchange-${keySequence}`,
    model: 'gemma3:12b',
    status: 'ok',
    startMs: Date.UTC(2026, 10, 30, 18, 0, keySequence),
    startNs: '0',
    durationMs: 1200,
    unfinished: false,
    streamed: false,
    messages: [{ role: 'user', content: 'Co mogę ugotować z ryżu?' }],
    newMessagesFrom: 0,
    historyRewritten: false,
    response: { role: 'assistant', content: 'Smażony ryż z warzywami.' },
    ids: {},
    labels: {},
    promptMissing: false,
    rowIds: [`row-${keySequence}`],
    ...overrides,
  };
}

export function conversation(exchanges: Exchange[], overrides: Partial<Conversation> = {}): Conversation {
  const durations = exchanges.map((turn) => turn.durationMs).filter((ms): ms is number => ms !== undefined);
  return {
    key: exchanges[0].key,
    threadedBy: 'history',
    exchanges,
    models: [...new Set(exchanges.map((turn) => turn.model))],
    startMs: exchanges[0].startMs,
    lastActivityMs: exchanges[exchanges.length - 1].startMs,
    totalDurationMs: durations.reduce((sum, ms) => sum + ms, 0),
    slowestDurationMs: durations.length > 0 ? Math.max(...durations) : undefined,
    status: exchanges.some((turn) => turn.status === 'failed') ? 'failed' : 'ok',
    ...overrides,
  };
}

export function panelContext(overrides: Partial<PanelContextValue> = {}): PanelContextValue {
  return {
    display: defaultOptions.display,
    markers: defaultOptions.markers,
    formatDuration: createDurationFormatter(durationFieldConfig().defaults, createTheme()),
    foldedQuery: '',
    querySource: {},
    timeZone: 'utc',
    ...overrides,
  };
}
