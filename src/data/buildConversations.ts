import { DataFrame } from '@grafana/data';

import { ConversationBuildJob } from './buildJob';
import { WorkMeter } from './workMeter';
import { BuildResult, ConversationOptions } from './types';

/**
 * Turns the frames a panel receives into conversations, with an account of every row. Rows are sorted by
 * entry time first, so the result does not depend on the order in which they arrive; each line is parsed once.
 */
export function buildConversations(series: DataFrame[], options?: Partial<ConversationOptions>): BuildResult {
  return buildConversationsMetered(series, options, new WorkMeter());
}

/** `buildConversations` that also counts its inner steps into `meter` (for tests that bound the work). */
export function buildConversationsMetered(
  series: DataFrame[],
  options: Partial<ConversationOptions> | undefined,
  meter: WorkMeter
): BuildResult {
  const job = new ConversationBuildJob(series, options, meter);
  job.run(() => false);
  return job.result() as BuildResult;
}
