import { useMemo } from 'react';

import type { Conversation } from '../data/types';
import { createMasker, maskConversation } from '../pii';
import type { PrivacyOptions } from '../types';
import type { ConversationView } from './viewModel';

export interface ShownConversations {
  views: ConversationView[];
  /** Problems with the user's custom patterns, in words a user can act on. */
  patternErrors: string[];
}

/**
 * The one step between the model and the screen: each conversation masked (unless masking is off or the user
 * revealed it). Search, rendering and copies all read the result, so none of them can show more than the others.
 */
export function useShownConversations(
  conversations: Conversation[],
  privacy: PrivacyOptions,
  revealedKeys: ReadonlySet<string>
): ShownConversations {
  const masker = useMemo(() => createMasker(privacy.customPatterns), [privacy.customPatterns]);
  const masked = useMemo(
    () =>
      privacy.maskingEnabled
        ? conversations.map((original) => ({ original, ...maskConversation(original, masker) }))
        : undefined,
    [conversations, masker, privacy.maskingEnabled]
  );
  const views = useMemo(() => {
    if (!masked) {
      return conversations.map((conversation) => ({
        key: conversation.key,
        conversation,
        maskedCount: 0,
        revealed: false,
        linkIdValue: conversation.idValue,
      }));
    }
    // The masked key identifies the conversation in state and URLs whether or not it is revealed.
    return masked.map(({ original, conversation, maskedCount }) => {
      const revealed = revealedKeys.has(conversation.key);
      const linkIdValue = conversation.idValue === original.idValue ? original.idValue : undefined;
      return {
        key: conversation.key,
        conversation: revealed ? original : conversation,
        maskedCount,
        revealed,
        linkIdValue,
      };
    });
  }, [conversations, masked, revealedKeys]);
  return { views, patternErrors: privacy.maskingEnabled ? masker.errors : [] };
}
