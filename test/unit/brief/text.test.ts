import { describe, expect, it } from 'vitest';
import { escapeHtml, linkTarget, stripEventHandlers, textToHtml } from '../../../renderer/features/brief/text.ts';

describe('stripEventHandlers', () => {
  it('removes on… attributes however they are written', () => {
    const cases: [string, string][] = [
      ['<img src="x" onerror="alert(1)">', '<img src="x">'],
      ['<img src=x onerror=alert(1)>', '<img src=x>'],
      ['<img/onerror=alert(1)>', '<img>'],
      ['<img src="x"onerror="alert(1)">', '<img src="x">'],
      ['<DIV ONMOUSEOVER=\'x()\' class=a>t</DIV>', '<DIV class=a>t</DIV>'],
      ['<a href="https://e.com" onclick = "x()" >link</a>', '<a href="https://e.com">link</a>'],
      ['<svg><g onload="x()"/></svg>', '<svg><g></svg>'],
    ];
    for (const [input, output] of cases) expect(stripEventHandlers(input), input).toBe(output);
  });

  it('leaves text, comments, end tags and other attributes alone', () => {
    expect(stripEventHandlers('<p title="on the road">a < b, "on=1"</p>')).toBe('<p title="on the road">a < b, "on=1"</p>');
    expect(stripEventHandlers('<!-- <img onerror=x> --><p>x</p>')).toBe('<!-- <img onerror=x> --><p>x</p>');
    expect(stripEventHandlers('<a href="x?a=1&amp;b=2">y</a>')).toBe('<a href="x?a=1&amp;b=2">y</a>');
  });

  it('ends comments where a browser does', () => {
    expect(stripEventHandlers('<!--><img onerror=x>')).toBe('<!--><img>');
    expect(stripEventHandlers('<!---><img onerror=x>')).toBe('<!---><img>');
    expect(stripEventHandlers('<!-- a --!><img onerror=x>')).toBe('<!-- a --!><img>');
  });

  it('copies the text of script and style elements without reading it as markup', () => {
    const html = '<script>if (a<b) x("<img onerror=1>")</script><p onclick="y">after</p>';
    expect(stripEventHandlers(html)).toBe('<script>if (a<b) x("<img onerror=1>")</script><p>after</p>');
  });

  it('survives unfinished input', () => {
    expect(stripEventHandlers('<img src="x" onerror="alert(1)')).toBe('<img src="x"');
    expect(stripEventHandlers('<p')).toBe('<p');
    expect(stripEventHandlers('<')).toBe('<');
  });
});

describe('textToHtml', () => {
  it('makes escaped paragraphs, keeping single line breaks', () => {
    expect(textToHtml('One <b>\nline two\r\n\r\nTwo & three\n\n\n')).toBe('<p>One &lt;b&gt;<br>line two</p><p>Two &amp; three</p>');
    expect(textToHtml('   ')).toBe('');
  });
  it('escapes quotes too', () => {
    expect(escapeHtml(`"a" 'b'`)).toBe('&quot;a&quot; &#39;b&#39;');
  });
});

describe('linkTarget', () => {
  it('accepts web and mail addresses, completing bare ones', () => {
    expect(linkTarget('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(linkTarget(' example.com/kpi ')).toBe('https://example.com/kpi');
    expect(linkTarget('li.wei@example.com')).toBe('mailto:li.wei@example.com');
    expect(linkTarget('mailto:a@b.cn')).toBe('mailto:a@b.cn');
  });
  it('refuses other schemes and non-addresses', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'hello', '', 'https://a b']) {
      expect(linkTarget(bad), bad).toBeNull();
    }
  });
});
