import { readResponseFigures, ResponseFigures } from './eventFigures';
import { FieldSource, JsonObject, readFlag, readIdValue, readKey, readLineObject } from './lineObject';
import { historyHash, MessageInterner } from './history';
import { contentText, isObject, readMessage, readMessages } from './messages';
import { LogRecord } from './records';
import { Instant, instantFromTimestamp } from './time';
import { ConversationOptions, ExchangeIds, Message, SkipReason } from './types';

export type LlmEventKind = 'prompt' | 'response' | 'error';

/** One log line that says something about a call to the model. */
export interface LlmEvent extends ResponseFigures {
  kind: LlmEventKind;
  record: LogRecord;
  instant: Instant;
  /** Empty when the line names no model (an error event may name it only in its text). */
  model: string;
  /** The history sent with the call; undefined when the line does not carry it. */
  messages?: Message[];
  /** Interned ids of `messages` (empty without them) and their hash, for pairing and threading. */
  messageIds: number[];
  historyHash: number;
  response?: Message;
  streamed: boolean;
  errorText?: string;
  ids: ExchangeIds;
  /** `key=value` of every request id the line carries, in the order of `requestIdKeys`. */
  requestKeys: string[];
  thread?: { key: string; value: string };
  /** One line holding both the input and the output (OTel GenAI's single-event form). */
  selfContained: boolean;
}

export type EventReading = { ok: true; event: LlmEvent } | { ok: false; reason: SkipReason };

/** Counts what lines contain, for troubleshooting when nothing matches. */
export interface Observations {
  keys: Map<string, number>;
  events: Map<string, number>;
  objectsSampled: number;
}

const KEY_SAMPLE_SIZE = 1000;
const KEYS_PER_OBJECT = 100;
const ERROR_LEVELS = new Set(['error', 'err', 'critical', 'fatal', 'exception', 'crit', 'alert', 'emerg']);
const LEVEL_KEYS = ['level', 'levelname', 'severity', 'log.level', 'detected_level'];
// "Error in LLM request to gemma3:12b: ..." names the model in free text; model names contain colons themselves.
const MODEL_IN_TEXT = / to (\S+?):(?:\s|$)/;

export function createObservations(): Observations {
  return { keys: new Map(), events: new Map(), objectsSampled: 0 };
}

/** Interprets one row: parses its line once and classifies it as prompt, response or error. */
export function readEvent(
  record: LogRecord,
  options: ConversationOptions,
  observations: Observations,
  interner: MessageInterner
): EventReading {
  const reading = readLineObject(record, options.eventKey);
  if (!reading.ok) {
    return reading;
  }
  const { object, source } = reading;
  observe(object, source, options.eventKey, observations);
  const instant = record.instant ?? instantFromTimestamp(object.timestamp ?? object.time);
  if (!instant) {
    return { ok: false, reason: 'unreadable' };
  }
  const kind = classify(object, source, options);
  if (!kind) {
    return { ok: false, reason: 'notLlmEvent' };
  }
  const event = buildEvent(kind, object, source, record, instant, options);
  // Interned right away, so the copies of a history that every turn repeats are dropped while still young.
  event.messageIds = event.messages ? interner.idsOf(event.messages) : [];
  event.historyHash = historyHash(event.messageIds);
  return { ok: true, event };
}

function observe(object: JsonObject, source: FieldSource, eventKey: string, observations: Observations): void {
  const event = object[eventKey];
  if (typeof event === 'string') {
    const name = event.length > 80 ? `${event.slice(0, 80)}…` : event;
    observations.events.set(name, (observations.events.get(name) ?? 0) + 1);
  }
  if (source === 'line' && observations.objectsSampled < KEY_SAMPLE_SIZE) {
    observations.objectsSampled++;
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length && i < KEYS_PER_OBJECT; i++) {
      const key = keys[i].length > 80 ? `${keys[i].slice(0, 80)}…` : keys[i];
      observations.keys.set(key, (observations.keys.get(key) ?? 0) + 1);
    }
  }
}

function classify(object: JsonObject, source: FieldSource, options: ConversationOptions): LlmEventKind | undefined {
  const event = readKey(object, options.eventKey, source);
  if (event === options.promptEvent) {
    return 'prompt';
  }
  if (event === options.responseEvent) {
    return 'response';
  }
  if (
    readKey(object, 'gen_ai.output.messages', source) !== undefined ||
    readKey(object, 'gen_ai.response.model', source) !== undefined
  ) {
    return 'response';
  }
  if (readKey(object, 'gen_ai.input.messages', source) !== undefined) {
    return 'prompt';
  }
  for (const key of LEVEL_KEYS) {
    const level = readKey(object, key, source);
    if (typeof level === 'string' && ERROR_LEVELS.has(level.toLowerCase())) {
      return 'error';
    }
  }
  return undefined;
}

