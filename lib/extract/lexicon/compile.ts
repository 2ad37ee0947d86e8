/**
 * Turns lexicon entries (data/lexicons, data/actors) into matchers.
 *
 * Arabic entries are written once, in normaliseArabic form, as stems: news text glues
 * clitics to the front of words (و ف ب ل ك ال لل) and inflects their ends (duals,
 * plurals, pronoun suffixes), so each word tolerates those unless it ends in '='
 * (matched by arabic-trie.ts). English entries are regex fragments on word boundaries;
 * an entry with no lower-case letter (an acronym such as IS or PMF) is matched
 * case-sensitively.
 */

import { compileArabicTrie } from './arabic-trie';

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
 * Many lists in one pass, each match tagged with its list. Arabic uses the word trie
 * (arabic-trie.ts); English one regex with a capture group per entry, longest first.
 */
export function compileTagged(lang: 'ar' | 'en', lists: { tag: number; entries: readonly string[] }[]): (text: string) => TaggedMatch[] {
  if (lang === 'ar') return compileArabicTrie(lists);
  type Alt = { src: string; tag: number; sensitive: boolean };
  const alts: Alt[] = [];
  for (const l of lists) {
    for (const e of l.entries) if (e.trim()) alts.push({ src: e, tag: l.tag, sensitive: !hasLower(e) });
  }
  const build = (group: Alt[], flags: string) => {
    if (group.length === 0) return null;
    const sorted = [...group].sort((a, b) => b.src.length - a.src.length);
    // Entries may contain their own groups; make them non-capturing so group numbers map to entries.
    const body = sorted.map((a) => `(${a.src.replace(/(?<!\\)\((?!\?)/g, '(?:')})`).join('|');
    return { re: new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, flags), tags: sorted.map((a) => a.tag) };
  };
  const compiled = [build(alts.filter((a) => !a.sensitive), 'gi'), build(alts.filter((a) => a.sensitive), 'g')];
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
