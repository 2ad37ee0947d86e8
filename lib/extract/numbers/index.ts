/**
 * Number understanding for the extractor (codebook §6): numerals and number words in
 * Arabic and English, and the killed / injured / kidnapped counts of one sentence.
 */
export { countOf, parseNumber } from './parse';
export type { CasualtyCounts, CasualtyField, CasualtyMention, SentenceCasualties } from './types';
export { findCasualtyCounts } from './casualties';
