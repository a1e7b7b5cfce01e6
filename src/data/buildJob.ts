import { DataFrame } from '@grafana/data';

import { AccountBuilder } from './account';
import { createObservations, EventReading, LlmEvent, readEvent } from './events';
import { buildExchange } from './exchange';
import { MessageInterner, prefixHashes } from './history';
import { resolveOptions } from './options';
import { pairEvents } from './pairing';
import { compareText, isSameEntry, LogRecord, readLogRecords, sortRecords } from './records';
import { threadExchanges, ThreadItem } from './threading';
import { compareInstants } from './time';
import { UniqueKeys, WorkMeter } from './workMeter';
import { BuildProgress, BuildResult, Conversation, ConversationOptions, FrameAccount } from './types';

const KIND_ORDER = { prompt: 0, response: 1, error: 2 };

/**
 * A build that can stop between rows and go on later, so a panel holding tens of megabytes of lines can show the
 * newest conversations at once and read the rest without freezing the page. Lines are read newest first (the
 * part a user looks at first); everything that depends on the order of rows runs once all of them are read, so
 * the finished result is the same as from one uninterrupted run.
 */
export class ConversationBuildJob {
  private readonly options: ConversationOptions;
  private readonly series: DataFrame[];
  private readonly meter: WorkMeter;
  private readonly observations = createObservations();
  private interner: MessageInterner;
  private started = false;
  private sorted: LogRecord[] = [];
  private frames: FrameAccount[] = [];
  private unreadableRowIds: string[] = [];
  /** Per sorted record: its reading, or 'duplicate'; filled from the end (newest) towards the start. */
  private readings: Array<EventReading | 'duplicate'> = [];
  private nextToRead = -1;
  /** Pairing and threading of all rows, once they are read; it pauses between parts like reading does. */
  private finishing: Generator<void, BuildResult> | undefined;
  private finished: BuildResult | undefined;
  private rowsTotalWhenDone: number | undefined;

  constructor(series: DataFrame[], options: Partial<ConversationOptions> | undefined, meter = new WorkMeter()) {
    this.series = series;
    this.options = resolveOptions(options);
    this.meter = meter;
    this.interner = new MessageInterner(meter);
  }

  /**
   * Reads rows, then pairs and threads them, until `shouldStop` says so (asked after every row and between the
   * parts of pairing and threading) or the build is done; a later call goes on from there. True once it is done.
   */
  run(shouldStop: () => boolean): boolean {
    if (this.finished) {
      return true;
    }
    try {
      this.start();
      while (this.nextToRead >= 0) {
        this.readAt(this.nextToRead);
        this.nextToRead--;
        if (shouldStop()) {
          return false;
        }
      }
      this.finishing ??= this.finishSteps(0);
      for (let step = this.finishing.next(); ; step = this.finishing.next()) {
        if (step.done) {
          this.complete(step.value);
          return true;
        }
        if (shouldStop()) {
          return false;
        }
      }
    } catch (error) {
      // Unreachable by design; if a defect slips through, the panel still gets an account instead of a crash.
      this.complete(failedBuild(this.series, error));
    }
    return true;
  }

  /** Keeps the result and lets go of the working state (events, records, the interner's texts) it no longer needs. */
  private complete(result: BuildResult): void {
    const { rowsTotal } = this.progress();
    this.finished = result;
    this.rowsTotalWhenDone = rowsTotal;
    this.sorted = [];
    this.readings = [];
    this.unreadableRowIds = [];
    this.finishing = undefined;
    this.interner = new MessageInterner();
  }

  /** How far reading has come. */
  progress(): BuildProgress {
    if (this.rowsTotalWhenDone !== undefined) {
      return { rowsRead: this.rowsTotalWhenDone, rowsTotal: this.rowsTotalWhenDone };
    }
    const rowsTotal = this.sorted.length + this.unreadableRowIds.length;
    const rowsRead = this.started ? this.sorted.length - 1 - this.nextToRead + this.unreadableRowIds.length : 0;
    return { rowsRead, rowsTotal };
  }

