import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { bundleForNode } from './bundleForNode';
import { BenchCorpusFile, ensureCorpusFile } from './corpus';
import { PipelineRun } from './pipelineChild';
import { medianOf } from './stats';

export interface PipelineSize {
  targetRows: number;
  corpus: BenchCorpusFile;
  runs: PipelineRun[];
  median: PipelineRun;
  /** Median build time over median floor time. */
  floorRatio: number;
  /** Median peak heap of the build over the bytes of the lines (UTF-8). */
  peakHeapPerInputByte: number;
  /** The build found exactly the conversations, exchanges and rows the generator wrote, in every run. */
  correct: boolean;
  mismatch?: string;
}

const repoRoot = path.resolve(__dirname, '..');

function runChild(
  script: string,
  corpus: BenchCorpusFile,
  warmUp: BenchCorpusFile,
  run: number,
  heapLimitMb: number
): PipelineRun {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${heapLimitMb}`, script, corpus.path, warmUp.path, String(run)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
  );
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`benchmark child failed for ${corpus.path} (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(lastLine);
}

function checkAgainstExpectation(corpus: BenchCorpusFile, run: PipelineRun): string | undefined {
  const { expected } = corpus;
  const skipped = expected.notJson + expected.notLlmEvent + expected.duplicates;
  const checks: Array<[string, number, number]> = [
    ['conversations', run.conversations, expected.conversations],
    ['exchanges', run.exchanges, expected.exchanges],
    ['rows used', run.rowsUsed, expected.llmRows],
    ['rows skipped', run.skipped, skipped],
  ];
  const wrong = checks.filter(([, actual, wanted]) => actual !== wanted);
  return wrong.length > 0
    ? wrong.map(([name, actual, wanted]) => `${name}: ${actual}, expected ${wanted}`).join('; ')
    : undefined;
}

/** Each run is a fresh process, so one run's heap and JIT state cannot leak into the next. */
export function benchPipeline(targetRows: number, runs: number, log: (message: string) => void): PipelineSize {
  const corpus = ensureCorpusFile(targetRows);
  const warmUp = ensureCorpusFile(1000);
  // Room for the lines, the floor's parsed copy and the build on top: well above the 3x target.
  const heapLimitMb = Math.max(2048, Math.ceil((corpus.bytes * 12) / 1024 / 1024));
  const script = bundleForNode('pipelineChild.ts');
  const results: PipelineRun[] = [];
  let mismatch: string | undefined;
  for (let run = 0; run < runs; run++) {
    const result = runChild(script, corpus, warmUp, run, heapLimitMb);
    mismatch ??= checkAgainstExpectation(corpus, result);
    results.push(result);
    log(
      `  ${targetRows} rows, run ${run + 1}/${runs}: build ${result.buildMs.toFixed(0)} ms, floor ${result.floorMs.toFixed(0)} ms`
    );
  }
  const median = medianOf(results);
  return {
    targetRows,
    corpus,
    runs: results,
    median,
    floorRatio: median.buildMs / median.floorMs,
    peakHeapPerInputByte: median.buildPeakHeapBytes / corpus.bytes,
    correct: mismatch === undefined,
    ...(mismatch ? { mismatch } : {}),
  };
}
