import { historyHash } from './history';
import { UniqueKeys, WorkMeter } from './workMeter';
import { Conversation, Exchange, ExchangeStatus, ThreadingBasis } from './types';

/** An exchange with what threading needs to know about the history it was sent with. */
export interface ThreadItem {
  exchange: Exchange;
  messageIds: number[];
  /** `prefixHashes(messageIds)`. */
  hashes: number[];
  /** Interned id of the model's answer, when a response was logged. */
  answerId?: number;
  thread?: { key: string; value: string };
}

interface ConversationDraft {
  basis: ThreadingBasis;
  thread?: { key: string; value: string };
  items: ThreadItem[];
}

/**
 * Groups exchanges (sorted by start) into conversations: by the first conversation id they carry, else by
 * message history. A prompt whose messages begin with an earlier exchange's messages and its answer continues
 * that exchange's conversation. Each exchange looks up the hashes of its own history prefixes, longest first,
 * so the work grows with the number of messages, not with the number of exchange pairs.
 */
export function threadExchanges(items: ThreadItem[], meter?: WorkMeter): Conversation[] {
  const drafts: ConversationDraft[] = [];
  const byThread = new Map<string, ConversationDraft>();
  const byHistory = new Map<number, ConversationDraft>();

  for (const item of items) {
    let draft: ConversationDraft | undefined;
    if (item.thread) {
      const threadKey = `${item.thread.key}\u0000${item.thread.value}`;
      draft = byThread.get(threadKey);
      if (!draft) {
        draft = { basis: 'id', thread: item.thread, items: [] };
        byThread.set(threadKey, draft);
        drafts.push(draft);
      }
    } else {
      for (let length = item.hashes.length - 1; length > 0 && !draft; length--) {
        meter?.add(1);
        draft = byHistory.get(item.hashes[length]);
      }
      if (!draft) {
        draft = { basis: 'history', items: [] };
        drafts.push(draft);
      }
    }
    meter?.add(markNewMessages(item, draft.items[draft.items.length - 1]));
    draft.items.push(item);
    if (item.answerId !== undefined) {
      byHistory.set(historyHash(item.messageIds, item.answerId), draft);
    }
  }

  const keys = new UniqueKeys(meter);
  const conversations = drafts.map((draft) => summarise(draft, keys));
  conversations.sort((a, b) => b.lastActivityMs - a.lastActivityMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return conversations;
}

/**
 * Which messages are new compared with the previous turn, and whether the history sent was rewritten.
 * Returns the number of messages compared.
 */
function markNewMessages(item: ThreadItem, previous: ThreadItem | undefined): number {
  const exchange = item.exchange;
  if (!previous || item.messageIds.length === 0) {
    exchange.newMessagesFrom = 0;
    exchange.historyRewritten = false;
    return 1;
  }
  const ids = item.messageIds;
  const earlier = previous.messageIds;
  let shared = 0;
  while (shared < earlier.length && shared < ids.length && ids[shared] === earlier[shared]) {
    shared++;
  }
  let continues = shared === earlier.length;
  if (continues && previous.answerId !== undefined) {
    continues = ids[shared] === previous.answerId;
    if (continues) {
      shared++;
    }
  }
  exchange.newMessagesFrom = shared;
  exchange.historyRewritten = !continues;
  return shared + 1;
}

function summarise(draft: ConversationDraft, keys: UniqueKeys): Conversation {
  const exchanges = draft.items.map((item) => item.exchange);
  const first = exchanges[0];
  const models = new Set<string>();
  let lastActivityMs = first.startMs;
  let totalDurationMs: number | undefined;
  let slowestDurationMs: number | undefined;
  let userId: string | undefined;
  let status: ExchangeStatus = 'ok';
  for (const exchange of exchanges) {
    models.add(exchange.model);
    lastActivityMs = Math.max(lastActivityMs, exchange.startMs, exchange.endMs ?? exchange.startMs);
    if (exchange.durationMs !== undefined) {
      totalDurationMs = (totalDurationMs ?? 0) + exchange.durationMs;
      slowestDurationMs = Math.max(slowestDurationMs ?? 0, exchange.durationMs);
    }
    userId ??= exchange.ids.userId;
    if (exchange.status === 'failed' || (exchange.status === 'pending' && status === 'ok')) {
      status = exchange.status;
    }
  }
  const conversation: Conversation = {
    key: draft.thread
      ? keys.take(draft.thread.value, `${draft.thread.key}:${draft.thread.value}`)
      : keys.take(first.key),
    threadedBy: draft.basis,
    exchanges,
    models: [...models],
    startMs: first.startMs,
    lastActivityMs,
    status,
  };
  if (draft.thread) {
    conversation.idKey = draft.thread.key;
    conversation.idValue = draft.thread.value;
  }
  Object.assign(conversation, userId !== undefined ? { userId } : {});
  Object.assign(conversation, totalDurationMs !== undefined ? { totalDurationMs, slowestDurationMs } : {});
  return conversation;
}
