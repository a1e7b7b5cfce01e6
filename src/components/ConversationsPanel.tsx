import { type PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { LoadingPlaceholder, useTheme2 } from '@grafana/ui';
import React, { useCallback, useMemo } from 'react';

import type { Conversation } from '../data/types';
import { defaultOptions } from '../options/defaultOptions';
import type { PanelOptions } from '../types';
import { buildProgressText } from './BuildProgressBar';
import { ConversationBrowser } from './ConversationBrowser';
import { NoConversations } from './NoConversations';
import { createDurationFormatter } from './durationDisplay';
import { querySource } from './links';
import { prepareSearchText } from './search';
import { PanelContext, type PanelContextValue } from './panelContext';
import { useConversationBuild } from './useConversationBuild';
import { useConversationMasking } from './useConversationMasking';
import { useStableValue } from './useStableValue';

// With every prop kept equal on a refresh of unchanged data, React skips the whole list instead of re-rendering it.
const MemoizedBrowser = React.memo(ConversationBrowser);

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
  // Refreshes and option edits bring new objects; work below is keyed on values, so equal ones reuse everything.
  const options = useStableValue(withDefaults(savedOptions));
  const masking = useConversationMasking(options.privacy);
  // What the list will need of each conversation, done ahead while a large build finishes in the background.
  const prepare = useCallback(
    (conversation: Conversation) =>
      prepareSearchText(masking.enabled ? masking.maskedOf(conversation).conversation : conversation),
    [masking]
  );
  const { result: build, progress } = useConversationBuild(data.series, options.logFormat, prepare);
  const source = useStableValue(querySource(data.request));
  const durationConfig = fieldConfig.defaults;
  const context = useMemo<PanelContextValue>(
    () => ({
      display: options.display,
      markers: options.markers,
      formatDuration: createDurationFormatter(durationConfig, theme),
      foldedQuery: '',
      querySource: source,
      timeZone,
    }),
    [options.display, options.markers, durationConfig, theme, source, timeZone]
  );

  if (data.series.length === 0) {
    return <PanelDataErrorView fieldConfig={fieldConfig} panelId={id} data={data} needsStringField />;
  }
  if (build.conversations.length === 0 && progress) {
    return <LoadingPlaceholder text={buildProgressText(progress)} data-testid="build-progress" />;
  }
  if (build.conversations.length === 0) {
    return <NoConversations account={build.account} logFormat={options.logFormat} />;
  }
  return (
    <PanelContext.Provider value={context}>
      <MemoizedBrowser
        conversations={build.conversations}
        account={build.account}
        progress={progress}
        masking={masking}
        options={options}
        durationConfig={durationConfig}
        panelId={id}
        width={width}
        height={height}
      />
    </PanelContext.Provider>
  );
}
