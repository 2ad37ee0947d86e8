/**
 * Turns lexicon entries (data/lexicons, data/actors) into regular expressions.
 *
 * Arabic entries are written once, in normaliseArabic form, as stems: news text glues
 * clitics to the front of words (و ف ب ل ك ال لل) and inflects their ends (duals,
 * plurals, pronoun suffixes), so each word tolerates those unless it ends in '='.
 * English entries are regex fragments on word boundaries; an entry with no lower-case
 * letter (an acronym such as IS or PMF) is matched case-sensitively.
 */

import { normaliseArabic } from '@/lib/text/arabic';
import { compileArabicTrie } from './arabic-trie';

const AR_LETTER = '\\u0621-\\u064A';
const AR_FIRST_PREFIX = '(?:[وف])?(?:[بكل])?(?:ال|ل)?';
const AR_NEXT_PREFIX = '(?:ال|بال|وال|لل)?';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function arabicWord(word: string, first: boolean): string {
  const exact = word.endsWith('=');
  const stem = escapeRegex(exact ? word.slice(0, -1) : word);
  const prefix = first ? AR_FIRST_PREFIX : AR_NEXT_PREFIX;
  return prefix + stem + (exact ? '' : `[${AR_LETTER}]*`);
}

export function arabicEntrySource(entry: string): string {
  const words = normaliseArabic(entry).trim().split(/\s+/).filter(Boolean);
  return words.map((w, i) => arabicWord(w, i === 0)).join('\\s+');
}

/** One regex (global) matching any entry, or null when the list is empty. */
export function compileArabic(entries: readonly string[]): RegExp | null {
  // The clitic prefix is shared by every entry, so it is matched once, outside the
  // alternation; otherwise the engine retries every prefix with every entry.
  const parts = entries
    .filter((e) => e.trim())
    .map(arabicEntrySource)
    .map((src) => (src.startsWith(AR_FIRST_PREFIX) ? src.slice(AR_FIRST_PREFIX.length) : src));
  if (parts.length === 0) return null;
  // Longer alternatives first so the longest spelling wins at one position.
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${AR_LETTER}])${AR_FIRST_PREFIX}(?:${[...new Set(parts)].join('|')})(?![${AR_LETTER}])`, 'g');
}

function hasLower(s: string): boolean {
  return /[a-z]/.test(s.replace(/\\[a-zA-Z]/g, '').replace(/\(\?[:!=<]+/g, ''));
}

/** English: two regexes (case-insensitive words, case-sensitive acronyms), nulls dropped. */
export function compileEnglish(entries: readonly string[]): RegExp[] {
  const loose = entries.filter((e) => e.trim() && hasLower(e));
  const strict = entries.filter((e) => e.trim() && !hasLower(e));
  const out: RegExp[] = [];
  const wrap = (list: string[]) => `(?<![A-Za-z0-9])(?:${list.sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9])`;
  if (loose.length) out.push(new RegExp(wrap(loose), 'gi'));
  if (strict.length) out.push(new RegExp(wrap(strict), 'g'));
  return out;
}

export interface Match {
  start: number;
  end: number;
  surface: string;
}

/** Every non-empty match of the regexes in text, left to right. */
export function allMatches(text: string, regexes: readonly (RegExp | null)[]): Match[] {
  const out: Match[] = [];
  for (const re of regexes) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface TaggedMatch extends Match {
  tag: number;
}

/**
 * Many lists in one regex, one capture group per entry, longest entry first: one pass
 * over the text instead of one per list. Each match says which list (tag) it came from.
 */
export function compileTagged(lang: 'ar' | 'en', lists: { tag: number; entries: readonly string[] }[]): (text: string) => TaggedMatch[] {
  if (lang === 'ar') return compileArabicTrie(lists);
  type Alt = { src: string; tag: number; sensitive: boolean };
  const alts: Alt[] = [];
  for (const l of lists) {
    for (const e of l.entries) {
      if (!e.trim()) continue;
      if (lang === 'ar') {
        const src = arabicEntrySource(e);
        alts.push({ src: src.startsWith(AR_FIRST_PREFIX) ? src.slice(AR_FIRST_PREFIX.length) : src, tag: l.tag, sensitive: false });
      } else {
        alts.push({ src: e, tag: l.tag, sensitive: !hasLower(e) });
      }
    }
  }
  const build = (group: Alt[], flags: string, before: string, after: string) => {
    if (group.length === 0) return null;
    const sorted = [...group].sort((a, b) => b.src.length - a.src.length);
    // Entries may contain their own groups; make them non-capturing so group numbers map to entries.
    const body = sorted.map((a) => `(${a.src.replace(/(?<!\\)\((?!\?)/g, '(?:')})`).join('|');
    return { re: new RegExp(`${before}(?:${body})${after}`, flags), tags: sorted.map((a) => a.tag) };
  };
  const compiled =
    lang === 'ar'
      ? [build(alts, 'g', `(?<![${AR_LETTER}])${AR_FIRST_PREFIX}`, `(?![${AR_LETTER}])`)]
      : [
          build(alts.filter((a) => !a.sensitive), 'gi', '(?<![A-Za-z0-9])', '(?![A-Za-z0-9])'),
          build(alts.filter((a) => a.sensitive), 'g', '(?<![A-Za-z0-9])', '(?![A-Za-z0-9])'),
        ];
  return (text) => {
    const out: TaggedMatch[] = [];
    for (const c of compiled) {
      if (!c) continue;
      c.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = c.re.exec(text)) !== null) {
        if (m[0].length === 0) {
          c.re.lastIndex++;
          continue;
        }
        let g = 1;
        while (g < m.length && m[g] === undefined) g++;
        out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], tag: c.tags[g - 1] ?? -1 });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  };
}