function buildEvent(
  kind: LlmEventKind,
  object: JsonObject,
  source: FieldSource,
  record: LogRecord,
  instant: Instant,
  options: ConversationOptions
): LlmEvent {
  const read = (key: string) => readKey(object, key, source);
  const messages = readMessages(read(options.messagesKey)) ?? readMessages(read('gen_ai.input.messages'));
  const event: LlmEvent = {
    kind,
    record,
    instant,
    model: readModel(read, options.modelKey),
    messages,
    messageIds: [],
    historyHash: 0,
    streamed: readFlag(read('stream')) === true,
    ids: readIds(read, options),
    requestKeys: [],
    selfContained: false,
  };
  for (const key of options.requestIdKeys) {
    const value = readIdValue(read(key));
    if (value !== undefined) {
      event.requestKeys.push(`${key}=${value}`);
    }
  }
  for (const key of options.conversationIdKeys) {
    const value = readIdValue(read(key));
    if (value !== undefined) {
      event.thread = { key, value };
      break;
    }
  }
  if (kind === 'error') {
    event.errorText = readErrorText(object, source, options.eventKey);
    if (event.model === '') {
      event.model = MODEL_IN_TEXT.exec(event.errorText)?.[1] ?? '';
    }
    return event;
  }
  if (kind === 'response') {
    Object.assign(event, readResponseFigures(object, source, options));
    event.response = readAnswer(object, source);
    event.selfContained = messages !== undefined && read('gen_ai.output.messages') !== undefined;
    const error = read('error');
    if (error !== undefined && error !== null && error !== '') {
      event.errorText = contentText(isObject(error) ? (error.message ?? error) : error);
    }
  }
  return event;
}

function readModel(read: (key: string) => unknown, modelKey: string): string {
  for (const key of [modelKey, 'gen_ai.response.model', 'gen_ai.request.model']) {
    const value = readIdValue(read(key));
    if (value !== undefined) {
      return value;
    }
  }
  return '';
}

const TRACE_ID_KEYS = ['trace_id', 'traceId', 'trace.id'];
const SESSION_ID_KEYS = ['session_id', 'sessionId', 'session.id'];
const CONVERSATION_ID_KEYS = ['conversation_id', 'thread_id', 'gen_ai.conversation.id'];

function readIds(read: (key: string) => unknown, options: ConversationOptions): ExchangeIds {
  const ids: ExchangeIds = {};
  const requestId = readIdValue(read('request_id')) ?? firstId(read, options.requestIdKeys, true);
  const traceId = firstId(read, TRACE_ID_KEYS, false);
  const sessionId = firstId(read, SESSION_ID_KEYS, false);
  const conversationId = firstId(read, CONVERSATION_ID_KEYS, false);
  const userId = readIdValue(read(options.userIdKey)) ?? readIdValue(read('user.id'));
  Object.assign(ids, requestId && { requestId }, traceId && { traceId }, sessionId && { sessionId });
  Object.assign(ids, conversationId && { conversationId }, userId && { userId });
  return ids;
}

function firstId(read: (key: string) => unknown, keys: string[], skipTraces: boolean): string | undefined {
  for (const key of keys) {
    if (skipTraces && key.includes('trace')) {
      continue;
    }
    const value = readIdValue(read(key));
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}

/** The model's answer: Ollama chat (`response.message`), generate (`response` text) or OTel output messages. */
function readAnswer(object: JsonObject, source: FieldSource): Message | undefined {
  if (source === 'labels') {
    const text = object.response_message_content ?? object.response_response ?? object.response;
    return typeof text === 'string' ? { role: 'assistant', content: text } : undefined;
  }
  const response = object.response;
  if (typeof response === 'string') {
    return { role: 'assistant', content: response };
  }
  if (isObject(response)) {
    const answer = readMessage(response.message, 'assistant');
    if (answer) {
      return answer;
    }
    if (typeof response.response === 'string') {
      return { role: 'assistant', content: response.response, ...thinkingOf(response) };
    }
  }
  const message = readMessage(object.message, 'assistant');
  if (message) {
    return message;
  }
  return readMessages(readKey(object, 'gen_ai.output.messages', source))?.[0];
}

function thinkingOf(object: JsonObject): { thinking?: string } {
  return typeof object.thinking === 'string' && object.thinking !== '' ? { thinking: object.thinking } : {};
}

function readErrorText(object: JsonObject, source: FieldSource, eventKey: string): string {
  const parts: string[] = [];
  for (const key of [eventKey, 'error', 'exception', 'message', 'msg']) {
    const value = readKey(object, key, source);
    const text = typeof value === 'string' ? value : isObject(value) ? contentText(value.message ?? value) : '';
    if (text !== '' && !parts.some((part) => part.includes(text))) {
      parts.push(text);
    }
  }
  return parts.join(': ');
}
