import { css, cx } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, useStyles2 } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { markExchange } from '../alerts/turnMarkers';
import type { Exchange } from '../data/types';
import type { TextFormat } from '../types';
import { DurationBadge } from './DurationBadge';
import { MessageBubble } from './MessageBubble';
import { TimingBar } from './TimingBar';
import { TurnBadges } from './TurnBadges';
import { usePanelContext } from './panelContext';
import { logValues } from './textValues';

interface Props {
  exchange: Exchange;
  index: number;
  format: TextFormat;
  /** The turn matches the current search. */
  matched: boolean;
}

/** One call to the model: the messages new in it, the answer, and what was unusual or slow about it. */
export function TurnView({ exchange, index, format, matched }: Props) {
  const styles = useStyles2(getStyles);
  const { display, markers, timeZone } = usePanelContext();
  const [fullHistory, setFullHistory] = useState(display.showFullHistory);
  const turnMarkers = useMemo(() => markExchange(exchange, markers), [exchange, markers]);
  const from = Math.min(Math.max(exchange.newMessagesFrom, 0), exchange.messages.length);
  const messages = fullHistory ? exchange.messages : exchange.messages.slice(from);
  const earlier = from;
  const turnLabel = t('turn.label', 'Turn {{number}}', { number: index + 1 });

  return (
    <section
      className={cx(styles.turn, matched && styles.matched)}
      data-testid="turn"
      data-turn-key={exchange.key}
      aria-label={turnLabel}
    >
      <header className={styles.header}>
        <strong>{turnLabel}</strong>
        <span className={styles.secondary}>{exchange.model}</span>
        <span className={styles.secondary}>
          {dateTimeFormat(exchange.startMs, { format: 'YYYY-MM-DD HH:mm:ss', timeZone })}
        </span>
        {exchange.durationMs !== undefined && (
          <DurationBadge durationMs={exchange.durationMs} label={t('turn.duration', 'Turn duration')} />
        )}
        <TurnBadges exchange={exchange} markers={turnMarkers} />
      </header>
      <TimingBar exchange={exchange} />
      {earlier > 0 && (
        <Button
          size="sm"
          variant="secondary"
          fill="text"
          icon={fullHistory ? 'angle-up' : 'history'}
          onClick={() => setFullHistory(!fullHistory)}
          aria-expanded={fullHistory}
        >
          {fullHistory
            ? t('turn.hide-history', 'Show only new messages')
            : t('turn.show-history', '', {
                count: earlier,
                defaultValue_one: 'Show full history ({{count, number}} earlier message)',
                defaultValue_other: 'Show full history ({{count, number}} earlier messages)',
              })}
        </Button>
      )}
      <div className={styles.messages}>
        {messages.map((message, position) => (
          <MessageBubble
            key={position}
            message={message}
            format={format}
            showSystem={display.showSystemPrompt}
            showThinking={display.showThinking}
          />
        ))}
        {exchange.response && (
          <MessageBubble
            message={exchange.response}
            format={format}
            showSystem={display.showSystemPrompt}
            showThinking={display.showThinking}
          />
        )}
        {exchange.errorText && (
          <div className={styles.error} role="alert" data-testid="turn-error">
            {t('turn.error-text', 'Error: {{error}}', logValues({ error: exchange.errorText }))}
          </div>
        )}
      </div>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  turn: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 0),
    borderTop: `1px solid ${theme.colors.border.weak}`,
  }),
  matched: css({
    borderLeft: `${theme.spacing(0.5)} solid ${theme.colors.warning.border}`,
    paddingLeft: theme.spacing(1),
  }),
  header: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  }),
  secondary: css({ color: theme.colors.text.secondary, ...theme.typography.bodySmall }),
  messages: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  error: css({
    padding: theme.spacing(1),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.error.border}`,
    color: theme.colors.error.text,
    background: theme.colors.error.transparent,
    overflowWrap: 'anywhere',
  }),
});
