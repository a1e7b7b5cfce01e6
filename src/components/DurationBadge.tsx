import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2, useTheme2 } from '@grafana/ui';
import React from 'react';

import { usePanelContext } from './panelContext';
import { logValues } from './textValues';

interface Props {
  durationMs: number;
  /** What the duration measures, in full: the tooltip, and the accessible name when there is no caption. */
  label: string;
  /** A short visible word before the badge ("Total", "Slowest") where the badge alone would be ambiguous. */
  caption?: string;
  testId?: string;
}

/** A duration coloured by the panel's thresholds, as Grafana's field display resolves them. */
export function DurationBadge({ durationMs, label, caption, testId = 'duration-badge' }: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const { formatDuration } = usePanelContext();
  const display = formatDuration(durationMs);
  const badge = (
    <span
      className={styles.badge}
      style={{ background: display.color, color: theme.colors.getContrastText(display.color) }}
      data-testid={testId}
      data-threshold-color={display.thresholdColor}
      data-threshold-index={display.thresholdIndex}
      // With a caption the visible words already name the duration; the full label stays as the tooltip.
      title={caption ? undefined : label}
      aria-label={caption ? undefined : `${label}: ${display.text}`}
    >
      {display.text}
    </span>
  );
  if (!caption) {
    return badge;
  }
  return (
    <span
      className={styles.captioned}
      title={t('duration.title', '{{label}}: {{duration}}', logValues({ label, duration: display.text }))}
    >
      <span className={styles.caption}>{caption}</span> {badge}
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
  captioned: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5), whiteSpace: 'nowrap' }),
  caption: css({ ...theme.typography.bodySmall, color: theme.colors.text.secondary }),
});
