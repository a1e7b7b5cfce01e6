import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, useStyles2 } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import type { TextFormat } from '../types';
import { HighlightedText } from './HighlightedText';
import { usePanelContext } from './panelContext';
import { renderSafeMarkdown } from './safeMarkdown';
import { logValues } from './textValues';

const clampChars = 1200;
const clampLines = 16;

interface Props {
  text: string;
  format: TextFormat;
}

function isLong(text: string): boolean {
  return text.length > clampChars || text.split('\n').length > clampLines;
}

function loadRemoteImage(event: React.SyntheticEvent<HTMLDivElement>) {
  const target = event.target instanceof Element ? event.target.closest('[data-remote-image]') : null;
  const source = target?.getAttribute('data-remote-image');
  if (!target || !source) {
    return;
  }
  const image = document.createElement('img');
  image.src = source;
  image.alt = target.getAttribute('data-alt') ?? '';
  image.referrerPolicy = 'no-referrer';
  target.replaceWith(image);
}

/** One message's text: sanitised Markdown or raw text, search matches marked, long text clamped. */
export function MessageText({ text, format }: Props) {
  const styles = useStyles2(getStyles);
  const { foldedQuery } = usePanelContext();
  const [expanded, setExpanded] = useState(false);
  const long = isLong(text);
  const html = useMemo(
    () =>
      format === 'markdown'
        ? renderSafeMarkdown(
            text,
            {
              showImage: (source) => t('message.show-image', 'Show image from {{source}}', logValues({ source })),
              removedLink: t('message.removed-link', 'Link removed: it did not point to a web page'),
            },
            foldedQuery
          )
        : '',
    [text, format, foldedQuery]
  );

  return (
    <div>
      {format === 'markdown' ? (
        <div
          data-testid="message-text"
          className={cx(styles.markdown, long && !expanded && styles.clamped)}
          onClick={loadRemoteImage}
          onKeyDown={(event) => (event.key === 'Enter' ? loadRemoteImage(event) : undefined)}
          // The HTML went through Grafana's sanitiser and renderSafeMarkdown's own pass.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <pre data-testid="message-text" className={cx(styles.raw, long && !expanded && styles.clamped)}>
          <HighlightedText text={text} foldedQuery={foldedQuery} />
        </pre>
      )}
      {long && (
        <Button size="sm" variant="secondary" fill="text" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('message.show-less', 'Show less') : t('message.show-more', 'Show more')}
        </Button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  markdown: css({
    overflowWrap: 'anywhere',
    '& p:last-child, & ul:last-child, & ol:last-child, & pre:last-child': { marginBottom: 0 },
    // Grafana's global styles take lists' indentation and spacing away, which puts their numbers outside the bubble.
    '& ul, & ol': { paddingLeft: theme.spacing(3), marginBottom: theme.spacing(1) },
    '& pre': {
      padding: theme.spacing(1),
      background: theme.colors.background.canvas,
      borderRadius: theme.shape.radius.default,
      overflowX: 'auto',
    },
    '& [data-remote-image]': {
      color: theme.colors.text.link,
      cursor: 'pointer',
      textDecoration: 'underline',
    },
    '& [data-removed-link]': { textDecoration: 'line-through' },
    '& mark': { background: theme.colors.warning.transparent, color: 'inherit' },
    '& img': { maxWidth: '100%' },
  }),
  raw: css({
    margin: 0,
    padding: 0,
    border: 'none',
    background: 'none',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    '& mark': { background: theme.colors.warning.transparent, color: 'inherit' },
  }),
  clamped: css({
    maxHeight: theme.spacing(30),
    overflow: 'hidden',
    maskImage: `linear-gradient(to bottom, black 70%, transparent)`,
  }),
});
