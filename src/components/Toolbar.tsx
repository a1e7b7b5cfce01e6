import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, Combobox, Icon, Input, RadioButtonGroup, useStyles2, type ComboboxOption } from '@grafana/ui';
import React from 'react';

import type { ExchangeStatus } from '../data/types';
import type { ConversationSort } from '../types';
import type { SlowStep } from './durationDisplay';
import type { ConversationFilters, FilterChoices } from './filterConversations';

interface Props {
  filters: ConversationFilters;
  onChange: (filters: ConversationFilters) => void;
  choices: FilterChoices;
  slowSteps: SlowStep[];
  /** Formats a threshold value in the duration field's unit. */
  formatThreshold: (value: number) => string;
  onOpenAlerts: () => void;
}

function statusOptions(): Array<ComboboxOption<ExchangeStatus>> {
  return [
    { value: 'ok', label: t('toolbar.status.ok', 'OK') },
    { value: 'pending', label: t('toolbar.status.pending', 'Pending') },
    { value: 'failed', label: t('toolbar.status.failed', 'Failed') },
  ];
}

/**
 * Search, filters, sort and the way to the alert templates. Memoised: its comboboxes are costly to re-render and
 * nothing in it changes when a conversation is opened or revealed.
 */
export const Toolbar = React.memo(function Toolbar({
  filters,
  onChange,
  choices,
  slowSteps,
  formatThreshold,
  onOpenAlerts,
}: Props) {
  const styles = useStyles2(getStyles);
  const update = (change: Partial<ConversationFilters>) => onChange({ ...filters, ...change });

  return (
    <div className={styles.toolbar} role="search">
      <Input
        className={styles.search}
        prefix={<Icon name="search" />}
        value={filters.query}
        onChange={(event) => update({ query: event.currentTarget.value })}
        placeholder={t('toolbar.search.placeholder', 'Search messages')}
        aria-label={t('toolbar.search.label', 'Search messages')}
        data-testid="search-input"
      />
      <div className={styles.filter}>
        <Combobox
          isClearable
          value={filters.model ?? null}
          options={choices.models.map((model) => ({ value: model }))}
          onChange={(option) => update({ model: option?.value })}
          placeholder={t('toolbar.model.placeholder', 'Any model')}
          aria-label={t('toolbar.model.label', 'Filter by model')}
          data-testid="model-filter"
        />
      </div>
      <div className={styles.filter}>
        <Combobox
          isClearable
          value={filters.status ?? null}
          options={statusOptions()}
          onChange={(option) => update({ status: option?.value })}
          placeholder={t('toolbar.status.placeholder', 'Any status')}
          aria-label={t('toolbar.status.label', 'Filter by status')}
          data-testid="status-filter"
        />
      </div>
      {choices.userIds.length > 0 && (
        <div className={styles.filter}>
          <Combobox
            isClearable
            value={filters.userId ?? null}
            options={choices.userIds.map((userId) => ({ value: userId }))}
            onChange={(option) => update({ userId: option?.value })}
            placeholder={t('toolbar.user.placeholder', 'Any user')}
            aria-label={t('toolbar.user.label', 'Filter by user id')}
            data-testid="user-filter"
          />
        </div>
      )}
      {slowSteps.length > 0 && (
        <div className={styles.filter}>
          <Combobox
            isClearable
            value={filters.slowFrom ?? null}
            options={slowSteps.map((step) => ({
              value: step.value,
              label: t('toolbar.slow.option', 'Slow: from {{threshold}} ({{color}})', {
                threshold: formatThreshold(step.value),
                color: step.color,
              }),
            }))}
            onChange={(option) => update({ slowFrom: option?.value })}
            placeholder={t('toolbar.slow.placeholder', 'Any duration')}
            aria-label={t('toolbar.slow.label', 'Show only slow conversations')}
            data-testid="slow-filter"
          />
        </div>
      )}
      <div className={styles.fixed}>
        <RadioButtonGroup<ConversationSort>
          size="sm"
          value={filters.sort}
          onChange={(sort) => update({ sort })}
          options={[
            {
              value: 'recent',
              label: t('toolbar.sort.recent', 'Recent'),
              description: t('toolbar.sort.recent-description', 'Latest activity first'),
            },
            {
              value: 'slowest',
              label: t('toolbar.sort.slowest', 'Slowest'),
              description: t('toolbar.sort.slowest-description', 'Slowest turn first'),
            },
          ]}
        />
        <Button size="sm" variant="secondary" icon="bell" onClick={onOpenAlerts} data-testid="alerts-button">
          {t('toolbar.alerts', 'Alerts')}
        </Button>
      </div>
    </div>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  toolbar: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 0,
  }),
  // Every part may shrink below its preferred width (min-width 0), so a row wraps instead of running past the
  // panel's edge; a part alone on its row shrinks to the panel's width however narrow it is.
  search: css({ flex: `3 1 ${theme.spacing(36)}`, minWidth: 0, maxWidth: theme.spacing(80) }),
  filter: css({ flex: `1 1 ${theme.spacing(17)}`, minWidth: 0, maxWidth: theme.spacing(32) }),
  fixed: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(1), minWidth: 0 }),
});
