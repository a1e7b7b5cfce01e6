import { renderSafeMarkdown } from './safeMarkdown';

const labels = { showImage: (source: string) => `Show image from ${source}`, removedLink: 'Link removed' };

function render(markdown: string, query = ''): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderSafeMarkdown(markdown, labels, query);
  return container;
}

describe('renderSafeMarkdown', () => {
  it('renders GitHub-flavoured Markdown with code blocks', () => {
    const html = render('**Smażony ryż**\n\n```python\nprint("ok")\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html.querySelector('strong')).toHaveTextContent('Smażony ryż');
    expect(html.querySelector('pre code')).toHaveTextContent('print("ok")');
    expect(html.querySelector('table')).not.toBeNull();
  });

  it('keeps single newlines of an answer as line breaks, but not inside code blocks', () => {
    const html = render('Dzień 1: kurczak\nDzień 2: sałatka\n\n```\nx = 1\ny = 2\n```');
    const paragraph = html.querySelector('p');
    expect(paragraph?.querySelectorAll('br')).toHaveLength(1);
    expect(paragraph?.innerHTML).toMatch(/Dzień 1: kurczak<br>\s*Dzień 2: sałatka/);
    expect(html.querySelector('pre code')?.textContent).toBe('x = 1\ny = 2\n');
    expect(html.querySelector('pre br')).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox',
  ])('leaves no live link for %s', (href) => {
    const html = render(`[click](${href}) <a href="${href}">raw</a>`);
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(html).toHaveTextContent('click');
  });

  it('keeps web links but opens them in a new tab without an opener', () => {
    const link = render('[Ollama](https://ollama.com/library)').querySelector('a');
    expect(link).toHaveAttribute('href', 'https://ollama.com/library');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('drops event handlers, scripts and frames from raw HTML', () => {
    const html = render(
      '<div onclick="x()" style="position:fixed">a</div><script>x()</script><iframe src="https://e.x"></iframe>'
    );
    expect(html.querySelector('[onclick]')).toBeNull();
    expect(html.querySelector('[style]')).toBeNull();
    expect(html.querySelector('script, iframe')).toBeNull();
  });

  it('replaces remote images with a button that names the host', () => {
    const html = render('![chart](https://images.example/chart.png)');
    expect(html.querySelector('img')).toBeNull();
    expect(html.querySelector('[data-remote-image]')).toHaveTextContent('Show image from images.example');
  });

  it('marks search matches in text but not inside attributes', () => {
    const html = render('Ryż z [ryżem](https://ryz.example/ryz)', 'ryz');
    expect(Array.from(html.querySelectorAll('mark')).map((mark) => mark.textContent)).toEqual(['Ryż', 'ryż']);
    expect(html.querySelector('a')).toHaveAttribute('href', 'https://ryz.example/ryz');
  });
});
