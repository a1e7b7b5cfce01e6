import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Badge, useStyles2, type BadgeColor, type IconName } from '@grafana/ui';
import React from 'react';

import type { TurnMarker } from '../alerts/turnMarkers';
import type { Exchange } from '../data/types';
import { logValues } from './textValues';

interface TurnFlag {
  id: string;
  color: BadgeColor;
  icon: IconName;
  text: string;
  tooltip: string;
}

function turnFlags(exchange: Exchange, markers: TurnMarker[]): TurnFlag[] {
  const flags: TurnFlag[] = [];
  if (exchange.status === 'failed' || exchange.errorText) {
    flags.push({
      id: 'error',
      color: 'red',
      icon: 'exclamation-circle',
      text: t('turn.flag.error', 'Error'),
      tooltip: exchange.errorText ?? t('turn.flag.error-tooltip', 'The call failed.'),
    });
  }
  if (exchange.doneReason === 'length') {
    flags.push({
      id: 'length',
      color: 'orange',
      icon: 'exclamation-triangle',
      text: t('turn.flag.length', 'Cut off at token limit'),
      tooltip: t(
        'turn.flag.length-tooltip',
        'The model stopped because it reached its token limit (done_reason "length").'
      ),
    });
  }
  if (exchange.unfinished) {
    flags.push({
      id: 'unfinished',
      color: 'orange',
      icon: 'hourglass',
      text: t('turn.flag.unfinished', 'Stream unfinished'),
      tooltip: t('turn.flag.unfinished-tooltip', 'The streamed answer never reported done.'),
    });
  }
  if (exchange.status === 'pending' && !exchange.unfinished) {
    flags.push({
      id: 'pending',
      color: 'blue',
      icon: 'clock-nine',
      text: t('turn.flag.pending', 'No response'),
      tooltip: t('turn.flag.pending-tooltip', 'No response or error was logged for this prompt in the queried range.'),
    });
  }
  if (exchange.promptMissing) {
    flags.push({
      id: 'prompt-missing',
      color: 'darkgrey',
      icon: 'info-circle',
      text: t('turn.flag.prompt-missing', 'Prompt not in range'),
      tooltip: t(
        'turn.flag.prompt-missing-tooltip',
        'The prompt line is outside the queried lines, maybe cut off by the line limit.'
      ),
    });
  }
  if (exchange.historyRewritten) {
    flags.push({
      id: 'history-rewritten',
      color: 'purple',
      icon: 'history',
      text: t('turn.flag.history-rewritten', 'History rewritten'),
      tooltip: t(
        'turn.flag.history-rewritten-tooltip',
        'The history sent with this turn does not continue the previous turn: it was edited or trimmed.'
      ),
    });
  }
  markers.forEach((marker, index) => {
    flags.push({
      id: `${marker.kind}-${index}`,
      color: marker.kind === 'injection' ? 'red' : 'orange',
      icon: marker.kind === 'injection' ? 'shield-exclamation' : 'ruler-combined',
      text:
        marker.kind === 'injection'
          ? t('turn.flag.injection', 'Possible injection')
          : t('turn.flag.long-prompt', 'Long prompt'),
      tooltip: marker.reason,
    });
  });
  return flags;
}

/** Everything unusual about a turn, each flag with its reason on hover. */
export function TurnBadges({ exchange, markers }: { exchange: Exchange; markers: TurnMarker[] }) {
  const styles = useStyles2(getStyles);
  const flags = turnFlags(exchange, markers);
  if (flags.length === 0) {
    return null;
  }
  return (
    <span className={styles.flags}>
      {flags.map((flag) => (
        <Badge
          key={flag.id}
          color={flag.color}
          icon={flag.icon}
          text={flag.text}
          tooltip={flag.tooltip}
          data-testid={`turn-flag-${flag.id.replace(/-\d+$/, '')}`}
          aria-label={t(
            'turn.flag-label',
            '{{flag}}: {{explanation}}',
            logValues({ flag: flag.text, explanation: flag.tooltip })
          )}
        />
      ))}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  flags: css({ display: 'inline-flex', flexWrap: 'wrap', gap: theme.spacing(0.5) }),
});
