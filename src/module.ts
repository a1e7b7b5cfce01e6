import { PanelPlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { ConversationsPanel } from './components/ConversationsPanel';
import { fieldConfigOptions } from './options/fieldConfig';
import { addPanelOptions } from './options/panelOptions';
import pluginJson from './plugin.json';
import type { PanelOptions } from './types';

// Grafana (12.1 and later) loads the locale files listed in plugin.json itself; this binds t() and <Trans> to the
// plugin's namespace. It is not awaited at the top level: every string has its English default in the code, and an
// AMD module that awaits at the top level would hand Grafana a promise instead of the plugin.
void initPluginTranslations(pluginJson.id);

export const plugin = new PanelPlugin<PanelOptions>(ConversationsPanel)
  .setPanelOptions(addPanelOptions)
  .useFieldConfig(fieldConfigOptions);
