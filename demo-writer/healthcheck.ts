import { statSync } from 'node:fs';

/**
 * Healthy while the log file exists and was written to recently: within three average gaps between
 * conversations, and never less than two minutes.
 */
const logFile = process.env.DEMO_LOG_FILE || '/var/log/foodsave/backend.log';
const perMinute = Number(process.env.DEMO_CONVERSATIONS_PER_MINUTE) || 6;
const maxSilenceMs = Math.max(120000, (3 * 60000) / perMinute);

try {
  const silenceMs = Date.now() - statSync(logFile).mtimeMs;
  process.exit(silenceMs <= maxSilenceMs ? 0 : 1);
} catch {
  process.exit(1);
}
