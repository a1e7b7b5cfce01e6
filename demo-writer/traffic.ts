import {
  FAILURES,
  hostileTurn,
  MODELS,
  personalDataTurn,
  pickDialogue,
  SYSTEM_PROMPTS,
  TIMEOUT_FAILURE,
  type Turn,
} from './catalogue.ts';
import {
  accessLogLine,
  type CallContext,
  type CallIds,
  type ChatMessage,
  errorLine,
  type OllamaCounters,
  otherEventLine,
  promptLines,
  responseLine,
  truncatedLine,
} from './lines.ts';
import { createRandom, type Random } from './random.ts';

/**
 * The demo traffic as a pure function of a seed and a start time: which lines a FoodSave backend would
 * write, and when. The writer (main.ts) only appends them to a file when their time comes.
 */

export interface LogEntry {
  atMs: number;
  line: string;
}

/** What a batch of traffic contains, so tests can check that a reader sees all of it. */
export interface TrafficCounts {
  conversations: number;
  exchanges: number;
  failedExchanges: number;
  streamedExchanges: number;
  slowExchanges: number;
  coldStarts: number;
  personalDataPrompts: number;
  hostilePrompts: number;
  /** Deliberate garbage: lines that are not JSON (access logs, lines cut off mid-way). */
  notJsonLines: number;
  /** Deliberate noise: JSON lines of other backend events. */
  otherEventLines: number;
  lines: number;
}

export interface PlannedConversation {
  entries: LogEntry[];
  counts: TrafficCounts;
}

export function emptyCounts(): TrafficCounts {
  return {
    conversations: 0,
    exchanges: 0,
    failedExchanges: 0,
    streamedExchanges: 0,
    slowExchanges: 0,
    coldStarts: 0,
    personalDataPrompts: 0,
    hostilePrompts: 0,
    notJsonLines: 0,
    otherEventLines: 0,
    lines: 0,
  };
}

export function addCounts(total: TrafficCounts, part: TrafficCounts): TrafficCounts {
  const sum = { ...total };
  for (const key of Object.keys(sum) as Array<keyof TrafficCounts>) {
    sum[key] += part[key];
  }
  return sum;
}

function hex(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) {
    text += random.int(0, 15).toString(16);
  }
  return text;
}

function newIds(random: Random, sessionId: string, userId: string): CallIds {
  return { request_id: hex(random, 8), session_id: sessionId, user_id: userId, trace_id: hex(random, 32) };
}

/** Ollama's counters for a call of `durationS` seconds, with `loadS` spent loading the model. */
function countersFor(random: Random, durationS: number, loadS: number): OllamaCounters {
  const seconds = (value: number) => Math.round(value * 1e9);
  const promptEvalS = Math.min(0.1 + random.next() * 0.4, durationS / 4);
  const evalS = Math.max(durationS - loadS - promptEvalS, 0.05);
  return {
    total_duration: seconds(durationS),
    load_duration: seconds(loadS),
    prompt_eval_count: random.int(20, 400),
    prompt_eval_duration: seconds(promptEvalS),
    eval_count: Math.max(1, Math.round(evalS * random.between(12, 35))),
    eval_duration: seconds(evalS),
  };
}

interface Scenario {
  turns: Turn[];
  personalDataTurns: number;
  hostileTurns: number;
  failsLastTurn: boolean;
}

function planScenario(random: Random): Scenario & { language: 'pl' | 'en' } {
  const dialogue = pickDialogue(random);
  const turns = dialogue.turns.slice(0, random.int(1, dialogue.turns.length));
  let personalDataTurns = 0;
  let hostileTurns = 0;
  if (random.chance(0.15)) {
    turns[0] = personalDataTurn(random, dialogue.language);
    personalDataTurns++;
  }
  // Hostile text is appended as a later turn: the first question stays unique, so threading by history
  // cannot mix two users up.
  if (random.chance(0.1)) {
    turns.push(hostileTurn(random));
    hostileTurns++;
  }
  return { language: dialogue.language, turns, personalDataTurns, hostileTurns, failsLastTurn: random.chance(0.1) };
}

