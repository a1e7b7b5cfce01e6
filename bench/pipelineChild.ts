/**
 * One benchmark run in a fresh process: `node --expose-gc --import tsx bench/pipelineChild.ts <corpus> <warm-up>
 * <run>`. Prints one JSON line with the floor (`JSON.parse` of every line and nothing else) and the build.
 */
import { DataFrame } from '@grafana/data';

import { buildConversations, lokiFrameFromLines } from '../src/data/index';
import { readCorpusLines } from './corpus';
import { measure, Measurement } from './heap';

interface BuildSummary {
  conversations: number;
  exchanges: number;
  rowsUsed: number;
  skipped: number;
}

export interface PipelineRun extends BuildSummary {
  floorMs: number;
  floorCpuMs: number;
  floorPeakHeapBytes: number;
  buildMs: number;
  buildCpuMs: number;
  buildPeakHeapBytes: number;
  buildRetainedHeapBytes: number;
}

const labels = { job: 'backend_logs' };

function parseEveryLine(lines: string[]): unknown[] {
  const parsed = new Array<unknown>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    try {
      parsed[i] = JSON.parse(lines[i]);
    } catch {
      parsed[i] = undefined;
    }
  }
  return parsed;
}

function warmUp(file: string): void {
  const lines = readCorpusLines(file);
  const frame = lokiFrameFromLines(lines, { labels });
  for (let i = 0; i < 3; i++) {
    parseEveryLine(lines);
    buildConversations([frame]);
  }
}

/** The parsed lines are dropped at once: only the figures leave this function. */
function measureFloor(lines: string[]): Measurement<number> {
  return measure(() => parseEveryLine(lines).length);
}

/** The result stays alive until `measure` has weighed it, then only its counts are kept. */
function measureBuild(frame: DataFrame): Measurement<BuildSummary> {
  const measured = measure(() => buildConversations([frame]));
  const { conversations, account } = measured.result;
  return {
    ...measured,
    result: {
      conversations: conversations.length,
      exchanges: conversations.reduce((sum, conversation) => sum + conversation.exchanges.length, 0),
      rowsUsed: account.rowsUsed,
      skipped: Object.values(account.skipped).reduce((sum, count) => sum + count, 0),
    },
  };
}

function main(): void {
  const [corpusFile, warmUpFile, runText] = process.argv.slice(2);
  const run = Number(runText);
  warmUp(warmUpFile);

  const lines = readCorpusLines(corpusFile);
  const frame = lokiFrameFromLines(lines, { labels });
  // Alternate the order between runs so that neither side always meets the heap the other left behind.
  const floorFirst = run % 2 === 0;
  const floor = floorFirst ? measureFloor(lines) : undefined;
  const build = measureBuild(frame);
  const floorAfter = floor ?? measureFloor(lines);
  const result: PipelineRun = {
    floorMs: floorAfter.wallMs,
    floorCpuMs: floorAfter.cpuMs,
    floorPeakHeapBytes: floorAfter.peakHeapBytes,
    buildMs: build.wallMs,
    buildCpuMs: build.cpuMs,
    buildPeakHeapBytes: build.peakHeapBytes,
    buildRetainedHeapBytes: build.retainedHeapBytes,
    ...build.result,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
