import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

import type { ToolCall } from '../data/types';
import { HighlightedText } from './HighlightedText';
import { usePanelContext } from './panelContext';
import { logValues } from './textValues';

/** A tool the model asked to run, with its arguments as sent. */
export function ToolCallCard({ call }: { call: ToolCall }) {
  const styles = useStyles2(getStyles);
  const { foldedQuery } = usePanelContext();
  return (
    <div className={styles.card} data-testid="tool-call">
      <div className={styles.title}>
        {t('message.tool-call', 'Tool call: {{name}}', logValues({ name: call.name }))}
      </div>
      <pre className={styles.arguments}>
        <HighlightedText text={call.argumentsJson} foldedQuery={foldedQuery} />
      </pre>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    padding: theme.spacing(1),
    background: theme.colors.background.canvas,
  }),
  title: css({
    ...theme.typography.bodySmall,
    fontWeight: theme.typography.fontWeightMedium,
    marginBottom: theme.spacing(0.5),
  }),
  arguments: css({
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
