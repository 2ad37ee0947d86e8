/**
 * Ingestion: article files → extractor → store. One transaction per article, so an
 * interrupted batch leaves whole articles only and a re-run picks up where it stopped
 * (articles already stored are recognised by their content hash and skipped).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Incident } from '@/lib/codebook';
import { readArticlesFromFile } from '@/lib/articles';
import { extractArticle } from '@/lib/extract';
import { getDatabase, type DatabaseHandle } from './client';
import { storeArticle } from './store-article';
import type { IngestArticleResult, IngestFailure, IngestSummary } from './types';

export type Extractor = (article: Article) => { published: string | null; incidents: Incident[] };

export interface IngestOptions {
  /** Defaults to the engine in lib/extract; tests pass a fixed one. */
  extract?: Extractor;
}

/** Extracts and stores one article (skipped when its text is already stored). */
export function ingestArticle(article: Article, h: DatabaseHandle = getDatabase(), opts: IngestOptions = {}): IngestArticleResult {
  const { published, incidents } = (opts.extract ?? extractArticle)(article);
  // A plain-text file has no metadata; the extractor finds the date in the dateline.
  const stored: Article = { ...article, published: article.published ?? published };
  return storeArticle(h, stored, incidents);
}

export const ARTICLE_EXTENSIONS = ['.json', '.jsonl', '.txt'] as const;

function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/**
 * The files to read, in a stable order: a folder contributes its article files
 * (recursively, hidden entries skipped); a path that is a file is taken whatever its
 * extension; a missing path is kept so that reading it reports the problem.
 */
export async function collectArticleFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && isArticleFile(e.name)) out.push(full);
    }
  }
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  currentFile: string | null;
  articlesNew: number;
  skipped: number;
  failed: number;
  incidentsAdded: number;
}

export interface IngestPathsOptions extends IngestOptions {
  db?: DatabaseHandle;
  /** Called before the first file, after each article and after each file. */
  onProgress?: (p: IngestProgress) => void;
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function ingestPaths(paths: string[], opts: IngestPathsOptions = {}): Promise<IngestSummary> {
  const h = opts.db ?? getDatabase();
  const files = await collectArticleFiles(paths);
  const summary: IngestSummary = { articlesNew: 0, skipped: 0, failed: [], incidentsAdded: 0, incidentsLinked: 0 };
  const report = (filesDone: number, currentFile: string | null) =>
    opts.onProgress?.({
      filesDone,
      filesTotal: files.length,
      currentFile,
      articlesNew: summary.articlesNew,
      skipped: summary.skipped,
      failed: summary.failed.length,
      incidentsAdded: summary.incidentsAdded,
    });

  const fail = (f: IngestFailure) => summary.failed.push(f.line === undefined ? { source: f.source, reason: f.reason } : f);
  report(0, files[0] ?? null);
  for (const [i, file] of files.entries()) {
    for await (const item of readArticlesFromFile(file)) {
      if (item.error !== undefined || !item.article) {
        fail({ source: item.source, line: item.line, reason: item.error ?? 'no article in the file' });
        continue;
      }
      try {
        const r = ingestArticle(item.article, h, opts);
        if (r.status === 'skipped') summary.skipped++;
        else {
          summary.articlesNew++;
          summary.incidentsAdded += r.incidentsAdded;
          summary.incidentsLinked += r.incidentsLinked;
        }
      } catch (e) {
        fail({ source: item.source, line: item.line, reason: reasonOf(e) });
      }
      // Also inside a file: one .jsonl file may hold thousands of articles.
      report(i, file);
    }
    report(i + 1, files[i + 1] ?? null);
  }
  return summary;
}
