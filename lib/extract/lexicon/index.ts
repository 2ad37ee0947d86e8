/**
 * The compiled lexicons of one language: trigger words per incident type, cue lists
 * (negation, hypotheticals, background…) and actor aliases. Compiled once, lazily.
 */
import type { ActorId, IncidentType } from '@/lib/codebook';
import { INCIDENT_TYPES, isActorId } from '@/lib/codebook';
import triggersAr from '@/data/lexicons/ar/triggers.json';
import triggersEn from '@/data/lexicons/en/triggers.json';
import cuesAr from '@/data/lexicons/ar/cues.json';
import cuesEn from '@/data/lexicons/en/cues.json';
import aliases from '@/data/actors/aliases.json';
import { allMatches, compileArabic, compileEnglish, type Match } from './compile';

export type Lang = 'ar' | 'en';

export const CUE_NAMES = [
  'hypothetical',
  'denial',
  'legal',
  'arrest',
  'cache',
  'generic',
  'generic_strong',
  'background',
  'protest',
  'hedge',
  'attribution',
  'target_cue',
  'attack_verb',
  'direction',
  'job_title',
  'foreign',
  'no_casualties',
  'using',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

export type Finder = (text: string) => Match[];

export interface Lexicon {
  lang: Lang;
  triggers: { type: IncidentType; strong: boolean; find: Finder }[];
  cues: Record<CueName, Finder>;
  actors: { id: ActorId; find: Finder }[];
}

type TriggerFile = Record<string, unknown>;

function finder(lang: Lang, entries: readonly string[]): Finder {
  if (lang === 'ar') {
    const re = compileArabic(entries);
    return (text) => allMatches(text, [re]);
  }
  const res = compileEnglish(entries);
  return (text) => allMatches(text, res);
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function build(lang: Lang): Lexicon {
  const tf = (lang === 'ar' ? triggersAr : triggersEn) as TriggerFile;
  const cf = (lang === 'ar' ? cuesAr : cuesEn) as Record<string, unknown>;
  const triggers: Lexicon['triggers'] = [];
  for (const type of INCIDENT_TYPES) {
    const entry = tf[type] as { strong?: unknown; weak?: unknown } | undefined;
    triggers.push({ type, strong: true, find: finder(lang, stringList(entry?.strong)) });
    triggers.push({ type, strong: false, find: finder(lang, stringList(entry?.weak)) });
  }
  const cues = {} as Record<CueName, Finder>;
  for (const name of CUE_NAMES) cues[name] = finder(lang, stringList(cf[name]));
  const actors: Lexicon['actors'] = [];
  for (const a of (aliases as { actors: { id: string; ar?: unknown; en?: unknown }[] }).actors) {
    if (!isActorId(a.id)) continue;
    actors.push({ id: a.id, find: finder(lang, stringList(lang === 'ar' ? a.ar : a.en)) });
  }
  return { lang, triggers, cues, actors };
}

const cache: Partial<Record<Lang, Lexicon>> = {};

export function lexicon(lang: Lang): Lexicon {
  return (cache[lang] ??= build(lang));
}

/** True when any cue of the list occurs in text (optionally only within [from, to)). */
export function hasCue(lex: Lexicon, name: CueName, text: string, from = 0, to = text.length): boolean {
  return lex.cues[name](text).some((m) => m.start >= from && m.end <= to);
}
