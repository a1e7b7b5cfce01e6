import { LlmEvent } from './events';
import { WorkMeter } from './workMeter';

/** The rows of one call: its prompt row(s), and the response or error that ended it. */
export interface PairedCall {
  prompts: LlmEvent[];
  response?: LlmEvent;
  error?: LlmEvent;
  /** Interned ids of the history sent with the call, and their hash. */
  messageIds: number[];
  historyHash: number;
  closed: boolean;
}

export interface PairingResult {
  calls: PairedCall[];
  /** Error events that ended no call: counted as not an LLM event. */
  unmatchedErrors: LlmEvent[];
}

/** Streamed calls log the prompt twice within milliseconds; this is how far apart the two may be. */
const STREAMED_DUPLICATE_WINDOW_MS = 5000;
/** A response logged this much before its prompt (clock skew between writers) still pairs with it. */
const CLOCK_SKEW_MS = 2000;

/** First-in-first-out lists of calls per pairing key; calls that closed are skipped lazily. */
class CallQueues {
  private readonly queues = new Map<string, { calls: PairedCall[]; head: number }>();

  constructor(private readonly meter?: WorkMeter) {}

  add(key: string, call: PairedCall): void {
    const queue = this.queues.get(key);
    if (queue) {
      queue.calls.push(call);
    } else {
      this.queues.set(key, { calls: [call], head: 0 });
    }
  }

  oldestOpen(key: string): PairedCall | undefined {
    const queue = this.queues.get(key);
    if (!queue) {
      return undefined;
    }
    while (queue.head < queue.calls.length && queue.calls[queue.head].closed) {
      this.meter?.add(1);
      queue.head++;
    }
    return queue.calls[queue.head];
  }

  /** The most recent open call, dropping closed ones from the end (each is dropped once: amortised O(1)). */
  newestOpen(key: string): PairedCall | undefined {
    const queue = this.queues.get(key);
    if (!queue) {
      return undefined;
    }
    while (queue.calls.length > queue.head && queue.calls[queue.calls.length - 1].closed) {
      this.meter?.add(1);
      queue.calls.pop();
    }
    return queue.calls.length > queue.head ? queue.calls[queue.calls.length - 1] : undefined;
  }
}

function contentKey(model: string, hash: number): string {
  return `c\u0000${model}\u0000${hash}`;
}

function msBetween(earlier: LlmEvent, later: LlmEvent): number {
  return later.instant.ms - earlier.instant.ms;
}

/**
 * Pairs prompts with responses and errors in one pass over events sorted by time: by request id when both
 * rows carry one, else by model and identical history, oldest open call first.
 */
export function pairEvents(events: LlmEvent[], errorWindowMs: number, meter?: WorkMeter): PairingResult {
  const calls: PairedCall[] = [];
  const unmatchedErrors: LlmEvent[] = [];
  const open = new CallQueues(meter);
  const orphans = new CallQueues(meter);
  const byModel = new CallQueues(meter);

  for (const event of events) {
    meter?.add(1);
    if (event.kind === 'prompt') {
      const keys = [...event.requestKeys, contentKey(event.model, event.historyHash)];
      const duplicateOf = findStreamedDuplicate(event, keys, open);
      if (duplicateOf) {
        duplicateOf.prompts.push(event);
        continue;
      }
      const skewed = keys.map((key) => orphans.oldestOpen(key)).find((call) => call !== undefined);
      if (skewed?.response && msBetween(skewed.response, event) <= CLOCK_SKEW_MS) {
        skewed.prompts.push(event);
        skewed.closed = true;
        continue;
      }
      const call = newCall(event, calls);
      call.prompts.push(event);
      keys.forEach((key) => open.add(key, call));
      open.add(`m\u0000${event.model}`, call);
      byModel.add(event.model, call);
      byModel.add('', call);
    } else if (event.kind === 'response') {
      const call = findPromptFor(event, open);
      if (call) {
        call.response = event;
        call.closed = true;
        continue;
      }
      const orphan = newCall(event, calls);
      orphan.response = event;
      [...event.requestKeys, contentKey(event.model, event.historyHash)].forEach((key) => orphans.add(key, orphan));
    } else {
      const call = findFailedCall(event, open, byModel);
      if (call && msBetween(call.prompts[0], event) <= errorWindowMs) {
        call.error = event;
        call.closed = true;
      } else {
        unmatchedErrors.push(event);
      }
    }
  }
  return { calls, unmatchedErrors };
}

function newCall(event: LlmEvent, calls: PairedCall[]): PairedCall {
  const call: PairedCall = {
    prompts: [],
    messageIds: event.messageIds,
    historyHash: event.historyHash,
    closed: false,
  };
  calls.push(call);
  return call;
}

function findStreamedDuplicate(event: LlmEvent, keys: string[], open: CallQueues): PairedCall | undefined {
  const ownKey = keys[keys.length - 1];
  for (const key of event.requestKeys) {
    // A trace id may span several calls: only the same id with the same history is the same call logged again.
    const call = open.newestOpen(key);
    if (call && contentKey(call.prompts[0].model, call.historyHash) === ownKey) {
      return call;
    }
  }
  if (!event.streamed) {
    return undefined;
  }
  const call = open.newestOpen(ownKey);
  const first = call?.prompts[0];
  return call && first?.streamed && call.prompts.length === 1 && msBetween(first, event) <= STREAMED_DUPLICATE_WINDOW_MS
    ? call
    : undefined;
}

function findPromptFor(event: LlmEvent, open: CallQueues): PairedCall | undefined {
  for (const key of event.requestKeys) {
    const call = open.oldestOpen(key);
    if (call) {
      return call;
    }
  }
  if (event.messages !== undefined) {
    return open.oldestOpen(contentKey(event.model, event.historyHash));
  }
  // A response that carries neither an id nor the history can only follow its model's oldest open prompt.
  return event.requestKeys.length === 0 ? open.oldestOpen(`m\u0000${event.model}`) : undefined;
}

/** The call an error event ended: the one with its request id, else its model's most recent open call. */
function findFailedCall(event: LlmEvent, open: CallQueues, byModel: CallQueues): PairedCall | undefined {
  for (const key of event.requestKeys) {
    const call = open.newestOpen(key);
    if (call) {
      return call;
    }
  }
  return byModel.newestOpen(event.model);
}
