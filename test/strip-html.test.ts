import { expect } from 'chai';
import { stripHtml } from '../src/model/strip-html.js';

/** Tests of the HTML-to-text helper the TimelineJS importer reads headlines and text through. */

describe('stripHtml', () => {
  it('stripHtml(html) keeps paragraphs as blank lines and <br> as line breaks, and collapses spaces', () => {
    expect(stripHtml('<p>One\n  two</p><p>Three<br/>four <BR>five</p>').text).to.equal('One two\n\nThree\nfour\nfive');
    expect(stripHtml('<ul><li>a</li><li>b</li></ul>').text).to.equal('a\nb');
    expect(stripHtml('<b>bold</b> and <span class="x">span</span>').text).to.equal('bold and span');
  });

  it('stripHtml(html) decodes entities, named and numeric, and leaves unknown or impossible ones readable', () => {
    expect(stripHtml('&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; a&nbsp;b &#8217; &#x2014; &mdash; &AMP;').text)
      .to.equal('& <b> "q" \'s\' a\u00a0b ’ — — &');
    expect(stripHtml('&copy; &constructor; &#0; &#xD800; &#x110000; & ;').text).to.equal('&copy; &constructor; \ufffd \ufffd \ufffd & ;');
  });

  it('stripHtml(html) counts links, drops comments, scripts and styles, and keeps a stray "<"', () => {
    const stripped = stripHtml('<a href="https://a.example">A</a>, <a name="x">B</a> <!-- note --><script>alert(1)</script>' +
      '<style>p{}</style>1 < 2 <a\nhref=\'/c\'>C</a>');
    expect(stripped).to.deep.equal({ text: 'A, B 1 < 2 C', links: 2 });
    expect(stripHtml('text <!-- never closed').text).to.equal('text');
  });

  it('stripHtml(html) takes linear time on hostile input: "<" without ">", unclosed comments, spaces between tags', () => {
    const started = performance.now();
    expect(stripHtml('<a'.repeat(200_000)).text.length).to.equal(400_000);
    expect(stripHtml('<!--<script '.repeat(100_000)).text).to.equal('');
    expect(stripHtml(' <b>'.repeat(200_000) + 'x').text).to.equal('x');
    expect(stripHtml(' <br>'.repeat(200_000)).text).to.equal('');
    expect(performance.now() - started).to.be.lessThan(1000);
  });
});
