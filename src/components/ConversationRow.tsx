import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';
import React, { useState } from 'react';

import { ContainedError } from './ContainedError';
import { ConversationActions } from './ConversationActions';
import { ConversationHeader } from './ConversationHeader';
import { TurnView } from './TurnView';
import { usePanelContext } from './panelContext';
import type { ConversationView } from './viewModel';

interface Props {
  view: ConversationView;
  open: boolean;
  masking: boolean;
  canReveal: boolean;
  onToggle: () => void;
  onRevealChange: (revealed: boolean) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
  registerButton: (element: HTMLButtonElement | null) => void;
}

/** A conversation's header and, only while it is open, its turns. */
export function ConversationRow({ view, open, masking, canReveal, ...handlers }: Props) {
  const styles = useStyles2(getStyles);
  const { display } = usePanelContext();
  const [format, setFormat] = useState(display.textFormat);
  const { conversation } = view;
  const bodyId = `conversation-body-${view.key}`;
  const rowIds = conversation.exchanges.flatMap((exchange) => exchange.rowIds);

  return (
    <div
      className={cx(styles.row, open && styles.open, view.revealed && styles.revealed)}
      data-testid="conversation-row"
      data-conversation-key={view.key}
      data-revealed={view.revealed}
    >
      <ContainedError
        title={t('conversation.render-error', 'This conversation could not be shown')}
        rowIds={rowIds}
        testId="conversation-error"
        dependencies={[conversation]}
      >
        <ConversationHeader
          conversation={conversation}
          open={open}
          maskedCount={view.maskedCount}
          masking={masking}
          revealed={view.revealed}
          matchCount={view.matches?.matchCount}
          bodyId={bodyId}
          onToggle={handlers.onToggle}
          onKeyDown={handlers.onKeyDown}
          registerButton={handlers.registerButton}
        />
        {open && (
          <div id={bodyId} className={styles.body} data-testid="conversation-body">
            <ConversationActions
              view={view}
              conversation={conversation}
              format={format}
              onFormatChange={setFormat}
              canReveal={canReveal && masking}
              revealed={view.revealed}
              onRevealChange={handlers.onRevealChange}
            />
            {conversation.exchanges.map((exchange, index) => (
              <TurnView
                key={exchange.key}
                exchange={exchange}
                index={index}
                format={format}
                matched={view.matches?.turnKeys.has(exchange.key) ?? false}
              />
            ))}
          </div>
        )}
      </ContainedError>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  open: css({
    background: theme.colors.background.primary,
  }),
  revealed: css({
    borderLeft: `${theme.spacing(0.5)} solid ${theme.colors.error.main}`,
  }),
  body: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(0, 1, 1, 4),
  }),
});
