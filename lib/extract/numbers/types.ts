export type CasualtyField = 'killed' | 'injured' | 'kidnapped';

export interface CasualtyCounts {
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
}

/** One count found in a sentence; value null = reported but not a number ("dozens"). */
export interface CasualtyMention {
  field: CasualtyField;
  value: number | null;
  start: number;
  end: number;
}

export type SentenceCasualties = CasualtyCounts & { mentions: CasualtyMention[] };
