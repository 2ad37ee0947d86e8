import type { CasualtyField, CasualtyMention, SentenceCasualties } from './types';

/** A count with how it was read: 0 numeral, 1 noun ("a policeman", شخصين), 2 pronoun (مقتله), 3 "no casualties". */
export type RankedMention = CasualtyMention & { strength: number };

/** The value of the strongest count of `field` (the earliest among equals), or null. */
function pick(kept: RankedMention[], field: CasualtyField): number | null {
  let best: RankedMention | null = null;
  for (const m of kept) {
    if (m.field !== field || m.value === null) continue;
    if (!best || m.strength < best.strength) best = m;
  }
  return best ? best.value : null;
}

/**
 * One sentence's counts from its mentions: per field the first count wins, numerals before
 * nouns before pronouns before "no casualties".
 */
export function summarise(ranked: RankedMention[]): SentenceCasualties {
  const sorted = [...ranked].sort((a, b) => a.start - b.start || a.end - b.end);
  // "بعد اختطافه ... باختطافه الي جانب ثلاثه": a bare pronoun restates a count given in full
  const kept = sorted.filter(
    (m) => m.strength !== 2 || !sorted.some((o) => o !== m && o.field === m.field && o.value !== null && o.strength < 2),
  );
  const mentions: CasualtyMention[] = kept.map(({ field, value, start, end }) => ({ field, value, start, end }));
  return { killed: pick(kept, 'killed'), injured: pick(kept, 'injured'), kidnapped: pick(kept, 'kidnapped'), mentions };
}
