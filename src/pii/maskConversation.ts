import type { Conversation, Exchange, ExchangeIds, Message, ToolCall } from '../data/types';
import type { Masker } from './types';

type TextMasker = Pick<Masker, 'mask'>;

/** Adds up what a masker replaced while it walks one conversation. */
class MaskTally {
  count = 0;

  constructor(private readonly masker: TextMasker) {}

  text(value: string): string {
    const result = this.masker.mask(value);
    this.count += result.count;
    return result.text;
  }

  optional(value: string | undefined): string | undefined {
    return value === undefined ? undefined : this.text(value);
  }

  /**
   * Keys name React elements and URLs, so two conversations must not collapse into one `[email]`: a masked key
   * keeps a short hash of the original. It is not counted: the same value is counted where it is shown.
   */
  key(value: string): string {
    const masked = this.masker.mask(value);
    return masked.count === 0 ? value : `${masked.text}#${fnv1a(value)}`;
  }
}

function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function maskToolCall(call: ToolCall, tally: MaskTally): ToolCall {
  return {
    ...call,
    name: tally.text(call.name),
    argumentsJson: tally.text(call.argumentsJson),
    id: tally.optional(call.id),
  };
}

function maskMessage(message: Message, tally: MaskTally): Message {
  return {
    ...message,
    content: tally.text(message.content),
    thinking: tally.optional(message.thinking),
    toolCalls: message.toolCalls?.map((call) => maskToolCall(call, tally)),
    toolName: tally.optional(message.toolName),
  };
}

/** Every id but the anonymised user id, which is there to be read. */
function maskIds(ids: ExchangeIds, tally: MaskTally): ExchangeIds {
  return {
    ...ids,
    requestId: tally.optional(ids.requestId),
    traceId: tally.optional(ids.traceId),
    sessionId: tally.optional(ids.sessionId),
    conversationId: tally.optional(ids.conversationId),
  };
}

function maskLabels(labels: Record<string, string>, tally: MaskTally): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    masked[name] = tally.text(value);
  }
  return masked;
}

function maskExchange(exchange: Exchange, tally: MaskTally): Exchange {
  return {
    ...exchange,
    key: tally.key(exchange.key),
    errorText: tally.optional(exchange.errorText),
    messages: exchange.messages.map((message) => maskMessage(message, tally)),
    response: exchange.response && maskMessage(exchange.response, tally),
    ids: maskIds(exchange.ids, tally),
    labels: maskLabels(exchange.labels, tally),
    rowIds: exchange.rowIds.map((rowId) => tally.key(rowId)),
  };
}

/**
 * A copy of a conversation with personal data replaced by its kind in every text the panel shows, copies or
 * exports. The input is left untouched, so a reveal needs no second build.
 */
export function maskConversation(
  conversation: Conversation,
  masker: TextMasker
): { conversation: Conversation; maskedCount: number } {
  const tally = new MaskTally(masker);
  const masked: Conversation = {
    ...conversation,
    key: tally.key(conversation.key),
    idValue: tally.optional(conversation.idValue),
    exchanges: conversation.exchanges.map((exchange) => maskExchange(exchange, tally)),
  };
  return { conversation: masked, maskedCount: tally.count };
}
