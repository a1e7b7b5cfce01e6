import { renderMarkdown, textUtil } from '@grafana/data';

import { findMatches } from './search';

const removedElements =
  'script, style, iframe, frame, frameset, object, embed, form, input, button, textarea, select, link, meta, base, svg, math, audio, video, source, template';
const allowedLinkProtocols = new Set(['http:', 'https:', 'mailto:']);
// Control characters and whitespace inside a URL let "java\tscript:" slip past naive checks; browsers ignore them.
const urlNoise = /[\u0000-\u0020\u007f-\u009f]/g;

export interface SafeMarkdownLabels {
  /** Text of the button that loads a remote image, with `{{source}}` replaced by the image's host. */
  showImage: (source: string) => string;
  removedLink: string;
}

function safeUrl(value: string | null): URL | undefined {
  if (!value) {
    return undefined;
  }
  try {
    return new URL(value.replace(urlNoise, ''));
  } catch {
    // Relative or malformed: it would resolve against Grafana's own pages, so it is not kept live.
    return undefined;
  }
}

function neutraliseLink(link: HTMLAnchorElement, labels: SafeMarkdownLabels) {
  const url = safeUrl(link.getAttribute('href'));
  if (url && allowedLinkProtocols.has(url.protocol)) {
    link.setAttribute('href', url.href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer nofollow');
    return;
  }
  const span = link.ownerDocument.createElement('span');
  span.textContent = link.textContent;
  span.setAttribute('title', labels.removedLink);
  span.setAttribute('data-removed-link', 'true');
  link.replaceWith(span);
}

function deferImage(image: HTMLImageElement, labels: SafeMarkdownLabels) {
  const url = safeUrl(image.getAttribute('src'));
  const replacement = image.ownerDocument.createElement('span');
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    // A remote image tells its host who read the log; it loads only after a click.
    replacement.setAttribute('role', 'button');
    replacement.setAttribute('tabindex', '0');
    replacement.setAttribute('data-remote-image', url.href);
    replacement.setAttribute('data-alt', image.getAttribute('alt') ?? '');
    replacement.textContent = labels.showImage(url.host);
  } else {
    replacement.textContent = image.getAttribute('alt') ?? '';
  }
  image.replaceWith(replacement);
}

const droppedAttributes = new Set(['style', 'src', 'srcset', 'action', 'formaction', 'background', 'poster']);

function stripAttributes(element: Element) {
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    // Links and images keep their address until neutraliseLink and deferImage have checked it.
    const checkedLater = (element.tagName === 'A' && name === 'href') || (element.tagName === 'IMG' && name === 'src');
    if (!checkedLater && (name.startsWith('on') || name.includes('href') || droppedAttributes.has(name))) {
      element.removeAttribute(attribute.name);
    }
  }
}

function highlight(root: DocumentFragment, foldedQuery: string) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes.push(node as Text);
  }
  for (const node of textNodes) {
    const text = node.data;
    const ranges = findMatches(text, foldedQuery);
    if (ranges.length === 0) {
      continue;
    }
    const pieces = root.ownerDocument.createDocumentFragment();
    let last = 0;
    for (const range of ranges) {
      pieces.append(text.slice(last, range.start));
      const mark = root.ownerDocument.createElement('mark');
      mark.setAttribute('data-testid', 'search-match');
      mark.textContent = text.slice(range.start, range.end);
      pieces.append(mark);
      last = range.end;
    }
    pieces.append(text.slice(last));
    node.replaceWith(pieces);
  }
}

/**
 * Markdown to HTML that is safe to insert: Grafana's renderer and sanitiser first, then our own pass, because a log
 * line is written by whoever talks to the model and the sanitiser's allow-list is wider than this panel needs.
 */
export function renderSafeMarkdown(text: string, labels: SafeMarkdownLabels, foldedQuery = ''): string {
  const template = document.createElement('template');
  // renderMarkdown's own sanitiser (the text panel's allow-list) swaps the whole message for a fixed sentence when
  // it fails on odd input; Grafana's DOMPurify sanitiser escapes it instead, so the reader still gets the text.
  // Template content is inert: nothing inserted here runs or loads until it is attached to the page.
  // Models end lines with single newlines ("Day 1: ...\nDay 2: ..."); breaks keeps them as line breaks, as a chat
  // shows them, where strict Markdown would join them into one paragraph. Code blocks keep their own newlines.
  template.innerHTML = textUtil.sanitize(renderMarkdown(text, { noSanitize: true, breaks: true }));
  const root = template.content;
  root.querySelectorAll(removedElements).forEach((element) => element.replaceWith(element.textContent ?? ''));
  root.querySelectorAll('*').forEach(stripAttributes);
  root.querySelectorAll('a').forEach((link) => neutraliseLink(link, labels));
  root.querySelectorAll('img').forEach((image) => deferImage(image, labels));
  if (foldedQuery) {
    highlight(root, foldedQuery);
  }
  return template.innerHTML;
}
