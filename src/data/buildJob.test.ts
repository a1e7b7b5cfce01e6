import { buildConversations, ConversationBuildJob, lokiFrameFromJsonl, lokiFrameFromLines } from './index';
import { generateCorpus } from './testing/corpus';
import { readFixtureText } from './testing/fixtures';
import { BuildResult } from './types';

function backendFrames() {
  return [lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend.jsonl'), { refId: 'A' })];
}

function corpusFrames() {
  const corpus = generateCorpus({ conversations: 40, turns: 5, duplicateRatio: 0.05, seed: 7 });
  return { frames: [lokiFrameFromLines(corpus.lines, { refId: 'A' })], expected: corpus.expected };
}

/** Runs a job that stops after every `rowsPerStep` rows, counting the steps it took. */
function runInSteps(job: ConversationBuildJob, rowsPerStep: number): { steps: number; result: BuildResult } {
  let steps = 1;
  let rows = 0;
  while (!job.run(() => ++rows % rowsPerStep === 0)) {
    steps++;
  }
  return { steps, result: job.result() as BuildResult };
}

describe('a build that runs in steps', () => {
  it.each([1, 3, 50])('ends with the same result as one uninterrupted build (%i rows per step)', (rowsPerStep) => {
    const { frames } = corpusFrames();
    const whole = buildConversations(frames);

    const { steps, result } = runInSteps(new ConversationBuildJob(frames, undefined), rowsPerStep);

    expect(steps).toBeGreaterThan(1);
    expect(result).toEqual(whole);
  });

  it('pauses between the parts of pairing and threading too, not only between rows', () => {
    const { frames } = corpusFrames();
    const job = new ConversationBuildJob(frames, undefined);
    const allRead = () => job.progress().rowsRead === job.progress().rowsTotal;
    let pausesAfterReading = 0;
    while (!job.run(allRead)) {
      pausesAfterReading += allRead() ? 1 : 0;
    }

    // Sorting, pairing, building exchanges and threading each end with a pause.
    expect(pausesAfterReading).toBeGreaterThanOrEqual(4);
    expect(job.result()).toEqual(buildConversations(frames));
  });

  it('reports how many rows it has read, unreadable frames included', () => {
    const frames = [...backendFrames(), { name: 'no lines', length: 2, fields: [] }];
    const job = new ConversationBuildJob(frames, undefined);
    expect(job.progress()).toEqual({ rowsRead: 0, rowsTotal: 0 });

    let rows = 0;
    job.run(() => ++rows === 4);

    expect(job.progress()).toEqual({ rowsRead: 2 + 4, rowsTotal: 13 + 2 });
    expect(job.result()).toBeUndefined();
    expect(job.run(() => false)).toBe(true);
    expect(job.progress()).toEqual({ rowsRead: 15, rowsTotal: 15 });
    expect(job.result()?.account.skipped.unreadable).toBe(2);
  });

  it('previews the newest conversations from the rows read so far', () => {
    const { frames } = corpusFrames();
    const whole = buildConversations(frames);
    const job = new ConversationBuildJob(frames, undefined);
    let rows = 0;
    job.run(() => ++rows === 60);

    const preview = job.preview();

    expect(preview.conversations.length).toBeGreaterThan(0);
    expect(preview.conversations.length).toBeLessThan(whole.conversations.length);
    // The newest activity is read first, so the preview's first conversation ends when the complete one does.
    expect(preview.conversations[0].lastActivityMs).toBe(whole.conversations[0].lastActivityMs);
    const previewRows = preview.account.rowsUsed + Object.values(preview.account.skipped).reduce((a, b) => a + b, 0);
    expect(previewRows).toBe(60);
    // Previewing changes nothing about the finished build.
    job.run(() => false);
    expect(job.result()).toEqual(whole);
  });

  it('previews the complete result once the build is done', () => {
    const job = new ConversationBuildJob(backendFrames(), undefined);
    job.run(() => false);
    expect(job.preview()).toBe(job.result());
    expect(job.preview().conversations).toHaveLength(5);
  });

  it('turns frames it cannot read into an account instead of an exception', () => {
    const hostile = [
      {
        get fields(): never[] {
          throw new Error('boom');
        },
        length: 1,
      },
    ];
    const job = new ConversationBuildJob(hostile as never, undefined);

    expect(job.preview().account.frames[0].unreadableReason).toContain('boom');
    expect(job.run(() => false)).toBe(true);
    expect(job.result()?.account.skipped.unreadable).toBe(1);
  });
});
