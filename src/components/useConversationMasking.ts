import { useMemo } from 'react';

import type { Conversation } from '../data/types';
import { createMasker, maskConversation } from '../pii';
import type { PrivacyOptions } from '../types';

export type MaskedConversation = ReturnType<typeof maskConversation>;

/** How the panel hides personal data: one masker, and each conversation masked at most once with it. */
export interface ConversationMasking {
  enabled: boolean;
  /** Problems with the user's custom patterns, in words a user can act on. */
  patternErrors: string[];
  maskedOf(conversation: Conversation): MaskedConversation;
}

/**
 * Masking that remembers its results per conversation. A large build masks its conversations ahead, between
 * frames, so showing them later costs nothing; a refresh with the same conversations masks nothing again.
 */
export function useConversationMasking(privacy: PrivacyOptions): ConversationMasking {
  const masker = useMemo(() => createMasker(privacy.customPatterns), [privacy.customPatterns]);
  return useMemo(() => {
    const masked = new WeakMap<Conversation, MaskedConversation>();
    return {
      enabled: privacy.maskingEnabled,
      patternErrors: privacy.maskingEnabled ? masker.errors : [],
      maskedOf: (conversation) => {
        let result = masked.get(conversation);
        if (!result) {
          result = maskConversation(conversation, masker);
          masked.set(conversation, result);
        }
        return result;
      },
    };
  }, [masker, privacy.maskingEnabled]);
}
