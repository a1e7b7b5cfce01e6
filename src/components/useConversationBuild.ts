import type { DataFrame } from '@grafana/data';
import { createContext, useContext, useEffect, useMemo, useReducer, useRef, useState } from 'react';

import { ConversationBuildJob } from '../data';
import type { BuildProgress, BuildResult, Conversation, ConversationOptions } from '../data/types';
import { toConversationOptions } from '../options/conversationOptions';
import type { LogFormatOptions } from '../types';
import { sameFingerprint, seriesFingerprint } from './seriesFingerprint';

/** How far an unfinished build is, and what the panel shows until it is done. */
export interface ShownProgress extends BuildProgress {
  /** `newest`: the conversations of the rows read so far; `previous`: the last complete result, older data. */
  showing: 'newest' | 'previous';
}

export interface ConversationBuildState {
  result: BuildResult;
  /** Present while the build is still going on: `result` is then partial or the previous one. */
  progress?: ShownProgress;
}

/** How long the build may hold the page at a time, in milliseconds. */
export interface BuildSlices {
  /** Before the first render; data that reads within it never shows a partial list. */
  firstMs: number;
  /** Rows read before the first render however long they take, so the first list holds a screenful. */
  firstRows: number;
  /** Each later step, short enough that scrolling and typing stay smooth while the rest is read. */
  stepMs: number;
  /** How often the shown progress is brought up to date. */
  progressEveryMs: number;
}

export const defaultBuildSlices: BuildSlices = { firstMs: 50, firstRows: 300, stepMs: 30, progressEveryMs: 250 };

/** Lets tests make every build partial without depending on how fast the machine is. */
export const BuildSlicesContext = createContext(defaultBuildSlices);

interface BuildEntry {
  fingerprint: ReturnType<typeof seriesFingerprint>;
  options: object;
  job: ConversationBuildJob;
  state: ConversationBuildState;
  /** How many conversations of the finished build have been prepared for showing. */
  prepared: number;
}

const now = () => performance.now();

function deadlineIn(budgetMs: number): () => boolean {
  const deadline = now() + budgetMs;
  return () => now() >= deadline;
}

/** Prepares the finished build's conversations, at least one, until `shouldStop`; true once all are. */
function prepareSome(entry: BuildEntry, prepare: (conversation: Conversation) => void, shouldStop: () => boolean) {
  const conversations = entry.job.result()?.conversations ?? [];
  while (entry.prepared < conversations.length) {
    try {
      prepare(conversations[entry.prepared]);
    } catch {
      // Outside React no error boundary would catch this; rendering prepares the conversation again, inside one.
    }
    entry.prepared++;
    if (shouldStop()) {
      break;
    }
  }
  return entry.prepared >= conversations.length;
}

/**
 * What to show after a step of `job`. While it is unfinished, a complete earlier result stays on screen (a refresh
 * that brings new rows should not shrink the list for a moment); without one, the newest conversations read so far.
 */
function stateOf(job: ConversationBuildJob, done: boolean, previous?: BuildResult): ConversationBuildState {
  if (done) {
    return { result: job.result() as BuildResult };
  }
  return previous
    ? { result: previous, progress: { ...job.progress(), showing: 'previous' } }
    : { result: job.preview(), progress: { ...job.progress(), showing: 'newest' } };
}

/**
 * The state after a later step: new progress, same conversations (their identity spares the list a re-render), unless
 * the newest rows read so far held none, in which case the preview is tried again while there are rows left to read.
 */
function progressed(state: ConversationBuildState, job: ConversationBuildJob): ConversationBuildState {
  const progress = job.progress();
  const stillReading = progress.rowsRead < progress.rowsTotal;
  if (stillReading && state.progress?.showing === 'newest' && state.result.conversations.length === 0) {
    return stateOf(job, false);
  }
  return { ...state, progress: { ...progress, showing: state.progress?.showing ?? 'newest' } };
}

/** Keeps the last build while the options and the frames' fingerprint are the same; starts a new one otherwise. */
function lastBuildKeeper() {
  let last: BuildEntry | undefined;
  return (series: DataFrame[], options: Partial<ConversationOptions>, slices: BuildSlices): BuildEntry => {
    const fingerprint = seriesFingerprint(series);
    if (last && last.options === options && sameFingerprint(last.fingerprint, fingerprint)) {
      return last;
    }
    const job = new ConversationBuildJob(series, options);
    // Only a complete list is worth keeping on screen: not the empty one of a panel that was waiting for its query.
    const shown = last && !last.state.progress ? last.state.result : undefined;
    const previous = shown && shown.conversations.length > 0 ? shown : undefined;
    const pastDeadline = deadlineIn(slices.firstMs);
    // Once every row is read, finishing costs less than a preview would: the first render then waits for it.
    const done = job.run(() => {
      const { rowsRead, rowsTotal } = job.progress();
      return rowsRead >= slices.firstRows && rowsRead < rowsTotal && pastDeadline();
    });
    last = { fingerprint, options, job, state: stateOf(job, done, previous), prepared: 0 };
    return last;
  };
}

/**
 * Conversations from the panel's frames. Small data is built before the first render. Large data shows the newest
 * conversations after `BuildSlices.firstMs` and reads the rest in short steps between frames, so the page stays
 * responsive; `prepare` then does ahead, in steps too, what showing each conversation will need (masking, search
 * text), and only then does the complete result replace the partial one. A dashboard refresh that delivers new frame
 * objects holding the same rows keeps the previous build (and with it every masked conversation downstream).
 * `logFormat` should keep its identity while its values do (see `useStableValue`).
 */
export function useConversationBuild(
  series: DataFrame[],
  logFormat: LogFormatOptions,
  prepare: (conversation: Conversation) => void
): ConversationBuildState {
  const slices = useContext(BuildSlicesContext);
  const latestPrepare = useRef(prepare);
  useEffect(() => {
    latestPrepare.current = prepare;
  }, [prepare]);
  const options = useMemo(() => toConversationOptions(logFormat), [logFormat]);
  // A memoize-one holder rather than useMemo: the key is a comparison with the last input, not an identity.
  const [keeper] = useState(lastBuildKeeper);
  const [, showUpdate] = useReducer((count: number) => count + 1, 0);
  const entry = keeper(series, options, slices);

  useEffect(() => {
    if (!entry.state.progress) {
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout>;
    let reportedAt = now();
    const step = () => {
      const shouldStop = deadlineIn(slices.stepMs);
      const done = entry.job.run(shouldStop) && prepareSome(entry, latestPrepare.current, shouldStop);
      if (done || now() - reportedAt >= slices.progressEveryMs) {
        entry.state = done ? stateOf(entry.job, true) : progressed(entry.state, entry.job);
        reportedAt = now();
        showUpdate();
      }
      if (!done) {
        timer = setTimeout(step, 0);
      }
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [entry, slices]);

  return entry.state;
}
