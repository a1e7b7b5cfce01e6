import type { Random } from './random.ts';

/** Log lines in the FoodSave backend's format (structlog's JSON renderer on Python's json.dumps). */

export interface ChatMessage {
  role: string;
  content: string;
}

/** Identifiers an instrumented backend adds to each call, as the monitoring guide suggests. */
export interface CallIds {
  request_id: string;
  session_id: string;
  user_id: string;
  trace_id: string;
}

/** Ollama's own counters: durations in nanoseconds, counts in tokens. */
export interface OllamaCounters {
  total_duration: number;
  load_duration: number;
  prompt_eval_count: number;
  prompt_eval_duration: number;
  eval_count: number;
  eval_duration: number;
}

export interface CallContext {
  model: string;
  messages: ChatMessage[];
  streamed: boolean;
  options: Record<string, number>;
  ids?: CallIds;
  /** Instrumented producers write UTC with a zone; the plain backend writes local time without one. */
  zonedTime: boolean;
  random: Random;
}

const LOGGER = 'backend.core.llm_client';

/** Python's json.dumps separators (", " and ": "), keys in insertion order, undefined values left out. */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(pythonJson).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${pythonJson(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** Python's datetime.isoformat() with microseconds; with a zone only for instrumented producers. */
export function isoTimestamp(atMs: number, zoned: boolean, random: Random): string {
  const iso = new Date(atMs).toISOString();
  const micros = String(random.int(0, 999)).padStart(3, '0');
  return `${iso.slice(0, 23)}${micros}${zoned ? 'Z' : ''}`;
}

function systemMessage(messages: ChatMessage[]): string | undefined {
  return messages.find((message) => message.role === 'system')?.content;
}

/**
 * The prompt line(s) of one call. A streamed call logs its prompt twice, the second time with the system
 * message copied into `options.system`, one millisecond later.
 */
export function promptLines(call: CallContext, atMs: number): Array<{ atMs: number; line: string }> {
  const line = (options: Record<string, unknown>, lineAtMs: number) =>
    pythonJson({
      event: 'ollama_prompt',
      ...call.ids,
      model: call.model,
      messages: call.messages,
      options,
      stream: call.streamed,
      timestamp: isoTimestamp(lineAtMs, call.zonedTime, call.random),
      level: 'info',
      logger: LOGGER,
    });
  const first = { atMs, line: line(call.options, atMs) };
  if (!call.streamed) {
    return [first];
  }
  const withSystem = { ...call.options, system: systemMessage(call.messages) };
  return [first, { atMs: atMs + 1, line: line(withSystem, atMs + 1) }];
}

export function responseLine(
  call: CallContext,
  answer: string,
  atMs: number,
  durationS: number,
  counters?: OllamaCounters
): string {
  const options = call.streamed ? { ...call.options, system: systemMessage(call.messages) } : call.options;
  const response = call.streamed ? answer : { message: { role: 'assistant', content: answer }, response: answer };
  return pythonJson({
    event: 'ollama_response',
    ...call.ids,
    model: call.model,
    messages: call.messages,
    options,
    response,
    duration: Math.round(durationS * 10000) / 10000,
    ...(counters ? { done: true, done_reason: 'stop', ...counters } : {}),
    timestamp: isoTimestamp(atMs, call.zonedTime, call.random),
    level: 'info',
    logger: LOGGER,
  });
}

/** A failed call: the backend logs an error whose event is free text, and no response follows. */
export function errorLine(call: CallContext, failure: string, atMs: number): string {
  return pythonJson({
    event: `Error in LLM request to ${call.model}: ${failure}`,
    ...call.ids,
    timestamp: isoTimestamp(atMs, call.zonedTime, call.random),
    level: 'error',
    logger: LOGGER,
  });
}

/** An access log line from the web server in the same file: not JSON at all. */
export function accessLogLine(random: Random): string {
  const path = random.pick(['/api/chat', '/api/recipes', '/health', '/api/pantry']);
  const status = random.pick([200, 200, 200, 201, 404, 422]);
  return `INFO:     172.18.0.${random.int(2, 40)}:${random.int(30000, 60000)} - "POST ${path} HTTP/1.1" ${status}`;
}

/** A JSON line from another part of the backend: valid JSON, but not a call to the model. */
export function otherEventLine(random: Random, atMs: number): string {
  return pythonJson({
    event: random.pick(['request_finished', 'pantry_synced', 'cache_miss']),
    path: random.pick(['/api/chat', '/api/pantry']),
    status_code: 200,
    duration_ms: Math.round(random.between(2, 80) * 10) / 10,
    timestamp: isoTimestamp(atMs, false, random),
    level: 'info',
    logger: 'backend.api',
  });
}

/** A line cut off mid-way, as when a container is killed while writing. */
export function truncatedLine(line: string, random: Random): string {
  return line.slice(0, Math.floor(line.length * random.between(0.3, 0.8)));
}
