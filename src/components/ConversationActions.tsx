import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { config, locationService } from '@grafana/runtime';
import { Button, ClipboardButton, LinkButton, RadioButtonGroup, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { Conversation } from '../data/types';
import type { TextFormat } from '../types';
import { conversationToJson, conversationToMarkdown } from './conversationExport';
import { conversationLink, exploreUrl } from './links';
import { usePanelContext } from './panelContext';
import type { ConversationView } from './viewModel';

interface Props {
  view: ConversationView;
  /** The conversation as shown: masked unless revealed, so copies never hold more than the screen. */
  conversation: Conversation;
  format: TextFormat;
  onFormatChange: (format: TextFormat) => void;
  canReveal: boolean;
  revealed: boolean;
  onRevealChange: (revealed: boolean) => void;
}

function currentConversationLink(key: string, conversation: Conversation): string {
  const location = locationService.getLocation();
  return conversationLink(
    key,
    conversation,
    location.pathname,
    locationService.getSearchObject(),
    window.location.origin
  );
}

export function ConversationActions(props: Props) {
  const { conversation, format, canReveal, revealed } = props;
  const styles = useStyles2(getStyles);
  const { querySource } = usePanelContext();
  const explore = exploreUrl(conversation, props.view.linkIdValue, querySource, config.appSubUrl);

  return (
    <div className={styles.actions} role="toolbar" aria-label={t('conversation.actions', 'Conversation actions')}>
      <RadioButtonGroup
        size="sm"
        value={format}
        onChange={props.onFormatChange}
        options={[
          { value: 'markdown', label: t('conversation.format.markdown', 'Markdown') },
          { value: 'raw', label: t('conversation.format.raw', 'Raw text') },
        ]}
      />
      <ClipboardButton
        size="sm"
        variant="secondary"
        icon="copy"
        getText={() => conversationToMarkdown(conversation)}
        data-testid="copy-markdown"
      >
        {t('conversation.copy-markdown', 'Copy as Markdown')}
      </ClipboardButton>
      <ClipboardButton
        size="sm"
        variant="secondary"
        icon="brackets-curly"
        getText={() => conversationToJson(conversation)}
        data-testid="copy-json"
      >
        {t('conversation.copy-json', 'Copy as JSON')}
      </ClipboardButton>
      <ClipboardButton
        size="sm"
        variant="secondary"
        icon="link"
        getText={() => currentConversationLink(props.view.key, conversation)}
        data-testid="copy-link"
      >
        {t('conversation.copy-link', 'Copy link')}
      </ClipboardButton>
      {explore && (
        <LinkButton
          size="sm"
          variant="secondary"
          icon="compass"
          href={explore}
          target="_blank"
          data-testid="open-in-explore"
        >
          {t('conversation.open-in-explore', 'Open in Explore')}
        </LinkButton>
      )}
      {canReveal && (
        <Button
          size="sm"
          variant={revealed ? 'destructive' : 'secondary'}
          icon={revealed ? 'eye-slash' : 'eye'}
          onClick={() => props.onRevealChange(!revealed)}
          data-testid="reveal-button"
          aria-pressed={revealed}
        >
          {revealed ? t('conversation.hide', 'Mask again') : t('conversation.reveal', 'Reveal')}
        </Button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  actions: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(1) }),
});
