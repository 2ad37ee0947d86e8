/**
 * A token-sequence index: names are stored under their first token, longest names first, so
 * a matcher looks up each text token once and compares a few following tokens. Matching is
 * therefore linear in the text length whatever the size of the gazetteer.
 */
import type { Place } from './types';

/**
 * How much context a name needs before it counts: none; 'context' (Arabic: a cue word before
 * it; English: capitalised, mid-sentence); 'cue' (English: capitalised and a place preposition
 * before it or a place noun after it).
 */
export type Guard = 'none' | 'context' | 'cue';
const GUARD_STRENGTH: Record<Guard, number> = { none: 0, context: 1, cue: 2 };

export interface NameOption {
  place: Place;
  guard: Guard;
}

export interface NameEntry {
  tokens: string[];
  options: NameOption[];
}

/**
 * Remembers, per index and per text word, a value derived from the index (bounded, so one
 * huge input cannot grow memory without limit; reset when the index changes).
 */
export class WordMemo<T> {
  private readonly perIndex = new WeakMap<NameIndex, { generation: number; words: Map<string, T> }>();
  constructor(private readonly max: number) {}

  get(index: NameIndex, word: string, compute: (index: NameIndex, word: string) => T): T {
    let memo = this.perIndex.get(index);
    if (!memo || memo.generation !== index.generation) {
      memo = { generation: index.generation, words: new Map() };
      this.perIndex.set(index, memo);
    }
    let value = memo.words.get(word);
    if (value === undefined) {
      value = compute(index, word);
      if (memo.words.size >= this.max) memo.words.clear();
      memo.words.set(word, value);
    }
    return value;
  }
}

export class NameIndex {
  private readonly byFirst = new Map<string, NameEntry[]>();
  private readonly byKey = new Map<string, NameEntry>();
  private changes = 0;

  /** Changes with every add(): matchers that remember lookups per text word start afresh. */
  get generation(): number {
    return this.changes;
  }

  add(tokens: string[], place: Place, guard: Guard): void {
    this.changes++;
    if (tokens.length === 0 || tokens.some((t) => t.length === 0)) return;
    const key = tokens.join(' ');
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { tokens, options: [] };
      this.byKey.set(key, entry);
      const list = this.byFirst.get(tokens[0]!) ?? [];
      list.push(entry);
      this.byFirst.set(tokens[0]!, list);
    }
    const existing = entry.options.find((o) => o.place === place);
    // The same spelling listed twice for one place keeps the weaker guard.
    if (existing) {
      if (GUARD_STRENGTH[guard] < GUARD_STRENGTH[existing.guard]) existing.guard = guard;
    } else entry.options.push({ place, guard });
  }

  /** Entries whose first token is `first`, longest first. */
  startingWith(first: string): readonly NameEntry[] {
    return this.byFirst.get(first) ?? [];
  }

  finish(): void {
    this.changes++;
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  get size(): number {
    return this.byKey.size;
  }
}

const KIND_ORDER: Record<Place['kind'], number> = {
  governorate: 0, city: 1, district: 2, town: 3, airport: 4, base: 5, crossing: 6,
  subdistrict: 7, neighbourhood: 8, facility: 9, village: 10, feature: 11,
};

/** Most prominent first; ties broken by kind then id so the order is stable. */
export function byProminence(a: Place, b: Place): number {
  return b.rank - a.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id);
}
