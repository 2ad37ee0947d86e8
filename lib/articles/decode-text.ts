/**
 * Turning file bytes into text, refusing what is not text. Articles are untrusted
 * input: a binary file or a file in another encoding must become a clear error,
 * not a string of replacement characters handed to the extractor.
 */

/** Throws with a readable reason when the bytes are not UTF-8 text; strips a BOM. */
export function decodeUtf8Text(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes), not text');
  try {
    // ignoreBOM false (the default) makes the decoder drop a leading UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text (binary, or another encoding such as Windows-1256)');
  }
}

/** Drops a BOM left at the start of an already decoded string (e.g. a jsonl line). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
