/**
 * Reading a corpus folder (codebook section 7): articles/ID.json with gold/ID.json.
 * Problems with single files are collected, not thrown, so one broken file is
 * reported and the rest of the corpus is still scored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Article } from '@/lib/codebook';
import { parseArticleJson } from '@/lib/articles';
import { decodeUtf8Text } from '@/lib/articles/decode-text';
import { goldFileSchema, type GoldIncident } from './gold-schema';

export interface CorpusEntry {
  id: string;
  article: Article;
  gold: GoldIncident[];
}

export interface Corpus {
  entries: CorpusEntry[];
  /** One readable line per file that was skipped, and why. */
  problems: string[];
}

async function jsonIds(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.json')).map((n) => basename(n, '.json')).sort();
}

async function readGold(path: string): Promise<GoldIncident[]> {
  const raw: unknown = JSON.parse(decodeUtf8Text(await readFile(path)));
  const parsed = goldFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`invalid gold: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem'}`);
  }
  return parsed.data.incidents as GoldIncident[];
}

/** Throws only when the folder itself is not a corpus (no articles/ or gold/). */
export async function readCorpus(dir: string): Promise<Corpus> {
  let articleIds: string[];
  let goldIds: string[];
  try {
    articleIds = await jsonIds(join(dir, 'articles'));
    goldIds = await jsonIds(join(dir, 'gold'));
  } catch (e) {
    throw new Error(`${dir} is not a corpus folder with articles/ and gold/ (${(e as Error).message})`);
  }
  const goldSet = new Set(goldIds);
  const problems: string[] = goldIds.filter((id) => !articleIds.includes(id)).map((id) => `gold/${id}.json has no article; skipped`);
  const entries: CorpusEntry[] = [];
  for (const id of articleIds) {
    if (!goldSet.has(id)) {
      problems.push(`articles/${id}.json has no gold file; skipped`);
      continue;
    }
    const articlePath = join(dir, 'articles', `${id}.json`);
    const goldPath = join(dir, 'gold', `${id}.json`);
    try {
      const article = parseArticleJson(decodeUtf8Text(await readFile(articlePath)), articlePath);
      const gold = await readGold(goldPath).catch((e: Error) => {
        throw new Error(`${goldPath}: ${e.message}`);
      });
      entries.push({ id, article: { ...article, id: article.id ?? id }, gold });
    } catch (e) {
      problems.push(`${(e as Error).message}; skipped`);
    }
  }
  return { entries, problems };
}
