import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import React from 'react';

import { usePanelContext } from './panelContext';

interface Props {
  durationMs: number;
  label: string;
  testId?: string;
}

/** A duration coloured by the panel's thresholds, as Grafana's field display resolves them. */
export function DurationBadge({ durationMs, label, testId = 'duration-badge' }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const { formatDuration } = usePanelContext();
  const display = formatDuration(durationMs);
  return (
    <span
      className={styles.badge}
      style={{ background: display.color, color: theme.colors.getContrastText(display.color) }}
      data-testid={testId}
      data-threshold-color={display.thresholdColor}
      data-threshold-index={display.thresholdIndex}
      title={label}
      aria-label={`${label}: ${display.text}`}
    >
      {display.text}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  badge: css({
    ...theme.typography.bodySmall,
    fontWeight: theme.typography.fontWeightMedium,
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.default,
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  }),
});
