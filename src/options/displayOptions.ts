import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';

const defaults = defaultOptions.display;

/** What an opened conversation shows first; every choice can still be changed per conversation. */
export function addDisplayOptions(builder: PanelOptionsEditorBuilder<PanelOptions>) {
  const category = [t('options.display.category', 'Display')];
  builder
    .addRadio({
      path: 'display.sortBy',
      name: t('options.display.sort-by.name', 'Default sort'),
      description: t('options.display.sort-by.description', 'Order of the conversations when the panel loads.'),
      category,
      defaultValue: defaults.sortBy,
      settings: {
        options: [
          { value: 'recent', label: t('options.display.sort-by.recent', 'Recent activity') },
          { value: 'slowest', label: t('options.display.sort-by.slowest', 'Slowest turn') },
        ],
      },
    })
    .addRadio({
      path: 'display.textFormat',
      name: t('options.display.text-format.name', 'Message text'),
      description: t('options.display.text-format.description', 'Render messages as Markdown or show the raw text.'),
      category,
      defaultValue: defaults.textFormat,
      settings: {
        options: [
          { value: 'markdown', label: t('options.display.text-format.markdown', 'Markdown') },
          { value: 'raw', label: t('options.display.text-format.raw', 'Raw text') },
        ],
      },
    })
    .addBooleanSwitch({
      path: 'display.expandFirst',
      name: t('options.display.expand-first.name', 'Expand first conversation'),
      description: t('options.display.expand-first.description', 'Open the first conversation when the panel loads.'),
      category,
      defaultValue: defaults.expandFirst,
    })
    .addBooleanSwitch({
      path: 'display.showSystemPrompt',
      name: t('options.display.show-system-prompt.name', 'Show system prompt'),
      description: t('options.display.show-system-prompt.description', 'Show system messages expanded.'),
      category,
      defaultValue: defaults.showSystemPrompt,
    })
    .addBooleanSwitch({
      path: 'display.showFullHistory',
      name: t('options.display.show-full-history.name', 'Show full history'),
      description: t(
        'options.display.show-full-history.description',
        'Show every message sent with a turn, not only the new ones.'
      ),
      category,
      defaultValue: defaults.showFullHistory,
    })
    .addBooleanSwitch({
      path: 'display.showThinking',
      name: t('options.display.show-thinking.name', 'Show thinking'),
      description: t('options.display.show-thinking.description', "Show a thinking model's reasoning expanded."),
      category,
      defaultValue: defaults.showThinking,
    });
}
