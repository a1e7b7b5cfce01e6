import type { ExchangeStatus } from '../data/types';
import type { ConversationSort } from '../types';
import { toUnitValue } from './durationDisplay';
import { foldText, matchConversation, type SearchIndex } from './search';
import type { ConversationView } from './viewModel';

export interface ConversationFilters {
  query: string;
  model?: string;
  status?: ExchangeStatus;
  userId?: string;
  /** Lower bound of the chosen threshold step, in the duration field's unit. */
  slowFrom?: number;
  sort: ConversationSort;
}

export interface FilterResult {
  views: ConversationView[];
  turnCount: number;
  /** Search matches across the shown conversations; undefined when not searching. */
  matchCount?: number;
  matchedTurnCount?: number;
}

function byRecentActivity(a: ConversationView, b: ConversationView): number {
  return b.conversation.lastActivityMs - a.conversation.lastActivityMs;
}

function bySlowestTurn(a: ConversationView, b: ConversationView): number {
  const difference = (b.conversation.slowestDurationMs ?? -1) - (a.conversation.slowestDurationMs ?? -1);
  return difference !== 0 ? difference : byRecentActivity(a, b);
}

/** The conversations that pass the toolbar's filters and search, in the chosen order. */
export function filterConversations(
  views: ConversationView[],
  index: SearchIndex,
  filters: ConversationFilters,
  durationUnit: string | undefined
): FilterResult {
  const foldedQuery = foldText(filters.query.trim());
  const shown: ConversationView[] = [];
  let turnCount = 0;
  let matchCount = 0;
  let matchedTurnCount = 0;
  for (const view of views) {
    const { conversation } = view;
    if (filters.model && !conversation.models.includes(filters.model)) {
      continue;
    }
    if (filters.status && conversation.status !== filters.status) {
      continue;
    }
    if (filters.userId && conversation.userId !== filters.userId) {
      continue;
    }
    if (filters.slowFrom !== undefined) {
      const slowest = conversation.slowestDurationMs;
      if (slowest === undefined || toUnitValue(slowest, durationUnit) < filters.slowFrom) {
        continue;
      }
    }
    if (foldedQuery) {
      const matches = matchConversation(conversation, index, foldedQuery);
      if (matches.matchCount === 0) {
        continue;
      }
      matchCount += matches.matchCount;
      matchedTurnCount += matches.turnKeys.size;
      shown.push({ ...view, matches });
    } else {
      shown.push(view);
    }
    turnCount += conversation.exchanges.length;
  }
  shown.sort(filters.sort === 'slowest' ? bySlowestTurn : byRecentActivity);
  return foldedQuery ? { views: shown, turnCount, matchCount, matchedTurnCount } : { views: shown, turnCount };
}

export interface FilterChoices {
  models: string[];
  userIds: string[];
}

export function filterChoices(views: ConversationView[]): FilterChoices {
  const models = new Set<string>();
  const userIds = new Set<string>();
  for (const { conversation } of views) {
    conversation.models.forEach((model) => models.add(model));
    if (conversation.userId) {
      userIds.add(conversation.userId);
    }
  }
  return { models: [...models].sort(), userIds: [...userIds].sort() };
}
