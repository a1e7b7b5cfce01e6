import { useMemo } from 'react';

import type { Conversation } from '../data/types';
import type { ConversationMasking } from './useConversationMasking';
import type { ConversationView } from './viewModel';

/**
 * The one step between the model and the screen: each conversation masked (unless masking is off or the user
 * revealed it). Search, rendering and copies all read the result, so none of them can show more than the others.
 */
export function useShownConversations(
  conversations: Conversation[],
  masking: ConversationMasking,
  revealedKeys: ReadonlySet<string>
): ConversationView[] {
  const masked = useMemo(
    () =>
      masking.enabled ? conversations.map((original) => ({ original, ...masking.maskedOf(original) })) : undefined,
    [conversations, masking]
  );
  return useMemo(() => {
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
}
