import { css, cx } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Icon, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { Conversation, ExchangeStatus } from '../data/types';
import { DurationBadge } from './DurationBadge';
import { usePanelContext } from './panelContext';

interface Props {
  conversation: Conversation;
  open: boolean;
  maskedCount: number;
  masking: boolean;
  revealed: boolean;
  matchCount?: number;
  bodyId: string;
  onToggle: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
  registerButton: (element: HTMLButtonElement | null) => void;
}

function statusText(status: ExchangeStatus): string {
  switch (status) {
    case 'failed':
      return t('conversation.status.failed', 'Failed');
    case 'pending':
      return t('conversation.status.pending', 'Pending');
    default:
      return t('conversation.status.ok', 'OK');
  }
}

/** The one-line summary of a conversation; it is also the button that opens it. */
export function ConversationHeader(props: Props) {
  const {
    conversation,
    open,
    maskedCount,
    masking,
    revealed,
    matchCount,
    bodyId,
    onToggle,
    onKeyDown,
    registerButton,
  } = props;
  const styles = useStyles2(getStyles);
  const { timeZone } = usePanelContext();
  const turns = conversation.exchanges.length;

  return (
    <button
      type="button"
      ref={registerButton}
      className={styles.header}
      aria-expanded={open}
      aria-controls={bodyId}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      data-testid="conversation-header"
    >
      <Icon name={open ? 'angle-down' : 'angle-right'} className={styles.chevron} />
      <span className={styles.content}>
        <span className={styles.title}>
          <span className={styles.models}>{conversation.models.join(', ')}</span>
          <span className={styles.secondary}>
            {dateTimeFormat(conversation.startMs, { format: 'YYYY-MM-DD HH:mm:ss', timeZone })}
          </span>
          <span className={styles.secondary}>
            {t('conversation.turns', '', {
              count: turns,
              defaultValue_one: '{{count, number}} turn',
              defaultValue_other: '{{count, number}} turns',
            })}
          </span>
          {conversation.userId && (
            <span className={styles.secondary} data-testid="conversation-user">
              <Icon name="user" size="sm" /> {conversation.userId}
            </span>
          )}
        </span>
        <span className={styles.badges}>
          {conversation.totalDurationMs !== undefined && turns > 1 && (
            <DurationBadge
              durationMs={conversation.totalDurationMs}
              label={t('conversation.total-duration', 'Total duration of all turns')}
              caption={t('conversation.total-caption', 'Total')}
              testId="total-duration-badge"
            />
          )}
          {conversation.slowestDurationMs !== undefined &&
            (turns > 1 ? (
              <DurationBadge
                durationMs={conversation.slowestDurationMs}
                label={t('conversation.slowest-duration', 'Duration of the slowest turn')}
                caption={t('conversation.slowest-caption', 'Slowest')}
                testId="slowest-duration-badge"
              />
            ) : (
              // With one turn its duration is the whole story; "slowest" would suggest others to compare with.
              <DurationBadge
                durationMs={conversation.slowestDurationMs}
                label={t('conversation.single-duration', 'Duration of the turn')}
                caption={t('conversation.single-caption', 'Duration')}
                testId="slowest-duration-badge"
              />
            ))}
          <span
            className={cx(styles.status, styles[conversation.status])}
            data-testid="conversation-status"
            data-status={conversation.status}
          >
            {statusText(conversation.status)}
          </span>
          {/* Items are counted only where there are some; the summary says that masking is on for all of them. */}
          {masking && (maskedCount > 0 || revealed) && (
            <span className={styles.secondary} data-testid="masked-count">
              <Icon name={revealed ? 'eye' : 'eye-slash'} size="sm" />{' '}
              {revealed
                ? t('conversation.revealed', '', {
                    count: maskedCount,
                    defaultValue_one: 'Revealed: {{count, number}} masked item shown',
                    defaultValue_other: 'Revealed: {{count, number}} masked items shown',
                  })
                : t('conversation.masked', '', {
                    count: maskedCount,
                    defaultValue_one: '{{count, number}} masked item',
                    defaultValue_other: '{{count, number}} masked items',
                  })}
            </span>
          )}
          {matchCount !== undefined && matchCount > 0 && (
            <span className={styles.matches} data-testid="conversation-matches">
              {t('conversation.matches', '', {
                count: matchCount,
                defaultValue_one: '{{count, number}} match',
                defaultValue_other: '{{count, number}} matches',
              })}
            </span>
          )}
        </span>
      </span>
    </button>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  header: css({
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    width: '100%',
    boxSizing: 'border-box',
    padding: theme.spacing(1),
    background: 'none',
    border: 'none',
    color: theme.colors.text.primary,
    textAlign: 'left',
    cursor: 'pointer',
    borderRadius: theme.shape.radius.default,
    '&:hover': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `${theme.spacing(0.25)} solid ${theme.colors.primary.main}` },
  }),
  // Level with the first line of text, also when the badges wrap below it.
  chevron: css({ flex: 'none', marginTop: theme.spacing(0.25) }),
  // Two groups that wrap as wholes: what the conversation is, then how it went. On a narrow panel the badges move
  // to their own line, aligned with the model name, instead of being split or cut at the edge.
  content: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 1),
    flex: '1 1 auto',
    minWidth: 0,
  }),
  title: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: theme.spacing(0.5, 1), minWidth: 0 }),
  badges: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(0.5, 1), minWidth: 0 }),
  models: css({ fontWeight: theme.typography.fontWeightMedium, overflowWrap: 'anywhere', minWidth: 0 }),
  secondary: css({ color: theme.colors.text.secondary, ...theme.typography.bodySmall }),
  status: css({
    ...theme.typography.bodySmall,
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.default,
    border: `1px solid`,
    whiteSpace: 'nowrap',
  }),
  ok: css({ color: theme.colors.success.text, borderColor: theme.colors.success.border }),
  pending: css({ color: theme.colors.info.text, borderColor: theme.colors.info.border }),
  failed: css({ color: theme.colors.error.text, borderColor: theme.colors.error.border }),
  matches: css({
    ...theme.typography.bodySmall,
    background: theme.colors.warning.transparent,
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.default,
  }),
});
