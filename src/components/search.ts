import type { Conversation, Exchange } from '../data/types';

const combiningMarks = /[\u0300-\u036f]/g;
// Letters that Unicode does not decompose into a base letter plus a mark.
const standalone: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 's' };

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const decomposed = standalone[char] ?? char.normalize('NFD').replace(combiningMarks, '').toLowerCase();
    // Keep one output character per input character so match positions map back onto the original text.
    folded = decomposed.length === 1 ? decomposed : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

// Lower-case ASCII needs no folding; only the other characters go through foldChar, which remembers its answers.
const needsFolding = /[^a-z0-9 \n.,:;!?'"()-]/g;

/** Lower-cases and strips diacritics ("Ryżu" -> "ryzu") while keeping the text's length. */
export function foldText(text: string): string {
  return text.replace(needsFolding, foldChar);
}

export interface MatchRange {
  start: number;
  end: number;
}

/** Positions of every occurrence of an already folded query in the text, ignoring case and diacritics. */
export function findMatches(text: string, foldedQuery: string): MatchRange[] {
  if (!foldedQuery || !text) {
    return [];
  }
  const folded = foldText(text);
  const ranges: MatchRange[] = [];
  let from = folded.indexOf(foldedQuery);
  while (from !== -1) {
    ranges.push({ start: from, end: from + foldedQuery.length });
    from = folded.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return ranges;
}

function countIn(foldedText: string, foldedQuery: string): number {
  let count = 0;
  let from = foldedText.indexOf(foldedQuery);
  while (from !== -1) {
    count++;
    from = foldedText.indexOf(foldedQuery, from + foldedQuery.length);
  }
  return count;
}

/** The text a person reads for one turn: the messages new in it, the answer, reasoning and tool calls. */
export function turnTexts(exchange: Exchange): string[] {
  const texts: string[] = [];
  const messages = exchange.messages.slice(exchange.newMessagesFrom);
  if (exchange.response) {
    messages.push(exchange.response);
  }
  for (const message of messages) {
    texts.push(message.content);
    if (message.thinking) {
      texts.push(message.thinking);
    }
    for (const call of message.toolCalls ?? []) {
      texts.push(call.name, call.argumentsJson);
    }
  }
  if (exchange.errorText) {
    texts.push(exchange.errorText);
  }
  return texts;
}

export interface SearchIndex {
  /** Folded text of each turn, by exchange key. */
  turns: Map<string, string>;
}

// Exchanges are read-only, so their folded text is kept for as long as they are: a complete build folds ahead, in the
// background, and an index over the same exchanges (a reveal, a refresh) folds nothing again.
const foldedTurns = new WeakMap<Exchange, string>();

function foldedTurnText(exchange: Exchange): string {
  let folded = foldedTurns.get(exchange);
  if (folded === undefined) {
    folded = foldText(turnTexts(exchange).join('\n'));
    foldedTurns.set(exchange, folded);
  }
  return folded;
}

/** Folds a conversation's turns ahead of `buildSearchIndex`, so that building the index later is quick. */
export function prepareSearchText(conversation: Conversation): void {
  conversation.exchanges.forEach(foldedTurnText);
}

export function buildSearchIndex(conversations: Conversation[]): SearchIndex {
  const turns = new Map<string, string>();
  for (const conversation of conversations) {
    for (const exchange of conversation.exchanges) {
      turns.set(exchange.key, foldedTurnText(exchange));
    }
  }
  return { turns };
}

export interface ConversationMatches {
  matchCount: number;
  turnKeys: Set<string>;
}

export function matchConversation(
  conversation: Conversation,
  index: SearchIndex,
  foldedQuery: string
): ConversationMatches {
  const turnKeys = new Set<string>();
  let matchCount = 0;
  for (const exchange of conversation.exchanges) {
    const count = countIn(index.turns.get(exchange.key) ?? '', foldedQuery);
    if (count > 0) {
      turnKeys.add(exchange.key);
      matchCount += count;
    }
  }
  return { matchCount, turnKeys };
}
