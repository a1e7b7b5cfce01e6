import type { Conversation } from '../data/types';
import type { ConversationMatches } from './search';

/** A conversation as the panel shows it: after masking, with what the search found in it. */
export interface ConversationView {
  /** Identifies the conversation in state, React and URLs; it never changes on reveal and never holds masked text. */
  key: string;
  /** Masked unless revealed. Search, rendering and copies all read this one. */
  conversation: Conversation;
  maskedCount: number;
  /** The id to narrow an Explore query by: only when it held nothing that masking would hide. */
  linkIdValue?: string;
  revealed: boolean;
  matches?: ConversationMatches;
}
