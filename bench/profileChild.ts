/**
 * Where the build spends its time: `node --import tsx bench/profileChild.ts <corpus> <warm-up>` samples the CPU
 * during one `buildConversations` call (after a warm-up) and prints the functions with the most self time.
 */
import { Session } from 'node:inspector';

import { buildConversations, lokiFrameFromLines } from '../src/data/index';
import { readCorpusLines } from './corpus';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

function post<T>(session: Session, method: string, params: object = {}): T {
  let result: T | undefined;
  let failure: Error | null = null;
  // A session on the same thread answers synchronously, which keeps the build call itself synchronous.
  session.post(method, params, (error, value) => {
    failure = error;
    result = value as T;
  });
  if (failure) {
    throw failure;
  }
  return result as T;
}

function hotFunctions(profile: Profile, top: number): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const node = byNode.get(id);
    const deltaMs = (profile.timeDeltas[index] ?? 0) / 1000;
    // `dispatch` is the inspector answering `Profiler.stop` (serialising the profile), not the build.
    if (!node || node.callFrame.functionName === 'dispatch') {
      return;
    }
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}\u0000${where}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + deltaMs);
    totalMs += deltaMs;
  });
  return [...selfMs.entries()]
    .map(([key, ms]) => {
      const [name, where] = key.split('\u0000');
      return { name, where, selfMs: ms, share: ms / totalMs };
    })
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

function main(): void {
  const [corpusFile, warmUpFile] = process.argv.slice(2);
  const warmUpFrame = lokiFrameFromLines(readCorpusLines(warmUpFile));
  for (let i = 0; i < 3; i++) {
    buildConversations([warmUpFrame]);
  }
  const frame = lokiFrameFromLines(readCorpusLines(corpusFile), { labels: { job: 'backend_logs' } });
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  post(session, 'Profiler.start');
  buildConversations([frame]);
  const { profile } = post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  process.stdout.write(`${JSON.stringify(hotFunctions(profile, 15))}\n`);
}

main();
