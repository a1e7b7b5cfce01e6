import { css } from '@emotion/css';
import type { FieldConfig, GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { config, locationService } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import React, { Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';

import type { Conversation, RowAccount } from '../data/types';
import type { PanelOptions } from '../types';
import { keyCarrier } from './keyCarrier';
import { ContainedError } from './ContainedError';
import { ConversationList } from './ConversationList';
import { Summary } from './Summary';
import { Toolbar } from './Toolbar';
import { slowSteps } from './durationDisplay';
import { filterChoices, filterConversations, type ConversationFilters } from './filterConversations';
import { conversationUrlParameter } from './links';
import { PanelContext, usePanelContext } from './panelContext';
import { buildSearchIndex, foldText } from './search';
import { canReveal as roleCanReveal } from './revealPermission';
import { useFormatThreshold } from './useFormatThreshold';
import type { ShownProgress } from './useConversationBuild';
import type { ConversationMasking } from './useConversationMasking';
import { useShownConversations } from './useShownConversations';
import type { ConversationView } from './viewModel';

// The drawer brings the LogQL grammar and the YAML writer; load them only when someone opens it.
const AlertsDrawer = React.lazy(() =>
  import('./alerts/AlertsDrawer').then(({ AlertsDrawer }) => ({ default: AlertsDrawer }))
);

interface Props {
  conversations: Conversation[];
  account: RowAccount;
  /** Set while a build is going on: the conversations are then the newest read so far, or the previous list. */
  progress?: ShownProgress;
  masking: ConversationMasking;
  options: PanelOptions;
  durationConfig: FieldConfig;
  panelId: number;
  width: number;
  height: number;
}

function toggled(keys: ReadonlySet<string>, key: string, on = !keys.has(key)): Set<string> {
  const next = new Set(keys);
  if (on) {
    next.add(key);
  } else {
    next.delete(key);
  }
  return next;
}

function initialOpenKeys(views: ConversationView[], expandFirst: boolean, linkedKey: string | undefined) {
  const keys = new Set<string>();
  if (linkedKey) {
    keys.add(linkedKey);
  } else if (expandFirst && views.length > 0) {
    const latest = views.reduce((a, b) => (b.conversation.lastActivityMs > a.conversation.lastActivityMs ? b : a));
    keys.add(latest.key);
  }
  return keys;
}

/** Toolbar, summary and the list: everything the panel shows once there are conversations. */
export function ConversationBrowser({
  conversations,
  account,
  progress,
  masking,
  options,
  durationConfig,
  panelId,
  width,
  height,
}: Props) {
  const styles = useStyles2(getStyles);
  const panelContext = usePanelContext();
  const linkedKey = useMemo(() => {
    const value = locationService.getSearchObject()[conversationUrlParameter];
    return typeof value === 'string' ? value : undefined;
  }, []);
  const [filters, setFilters] = useState<ConversationFilters>({ query: '', sort: options.display.sortBy });
  const [revealedKeys, setRevealedKeys] = useState<ReadonlySet<string>>(new Set());
  const [alertsOpen, setAlertsOpen] = useState(false);
  const openAlerts = useCallback(() => setAlertsOpen(true), []);

  const views = useShownConversations(conversations, masking, revealedKeys);
  const patternErrors = masking.patternErrors;
  // Keys of the views, not of the model: a masked key stays the same whether or not the conversation is revealed.
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(() =>
    initialOpenKeys(views, options.display.expandFirst, linkedKey)
  );
  const [previousViews, setPreviousViews] = useState(views);
  if (views !== previousViews) {
    // What the user opened or revealed stays so when the list is rebuilt, also where a conversation's key changed
    // (the complete list after a partial one, or a refresh that drops its first turns).
    setPreviousViews(views);
    const carry = keyCarrier(previousViews, views);
    const openCarried = carry(openKeys);
    if (openCarried !== openKeys) {
      setOpenKeys(openCarried);
    }
    const revealedCarried = carry(revealedKeys);
    if (revealedCarried !== revealedKeys) {
      setRevealedKeys(revealedCarried);
    }
  }
  const searchIndex = useMemo(() => buildSearchIndex(views.map((view) => view.conversation)), [views]);
  // Typing stays responsive on large results: the list follows the filters as soon as React has time.
  const appliedFilters = useDeferredValue(filters);
  const result = useMemo(
    () => filterConversations(views, searchIndex, appliedFilters, durationConfig.unit),
    [views, searchIndex, appliedFilters, durationConfig.unit]
  );
  const choices = useMemo(() => filterChoices(views), [views]);
  const steps = useMemo(() => slowSteps(durationConfig), [durationConfig]);
  const formatThreshold = useFormatThreshold(durationConfig);
  const allowedToReveal = roleCanReveal(config.bootData?.user?.orgRole, options.privacy.revealRole);
  const foldedQuery = foldText(appliedFilters.query.trim());
  const listContext = useMemo(() => ({ ...panelContext, foldedQuery }), [panelContext, foldedQuery]);
  const rowIds = useMemo(
    () => result.views.flatMap((view) => view.conversation.exchanges.flatMap((exchange) => exchange.rowIds)),
    [result]
  );

  return (
    <div className={styles.wrapper} style={{ width, height }}>
      <Toolbar
        filters={filters}
        onChange={setFilters}
        choices={choices}
        slowSteps={steps}
        formatThreshold={formatThreshold}
        onOpenAlerts={openAlerts}
      />
      <Summary
        result={result}
        totalConversations={views.length}
        account={account}
        progress={progress}
        masking={masking.enabled}
      />
      {patternErrors.length > 0 && (
        <Alert
          severity="warning"
          title={t('privacy.pattern-errors', 'Some custom patterns were not used')}
          data-testid="pattern-errors"
        >
          {patternErrors.join('\n')}
        </Alert>
      )}
      <ContainedError
        title={t('list.render-error', 'The conversation list could not be shown')}
        rowIds={rowIds}
        testId="list-error"
        dependencies={[result]}
      >
        {result.views.length === 0 ? (
          <div className={styles.empty} data-testid="no-matches">
            {t('list.no-matches', 'No conversation matches the search and filters.')}
          </div>
        ) : (
          <PanelContext.Provider value={listContext}>
            <ConversationList
              views={result.views}
              openKeys={openKeys}
              masking={masking.enabled}
              canReveal={allowedToReveal}
              onToggle={(key) => setOpenKeys((keys) => toggled(keys, key))}
              onRevealChange={(key, revealed) => setRevealedKeys((keys) => toggled(keys, key, revealed))}
              fallbackRect={{ width, height }}
              scrollToKey={linkedKey}
            />
          </PanelContext.Provider>
        )}
      </ContainedError>
      {alertsOpen && (
        <Suspense fallback={<LoadingPlaceholder text={t('alerts.drawer.loading', 'Loading alert templates…')} />}>
          <AlertsDrawer
            onClose={() => setAlertsOpen(false)}
            dataSourceUid={panelContext.querySource.dataSourceUid}
            queryExpr={panelContext.querySource.expr}
            dashboardUid={panelContext.querySource.dashboardUid}
            panelId={panelId}
            markers={options.markers}
          />
        </Suspense>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    overflow: 'hidden',
    // Grafana's global styles make every element inherit its box sizing; a container that sets content-box would
    // make full-width inputs and headers with padding wider than the panel, so the panel sets its own.
    boxSizing: 'border-box',
  }),
  empty: css({ padding: theme.spacing(2), color: theme.colors.text.secondary }),
});
