/**
 * The readable body of a mail. HTML goes through a real HTML tokenizer
 * (html-to-text over htmlparser2), never through the DOM: a mail's HTML is
 * untrusted and must not be parsed by the page that holds the user's data.
 */
import { convert } from 'html-to-text';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

export function htmlToReadableText(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'head', format: 'skip' },
      // Mail HTML lays out whole messages in tables: read them as lines of text, not as a grid.
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'td', format: 'spacedCell' },
      { selector: 'th', format: 'spacedCell' },
      ...HEADINGS,
    ],
    formatters: {
      spacedCell: (element, walk, builder) => {
        walk(element.children, builder);
        builder.addInline(' ');
      },
    },
  });
  return tidyText(text);
}

/** Unix line ends, plain spaces (mail HTML is full of &nbsp;), no trailing blanks, at most one empty line in a row. */
export function tidyText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\u00a0/g, ' ')
      // Line by line: a /[ \t]+$/m pattern backtracks quadratically over a long run of spaces.
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '')
  );
}

/** The plain part when there is one, else text made from the HTML. */
export function bodyText(text: string | undefined | null, html: string | undefined | null): string {
  if (text && text.trim() !== '') return tidyText(text);
  return html ? htmlToReadableText(html) : '';
}
