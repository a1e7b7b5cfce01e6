import { Observations } from './events';
import { FrameAccount, RowAccount, SkipReason } from './types';

const EXAMPLES_PER_REASON = 5;
const OBSERVED_LIMIT = 20;

/** Tallies what happened to every row, so that rowsIn === rowsUsed + the sum of skipped. */
export class AccountBuilder {
  private rowsUsed = 0;
  private readonly skipped: Record<SkipReason, number> = { notJson: 0, notLlmEvent: 0, duplicate: 0, unreadable: 0 };
  private readonly examples: Record<SkipReason, string[]> = {
    notJson: [],
    notLlmEvent: [],
    duplicate: [],
    unreadable: [],
  };

  use(count = 1): void {
    this.rowsUsed += count;
  }

  skip(reason: SkipReason, rowId: string): void {
    this.skipped[reason]++;
    const examples = this.examples[reason];
    if (examples.length < EXAMPLES_PER_REASON) {
      examples.push(rowId);
    }
  }

  build(frames: FrameAccount[], observations: Observations): RowAccount {
    return {
      rowsIn: frames.reduce((sum, frame) => sum + frame.rows, 0),
      rowsUsed: this.rowsUsed,
      skipped: { ...this.skipped },
      skippedExamples: {
        notJson: [...this.examples.notJson],
        notLlmEvent: [...this.examples.notLlmEvent],
        duplicate: [...this.examples.duplicate],
        unreadable: [...this.examples.unreadable],
      },
      frames,
      observedKeys: mostFrequent(observations.keys),
      observedEvents: mostFrequent(observations.events),
    };
  }
}

function mostFrequent(counts: Map<string, number>): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, OBSERVED_LIMIT)
    .map(([name]) => name);
}