  /** The complete result, once `run` has returned true. */
  result(): BuildResult | undefined {
    return this.finished;
  }

  /**
   * Conversations from the rows read so far: the newest ones. A conversation whose older turns are not read yet
   * shows only its later turns, and a response whose prompt is unread stands alone, until the build completes.
   */
  preview(): BuildResult {
    if (this.finished) {
      return this.finished;
    }
    try {
      this.start();
      return runToEnd(this.finishSteps(this.nextToRead + 1));
    } catch (error) {
      // A defect here would fail the whole build the same way: keep that result instead of going on.
      const failed = failedBuild(this.series, error);
      this.complete(failed);
      return failed;
    }
  }

  private start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    const { records, frames, unreadableRowIds } = readLogRecords(this.series, this.options);
    this.frames = frames;
    this.unreadableRowIds = unreadableRowIds;
    this.sorted = sortRecords(records);
    this.readings = new Array(this.sorted.length);
    this.nextToRead = this.sorted.length - 1;
  }

  private readAt(index: number): void {
    this.meter.add(1);
    const record = this.sorted[index];
    const previous = index > 0 ? this.sorted[index - 1] : undefined;
    this.readings[index] =
      previous && isSameEntry(previous, record)
        ? 'duplicate'
        : readEvent(record, this.options, this.observations, this.interner);
  }

  /** Pairs, threads and accounts for the readings from `from` to the end (all of them when `from` is 0). */
  private *finishSteps(from: number): Generator<void, BuildResult> {
    const account = new AccountBuilder();
    if (from === 0) {
      this.unreadableRowIds.forEach((rowId) => account.skip('unreadable', rowId));
    }
    const events: LlmEvent[] = [];
    for (let index = from; index < this.readings.length; index++) {
      const reading = this.readings[index];
      const rowId = this.sorted[index].rowId;
      if (reading === 'duplicate') {
        account.skip('duplicate', rowId);
      } else if (reading.ok) {
        events.push(reading.event);
      } else {
        account.skip(reading.reason, rowId);
      }
    }
    yield;
    const conversations = yield* conversationSteps(events, this.options, account, this.interner, this.meter);
    return { conversations, account: account.build(this.frames, this.observations) };
  }
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
  }
}

/** Calls turned into exchanges between two pauses: a few milliseconds of work. */
const EXCHANGES_PER_STEP = 500;

/** Sorts, pairs and threads events into conversations, pausing (`yield`) between the parts. */
function* conversationSteps(
  events: LlmEvent[],
  options: ConversationOptions,
  account: AccountBuilder,
  interner: MessageInterner,
  meter: WorkMeter
): Generator<void, Conversation[]> {
  events.sort(
    (a, b) =>
      compareInstants(a.instant, b.instant) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.record.rowId, b.record.rowId)
  );
  yield;

  const { calls, unmatchedErrors } = pairEvents(events, options.errorWindowMs, meter);
  unmatchedErrors.forEach((event) => account.skip('notLlmEvent', event.record.rowId));
  yield;

  const keys = new UniqueKeys(meter);
  const items: ThreadItem[] = [];
  for (const call of calls) {
    const exchange = buildExchange(
      call,
      keys.take((call.prompts[0] ?? call.response ?? call.error)?.record.rowId ?? 'exchange')
    );
    account.use(exchange.rowIds.length);
    const answer = call.response?.response;
    const thread = call.prompts[0]?.thread ?? call.response?.thread ?? call.error?.thread;
    items.push({
      exchange,
      messageIds: call.messageIds,
      // Only exchanges without an id are threaded by history.
      hashes: thread ? [] : prefixHashes(call.messageIds),
      answerId: answer ? interner.idOf(answer) : undefined,
      thread,
    });
    if (items.length % EXCHANGES_PER_STEP === 0) {
      yield;
    }
  }
  items.sort(
    (a, b) =>
      a.exchange.startMs - b.exchange.startMs ||
      compareText(a.exchange.startNs, b.exchange.startNs) ||
      compareText(a.exchange.key, b.exchange.key)
  );
  yield;
  return threadExchanges(items, meter);
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
