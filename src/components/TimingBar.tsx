import { css } from '@emotion/css';
import { getValueFormat, formattedValueToString, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Badge, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { Exchange } from '../data/types';
import { logValues } from './textValues';

/** A model load at least this long means Ollama had to load the model first. */
export const coldStartMs = 1000;

const formatMs = (ms: number) => formattedValueToString(getValueFormat('ms')(ms));
const formatNumber = (value: number, decimals = 0) => formattedValueToString(getValueFormat('none')(value, decimals));

/** Where a turn's time went, from Ollama's own counters: model load, prompt evaluation, generation. */
export function TimingBar({ exchange }: { exchange: Exchange }) {
  const styles = useStyles2(getStyles);
  const phases = [
    { key: 'load', ms: exchange.loadMs, label: t('timing.load', 'Model load'), className: styles.load },
    {
      key: 'prompt',
      ms: exchange.promptEvalMs,
      label: t('timing.prompt', 'Prompt evaluation'),
      className: styles.prompt,
    },
    {
      key: 'generation',
      ms: exchange.evalMs,
      label: t('timing.generation', 'Generation'),
      className: styles.generation,
    },
  ].filter((phase): phase is typeof phase & { ms: number } => phase.ms !== undefined && phase.ms >= 0);
  if (phases.length === 0) {
    return null;
  }
  const total = Math.max(
    exchange.durationMs ?? 0,
    phases.reduce((sum, phase) => sum + phase.ms, 0)
  );
  const coldStart = (exchange.loadMs ?? 0) >= coldStartMs;

  return (
    <div className={styles.wrapper} data-testid="timing-bar">
      <div className={styles.bar} role="img" aria-label={phases.map((p) => `${p.label} ${formatMs(p.ms)}`).join(', ')}>
        {phases.map((phase) => (
          <div
            key={phase.key}
            className={phase.className}
            style={{ width: `${total > 0 ? (phase.ms / total) * 100 : 0}%` }}
            title={t(
              'timing.phase-title',
              '{{phase}}: {{duration}}',
              logValues({ phase: phase.label, duration: formatMs(phase.ms) })
            )}
          />
        ))}
      </div>
      <div className={styles.legend}>
        {phases.map((phase) => (
          <span key={phase.key}>
            <span className={`${styles.swatch} ${phase.className}`} />
            {phase.label} {formatMs(phase.ms)}
          </span>
        ))}
        {exchange.inputTokens !== undefined && (
          <span>
            {t('timing.input-tokens', '', {
              count: exchange.inputTokens,
              defaultValue_one: '{{count, number}} prompt token',
              defaultValue_other: '{{count, number}} prompt tokens',
            })}
          </span>
        )}
        {exchange.outputTokens !== undefined && (
          <span>
            {t('timing.output-tokens', '', {
              count: exchange.outputTokens,
              defaultValue_one: '{{count, number}} output token',
              defaultValue_other: '{{count, number}} output tokens',
            })}
          </span>
        )}
        {exchange.tokensPerSecond !== undefined && (
          <span>
            {t('timing.tokens-per-second', '{{speed}} tokens/s', { speed: formatNumber(exchange.tokensPerSecond, 1) })}
          </span>
        )}
        {coldStart && (
          <Badge
            color="purple"
            icon="hourglass"
            text={t('timing.cold-start', 'Cold start')}
            tooltip={t('timing.cold-start-tooltip', 'The model was loaded into memory before answering.')}
            data-testid="cold-start"
          />
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  bar: css({
    display: 'flex',
    height: theme.spacing(0.75),
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
    background: theme.colors.background.canvas,
  }),
  legend: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    ...theme.typography.bodySmall,
    color: theme.colors.text.secondary,
  }),
  swatch: css({
    display: 'inline-block',
    width: theme.spacing(1),
    height: theme.spacing(1),
    marginRight: theme.spacing(0.5),
    borderRadius: theme.shape.radius.default,
  }),
  load: css({ background: theme.visualization.getColorByName('purple') }),
  prompt: css({ background: theme.visualization.getColorByName('blue') }),
  generation: css({ background: theme.visualization.getColorByName('green') }),
});
