import type { DataFrame } from '@grafana/data';
import { useMemo, useState } from 'react';

import { buildConversations } from '../data';
import type { BuildResult, ConversationOptions } from '../data/types';
import { toConversationOptions } from '../options/conversationOptions';
import type { LogFormatOptions } from '../types';
import { sameFingerprint, seriesFingerprint } from './seriesFingerprint';

type Build = (series: DataFrame[], options: Partial<ConversationOptions>) => BuildResult;

/** `buildConversations` that gives back its last result while the options and the frames' fingerprint are the same. */
function lastBuildReuser(): Build {
  let last: { fingerprint: ReturnType<typeof seriesFingerprint>; options: object; result: BuildResult } | undefined;
  return (series, options) => {
    const fingerprint = seriesFingerprint(series);
    if (last && last.options === options && sameFingerprint(last.fingerprint, fingerprint)) {
      return last.result;
    }
    const result = buildConversations(series, options);
    last = { fingerprint, options, result };
    return result;
  };
}

/**
 * Conversations from the panel's frames. A dashboard refresh delivers new frame objects holding the same rows; the
 * previous result (and with it every masked conversation downstream) is kept until the rows or the log format change.
 * `logFormat` should keep its identity while its values do (see `useStableValue`).
 */
export function useConversationBuild(series: DataFrame[], logFormat: LogFormatOptions): BuildResult {
  const options = useMemo(() => toConversationOptions(logFormat), [logFormat]);
  // A memoize-one holder rather than useMemo: the key is a comparison with the last input, not an identity.
  const [build] = useState(lastBuildReuser);
  return build(series, options);
}
