import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

import type { BuildProgress } from '../data/types';
import type { ShownProgress } from './useConversationBuild';

export function buildProgressText({ rowsRead, rowsTotal }: BuildProgress): string {
  return t('progress.reading', 'Reading logs: {{read, number}} of {{total, number}} rows', {
    read: rowsRead,
    total: rowsTotal,
  });
}

function percentOf({ rowsRead, rowsTotal }: BuildProgress): number {
  return rowsTotal > 0 ? Math.floor((rowsRead / rowsTotal) * 100) : 0;
}

/** Says how far a large build has come, and that the list is partial or the previous one until it is done. */
export function BuildProgressBar({ progress }: { progress: ShownProgress }) {
  const styles = useStyles2(getStyles);
  const percent = percentOf(progress);
  return (
    <div className={styles.wrapper} data-testid="build-progress">
      <div
        className={styles.track}
        role="progressbar"
        aria-label={t('progress.label', 'Reading logs')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={styles.bar} style={{ width: `${percent}%` }} />
      </div>
      <span>
        {buildProgressText(progress)}
        {' · '}
        {progress.showing === 'previous'
          ? t('progress.previous', 'showing the previous result until the new one is complete')
          : t('progress.partial', 'showing the newest conversations until all are read')}
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    ...theme.typography.bodySmall,
    color: theme.colors.text.secondary,
  }),
  track: css({
    height: theme.spacing(0.5),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    overflow: 'hidden',
  }),
  // No width transition: the main thread is busy reading between updates, so an animated bar would lag behind.
  bar: css({ height: '100%', background: theme.colors.primary.main }),
});
