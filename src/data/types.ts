/**
 * The conversation model: what the data core hands to the panel.
 * Everything here is plain data (no React, no Grafana runtime) so it can be
 * built, tested and benchmarked in Node.
 */

/** A tool invocation requested by the assistant (Ollama `message.tool_calls`). */
export interface ToolCall {
  name: string;
  /** Arguments as JSON text, pretty enough to show in a card. */
  argumentsJson: string;
  id?: string;
}

/** One chat message as sent to or received from the model. */
export interface Message {
  /** `system`, `user`, `assistant`, `tool` or whatever role the producer logged. */
  role: string;
  content: string;
  /** Reasoning text of thinking models (`message.thinking`). */
  thinking?: string;
  toolCalls?: ToolCall[];
  /** For `tool` messages: the name of the tool whose result this is. */
  toolName?: string;
}

export type ExchangeStatus = 'ok' | 'pending' | 'failed';

/** Identifiers a producer may attach to a call. Values are strings as logged. */
export interface ExchangeIds {
  requestId?: string;
  traceId?: string;
  sessionId?: string;
  conversationId?: string;
  userId?: string;
}

/** One call to the model: a prompt and (when it arrived) its response. */
export interface Exchange {
  /** Stable key, derived from the source rows, unique within one build. */
  key: string;
  model: string;
  status: ExchangeStatus;
  /** Start of the call: the prompt's entry time (or the response's when the prompt is missing). */
  startMs: number;
  /** The same instant with nanosecond precision, as a decimal string of nanoseconds since the epoch. */
  startNs: string;
  /** Entry time of the response or of the error that ended the call. */
  endMs?: number;
  endNs?: string;
  /** Total duration of the call in milliseconds, from the log (`duration`, `total_duration`, ...). */
  durationMs?: number;
  /** The log gave no duration: `durationMs` is the time between the prompt's and the response's entries. */
  durationFromTimestamps?: boolean;
  /** Ollama's counters, in milliseconds, when logged. */
  loadMs?: number;
  promptEvalMs?: number;
  evalMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  /** Generation speed: output tokens per second of generation time. */
  tokensPerSecond?: number;
  /** Ollama's `done_reason` (`stop`, `length`, `load`, ...). */
  doneReason?: string;
  /** `done: false` on a logged response: a streamed call that never finished. */
  unfinished: boolean;
  streamed: boolean;
  /** Error text: from an error event that failed the call, or an `error` reported inside the response. */
  errorText?: string;
  /** The whole message history sent to the model with this call. */
  messages: Message[];
  /** Index in `messages` of the first message that is new compared with the previous turn of its conversation. */
  newMessagesFrom: number;
  /** The history sent with this call does not continue the previous turn (edited, trimmed or reordered). */
  historyRewritten: boolean;
  /** The model's answer, when a response was logged. */
  response?: Message;
  ids: ExchangeIds;
  /** Labels of the prompt row (or the response row when there is no prompt). */
  labels: Record<string, string>;
  /** A response whose prompt row is not in the data (for example cut off by the line limit). */
  promptMissing: boolean;
  /** Ids of the source rows (Loki `id` field, or a synthetic frame/row id), for error messages and links. */
  rowIds: string[];
}

export type ThreadingBasis = 'id' | 'history';

export interface Conversation {
  /** Stable key for URLs and React keys: the id value when threaded by id, else the first exchange's key. */
  key: string;
  threadedBy: ThreadingBasis;
  /** The key (for example `session_id`) and value the conversation was grouped by, when threaded by id. */
  idKey?: string;
  idValue?: string;
  /** Turns in chronological order. */
  exchanges: Exchange[];
  /** Distinct models, in order of first use. */
  models: string[];
  userId?: string;
  startMs: number;
  /** Last activity: the latest start or end time among the exchanges. */
  lastActivityMs: number;
  /** Sum of the known turn durations. */
  totalDurationMs?: number;
  slowestDurationMs?: number;
  /** failed if any turn failed, else pending if any turn is pending, else ok. */
  status: ExchangeStatus;
}

/** Why a row was not used. */
export type SkipReason = 'notJson' | 'notLlmEvent' | 'duplicate' | 'unreadable';

export interface FrameAccount {
  /** refId of the query, or the frame name, for messages. */
  name: string;
  rows: number;
  /** The line limit the frame was queried with (`meta.limit`), when known. */
  limit?: number;
  /** The frame holds as many rows as its limit: older lines were probably cut off. */
  limitReached: boolean;
  /** Why the frame could not be read at all (no line field, ...), when that is the case. */
  unreadableReason?: string;
}

/** An account of every row the panel received: rowsIn === rowsUsed + sum(skipped). */
export interface RowAccount {
  rowsIn: number;
  rowsUsed: number;
  skipped: Record<SkipReason, number>;
  /** A few row ids per reason, so a user can find the offending lines. */
  skippedExamples: Record<SkipReason, string[]>;
  frames: FrameAccount[];
  /** What the lines did contain, for troubleshooting when nothing matched: most frequent top-level keys and event values. */
  observedKeys: string[];
  observedEvents: string[];
}

export interface BuildResult {
  conversations: Conversation[];
  account: RowAccount;
}

/** How far a build that runs in steps has read; rows that cannot be read at all count as read. */
export interface BuildProgress {
  rowsRead: number;
  rowsTotal: number;
}

export type DurationUnit = 'auto' | 's' | 'ms' | 'ns';

/** How the data core reads frames and lines. Defaults fit the FoodSave format; see `defaultConversationOptions`. */
export interface ConversationOptions {
  /** Name of the field holding the log line in non-Loki frames; empty means: Loki's names, else the first string field. */
  lineField: string;
  /** Name of the time field in non-Loki frames; empty means: Loki's names, else the first time field. */
  timeField: string;
  /** Key holding the event name. */
  eventKey: string;
  promptEvent: string;
  responseEvent: string;
  modelKey: string;
  messagesKey: string;
  /** Keys that hold a request or call id, tried in order, for pairing a response with its prompt. */
  requestIdKeys: string[];
  /** Keys that hold a conversation id, tried in order, for threading. */
  conversationIdKeys: string[];
  /** Key of an anonymised user id. */
  userIdKey: string;
  /** Unit of the `duration` field when the line does not say; `auto` means seconds for `duration`, ms for `duration_ms`. */
  durationUnit: DurationUnit;
  /** How long after a prompt an error event for its model still fails it. */
  errorWindowMs: number;
}
