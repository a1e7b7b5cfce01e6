import fc from 'fast-check';

import { DataFrame } from '@grafana/data';

import { buildConversations } from './buildConversations';
import { lokiFrameFromLines } from './lokiFrame';
import { generateCorpus } from './testing/corpus';
import { BuildResult } from './types';

/** The same frame with its rows in another order. */
function permuteRows(frame: DataFrame, order: number[]): DataFrame {
  return {
    ...frame,
    fields: frame.fields.map((field) => ({
      ...field,
      values: order.map((index) => field.values[index]),
      ...(field.nanos ? { nanos: order.map((index) => field.nanos?.[index] ?? 0) } : {}),
    })),
  };
}

function skippedTotal(result: BuildResult): number {
  const { skipped } = result.account;
  return skipped.notJson + skipped.notLlmEvent + skipped.duplicate + skipped.unreadable;
}

const llmLine = fc.record({
  second: fc.integer({ min: 0, max: 30 }),
  kind: fc.constantFrom('ollama_prompt', 'ollama_response', 'Error in LLM request to m: x'),
  question: fc.constantFrom('a', 'b', 'c'),
  session: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
  stream: fc.boolean(),
});

const anyLine = fc.oneof(
  fc.string(),
  fc.json(),
  llmLine.map(({ second, kind, question, session, stream }) =>
    JSON.stringify({
      event: kind,
      model: 'm',
      messages: [{ role: 'user', content: question }],
      response: `answer to ${question}`,
      level: kind.startsWith('Error') ? 'error' : 'info',
      stream,
      ...(session ? { session_id: session } : {}),
      timestamp: new Date(Date.UTC(2026, 0, 1) + second * 1000).toISOString(),
    })
  )
);

describe('buildConversations properties', () => {
  it('accounts for every row, whatever the lines hold', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 60 }), fc.option(fc.nat(40), { nil: undefined }), (lines, limit) => {
        const frame = lokiFrameFromLines(lines, { limit });
        const result = buildConversations([frame, frame]);
        const exchangeRows = result.conversations.reduce(
          (sum, conversation) =>
            sum + conversation.exchanges.reduce((rows, exchange) => rows + exchange.rowIds.length, 0),
          0
        );

        expect(result.account.rowsIn).toBe(2 * frame.length);
        expect(result.account.rowsUsed + skippedTotal(result)).toBe(result.account.rowsIn);
        expect(exchangeRows).toBe(result.account.rowsUsed);
      }),
      { numRuns: 300 }
    );
  });

  it('gives the same result whatever order the rows arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(anyLine, { maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.infiniteStream(fc.nat()),
        (extraLines, seed, randomness) => {
          const corpus = generateCorpus({ seed, conversations: 4, turns: 3, duplicateRatio: 0.1, garbageRatio: 0.3 });
          const frame = lokiFrameFromLines([...corpus.lines, ...extraLines]);
          const order = frame.fields[0].values.map((_, index) => index);
          const draws = randomness.take(order.length);
          let i = 0;
          for (const draw of draws) {
            const j = i + (draw % (order.length - i));
            [order[i], order[j]] = [order[j], order[i]];
            i++;
          }

          expect(buildConversations([permuteRows(frame, order)])).toEqual(buildConversations([frame]));
        }
      ),
      { numRuns: 100 }
    );
  });

  it('never throws on arbitrary frames', () => {
    const value = fc.oneof(fc.anything(), fc.string(), fc.integer());
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom('Line', 'body', 'Time', 'tsNs', 'labels', 'id', 'x'),
            type: fc.constantFrom('string', 'time', 'number', 'other'),
            values: fc.array(value, { maxLength: 8 }),
          }),
          { maxLength: 6 }
        ),
        (fields) => {
          const frame = {
            length: fields[0]?.values.length ?? 0,
            fields: fields.map((field) => ({ ...field, config: {} })),
          };
          const result = buildConversations([frame as unknown as DataFrame]);

          expect(result.account.rowsUsed + skippedTotal(result)).toBe(result.account.rowsIn);
        }
      ),
      { numRuns: 300 }
    );
  });
});
