import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Collapse, useStyles2 } from '@grafana/ui';
import React, { useState } from 'react';

import type { Message } from '../data/types';
import type { TextFormat } from '../types';
import { MessageText } from './MessageText';
import { logValues } from './textValues';
import { ToolCallCard } from './ToolCallCard';

interface Props {
  message: Message;
  format: TextFormat;
  showSystem: boolean;
  showThinking: boolean;
}

function roleLabel(role: string, toolName?: string): string {
  switch (role) {
    case 'system':
      return t('message.role.system', 'System prompt');
    case 'user':
      return t('message.role.user', 'User');
    case 'assistant':
      return t('message.role.assistant', 'Assistant');
    case 'tool':
      return toolName
        ? t('message.role.tool-named', 'Tool result: {{toolName}}', logValues({ toolName }))
        : t('message.role.tool', 'Tool result');
    default:
      return role;
  }
}

/** A chat bubble: users on one side, the model on the other; system prompts and reasoning fold away. */
export function MessageBubble({ message, format, showSystem, showThinking }: Props) {
  const styles = useStyles2(getStyles);
  const [systemOpen, setSystemOpen] = useState(showSystem);
  const [thinkingOpen, setThinkingOpen] = useState(showThinking);
  const label = roleLabel(message.role, message.toolName);

  if (message.role === 'system') {
    return (
      <div data-testid="message" data-role="system" className={styles.system}>
        <Collapse label={label} isOpen={systemOpen} onToggle={() => setSystemOpen(!systemOpen)}>
          <MessageText text={message.content} format={format} />
        </Collapse>
      </div>
    );
  }

  return (
    <div
      data-testid="message"
      data-role={message.role}
      className={cx(
        styles.bubble,
        message.role === 'user' ? styles.user : styles.model,
        message.role === 'tool' && styles.tool
      )}
      aria-label={label}
      role="article"
    >
      <div className={styles.role}>{label}</div>
      {message.thinking && (
        <Collapse
          label={t('message.thinking', 'Thinking')}
          isOpen={thinkingOpen}
          onToggle={() => setThinkingOpen(!thinkingOpen)}
        >
          <MessageText text={message.thinking} format={format} />
        </Collapse>
      )}
      {message.content && <MessageText text={message.content} format={format} />}
      {message.toolCalls?.map((call, index) => (
        <ToolCallCard key={call.id ?? index} call={call} />
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  bubble: css({
    maxWidth: '85%',
    padding: theme.spacing(1, 1.5),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.border.weak}`,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  }),
  user: css({
    alignSelf: 'flex-end',
    background: theme.colors.primary.transparent,
  }),
  model: css({
    alignSelf: 'flex-start',
    background: theme.colors.background.secondary,
  }),
  tool: css({
    background: theme.colors.background.canvas,
    fontFamily: theme.typography.fontFamilyMonospace,
  }),
  system: css({
    width: '100%',
  }),
  role: css({
    ...theme.typography.bodySmall,
    color: theme.colors.text.secondary,
    fontWeight: theme.typography.fontWeightMedium,
  }),
});
