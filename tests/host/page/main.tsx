// Boot data first: @grafana/runtime reads it when it is evaluated.
import './bootData';

import React from 'react';
import { createRoot, Root } from 'react-dom/client';
import i18next from 'i18next';

import { FieldConfigSource, PanelPlugin } from '@grafana/data';
import { config } from '@grafana/runtime';
import { GlobalStyles, ThemeContext } from '@grafana/ui';

import { HostContractError, loadAmdModule } from './amdLoader';
import { deepMerge } from './deepMerge';
import { createExternalsRegistry, hostManifest } from './externalsRegistry';
import { framesFromFixtureText } from './fixtureFrames';
import { HostPanel } from './HostPanel';
import { HostParams, readHostParams } from './hostParams';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { renderPlaygroundTools } from './PlaygroundTools';
import { recordedRequests, registerRuntimeServices } from './runtimeServices';
import { registerStandardRegistries } from './standardRegistries';

/** What tests and the playground read back from the page. */
export interface HostState {
  status: 'loading' | 'ready' | 'error';
  errors: string[];
  /** The AMD dependencies the plugin asked for. */
  dependencies: string[];
  /** The option and field-config values the panel was rendered with. */
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  frameCount: number;
}

const state: HostState = { status: 'loading', errors: [], dependencies: [], frameCount: 0 };
let root: Root | undefined;
let pluginPromise: Promise<PanelPlugin> | undefined;

function fail(message: string) {
  state.status = 'error';
  state.errors.push(message);
  const banner = document.getElementById('host-errors');
  if (banner) {
    banner.hidden = false;
    banner.textContent = state.errors.join('\n');
  }
}

async function loadPlugin(moduleUrl: string, withhold: string[]): Promise<PanelPlugin> {
  const loaded = await loadAmdModule(moduleUrl, createExternalsRegistry(withhold));
  state.dependencies = loaded.dependencies;
  // A plugin that does not take React from Grafana carries its own copy, and its hooks break in Grafana.
  if (!loaded.dependencies.includes('react')) {
    throw new HostContractError('The plugin does not ask the host for "react": React is bundled into it', ['react']);
  }
  const plugin = loaded.exports.plugin;
  if (!(plugin instanceof PanelPlugin)) {
    throw new HostContractError('The module exports no "plugin" built with the host\'s @grafana/data PanelPlugin', []);
  }
  return plugin;
}

async function readFixture(params: HostParams): Promise<string> {
  if (params.fixtureText !== undefined) {
    return params.fixtureText;
  }
  if (!params.fixture) {
    return '';
  }
  const response = await fetch(params.fixture);
  if (!response.ok) {
    throw new Error(`Could not read fixture ${params.fixture}: HTTP ${response.status}`);
  }
  return response.text();
}

/** Dashboard JSON stores the base threshold as null; Grafana restores it to -Infinity when it loads a panel. */
function restoreBaseThreshold(defaults: FieldConfigSource['defaults']): FieldConfigSource['defaults'] {
  const thresholds = defaults.thresholds;
  if (!thresholds || thresholds.steps.length === 0 || thresholds.steps[0].value !== null) {
    return defaults;
  }
  const [base, ...rest] = thresholds.steps;
  return { ...defaults, thresholds: { ...thresholds, steps: [{ ...base, value: -Infinity }, ...rest] } };
}

/** Dispatched on `window` right before the panel is handed its data (benchmarks time from here). */
const dataArrivesEvent = 'host:data';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function render(overrides: Partial<HostParams> = {}) {
  const params = { ...readHostParams(window.location.search), ...overrides };
  state.status = 'loading';
  state.errors = [];
  try {
    pluginPromise = pluginPromise ?? loadPlugin(params.module, params.withhold);
    const plugin = await pluginPromise;
    const frames = framesFromFixtureText(await readFixture(params));
    const options = deepMerge<Record<string, unknown>>(plugin.defaults, params.options);
    const defaults = plugin.fieldConfigDefaults;
    const fieldConfig: FieldConfigSource = {
      defaults: restoreBaseThreshold(deepMerge(defaults.defaults, params.fieldConfig)),
      overrides: defaults.overrides,
    };
    state.options = options;
    state.fieldConfig = fieldConfig;
    state.frameCount = frames.length;

    const container = document.getElementById('host-root');
    if (!container) {
      throw new Error('The host page has no #host-root element');
    }
    root?.unmount();
    root = createRoot(container);
    const panelKey = Date.now();
    const page = (panelFrames: typeof frames | undefined) => (
      <ThemeContext.Provider value={config.theme2}>
        <GlobalStyles />
        <PanelErrorBoundary onError={(error) => fail(`Panel render error: ${error.message}`)}>
          <HostPanel
            key={panelKey}
            plugin={plugin}
            frames={panelFrames}
            options={options}
            fieldConfig={fieldConfig}
            theme={config.theme2}
            width={params.width}
            height={params.height}
          />
        </PanelErrorBoundary>
      </ThemeContext.Provider>
    );
    // As on a Grafana dashboard: the page and the panel are there while the query runs, then the data arrives.
    root.render(page(undefined));
    await nextFrame();
    window.dispatchEvent(new Event(dataArrivesEvent));
    root.render(page(frames));
    // Let React commit before reporting ready; a render error reported meanwhile wins.
    await nextFrame();
    if (state.errors.length === 0) {
      state.status = 'ready';
    }
  } catch (error) {
    fail(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  return state;
}

window.addEventListener('error', (event) => fail(`Uncaught error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => fail(`Unhandled rejection: ${String(event.reason)}`));

async function start() {
  // Grafana initialises the shared i18next instance before any plugin loads.
  await i18next.init({ resources: {}, lng: 'en-US', fallbackLng: 'en-US', returnEmptyString: false });
  registerStandardRegistries();
  registerRuntimeServices();
  Object.assign(window, {
    host: {
      render,
      state,
      requests: recordedRequests,
      manifest: hostManifest,
      /** The colour Grafana's theme resolves for a threshold colour name, as the panel would paint it. */
      colorOf: (name: string) => config.theme2.visualization.getColorByName(name),
    },
  });
  const params = readHostParams(window.location.search);
  if (params.playground) {
    renderPlaygroundTools(render);
  }
  await render();
}

start();
