import { css } from '@emotion/css';
import React, { ChangeEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { GrafanaTheme2 } from '@grafana/data';
import { config } from '@grafana/runtime';
import { Field, RadioButtonGroup, Stack, ThemeContext, useStyles2 } from '@grafana/ui';

import { HostParams } from './hostParams';

type Render = (overrides?: Partial<HostParams>) => Promise<unknown>;

const themeOptions = [
  { label: 'Light', value: 'light' },
  { label: 'Dark', value: 'dark' },
];

/** The playground's controls: open your own data, switch theme (a reload, as in Grafana). */
function PlaygroundTools({ render }: { render: Render }) {
  const styles = useStyles2(getStyles);
  const [source, setSource] = useState('FoodSave sample');
  const [error, setError] = useState<string>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) {
      return;
    }
    try {
      await render({ fixtureText: await file.text(), fixture: undefined });
      setSource(file.name);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const onTheme = (theme: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('theme', theme);
    window.location.assign(url.toString());
  };

  return (
    <div className={styles.tools}>
      <Stack gap={2} alignItems="flex-end" wrap="wrap">
        <Field
          label="Your data"
          description='Inspect → Data → "Download data frames as JSON", or a JSONL log file'
          noMargin
        >
          <input
            type="file"
            accept=".json,.jsonl,.log,.txt,application/json"
            onChange={onFile}
            aria-label="Open a data file"
          />
        </Field>
        <Field label="Theme" noMargin>
          <RadioButtonGroup options={themeOptions} value={config.theme2.isDark ? 'dark' : 'light'} onChange={onTheme} />
        </Field>
        <span className={styles.source} data-testid="playground-source">
          Showing: {source}
        </span>
      </Stack>
      {error && <div role="alert">{error}</div>}
    </div>
  );
}

export function renderPlaygroundTools(render: Render) {
  const container = document.getElementById('host-tools');
  if (!container) {
    return;
  }
  createRoot(container).render(
    <ThemeContext.Provider value={config.theme2}>
      <PlaygroundTools render={render} />
    </ThemeContext.Provider>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  tools: css({
    padding: theme.spacing(2),
    marginBottom: theme.spacing(2),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  source: css({
    color: theme.colors.text.secondary,
  }),
});
