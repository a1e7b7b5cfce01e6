import { createDataFrame, DataFrame, FieldType } from '@grafana/data';

import { lokiFrameFromLines } from '../lokiFrame';
import { BuildResult } from '../types';

/** One hostile or broken input, and what a correct reader does with it beyond never throwing. */
export interface HostileCase {
  name: string;
  frames: () => DataFrame[];
  check: (result: BuildResult) => void;
}

const BASE_MS = Date.UTC(2026, 10, 30, 12, 0, 0);

function at(second: number, fields: Record<string, unknown>): string {
  return JSON.stringify({ ...fields, timestamp: new Date(BASE_MS + second * 1000).toISOString() });
}

export function promptLine(second: number, content: string, extra: Record<string, unknown> = {}): string {
  return at(second, { event: 'ollama_prompt', model: 'm', messages: [{ role: 'user', content }], ...extra });
}

export function responseLine(second: number, content: string, answer: string, extra: Record<string, unknown> = {}) {
  return at(second, {
    event: 'ollama_response',
    model: 'm',
    messages: [{ role: 'user', content }],
    response: answer,
    ...extra,
  });
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function expectThat(condition: boolean, message: string): void {
  if (!condition) {
    throw new Error(message);
  }
}

const LOKI_LINE_LIMIT = 256 * 1024;

export const hostileCases: HostileCase[] = [
  {
    name: 'lines that are not JSON, and truncated JSON',
    frames: () => [lokiFrameFromLines(['plain text', '{', '{"event": "ollama_prompt", "model"', '}{', 'null', '"x"'])],
    check: (result) => expectThat(result.account.skipped.notJson === 6, 'all six lines count as not JSON'),
  },
  {
    name: "a prompt cut at Loki's 256 KB line limit",
    frames: () => [lokiFrameFromLines([promptLine(0, 'x'.repeat(LOKI_LINE_LIMIT)).slice(0, LOKI_LINE_LIMIT)])],
    check: (result) => expectThat(result.account.skipped.notJson === 1, 'the cut line is not JSON'),
  },
  {
    name: 'a 5 MB prompt',
    frames: () => [lokiFrameFromLines([promptLine(0, 'ż'.repeat(5 * 1024 * 1024))])],
    check: (result) =>
      expectThat(
        result.conversations[0]?.exchanges[0]?.messages[0]?.content.length === 5 * 1024 * 1024,
        'the whole prompt is kept'
      ),
  },
  {
    name: '10,000-deep nesting inside an LLM line',
    // Written by hand: JSON.stringify itself cannot go this deep.
    frames: () => [lokiFrameFromLines([promptLine(0, 'deep').replace(/}$/, `, "options": ${nested(10000)}}`)])],
    check: (result) => expectThat(result.account.rowsUsed + result.account.skipped.unreadable === 1, 'counted'),
  },
  {
    name: 'lone surrogates and control characters',
    frames: () => [lokiFrameFromLines([promptLine(0, '\ud800\u0000\u001b[31m\u202e\udfff', { model: 'm\ud800' })])],
    check: (result) => expectThat(result.conversations[0]?.models[0] === 'm\ud800', 'text kept as logged'),
  },
  {
    name: 'numbers as strings and strings as numbers',
    frames: () => [
      lokiFrameFromLines([
        at(0, { event: 'ollama_prompt', model: 123, messages: 'not a list' }),
        at(1, { event: 'ollama_response', model: 123, response: 42, duration: '2.5', eval_count: '21' }),
        at(2, { event: 'ollama_prompt', model: 'm', messages: [{ role: 7, content: 42 }, null, 'hi'] }),
      ]),
    ],
    check: (result) => {
      const exchange = result.conversations
        .flatMap((conversation) => conversation.exchanges)
        .find((e) => e.model === '123');
      expectThat(exchange?.durationMs === 2500 && exchange.outputTokens === 21, 'figures read from text');
    },
  },
  {
    name: 'negative, NaN and astronomical durations',
    frames: () => [
      lokiFrameFromLines([
        responseLine(0, 'a', 'x', { duration: -5 }),
        responseLine(1, 'b', 'x', { duration: 'NaN' }),
        responseLine(2, 'c', 'x', { duration: 1e300, total_duration: -1, eval_duration: 'Infinity' }),
      ]),
    ],
    check: (result) =>
      expectThat(
        result.conversations.every((conversation) => conversation.exchanges[0].durationMs === undefined),
        'no figure rather than a wrong one'
      ),
  },
  {
    name: 'timestamps far in the future and the past',
    frames: () => [
      lokiFrameFromLines([
        at(0, { event: 'ollama_prompt', model: 'm', messages: [], timestamp: '9999-12-31T23:59:59.999999999Z' }),
        at(0, { event: 'ollama_prompt', model: 'n', messages: [], timestamp: '1000-01-01T00:00:00Z' }),
      ]),
    ],
    check: (result) =>
      expectThat(
        result.conversations.every((conversation) => /^-?\d+$/.test(conversation.exchanges[0].startNs)),
        'times stay decimal nanoseconds'
      ),
  },
  {
    name: 'a response logged before its prompt (clock skew)',
    frames: () => [lokiFrameFromLines([responseLine(0, 'q', 'a'), promptLine(1, 'q')])],
    check: (result) => expectThat(result.conversations[0]?.exchanges.length === 1, 'one exchange'),
  },
  {
    name: '10,000 duplicate rows',
    frames: () => [lokiFrameFromLines(new Array(10000).fill(promptLine(0, 'same')))],
    check: (result) => expectThat(result.account.skipped.duplicate === 9999, 'all but one are duplicates'),
  },
  {
    name: 'a conversation of 2,000 turns',
    frames: () => [
      lokiFrameFromLines(
        Array.from({ length: 2000 }, (_, turn) => [
          promptLine(turn * 10, `pytanie ${turn}`, { session_id: 'long' }),
          responseLine(turn * 10 + 1, `pytanie ${turn}`, `odpowiedź ${turn}`, { session_id: 'long' }),
        ]).flat()
      ),
    ],
    check: (result) => expectThat(result.conversations[0]?.exchanges.length === 2000, 'all turns in one thread'),
  },
  {
    name: '500 models',
    frames: () => [
      lokiFrameFromLines(
        Array.from({ length: 500 }, (_, i) => promptLine(i, 'q', { model: `model-${i}`, session_id: 's' }))
      ),
    ],
    check: (result) => expectThat(result.conversations[0]?.models.length === 500, 'every model listed once'),
  },
  {
    name: 'empty frames and time series mixed with logs',
    frames: () => [
      createDataFrame({ fields: [] }),
      createDataFrame({ refId: 'B', fields: [{ name: 'Line', type: FieldType.string, values: [] }] }),
      createDataFrame({
        refId: 'rate',
        fields: [
          { name: 'Time', type: FieldType.time, values: [1, 2] },
          { name: 'Value', type: FieldType.number, values: [0.5, 0.7] },
        ],
      }),
      lokiFrameFromLines([promptLine(0, 'q')]),
    ],
    check: (result) => expectThat(result.account.skipped.unreadable === 2 && result.account.rowsUsed === 1, 'counted'),
  },
  {
    name: 'labels with 1,000 keys',
    frames: () => {
      const labels: Record<string, string> = {};
      for (let i = 0; i < 1000; i++) {
        labels[`key_${i}`] = `value ${i}`;
      }
      return [lokiFrameFromLines([promptLine(0, 'q')], { labels })];
    },
    check: (result) =>
      expectThat(Object.keys(result.conversations[0]?.exchanges[0]?.labels ?? {}).length === 1000, 'labels kept'),
  },
];
