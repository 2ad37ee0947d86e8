/**
 * Reading the articles held in one file, for the extractor CLI, the evaluator and
 * ingestion. Never throws: every problem becomes an error item naming the file (and
 * line), so one bad file or line never stops a run over many.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '@/lib/codebook';
import { articleFromJsonValue, parseArticleJson } from './article-json';
import { decodeUtf8Text, stripBom } from './decode-text';
import { articleFromPlainText } from './plain-text';

export interface ArticleReadItem {
  source: string;
  /** 1-based line number, for .jsonl files only. */
  line?: number;
  article?: Article;
  error?: string;
}

/** Larger single articles are not news articles; refusing them bounds memory. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export type ArticleFileKind = 'json' | 'jsonl' | 'text';

/** Kind by extension; unknown extensions are sniffed from the first character. */
export function articleFileKind(path: string, firstChar?: string): ArticleFileKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.txt' || ext === '.text') return 'text';
  return firstChar === '{' ? 'json' : 'text';
}

function messageOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file not found';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory, not a file';
  return err instanceof Error ? err.message : String(e);
}

/** The message of an error thrown by the parsers, without the "source: " prefix they add. */
function withoutSource(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

export async function* readArticlesFromFile(path: string): AsyncIterable<ArticleReadItem> {
  const source = path;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return yield { source, error: 'is a directory, not a file' };
    if (!info.isFile()) return yield { source, error: 'not a regular file' };
    size = info.size;
  } catch (e) {
    return yield { source, error: messageOf(e) };
  }
  if (size === 0) return yield { source, error: 'empty file' };

  if (articleFileKind(path) === 'jsonl') {
    yield* readJsonLines(path);
    return;
  }
  if (size > MAX_ARTICLE_BYTES) {
    return yield { source, error: `file too large (${size} bytes; the limit for one article is ${MAX_ARTICLE_BYTES})` };
  }

  let text: string;
  try {
    text = decodeUtf8Text(await readFile(path));
  } catch (e) {
    return yield { source, error: messageOf(e) };
  }
  if (text.trim().length === 0) return yield { source, error: 'empty file (only whitespace)' };

  try {
    const kind = articleFileKind(path, text.trimStart()[0]);
    const article = kind === 'json' ? parseArticleJson(text, source) : articleFromPlainText(text, source);
    yield { source, article };
  } catch (e) {
    yield { source, error: withoutSource(messageOf(e), source) };
  }
}

/** One article per line; lines are split on bytes so a huge file is never held whole. */
async function* readJsonLines(path: string): AsyncIterable<ArticleReadItem> {
  const source = path;
  let lineNo = 0;
  let parts: Buffer[] = [];
  let partsBytes = 0;
  let overLong = false;
  let sawRecord = false;

  function* finishLine(bytes: Buffer): Generator<ArticleReadItem> {
    lineNo++;
    if (overLong) {
      overLong = false;
      sawRecord = true;
      yield { source, line: lineNo, error: `line too long (over ${MAX_ARTICLE_BYTES} bytes)` };
      return;
    }
    let text: string;
    try {
      text = stripBom(decodeUtf8Text(bytes));
    } catch (e) {
      sawRecord = true;
      yield { source, line: lineNo, error: messageOf(e) };
      return;
    }
    if (text.trim().length === 0) return; // blank lines are allowed between records
    sawRecord = true;
    const where = `${source}:${lineNo}`;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new Error(`not valid JSON (${(e as Error).message})`);
      }
      yield { source, line: lineNo, article: articleFromJsonValue(raw, where) };
    } catch (e) {
      yield { source, line: lineNo, error: withoutSource(messageOf(e), where) };
    }
  }

  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, nl);
        const line = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
        parts = [];
        partsBytes = 0;
        yield* finishLine(line);
        start = nl + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length > 0 && !overLong) {
        partsBytes += rest.length;
        if (partsBytes > MAX_ARTICLE_BYTES) {
          overLong = true;
          parts = [];
          partsBytes = 0;
        } else {
          parts.push(Buffer.from(rest));
        }
      }
    }
    if (parts.length > 0 || overLong) yield* finishLine(Buffer.concat(parts));
  } catch (e) {
    yield { source, line: lineNo + 1, error: messageOf(e) };
    return;
  }
  if (!sawRecord) yield { source, error: 'no articles in the file (only blank lines)' };
}
