import fc from 'fast-check';

import { DataFrame } from '@grafana/data';

import { buildConversationsMetered } from './buildConversations';
import { lokiFrameFromLines } from './lokiFrame';
import { generateCorpus } from './testing/corpus';
import { hostileCases } from './testing/hostileCorpus';
import { BuildResult } from './types';
import { WorkMeter } from './workMeter';

function inputSize(frames: DataFrame[]): { rows: number; chars: number } {
  let rows = 0;
  let chars = 0;
  for (const frame of frames) {
    rows += frame.length;
    for (const field of frame.fields) {
      for (const value of field.values) {
        chars += typeof value === 'string' ? value.length : 0;
      }
    }
  }
  return { rows, chars };
}

function balanced(result: BuildResult): boolean {
  const { rowsIn, rowsUsed, skipped } = result.account;
  return rowsIn === rowsUsed + skipped.notJson + skipped.notLlmEvent + skipped.duplicate + skipped.unreadable;
}

/** Work allowed for an input: a few steps per row and one per eight characters (a message takes at least that). */
function stepBudget(frames: DataFrame[]): number {
  const { rows, chars } = inputSize(frames);
  return 10 * rows + chars / 8;
}

describe('hostile and broken input', () => {
  it.each(hostileCases.map((hostile) => [hostile.name, hostile] as const))('%s', (_, hostile) => {
    const frames = hostile.frames();
    const meter = new WorkMeter();
    const result = buildConversationsMetered(frames, undefined, meter);

    expect(result.account.rowsIn).toBe(inputSize(frames).rows);
    expect(balanced(result)).toBe(true);
    expect(meter.steps).toBeLessThanOrEqual(stepBudget(frames));
    hostile.check(result);
  });

  it('threads thousands of unrelated one-turn chats without comparing them pairwise', () => {
    const frames = [
      lokiFrameFromLines(generateCorpus({ conversations: 1500, turns: 1, ids: 'none', models: 1 }).lines),
    ];
    const meter = new WorkMeter();
    const result = buildConversationsMetered(frames, undefined, meter);

    expect(result.conversations).toHaveLength(1500);
    // Pairwise threading would take millions of steps here.
    expect(meter.steps).toBeLessThanOrEqual(stepBudget(frames));
  });

  it('does work in proportion to generated input of any shape, and never throws', () => {
    fc.assert(
      fc.property(
        fc.record({
          conversations: fc.integer({ min: 0, max: 30 }),
          turns: fc.integer({ min: 1, max: 12 }),
          promptChars: fc.integer({ min: 0, max: 60 }),
          garbageRatio: fc.double({ min: 0, max: 2, noNaN: true }),
          seed: fc.integer(),
          ids: fc.constantFrom('none' as const, 'session' as const, 'mixed' as const),
          streamedRatio: fc.double({ min: 0, max: 1, noNaN: true }),
          failureRatio: fc.double({ min: 0, max: 1, noNaN: true }),
          duplicateRatio: fc.double({ min: 0, max: 1, noNaN: true }),
          models: fc.integer({ min: 1, max: 5 }),
        }),
        fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 20 }),
        (corpusOptions, noise) => {
          const frames = [lokiFrameFromLines([...generateCorpus(corpusOptions).lines, ...noise])];
          const meter = new WorkMeter();
          const result = buildConversationsMetered(frames, undefined, meter);

          expect(balanced(result)).toBe(true);
          expect(meter.steps).toBeLessThanOrEqual(stepBudget(frames));
        }
      ),
      { numRuns: 40 }
    );
  });
});
