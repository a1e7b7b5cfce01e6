import type { Conversation, Exchange, ExchangeIds, Message, ToolCall } from '../data/types';
import type { Masker } from './types';

type TextMasker = Pick<Masker, 'mask'>;

/** Adds up what a masker replaced while it walks one conversation. */
class MaskTally {
  count = 0;

  constructor(readonly masker: TextMasker) {}

  text(value: string): string {
    const result = this.masker.mask(value);
    this.count += result.count;
    return result.text;
  }

  optional(value: string | undefined): string | undefined {
    return value === undefined ? undefined : this.text(value);
  }

  /**
   * Keys name React elements and URLs, so two conversations must not collapse into one `[email]`: a masked key gets
   * a short hash of `origin`, something that tells it apart without being personal (a start time), never of the
   * value itself, which a short hash would not hide from someone trying candidate phone numbers. Not counted: the
   * same value is counted where it is shown.
   */
  key(value: string, origin: string): string {
    const masked = this.masker.mask(value);
    return masked.count === 0 ? value : `${masked.text}#${fnv1a(origin)}`;
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

/*
 * Parts without personal data are shared with the input rather than copied: nothing here mutates, and histories
 * of thousands of exchanges repeat the same messages, so copying them all would dominate the cost.
 */
function maskToolCall(call: ToolCall, tally: MaskTally): ToolCall {
  const name = tally.text(call.name);
  const argumentsJson = tally.text(call.argumentsJson);
  const id = tally.optional(call.id);
  return name === call.name && argumentsJson === call.argumentsJson && id === call.id
    ? call
    : { ...call, name, argumentsJson, id };
}

/**
 * Masked messages per masker. Every turn repeats the conversation's history, and the data core hands the repeats
 * over as the same message objects, so each is masked once rather than once per later turn (quadratic in turns).
 * Messages are read-only, so a kept result stays right; the count is kept too, as each repeat is counted.
 */
const maskedMessages = new WeakMap<TextMasker, WeakMap<Message, { message: Message; count: number }>>();

function maskMessage(message: Message, tally: MaskTally): Message {
  let known = maskedMessages.get(tally.masker);
  if (!known) {
    known = new WeakMap();
    maskedMessages.set(tally.masker, known);
  }
  const kept = known.get(message);
  if (kept) {
    tally.count += kept.count;
    return kept.message;
  }
  const countBefore = tally.count;
  const masked = maskMessageOnce(message, tally);
  known.set(message, { message: masked, count: tally.count - countBefore });
  return masked;
}

function maskMessageOnce(message: Message, tally: MaskTally): Message {
  const content = tally.text(message.content);
  const thinking = tally.optional(message.thinking);
  const toolName = tally.optional(message.toolName);
  const toolCalls = message.toolCalls?.map((call) => maskToolCall(call, tally));
  const toolCallsChanged = toolCalls?.some((call, index) => call !== message.toolCalls?.[index]) ?? false;
  if (
    content === message.content &&
    thinking === message.thinking &&
    toolName === message.toolName &&
    !toolCallsChanged
  ) {
    return message;
  }
  return { ...message, content, thinking, toolName, toolCalls: toolCallsChanged ? toolCalls : message.toolCalls };
}

/** Every id but the anonymised user id, which is there to be read. */
function maskIds(ids: ExchangeIds, tally: MaskTally): ExchangeIds {
  const masked = {
    ...ids,
    requestId: tally.optional(ids.requestId),
    traceId: tally.optional(ids.traceId),
    sessionId: tally.optional(ids.sessionId),
    conversationId: tally.optional(ids.conversationId),
  };
  const changed =
    masked.requestId !== ids.requestId ||
    masked.traceId !== ids.traceId ||
    masked.sessionId !== ids.sessionId ||
    masked.conversationId !== ids.conversationId;
  return changed ? masked : ids;
}

function maskLabels(labels: Record<string, string>, tally: MaskTally): Record<string, string> {
  let masked: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(labels)) {
    const text = tally.text(value);
    if (text !== value) {
      masked = masked ?? { ...labels };
      masked[name] = text;
    }
  }
  return masked ?? labels;
}

function maskExchange(exchange: Exchange, tally: MaskTally): Exchange {
  return {
    ...exchange,
    key: tally.key(exchange.key, `exchange:${exchange.startNs}:${exchange.model}`),
    errorText: tally.optional(exchange.errorText),
    messages: exchange.messages.map((message) => maskMessage(message, tally)),
    response: exchange.response && maskMessage(exchange.response, tally),
    ids: maskIds(exchange.ids, tally),
    labels: maskLabels(exchange.labels, tally),
    rowIds: exchange.rowIds.map((rowId, index) => tally.key(rowId, `row:${exchange.startNs}:${index}`)),
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
    key: tally.key(conversation.key, `conversation:${conversation.exchanges[0]?.startNs ?? conversation.startMs}`),
    idValue: tally.optional(conversation.idValue),
    exchanges: conversation.exchanges.map((exchange) => maskExchange(exchange, tally)),
  };
  return { conversation: masked, maskedCount: tally.count };
}
