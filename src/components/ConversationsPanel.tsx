import { type PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { useTheme2 } from '@grafana/ui';
import React, { useMemo } from 'react';

import { buildConversations } from '../data';
import { toConversationOptions } from '../options/conversationOptions';
import { defaultOptions } from '../options/defaultOptions';
import type { PanelOptions } from '../types';
import { ConversationBrowser } from './ConversationBrowser';
import { NoConversations } from './NoConversations';
import { createDurationFormatter } from './durationDisplay';
import { querySource } from './links';
import { PanelContext, type PanelContextValue } from './panelContext';

/** Saved dashboards may predate an option group; fill what is missing from the defaults. */
function withDefaults(options: Partial<PanelOptions> | undefined): PanelOptions {
  return {
    logFormat: { ...defaultOptions.logFormat, ...options?.logFormat },
    display: { ...defaultOptions.display, ...options?.display },
    privacy: { ...defaultOptions.privacy, ...options?.privacy },
    markers: { ...defaultOptions.markers, ...options?.markers },
  };
}

/** Ollama prompt and response logs as chat threads. */
export function ConversationsPanel({
  data,
  options: savedOptions,
  fieldConfig,
  width,
  height,
  id,
  timeZone,
}: PanelProps<PanelOptions>) {
  const theme = useTheme2();
  const options = useMemo(() => withDefaults(savedOptions), [savedOptions]);
  const buildOptions = useMemo(() => toConversationOptions(options.logFormat), [options.logFormat]);
  const build = useMemo(() => buildConversations(data.series, buildOptions), [data.series, buildOptions]);
  const durationConfig = fieldConfig.defaults;
  const context = useMemo<PanelContextValue>(
    () => ({
      display: options.display,
      markers: options.markers,
      formatDuration: createDurationFormatter(durationConfig, theme),
      foldedQuery: '',
      querySource: querySource(data.request),
      timeZone,
    }),
    [options.display, options.markers, durationConfig, theme, data.request, timeZone]
  );

  if (data.series.length === 0) {
    return <PanelDataErrorView fieldConfig={fieldConfig} panelId={id} data={data} needsStringField />;
  }
  if (build.conversations.length === 0) {
    return <NoConversations account={build.account} logFormat={options.logFormat} />;
  }
  return (
    <PanelContext.Provider value={context}>
      <ConversationBrowser
        conversations={build.conversations}
        account={build.account}
        options={options}
        durationConfig={durationConfig}
        panelId={id}
        width={width}
        height={height}
      />
    </PanelContext.Provider>
  );
}
