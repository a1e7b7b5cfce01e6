import fs from 'node:fs';
import path from 'node:path';

import { CorpusExpectation, CorpusOptions, emptyExpectation, generateCorpus } from '../src/data/testing/corpus';

/**
 * FoodSave-like traffic for the benchmarks: most chats are short, a few run long. Every turn re-sends the whole
 * history, so the prompt of a 50-turn chat is about 20 KB. Shares are conversations per 100.
 */
export const TURN_MIX: Array<{ turns: number; share: number }> = [
  { turns: 1, share: 20 },
  { turns: 2, share: 15 },
  { turns: 3, share: 15 },
  { turns: 5, share: 15 },
  { turns: 8, share: 12 },
  { turns: 12, share: 10 },
  { turns: 20, share: 8 },
  { turns: 30, share: 4 },
  { turns: 50, share: 1 },
];

/** With 110-character questions and 220-character answers a 50-turn prompt line stays just under 20 KB. */
const SHARED_OPTIONS: Partial<CorpusOptions> = {
  promptChars: 110,
  garbageRatio: 0.05,
  ids: 'mixed',
  streamedRatio: 0.2,
  failureRatio: 0.05,
  duplicateRatio: 0.005,
  models: 3,
};

/** Bump when the mix or the generator options change, so cached corpora are rebuilt. */
const CORPUS_VERSION = 1;

export const corpusDir = path.join(__dirname, '.corpus');

export interface BenchCorpusFile {
  path: string;
  rows: number;
  bytes: number;
  maxLineBytes: number;
  expected: CorpusExpectation;
}

/** How many conversations of each length make up `total` conversations (largest remainder, at least one long). */
function conversationCounts(total: number): number[] {
  const shareSum = TURN_MIX.reduce((sum, bucket) => sum + bucket.share, 0);
  const exact = TURN_MIX.map((bucket) => (total * bucket.share) / shareSum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  order.sort((a, b) => b.rest - a.rest);
  let missing = total - counts.reduce((sum, count) => sum + count, 0);
  for (const { index } of order) {
    if (missing-- <= 0) {
      break;
    }
    counts[index]++;
  }
  // The browser benchmark opens a 50-turn conversation, so every corpus has one.
  counts[counts.length - 1] = Math.max(1, counts[counts.length - 1]);
  return counts;
}

function generateMix(conversations: number, seed: number): { lines: string[]; expected: CorpusExpectation } {
  const lines: string[] = [];
  const expected = emptyExpectation();
  conversationCounts(conversations).forEach((count, index) => {
    if (count === 0) {
      return;
    }
    const corpus = generateCorpus({
      ...SHARED_OPTIONS,
      conversations: count,
      turns: TURN_MIX[index].turns,
      seed: seed * 100 + index,
      // A millisecond apart per bucket, so two buckets' filler lines never look like one entry delivered twice.
      startMs: Date.UTC(2026, 10, 30, 8, 0, 0) + index,
    });
    lines.push(...corpus.lines);
    for (const key of Object.keys(expected) as Array<keyof CorpusExpectation>) {
      expected[key] += corpus.expected[key];
    }
  });
  return { lines, expected };
}

/** Generates a corpus of about `targetRows` rows (two passes: estimate, then scale) and writes it as JSONL. */
export function ensureCorpusFile(targetRows: number, seed = 1): BenchCorpusFile {
  const file = path.join(corpusDir, `foodsave-v${CORPUS_VERSION}-${targetRows}-s${seed}.jsonl`);
  const metaFile = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(metaFile)) {
    return JSON.parse(fs.readFileSync(metaFile, 'utf8'));
  }
  const probe = generateMix(100, seed);
  const rowsPerConversation = probe.lines.length / 100;
  let conversations = Math.max(1, Math.round(targetRows / rowsPerConversation));
  let corpus = generateMix(conversations, seed);
  conversations = Math.max(1, Math.round((conversations * targetRows) / corpus.lines.length));
  corpus = generateMix(conversations, seed);

  fs.mkdirSync(corpusDir, { recursive: true });
  const out = fs.openSync(file, 'w');
  let bytes = 0;
  let maxLineBytes = 0;
  for (const line of corpus.lines) {
    const lineBytes = Buffer.byteLength(line);
    bytes += lineBytes;
    maxLineBytes = Math.max(maxLineBytes, lineBytes);
    fs.writeSync(out, `${line}\n`);
  }
  fs.closeSync(out);
  const meta: BenchCorpusFile = {
    path: file,
    rows: corpus.lines.length,
    bytes,
    maxLineBytes,
    expected: corpus.expected,
  };
  fs.writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  return meta;
}

/**
 * Reads the lines back one string each, as Grafana holds them after decoding a Loki response. (One string for
 * the whole file would not fit: V8 caps a string at about 512 M characters.)
 */
export function readCorpusLines(file: string): string[] {
  const buffer = fs.readFileSync(file);
  const lines: string[] = [];
  let start = 0;
  for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
    if (end > start) {
      lines.push(buffer.toString('utf8', start, end));
    }
    start = end + 1;
  }
  if (start < buffer.length) {
    lines.push(buffer.toString('utf8', start));
  }
  return lines;
}
