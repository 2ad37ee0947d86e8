/**
 * Turns lexicon entries (data/lexicons, data/actors) into regular expressions.
 *
 * Arabic entries are written once, in normaliseArabic form, as stems: news text glues
 * clitics to the front of words (و ف ب ل ك ال لل) and inflects their ends (duals,
 * plurals, pronoun suffixes), so each word tolerates those unless it ends in '='.
 * English entries are regex fragments on word boundaries; an entry with no lower-case
 * letter (an acronym such as IS or PMF) is matched case-sensitively.
 */

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
  const words = entry.trim().split(/\s+/).filter(Boolean);
  return words.map((w, i) => arabicWord(w, i === 0)).join('\\s+');
}

/** One regex (global) matching any entry, or null when the list is empty. */
export function compileArabic(entries: readonly string[]): RegExp | null {
  const parts = entries.filter((e) => e.trim()).map(arabicEntrySource);
  if (parts.length === 0) return null;
  // Longer alternatives first so the longest spelling wins at one position.
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${AR_LETTER}])(?:${parts.join('|')})(?![${AR_LETTER}])`, 'gu');
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
