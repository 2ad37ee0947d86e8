/**
 * Stage 0: article text to plain text. Articles are untrusted and may be HTML pages:
 * script/style bodies go, tags become spaces (block tags newlines), entities decode.
 * Control characters other than newline/tab are removed.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(s: string): boolean {
  return /<\/?(?:p|div|br|span|a|script|style|html|body|h[1-6]|li|ul|article|section|strong|em|b|i)\b[^>]*>/i.test(s);
}

export function cleanText(input: unknown): string {
  if (typeof input !== 'string') return '';
  let s = input;
  if (looksLikeHtml(s)) {
    s = s
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/article|\/section)\b[^>]*>/gi, '\n')
      .replace(/<[^>]{0,2000}>/g, ' ');
  }
  s = decodeEntities(s);
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ').replace(/\r\n?/g, '\n');
}
