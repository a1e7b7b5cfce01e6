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
import { defaultDurationThresholds, defaultOptions } from '../../options/defaultOptions';
import type { PanelOptions } from '../../types';

import { readFixtureText } from '../../data/testing/fixtures';

// The model factories live with the data core so that other parts' tests build exchanges the same way.
export { conversation, exchange } from '../../data/testing/model';
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
