import { css } from '@emotion/css';
import React from 'react';

import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, ClipboardButton, Stack, useStyles2 } from '@grafana/ui';

import { SelectorSource } from '../../alerts/logql';

interface Props {
  expr: string;
  selectorSource: SelectorSource;
}

/** The LogQL the rule runs, to read, copy into Explore, or paste elsewhere. */
export function GeneratedQuery({ expr, selectorSource }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <section aria-labelledby="alert-query-heading" className={styles.section}>
      <Stack justifyContent="space-between" alignItems="center">
        <h5 id="alert-query-heading" className={styles.heading}>
          {t('alerts.query.heading', 'LogQL query')}
        </h5>
        <ClipboardButton icon="copy" size="sm" variant="secondary" getText={() => expr}>
          {t('alerts.query.copy', 'Copy query')}
        </ClipboardButton>
      </Stack>
      <pre className={styles.query} data-testid="alert-query">
        {expr}
      </pre>
      {selectorSource === 'defaultBecauseVariables' && (
        <Alert severity="info" title={t('alerts.query.variables-title', 'Dashboard variables replaced')}>
          {t(
            'alerts.query.variables',
            'Alert rules cannot use dashboard variables, so the query reads the default FoodSave streams instead of the panel’s.'
          )}
        </Alert>
      )}
      {selectorSource === 'defaultBecauseUnreadable' && (
        <Alert severity="info" title={t('alerts.query.unreadable-title', 'Default streams used')}>
          {t(
            'alerts.query.unreadable',
            'The panel’s query has no stream selector that could be read, so the query reads the default FoodSave streams.'
          )}
        </Alert>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({
    marginBottom: theme.spacing(2),
  }),
  heading: css({
    margin: 0,
  }),
  query: css({
    ...theme.typography.code,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    padding: theme.spacing(1),
    marginTop: theme.spacing(1),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
});
