import { ThresholdsMode, type ThresholdsConfig } from '@grafana/data';

import { defaultInjectionPhrasesText, defaultLongPromptChars } from '../alerts/turnMarkers';
import { defaultConversationOptions as conversationDefaults } from '../data/options';
import type { PanelOptions } from '../types';

/** Every panel option's default. Builders and tests read from here so the two never drift. */
export const defaultOptions: PanelOptions = {
  logFormat: {
    lineField: conversationDefaults.lineField,
    timeField: conversationDefaults.timeField,
    eventKey: conversationDefaults.eventKey,
    promptEvent: conversationDefaults.promptEvent,
    responseEvent: conversationDefaults.responseEvent,
    modelKey: conversationDefaults.modelKey,
    messagesKey: conversationDefaults.messagesKey,
    requestIdKeys: conversationDefaults.requestIdKeys.join(', '),
    conversationIdKeys: conversationDefaults.conversationIdKeys.join(', '),
    userIdKey: conversationDefaults.userIdKey,
    durationUnit: conversationDefaults.durationUnit,
  },

  display: {
    showSystemPrompt: false,
    showFullHistory: false,
    showThinking: false,
    textFormat: 'markdown',
    sortBy: 'recent',
    expandFirst: false,
  },
  privacy: {
    maskingEnabled: true,
    revealRole: 'Admin',
    customPatterns: '',
  },
  markers: {
    injectionPhrases: defaultInjectionPhrasesText,
    longPromptChars: defaultLongPromptChars,
  },
};

/** Durations are shown in seconds; the thresholds below are in the same unit. */
export const durationUnit = 's';

export const defaultDurationThresholds: ThresholdsConfig = {
  mode: ThresholdsMode.Absolute,
  steps: [
    { value: -Infinity, color: 'green' },
    { value: 5, color: 'orange' },
    { value: 15, color: 'red' },
  ],
};
