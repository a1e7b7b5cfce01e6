import { Page } from '@playwright/test';

/** Installed before the page loads: where payloads would record that they ran, and what was copied. */
export async function instrumentPage(page: Page) {
  await page.addInitScript(() => {
    const target = window as unknown as { __xssRuns: string[]; __copied: string[] };
    target.__xssRuns = [];
    target.__copied = [];
    const original = Clipboard.prototype.writeText;
    Clipboard.prototype.writeText = function (text: string) {
      target.__copied.push(text);
      return original.call(this, text).catch(() => undefined);
    };
  });
}

export async function payloadRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __xssRuns: string[] }).__xssRuns);
}

export async function copiedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
}

/**
 * What in the rendered panel could run script, navigate the page or load content: event-handler
 * attributes, live links to script/data URLs, and elements that embed or execute.
 */
export async function liveMarkupViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById('host-root');
    if (!root) {
      return ['no #host-root'];
    }
    const violations: string[] = [];
    const forbiddenTags = [
      'script',
      'iframe',
      'object',
      'embed',
      'base',
      'meta',
      'form',
      'link',
      'foreignobject',
      'frame',
    ];
    const dangerousProtocols = ['javascript:', 'data:', 'vbscript:'];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (forbiddenTags.includes(tag)) {
        violations.push(`<${tag}> element`);
      }
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) {
          violations.push(`${name} attribute on <${tag}>`);
        }
        if (['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc'].includes(name)) {
          let protocol = '';
          try {
            protocol = new URL(attribute.value, window.location.href).protocol;
          } catch {
            protocol = '';
          }
          if (dangerousProtocols.includes(protocol)) {
            violations.push(`${name}="${attribute.value.slice(0, 40)}" on <${tag}>`);
          }
        }
        if (name === 'style' && /url\s*\(/i.test(attribute.value)) {
          violations.push(`style with url() on <${tag}>`);
        }
      }
    }
    return violations;
  });
}
