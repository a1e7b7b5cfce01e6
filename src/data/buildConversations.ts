import { DataFrame } from '@grafana/data';

import { AccountBuilder } from './account';
import { createObservations, LlmEvent, readEvent } from './events';
import { buildExchange } from './exchange';
import { MessageInterner, prefixHashes } from './history';
import { resolveOptions } from './options';
import { pairEvents } from './pairing';
import { LogRecord, readLogRecords } from './records';
import { threadExchanges, ThreadItem } from './threading';
import { compareInstants } from './time';
import { UniqueKeys, WorkMeter } from './workMeter';
import { BuildResult, ConversationOptions, FrameAccount } from './types';

const KIND_ORDER = { prompt: 0, response: 1, error: 2 };

/**
 * Turns the frames a panel receives into conversations, with an account of every row. Rows are sorted by
 * entry time first, so the result does not depend on the order in which they arrive; each line is parsed once.
 */
export function buildConversations(series: DataFrame[], options?: Partial<ConversationOptions>): BuildResult {
  return buildConversationsMetered(series, options, new WorkMeter());
}

/** `buildConversations` that also counts its inner steps into `meter` (for tests that bound the work). */
export function buildConversationsMetered(
  series: DataFrame[],
  options: Partial<ConversationOptions> | undefined,
  meter: WorkMeter
): BuildResult {
  const resolved = resolveOptions(options);
  try {
    return build(series, resolved, meter);
  } catch (error) {
    // Unreachable by design; if a defect slips through, the panel still gets an account instead of a crash.
    return failedBuild(series, error);
  }
}

function build(series: DataFrame[], options: ConversationOptions, meter: WorkMeter): BuildResult {
  const { records, frames, unreadableRowIds } = readLogRecords(series, options);
  const account = new AccountBuilder();
  unreadableRowIds.forEach((rowId) => account.skip('unreadable', rowId));

  const observations = createObservations();
  const interner = new MessageInterner(meter);
  const events: LlmEvent[] = [];
  let previous: LogRecord | undefined;
  for (const record of sortRecords(records)) {
    meter.add(1);
    if (previous && isSameEntry(previous, record)) {
      account.skip('duplicate', record.rowId);
      continue;
    }
    previous = record;
    const reading = readEvent(record, options, observations, interner);
    if (reading.ok) {
      events.push(reading.event);
    } else {
      account.skip(reading.reason, record.rowId);
    }
  }
  events.sort(
    (a, b) =>
      compareInstants(a.instant, b.instant) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.record.rowId, b.record.rowId)
  );

  const { calls, unmatchedErrors } = pairEvents(events, options.errorWindowMs, meter);
  unmatchedErrors.forEach((event) => account.skip('notLlmEvent', event.record.rowId));

  const keys = new UniqueKeys(meter);
  const items: ThreadItem[] = calls.map((call) => {
    const exchange = buildExchange(
      call,
      keys.take((call.prompts[0] ?? call.response ?? call.error)?.record.rowId ?? 'exchange')
    );
    account.use(exchange.rowIds.length);
    const answer = call.response?.response;
    const thread = call.prompts[0]?.thread ?? call.response?.thread ?? call.error?.thread;
    return {
      exchange,
      messageIds: call.messageIds,
      // Only exchanges without an id are threaded by history.
      hashes: thread ? [] : prefixHashes(call.messageIds),
      answerId: answer ? interner.idOf(answer) : undefined,
      thread,
    };
  });
  items.sort(
    (a, b) =>
      a.exchange.startMs - b.exchange.startMs ||
      compareText(a.exchange.startNs, b.exchange.startNs) ||
      compareText(a.exchange.key, b.exchange.key)
  );
  return { conversations: threadExchanges(items, meter), account: account.build(frames, observations) };
}

/** Oldest first; ties by line text and row id so that identical entries end up next to each other. */
function sortRecords(records: LogRecord[]): LogRecord[] {
  // Loki sends newest first: reversed, the rows are nearly sorted and the sort runs in about linear time.
  const sorted = records.slice().reverse();
  sorted.sort((a, b) => {
    const aMs = a.instant ? a.instant.ms : Infinity;
    const bMs = b.instant ? b.instant.ms : Infinity;
    return (
      (aMs === bMs ? 0 : aMs < bMs ? -1 : 1) ||
      (a.instant?.subMsNs ?? 0) - (b.instant?.subMsNs ?? 0) ||
      compareText(lineText(a), lineText(b)) ||
      compareText(a.rowId, b.rowId)
    );
  });
  return sorted;
}

function lineText(record: LogRecord): string {
  return typeof record.line === 'string' ? record.line : '';
}

/** The same log entry delivered twice (overlapping queries, a retried shipment): same time and same line. */
function isSameEntry(a: LogRecord, b: LogRecord): boolean {
  const sameTime = a.instant && b.instant ? compareInstants(a.instant, b.instant) === 0 : a.instant === b.instant;
  return sameTime && typeof a.line === 'string' && a.line === b.line;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function failedBuild(series: DataFrame[], error: unknown): BuildResult {
  const frames: FrameAccount[] = (Array.isArray(series) ? series : []).map((frame, index) => ({
    name: frame?.refId || frame?.name || `frame ${index + 1}`,
    rows: typeof frame?.length === 'number' ? frame.length : 0,
    limitReached: false,
    unreadableReason: `the panel could not read this data (${error instanceof Error ? error.message : String(error)})`,
  }));
  const rowsIn = frames.reduce((sum, frame) => sum + frame.rows, 0);
  return {
    conversations: [],
    account: {
      rowsIn,
      rowsUsed: 0,
      skipped: { notJson: 0, notLlmEvent: 0, duplicate: 0, unreadable: rowsIn },
      skippedExamples: { notJson: [], notLlmEvent: [], duplicate: [], unreadable: [] },
      frames,
      observedKeys: [],
      observedEvents: [],
    },
  };
}
