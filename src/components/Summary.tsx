import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Icon, Tooltip, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { RowAccount, SkipReason } from '../data/types';
import { BuildProgressBar } from './BuildProgressBar';
import type { FilterResult } from './filterConversations';
import type { ShownProgress } from './useConversationBuild';
import { skipReasonText } from './skipReasons';

interface Props {
  result: FilterResult;
  totalConversations: number;
  account: RowAccount;
  progress?: ShownProgress;
  /** Whether personal data is masked; the summary then says how many items the shown conversations hide. */
  masking: boolean;
}

function skippedTotal(account: RowAccount): number {
  return Object.values(account.skipped).reduce((sum, count) => sum + count, 0);
}

function skippedDetails(account: RowAccount): string {
  return (Object.keys(account.skipped) as SkipReason[])
    .filter((reason) => account.skipped[reason] > 0)
    .map((reason) => {
      const examples = account.skippedExamples[reason] ?? [];
      const line = skipReasonText(reason, account.skipped[reason]);
      return examples.length > 0
        ? `${line} (${t('summary.skipped-examples', 'for example {{ids}}', { ids: examples.join(', ') })})`
        : line;
    })
    .join('\n');
}

/** How much the panel shows of what it received, and whether the query was cut off. */
export function Summary({ result, totalConversations, account, progress, masking }: Props) {
  const styles = useStyles2(getStyles);
  const skipped = skippedTotal(account);
  const hidden = result.views.reduce((sum, view) => (view.revealed ? sum : sum + view.maskedCount), 0);
  const limited = account.frames.filter((frame) => frame.limitReached);
  const unreadable = account.frames.filter((frame) => frame.unreadableReason);

  return (
    <div className={styles.wrapper}>
      {progress && <BuildProgressBar progress={progress} />}
      <div className={styles.summary} data-testid="summary" aria-live="polite">
        <span>
          {result.views.length === totalConversations
            ? t('summary.conversations', '', {
                count: totalConversations,
                defaultValue_one: '{{count, number}} conversation',
                defaultValue_other: '{{count, number}} conversations',
              })
            : t('summary.conversations-filtered', '', {
                shown: result.views.length,
                count: totalConversations,
                defaultValue_one: '{{shown, number}} of {{count, number}} conversation',
                defaultValue_other: '{{shown, number}} of {{count, number}} conversations',
              })}
        </span>
        <span>
          {t('summary.turns', '', {
            count: result.turnCount,
            defaultValue_one: '{{count, number}} turn',
            defaultValue_other: '{{count, number}} turns',
          })}
        </span>
        {result.matchCount !== undefined && (
          <span data-testid="match-count">
            {t('summary.matches', '', {
              count: result.matchCount,
              defaultValue_one: '{{count, number}} match in {{turns}}',
              turns: t('summary.matched-turns', '', {
                count: result.matchedTurnCount ?? 0,
                defaultValue_one: '{{count, number}} turn',
                defaultValue_other: '{{count, number}} turns',
              }),
              defaultValue_other: '{{count, number}} matches in {{turns}}',
            })}
          </span>
        )}
        {skipped > 0 ? (
          <Tooltip content={<div className={styles.details}>{skippedDetails(account)}</div>}>
            <span className={styles.skipped} data-testid="skipped-count" tabIndex={0}>
              {t('summary.skipped', '', {
                count: skipped,
                defaultValue_one: '{{count, number}} row skipped',
                defaultValue_other: '{{count, number}} rows skipped',
              })}
            </span>
          </Tooltip>
        ) : (
          <span data-testid="skipped-count">
            {t('summary.skipped', '', {
              count: 0,
              defaultValue_one: '{{count, number}} row skipped',
              defaultValue_other: '{{count, number}} rows skipped',
            })}
          </span>
        )}
        {masking && (
          <span data-testid="masked-total">
            <Icon name="eye-slash" size="sm" />{' '}
            {t('summary.masked', '', {
              count: hidden,
              defaultValue_one: '{{count, number}} personal data item masked',
              defaultValue_other: '{{count, number}} personal data items masked',
            })}
          </span>
        )}
      </div>
      {limited.length > 0 && (
        <Alert
          severity="warning"
          title={t('summary.line-limit.title', 'Line limit reached')}
          data-testid="line-limit-warning"
        >
          {t(
            'summary.line-limit.body',
            'The query returned as many lines as its limit ({{limit}}), so older turns may be missing. Narrow the time range or raise the line limit in the query options.',
            { limit: limited.map((frame) => frame.limit ?? frame.rows).join(', ') }
          )}
        </Alert>
      )}
      {unreadable.map((frame) => (
        <Alert
          key={frame.name}
          severity="warning"
          title={t('summary.unreadable.title', 'A query could not be read')}
          data-testid="unreadable-frame"
        >
          {`${frame.name}: ${frame.unreadableReason}`}
        </Alert>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  summary: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    ...theme.typography.bodySmall,
    color: theme.colors.text.secondary,
  }),
  skipped: css({ textDecoration: 'underline dotted', cursor: 'help' }),
  details: css({ whiteSpace: 'pre-line' }),
});
