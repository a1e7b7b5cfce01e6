import { css } from '@emotion/css';
import React, { useState } from 'react';

import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Badge, Button, Stack, useStyles2 } from '@grafana/ui';

import { PreviewSeries, previewRule } from '../../alerts/preview';
import { Comparison, ProvisionedAlertRule } from '../../alerts/types';

interface Props {
  rule: ProvisionedAlertRule;
  comparison: Comparison;
  threshold: number;
  disabled: boolean;
}

type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; series: PreviewSeries[] }
  | { status: 'failed'; message: string };

/** Runs the rule's query once against the panel's data source, to see what the rule would see now. */
export function QueryPreview({ rule, comparison, threshold, disabled }: Props) {
  const styles = useStyles2(getStyles);
  const [state, setState] = useState<PreviewState>({ status: 'idle' });

  const run = async () => {
    setState({ status: 'loading' });
    try {
      setState({ status: 'done', series: await previewRule(rule, comparison, threshold) });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-label={t('alerts.preview.label', 'Preview')} className={styles.section}>
      <Button variant="secondary" icon="eye" onClick={run} disabled={disabled || state.status === 'loading'}>
        {state.status === 'loading'
          ? t('alerts.preview.running', 'Running query…')
          : t('alerts.preview.run', 'Preview current value')}
      </Button>
      {state.status === 'failed' && (
        <Alert severity="warning" title={t('alerts.preview.failed', 'Preview unavailable')}>
          {state.message || t('alerts.preview.failed-detail', 'The data source did not answer.')}
        </Alert>
      )}
      {state.status === 'done' && state.series.length === 0 && (
        <p className={styles.note}>
          {t('alerts.preview.empty', 'No data in the window: the rule would report its no-data state ({{state}}).', {
            state: rule.noDataState,
          })}
        </p>
      )}
      {state.status === 'done' && state.series.length > 0 && (
        <ul className={styles.list}>
          {state.series.map((series) => (
            <li key={series.labels}>
              <Stack gap={1} alignItems="center">
                <span>{series.labels || t('alerts.preview.all-series', 'all lines')}</span>
                <strong>{series.value.toLocaleString()}</strong>
                {series.firing ? (
                  <Badge color="red" icon="fire" text={t('alerts.preview.firing', 'would fire')} />
                ) : (
                  <Badge color="green" icon="check" text={t('alerts.preview.normal', 'normal')} />
                )}
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({
    marginBottom: theme.spacing(2),
  }),
  note: css({
    color: theme.colors.text.secondary,
    marginTop: theme.spacing(1),
  }),
  list: css({
    listStyle: 'none',
    padding: 0,
    marginTop: theme.spacing(1),
  }),
});
