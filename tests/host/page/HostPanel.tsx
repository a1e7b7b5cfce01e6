import { css } from '@emotion/css';
import React, { ComponentType, useMemo, useState } from 'react';

import {
  applyFieldOverrides,
  DataFrame,
  dateTime,
  EventBusSrv,
  FieldConfigSource,
  GrafanaTheme2,
  LoadingState,
  makeTimeRange,
  PanelData,
  PanelPlugin,
  PanelProps,
} from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

import { lokiDataSource } from './runtimeServices';
import { timeSpanOf } from './fixtureFrames';

export interface HostPanelProps {
  plugin: PanelPlugin;
  /** Undefined while the query runs. */
  frames: DataFrame[] | undefined;
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  theme: GrafanaTheme2;
  width: number;
  height: number;
}

const minuteMs = 60_000;
const foodsaveQuery = '{job="backend_logs"} |~ "ollama_prompt|ollama_response"';
const identity = (value: string) => value;

/** Renders the plugin's panel with the props Grafana's panel renderer would give it. */
export function HostPanel({
  plugin,
  frames,
  options: initialOptions,
  fieldConfig: initialFieldConfig,
  theme,
  width,
  height,
}: HostPanelProps) {
  const styles = useStyles2(getStyles);
  const [options, setOptions] = useState(initialOptions);
  const [fieldConfig, setFieldConfig] = useState(initialFieldConfig);
  const eventBus = useMemo(() => new EventBusSrv(), []);

  const data = useMemo<PanelData>(() => {
    const span = (frames && timeSpanOf(frames)) ?? { from: Date.now() - 60 * minuteMs, to: Date.now() };
    const timeRange = makeTimeRange(dateTime(span.from - minuteMs), dateTime(span.to + minuteMs));
    // Grafana's query runner applies field config before the panel sees the frames.
    const series = frames
      ? applyFieldOverrides({
          data: frames,
          fieldConfig,
          fieldConfigRegistry: plugin.fieldConfigRegistry,
          replaceVariables: identity,
          theme,
          timeZone: 'browser',
        })
      : [];
    return {
      state: frames ? LoadingState.Done : LoadingState.Loading,
      series,
      timeRange,
      request: {
        app: 'dashboard',
        requestId: 'host',
        interval: '1s',
        intervalMs: 1000,
        range: timeRange,
        scopedVars: {},
        timezone: 'browser',
        startTime: span.from,
        targets: [{ refId: 'A', datasource: { type: 'loki', uid: lokiDataSource.uid }, expr: foodsaveQuery } as never],
      },
    };
  }, [frames, fieldConfig, plugin, theme]);

  const Panel = plugin.panel as ComponentType<PanelProps> | null;
  if (!Panel) {
    return <div role="alert">The plugin exports no panel component</div>;
  }
  // Like Grafana's panel chrome: a title row and padding, and the panel gets the size inside them.
  const padding = theme.spacing.gridSize * theme.components.panel.padding;
  const innerWidth = Math.max(0, width - 2 * padding);
  const innerHeight = Math.max(0, height - theme.components.panel.headerHeight * theme.spacing.gridSize - padding);
  return (
    <section className={styles.chrome} style={{ width, height }} data-testid="host-panel" aria-label="Panel under test">
      <h2 className={styles.title}>Ollama conversations</h2>
      <div className={styles.content} style={{ width: innerWidth, height: innerHeight }}>
        <Panel
          id={1}
          title="Ollama conversations"
          data={data}
          timeRange={data.timeRange}
          timeZone="browser"
          options={options}
          fieldConfig={fieldConfig}
          transparent={false}
          width={innerWidth}
          height={innerHeight}
          renderCounter={0}
          eventBus={eventBus}
          onOptionsChange={setOptions}
          onFieldConfigChange={setFieldConfig}
          replaceVariables={identity}
          onChangeTimeRange={() => undefined}
        />
      </div>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  chrome: css({
    // The panel gets exactly the size it is told; the hairline border sits outside it.
    boxSizing: 'content-box',
    overflow: 'hidden',
    position: 'relative',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.components.panel.borderColor}`,
    borderRadius: theme.shape.radius.default,
  }),
  title: css({
    ...theme.typography.h6,
    display: 'flex',
    alignItems: 'center',
    height: theme.spacing(theme.components.panel.headerHeight),
    margin: 0,
    padding: theme.spacing(0, theme.components.panel.padding),
  }),
  content: css({
    margin: theme.spacing(0, theme.components.panel.padding, theme.components.panel.padding),
    position: 'relative',
  }),
});
