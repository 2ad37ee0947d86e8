/**
 * Article URLs are untrusted: only http(s) links become clickable; anything else
 * (javascript:, data:, relative paths) is shown as text by the caller.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
