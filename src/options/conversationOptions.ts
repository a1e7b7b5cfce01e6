import type { ConversationOptions } from '../data/types';
import type { LogFormatOptions } from '../types';

function splitKeys(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}

/** The panel stores key lists as comma-separated text; the data core wants arrays. Blank values keep its defaults. */
export function toConversationOptions(logFormat: Partial<LogFormatOptions> | undefined): Partial<ConversationOptions> {
  const options: Partial<ConversationOptions> = {};
  if (!logFormat) {
    return options;
  }
  const textKeys = [
    'lineField',
    'timeField',
    'eventKey',
    'promptEvent',
    'responseEvent',
    'modelKey',
    'messagesKey',
    'userIdKey',
  ] as const;
  for (const key of textKeys) {
    const value = logFormat[key]?.trim();
    if (value) {
      options[key] = value;
    }
  }
  const requestIdKeys = splitKeys(logFormat.requestIdKeys);
  if (requestIdKeys.length > 0) {
    options.requestIdKeys = requestIdKeys;
  }
  const conversationIdKeys = splitKeys(logFormat.conversationIdKeys);
  if (conversationIdKeys.length > 0) {
    options.conversationIdKeys = conversationIdKeys;
  }
  if (logFormat.durationUnit) {
    options.durationUnit = logFormat.durationUnit;
  }
  return options;
}