/** One user's chat: its turns one after another, with think time between them. */
export function planConversation(random: Random, startMs: number): PlannedConversation {
  const counts = emptyCounts();
  const entries: LogEntry[] = [];
  const scenario = planScenario(random);
  const instrumented = random.chance(0.3);
  const model = random.pick(MODELS[scenario.language]);
  const sessionId = `web-${hex(random, 10)}`;
  const userId = `u_${hex(random, 8)}`;
  const options: Record<string, number> = random.chance(0.5) ? { temperature: 0.3, num_ctx: 4096 } : {};
  const history: ChatMessage[] = random.chance(0.9)
    ? [{ role: 'system', content: SYSTEM_PROMPTS[scenario.language] }]
    : [];

  addNoise(random, startMs - 500, entries, counts);
  let atMs = startMs;
  scenario.turns.forEach((turn, index) => {
    const call: CallContext = {
      model,
      messages: [...history, { role: 'user', content: turn.question }],
      // FoodSave streams only through the endpoint that sets a system prompt; its second prompt line copies it.
      streamed: history[0]?.role === 'system' && random.chance(0.3),
      options,
      ids: instrumented ? newIds(random, sessionId, userId) : undefined,
      zonedTime: instrumented,
      random,
    };
    entries.push(...promptLines(call, atMs));
    counts.exchanges++;
    counts.streamedExchanges += call.streamed ? 1 : 0;

    if (scenario.failsLastTurn && index === scenario.turns.length - 1) {
      // A slow timeout only where the error carries the call's request id: a plain backend's error names just
      // the model, and two calls to one model in flight at once could not be told apart by any reader.
      const timesOut = instrumented && random.chance(0.4);
      const failure = timesOut ? TIMEOUT_FAILURE : random.pick(FAILURES);
      const delayMs = timesOut ? 45000 : random.int(50, 1500);
      entries.push({ atMs: atMs + delayMs, line: errorLine(call, failure, atMs + delayMs) });
      counts.failedExchanges++;
      return;
    }

    const coldStart = instrumented && index === 0 && random.chance(0.3);
    const slow = random.chance(0.12);
    const loadS = coldStart ? random.between(2.5, 8) : random.between(0.005, 0.05);
    const durationS = loadS + (slow ? random.between(15, 45) : random.between(0.6, 4));
    const endMs = atMs + Math.round(durationS * 1000);
    const counters = instrumented ? countersFor(random, durationS, loadS) : undefined;
    entries.push({ atMs: endMs, line: responseLine(call, turn.answer, endMs, durationS, counters) });
    counts.coldStarts += coldStart ? 1 : 0;
    counts.slowExchanges += slow ? 1 : 0;

    history.push({ role: 'user', content: turn.question }, { role: 'assistant', content: turn.answer });
    atMs = endMs + random.int(4000, 20000);
  });

  counts.conversations = 1;
  counts.personalDataPrompts = scenario.personalDataTurns;
  counts.hostilePrompts = scenario.hostileTurns;
  counts.lines = entries.length;
  return { entries, counts };
}

/** Other lines in the same file, now and then: access logs, other events, a line cut off mid-way. */
function addNoise(random: Random, atMs: number, entries: LogEntry[], counts: TrafficCounts) {
  if (random.chance(0.15)) {
    entries.push({ atMs, line: accessLogLine(random) });
    counts.notJsonLines++;
  }
  if (random.chance(0.1)) {
    entries.push({ atMs, line: otherEventLine(random, atMs) });
    counts.otherEventLines++;
  }
  if (random.chance(0.04)) {
    entries.push({ atMs, line: truncatedLine(otherEventLine(random, atMs), random) });
    counts.notJsonLines++;
  }
}

export interface TrafficOptions {
  seed: number;
  conversations: number;
  startMs: number;
  /** Time between the starts of two conversations; they overlap when it is shorter than a chat. */
  gapMs: number;
}

/** A whole batch of traffic, lines in the order a backend would write them. */
export function generateTraffic(options: TrafficOptions): { entries: LogEntry[]; counts: TrafficCounts } {
  const random = createRandom(options.seed);
  let counts = emptyCounts();
  const entries: LogEntry[] = [];
  for (let index = 0; index < options.conversations; index++) {
    const planned = planConversation(random, options.startMs + index * options.gapMs);
    entries.push(...planned.entries);
    counts = addCounts(counts, planned.counts);
  }
  return { entries: sortByTime(entries), counts };
}

/** Stable: lines planned for the same millisecond keep their planned order. */
export function sortByTime(entries: LogEntry[]): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.atMs - b.entry.atMs || a.index - b.index)
    .map(({ entry }) => entry);
}
