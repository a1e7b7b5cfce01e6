/**
 * A generator of FoodSave-style log corpora of any size, for tests, fuzzing and benchmarks. Everything follows
 * from the seed, and the corpus says what a correct reader must find in it.
 */
export interface CorpusOptions {
  conversations: number;
  turns: number;
  /** Characters of each user question (the system prompt and answers scale with it). */
  promptChars: number;
  /** Garbage lines per LLM line: text, JSON that is no LLM event, truncated JSON. */
  garbageRatio: number;
  seed: number;
  /** How conversations are identified: not at all (history only), by `session_id`, or a mix. */
  ids: 'none' | 'session' | 'mixed';
  /** Share of calls logged as streamed (prompt logged twice, answer as plain text). */
  streamedRatio: number;
  /** Share of conversations whose last call fails with an error event. */
  failureRatio: number;
  /** Share of LLM lines delivered twice. */
  duplicateRatio: number;
  models: number;
  startMs: number;
}

export interface CorpusExpectation {
  conversations: number;
  exchanges: number;
  failedExchanges: number;
  /** Rows that belong to exchanges. */
  llmRows: number;
  notJson: number;
  notLlmEvent: number;
  duplicates: number;
}

export interface Corpus {
  /** Log lines, oldest first. */
  lines: string[];
  expected: CorpusExpectation;
}

export const defaultCorpusOptions: CorpusOptions = {
  conversations: 10,
  turns: 3,
  promptChars: 80,
  garbageRatio: 0.2,
  seed: 1,
  ids: 'mixed',
  streamedRatio: 0.2,
  failureRatio: 0.1,
  duplicateRatio: 0,
  models: 3,
  startMs: Date.UTC(2026, 10, 30, 8, 0, 0),
};

/** Mulberry32: a small, fast, seedable generator, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['ryż', 'marchew', 'jajka', 'szpinak', 'kurczak', 'jogurt', 'obiad', 'kolacja', 'przepis', 'kcal'];
const SYSTEM = 'Jesteś asystentem kulinarnym FoodSave AI. Odpowiadaj zwięźle po polsku.';

interface TimedLine {
  ms: number;
  line: string;
}

/** An expectation with nothing counted yet, to add up into. */
export function emptyExpectation(conversations = 0): CorpusExpectation {
  return {
    conversations,
    exchanges: 0,
    failedExchanges: 0,
    llmRows: 0,
    notJson: 0,
    notLlmEvent: 0,
    duplicates: 0,
  };
}

export function generateCorpus(overrides: Partial<CorpusOptions> = {}): Corpus {
  const options = { ...defaultCorpusOptions, ...overrides };
  const random = seededRandom(options.seed);
  const text = (chars: number, tag: string) => {
    let result = tag;
    while (result.length < chars) {
      result += ` ${WORDS[Math.floor(random() * WORDS.length)]}`;
    }
    return result;
  };
  const lines: TimedLine[] = [];
  const expected = emptyExpectation(options.conversations);
  const spanMs = Math.max(1, options.conversations) * 20000;

  for (let c = 0; c < options.conversations; c++) {
    const model = `model-${c % Math.max(1, options.models)}:7b`;
    const withId = options.ids === 'session' || (options.ids === 'mixed' && c % 2 === 0);
    const ids = withId ? { session_id: `session-${options.seed}-${c}` } : {};
    const fails = random() < options.failureRatio;
    const messages: Array<{ role: string; content: string }> = [{ role: 'system', content: SYSTEM }];
    let ms = options.startMs + Math.floor(random() * spanMs);
    for (let t = 0; t < options.turns; t++) {
      messages.push({ role: 'user', content: text(options.promptChars, `[c${c} t${t}]`) });
      const history = messages.slice();
      const streamed = random() < options.streamedRatio;
      const failing = fails && t === options.turns - 1;
      // Without an id an error event could end any open call of its model; the generator keeps the answer exact.
      const requestId = failing ? { request_id: `req-${options.seed}-${c}-${t}` } : {};
      const prompt = {
        event: 'ollama_prompt',
        ...ids,
        ...requestId,
        model,
        messages: history,
        stream: streamed,
        level: 'info',
      };
      lines.push({ ms, line: JSON.stringify({ ...prompt, timestamp: iso(ms) }) });
      expected.llmRows++;
      if (streamed) {
        const again = { ...prompt, options: { system: SYSTEM }, timestamp: iso(ms + 1) };
        lines.push({ ms: ms + 1, line: JSON.stringify(again) });
        expected.llmRows++;
      }
      expected.exchanges++;
      const durationMs = 200 + Math.floor(random() * 20000);
      ms += durationMs;
      if (failing) {
        const error = {
          event: `Error in LLM request to ${model}: [Errno 111] Connection refused`,
          ...requestId,
          level: 'error',
        };
        lines.push({ ms, line: JSON.stringify({ ...error, timestamp: iso(ms) }) });
        expected.llmRows++;
        expected.failedExchanges++;
        break;
      }
      const answer = text(options.promptChars * 2, `[a${c} t${t}]`);
      const response = {
        event: 'ollama_response',
        ...ids,
        model,
        messages: history,
        response: streamed ? answer : { message: { role: 'assistant', content: answer }, response: answer },
        duration: durationMs / 1000,
        timestamp: iso(ms),
        level: 'info',
      };
      lines.push({ ms, line: JSON.stringify(response) });
      expected.llmRows++;
      messages.push({ role: 'assistant', content: answer });
      ms += 1000 + Math.floor(random() * 60000);
    }
  }

  addDuplicates(lines, options.duplicateRatio, random, expected);
  addGarbage(lines, options, random, spanMs, expected);
  lines.sort((a, b) => a.ms - b.ms);
  return { lines: lines.map((entry) => entry.line), expected };
}

function addDuplicates(lines: TimedLine[], ratio: number, random: () => number, expected: CorpusExpectation): void {
  const count = lines.length;
  for (let i = 0; i < count; i++) {
    if (random() < ratio) {
      lines.push({ ...lines[i] });
      expected.duplicates++;
    }
  }
}

function addGarbage(
  lines: TimedLine[],
  options: CorpusOptions,
  random: () => number,
  spanMs: number,
  expected: CorpusExpectation
): void {
  const count = Math.round(expected.llmRows * options.garbageRatio);
  for (let i = 0; i < count; i++) {
    const ms = options.startMs + Math.floor(random() * spanMs) + i;
    const kind = i % 3;
    if (kind === 0) {
      lines.push({ ms, line: JSON.stringify({ event: 'request handled', path: `/api/${i}`, timestamp: iso(ms) }) });
      expected.notLlmEvent++;
    } else if (kind === 1) {
      lines.push({ ms, line: `INFO ${iso(ms)} uvicorn.access GET /health 200 #${i}` });
      expected.notJson++;
    } else {
      const cut = JSON.stringify({ event: 'ollama_prompt', model: 'x', messages: [{ role: 'user', content: `${i}` }] });
      lines.push({ ms, line: `{"timestamp": "${iso(ms)}", ${cut.slice(1, cut.length - 5)}` });
      expected.notJson++;
    }
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
