import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { RowAccount } from '../data/types';
import type { LogFormatOptions } from '../types';
import { skipReasonText } from './skipReasons';
import { logValues } from './textValues';

interface Props {
  account: RowAccount;
  logFormat: LogFormatOptions;
}

/** Rows arrived but none was a prompt or a response: say what the lines hold and which option to change. */
export function NoConversations({ account, logFormat }: Props) {
  const styles = useStyles2(getStyles);
  const unreadable = account.frames.filter((frame) => frame.unreadableReason);
  return (
    <div className={styles.wrapper} data-testid="no-conversations">
      <Alert
        severity="info"
        title={t('no-conversations.title', '', {
          count: account.rowsIn,
          defaultValue_one: 'No prompts or responses in {{count, number}} row',
          defaultValue_other: 'No prompts or responses in {{count, number}} rows',
        })}
      >
        <p>
          {t(
            'no-conversations.expected',
            'The panel looks for lines whose "{{eventKey}}" is "{{promptEvent}}" or "{{responseEvent}}".',
            logValues({
              eventKey: logFormat.eventKey,
              promptEvent: logFormat.promptEvent,
              responseEvent: logFormat.responseEvent,
            })
          )}
        </p>
        {account.observedEvents.length > 0 && (
          <p data-testid="observed-events">
            {t(
              'no-conversations.events',
              'Event values found: {{events}}',
              logValues({ events: account.observedEvents.join(', ') })
            )}
          </p>
        )}
        {account.observedKeys.length > 0 && (
          <p data-testid="observed-keys">
            {t(
              'no-conversations.keys',
              'Keys found in the lines: {{keys}}',
              logValues({ keys: account.observedKeys.join(', ') })
            )}
          </p>
        )}
        <p>
          {t(
            'no-conversations.fix',
            'If your logs name these differently, change Event key, Prompt event or Response event under Log format in the panel options. For frames that are not from Loki, set Line field and Time field.'
          )}
        </p>
        {unreadable.map((frame) => (
          <p key={frame.name}>{`${frame.name}: ${frame.unreadableReason}`}</p>
        ))}
        <ul>
          {Object.entries(account.skipped)
            .filter(([, count]) => count > 0)
            .map(([reason, count]) => (
              <li key={reason}>{skipReasonText(reason as keyof RowAccount['skipped'], count)}</li>
            ))}
        </ul>
      </Alert>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ padding: theme.spacing(1), overflowY: 'auto', height: '100%' }),
});
