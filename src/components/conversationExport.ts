import type { Conversation, Exchange, Message } from '../data/types';

function messageMarkdown(message: Message): string {
  const parts = [`**${message.role}**${message.toolName ? ` (${message.toolName})` : ''}:`, '', message.content];
  if (message.thinking) {
    parts.push('', '> Thinking:', ...message.thinking.split('\n').map((line) => `> ${line}`));
  }
  for (const call of message.toolCalls ?? []) {
    parts.push('', `Tool call \`${call.name}\`:`, '', '```json', call.argumentsJson, '```');
  }
  return parts.join('\n');
}

function turnHeading(exchange: Exchange, index: number): string {
  const facts = [exchange.model, exchange.status];
  if (exchange.durationMs !== undefined) {
    facts.push(`${(exchange.durationMs / 1000).toFixed(2)} s`);
  }
  if (exchange.doneReason) {
    facts.push(`done_reason ${exchange.doneReason}`);
  }
  return `## Turn ${index + 1} (${facts.join(', ')}) ${new Date(exchange.startMs).toISOString()}`;
}

/**
 * A conversation as Markdown, each turn with only the messages new in it, as a person reads it in the panel.
 * The caller passes the conversation as shown (masked unless revealed), so a copy never holds more than the screen.
 */
export function conversationToMarkdown(conversation: Conversation): string {
  const lines = [`# Conversation ${conversation.key}`, ''];
  lines.push(`- Models: ${conversation.models.join(', ')}`);
  lines.push(`- Started: ${new Date(conversation.startMs).toISOString()}`);
  lines.push(`- Status: ${conversation.status}`);
  if (conversation.userId) {
    lines.push(`- User: ${conversation.userId}`);
  }
  if (conversation.idKey && conversation.idValue) {
    lines.push(`- ${conversation.idKey}: ${conversation.idValue}`);
  }
  conversation.exchanges.forEach((exchange, index) => {
    lines.push('', turnHeading(exchange, index));
    for (const message of exchange.messages.slice(exchange.newMessagesFrom)) {
      lines.push('', messageMarkdown(message));
    }
    if (exchange.response) {
      lines.push('', messageMarkdown(exchange.response));
    }
    if (exchange.errorText) {
      lines.push('', `**error**: ${exchange.errorText}`);
    }
  });
  return lines.join('\n') + '\n';
}

export function conversationToJson(conversation: Conversation): string {
  return JSON.stringify(conversation, null, 2);
}
