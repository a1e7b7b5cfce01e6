import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

import { createRandom } from './random.ts';
import { type LogEntry, planConversation, sortByTime } from './traffic.ts';

/**
 * Appends demo FoodSave traffic to a log file, each line when its time comes, for as long as it runs.
 * Settings come from the environment (see README.md).
 */

const logFile = process.env.DEMO_LOG_FILE || '/var/log/foodsave/backend.log';
const perMinute = positiveNumber(process.env.DEMO_CONVERSATIONS_PER_MINUTE, 6);
const seed = positiveNumber(process.env.DEMO_SEED, Date.now() % 2147483647);
const warmupConversations = positiveNumber(process.env.DEMO_WARMUP_CONVERSATIONS, 4);
// Rotate like logrotate's "create" mode: Alloy keeps following the path and reads the new file from its start.
const maxFileBytes = positiveNumber(process.env.DEMO_MAX_FILE_MB, 50) * 1024 * 1024;
const TICK_MS = 200;

function positiveNumber(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : fallback;
}

const random = createRandom(seed);
let pending: LogEntry[] = [];
let nextStartMs = Date.now();

function schedule(startMs: number) {
  pending = sortByTime([...pending, ...planConversation(random, startMs).entries]);
}

function rotateIfLarge() {
  if (existsSync(logFile) && statSync(logFile).size > maxFileBytes) {
    renameSync(logFile, `${logFile}.1`);
  }
}

function tick() {
  const now = Date.now();
  while (nextStartMs <= now) {
    schedule(nextStartMs);
    // Poisson-like arrivals around the configured rate.
    nextStartMs += Math.round((60000 / perMinute) * random.between(0.4, 1.6));
  }
  const due = pending.filter((entry) => entry.atMs <= now);
  if (due.length > 0) {
    pending = pending.filter((entry) => entry.atMs > now);
    rotateIfLarge();
    appendFileSync(logFile, due.map((entry) => `${entry.line}\n`).join(''));
  }
}

mkdirSync(dirname(logFile), { recursive: true });
// A few conversations at once, so the dashboard has something to show within the first minute.
for (let index = 0; index < warmupConversations; index++) {
  schedule(nextStartMs + index * 1500);
}
process.stdout.write(`demo-writer: ${perMinute} conversations per minute to ${logFile} (seed ${seed})\n`);
setInterval(tick, TICK_MS);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
