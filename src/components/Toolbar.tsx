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
      <Combobox
        isClearable
        width={20}
        value={filters.model ?? null}
        options={choices.models.map((model) => ({ value: model }))}
        onChange={(option) => update({ model: option?.value })}
        placeholder={t('toolbar.model.placeholder', 'Any model')}
        aria-label={t('toolbar.model.label', 'Filter by model')}
        data-testid="model-filter"
      />
      <Combobox
        isClearable
        width={16}
        value={filters.status ?? null}
        options={statusOptions()}
        onChange={(option) => update({ status: option?.value })}
        placeholder={t('toolbar.status.placeholder', 'Any status')}
        aria-label={t('toolbar.status.label', 'Filter by status')}
        data-testid="status-filter"
      />
      {choices.userIds.length > 0 && (
        <Combobox
          isClearable
          width={20}
          value={filters.userId ?? null}
          options={choices.userIds.map((userId) => ({ value: userId }))}
          onChange={(option) => update({ userId: option?.value })}
          placeholder={t('toolbar.user.placeholder', 'Any user')}
          aria-label={t('toolbar.user.label', 'Filter by user id')}
          data-testid="user-filter"
        />
      )}
      {slowSteps.length > 0 && (
        <Combobox
          isClearable
          width={20}
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
      )}
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
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  toolbar: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  }),
  search: css({ flex: '1 1 auto', minWidth: theme.spacing(20), maxWidth: theme.spacing(50) }),
});
