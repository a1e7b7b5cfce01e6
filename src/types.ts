/**
 * Options of the panel as Grafana stores them in the dashboard JSON. Defaults live in
 * `src/options/defaultOptions.ts`; the builders in `src/options/` describe each option.
 */

/** How the panel finds prompts, responses and ids in the log lines. Lists are comma-separated key names. */
export interface LogFormatOptions {
  lineField: string;
  timeField: string;
  eventKey: string;
  promptEvent: string;
  responseEvent: string;
  modelKey: string;
  messagesKey: string;
  requestIdKeys: string;
  conversationIdKeys: string;
  userIdKey: string;
  durationUnit: 'auto' | 's' | 'ms' | 'ns';
}

export type TextFormat = 'markdown' | 'raw';
export type ConversationSort = 'recent' | 'slowest';

/** What a conversation shows when it is opened. */
export interface DisplayOptions {
  showSystemPrompt: boolean;
  showFullHistory: boolean;
  showThinking: boolean;
  textFormat: TextFormat;
  sortBy: ConversationSort;
  expandFirst: boolean;
}

/** Lowest Grafana org role allowed to reveal masked text, or nobody. */
export type RevealRole = 'Viewer' | 'Editor' | 'Admin' | 'nobody';

export interface PrivacyOptions {
  maskingEnabled: boolean;
  revealRole: RevealRole;
  /** User-defined detectors, one per line: `name: regular expression`. */
  customPatterns: string;
}

/** Settings of the detectors that mark turns an alert would catch. */
export interface TurnMarkerOptions {
  /** Phrases that suggest prompt injection, one per line, matched case-insensitively. */
  injectionPhrases: string;
  /** A user message longer than this many characters is marked as unusually long. */
  longPromptChars: number;
}

export interface PanelOptions {
  logFormat: LogFormatOptions;
  display: DisplayOptions;
  privacy: PrivacyOptions;
  markers: TurnMarkerOptions;
}
